"""Read the hand-checked gold files and put stored rows into the same shape to compare them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from art28.agreements.enums import DataFormat
from art28.agreements.models import Agreement, Terms
from art28.organisations.models import Organisation
from art28.register.models import ProcessingActivity

# The hand-checked answers, as copied byte for byte from ../shared/gold into the devset.
GOLD_DIR = Path(__file__).resolve().parents[1] / "analysis" / "devset" / "seeds"

MACHINE_READABLE = {DataFormat.MACHINE_READABLE: True, DataFormat.ORIGINAL: False, "": None}


def gold(seed: str) -> dict[str, Any]:
    (path,) = GOLD_DIR.glob(f"{seed}_*.json")
    return json.loads(path.read_text(encoding="utf-8"))


def party(role: str, organisation: Organisation | None) -> dict[str, Any]:
    if organisation is None:
        return {
            "role": role,
            "name": None,
            "registration": None,
            "city": None,
            "representative": None,
        }
    signer = organisation.contacts.filter(is_representative=True).order_by("pk").first()
    registration = organisation.registration_number and {
        "scheme": organisation.registration_scheme,
        "id": organisation.registration_number,
    }
    return {
        "role": role,
        "name": organisation.name,
        "registration": registration or None,
        "city": organisation.city or None,
        "representative": signer and {"name": signer.name, "title": signer.title},
    }


def terms(row: Terms, exceptions: list[str]) -> dict[str, Any]:
    cap = row.liability_cap_eur
    return {
        "breach_notice": {
            "within_hours": row.breach_notice_hours,
            "without_undue_delay": row.breach_without_undue_delay,
        },
        "subprocessors": {
            "authorisation": row.subprocessor_authorisation,
            "prior_notice": row.subprocessor_prior_notice,
            "objection": row.subprocessor_objection,
            "flow_down": row.subprocessor_flow_down,
        },
        "transfers": {"outside_eea": row.transfers_outside_eea, "exceptions": exceptions},
        "audit": {
            "per_year": row.audit_per_year,
            "on_suspicion": row.audit_on_suspicion,
            "independent_auditor": row.audit_independent_auditor,
        },
        "liability": {
            "cap_eur": None if cap is None else float(cap),
            "indirect_excluded": row.liability_indirect_excluded,
            "claims_lapse_months": row.claims_lapse_months,
        },
        "amendment": {"notice_months": row.amendment_notice_months},
        "end_of_contract": {
            "return": row.end_return,
            "delete": row.end_delete,
            "machine_readable": MACHINE_READABLE[row.end_format],
        },
        "governing_law": row.governing_law,
    }


def agreement_terms(agreement: Agreement) -> dict[str, Any]:
    names = list(agreement.transfer_exceptions.order_by("pk").values_list("name", flat=True))
    return terms(agreement, names)


def signatures(agreement: Agreement) -> list[dict[str, Any]]:
    return [
        {"role": s.role, "date": s.signed_on and s.signed_on.isoformat(), "place": s.place}
        for s in agreement.signatures.all()
    ]


def activity(row: ProcessingActivity) -> dict[str, Any]:
    return {
        "name": row.name,
        "purpose": row.purpose or None,
        "data_categories": row.data_categories,
        "staff_functions": [f.name for f in row.staff_functions.order_by("pk")],
        "operations": row.operations,
        "data_subjects": row.data_subjects,
        "retention": row.retention_text or None,
    }


def activities(agreement: Agreement) -> list[dict[str, Any]]:
    return [activity(row) for row in agreement.activities.order_by("position")]
