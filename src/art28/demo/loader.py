"""Store a demo bundle (data/*.json): a processor, its people, templates, controllers, agreements.

The values of the seed agreements live in the data files; this module only knows how to store
such a bundle idempotently. Every row is looked up by a natural key first and created only when
absent, so a second run changes nothing; each created row gets one audit entry.

A bundle is one processor: `processor` (organisation fields and `contacts`), `staff_functions`
(names), `users` (email, password, role, function), `templates` (a `key` for reference, name,
version, `terms` named as the Terms fields, and the standard `transfer_exceptions`, `annexes`,
`activities` and `measures`), and `controllers`, each with `contacts` and `agreements` that
name their template by key and may override any of those lists or terms.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.db import models, transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from art28.accounts.enums import Role
from art28.accounts.models import User
from art28.agreements.models import (
    Agreement,
    AgreementTemplate,
    Annex,
    Signature,
    Terms,
    TransferException,
)
from art28.audit.services import record
from art28.measures.models import Measure
from art28.organisations.enums import OrganisationKind
from art28.organisations.models import Contact, Organisation, StaffFunction
from art28.register.models import ProcessingActivity

DATA_DIR = Path(__file__).resolve().parent / "data"
DEVICE_NAME = "demo"
REVIEW_MONTHS = 12
SUMMARY = "demo"
TERM_FIELDS = frozenset(f.name for f in Terms._meta.get_fields())
ORGANISATION_FIELDS = (
    "registration_scheme",
    "registration_number",
    "address",
    "postcode",
    "city",
    "country",
    "email",
    "phone",
    "website",
)


@dataclass(frozen=True)
class Account:
    """A demo login as printed by `art28 demo`."""

    processor: str
    email: str
    password: str
    role: str
    function: str


@dataclass
class LoadResult:
    created: Counter[str] = field(default_factory=Counter)
    accounts: list[Account] = field(default_factory=list)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same date `months` later, or that month's last day when the date does not exist."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def bundle_paths() -> list[Path]:
    return sorted(DATA_DIR.glob("*.json"))


def load_demo(*, today: dt.date, paths: list[Path] | None = None) -> LoadResult:
    """Load every bundle in one transaction; rows that exist already are left as they are."""
    result = LoadResult()
    with transaction.atomic():
        for path in paths or bundle_paths():
            bundle = json.loads(path.read_text(encoding="utf-8"))
            BundleLoader(result, today=today).load(bundle)
    return result


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _organisation_fields(data: dict[str, Any]) -> dict[str, Any]:
    return {name: data[name] for name in ORGANISATION_FIELDS if name in data}


def _terms(data: dict[str, Any]) -> dict[str, Any]:
    unknown = set(data) - TERM_FIELDS
    if unknown:
        raise ValueError(f"Unknown terms in demo data: {sorted(unknown)}")
    terms = dict(data)
    if terms.get("liability_cap_eur") is not None:
        terms["liability_cap_eur"] = Decimal(str(terms["liability_cap_eur"]))
    return terms


class BundleLoader:
    """Loads one processor's bundle; `processor` and `admin` are known once loaded."""

    def __init__(self, result: LoadResult, *, today: dt.date) -> None:
        self.result = result
        self.today = today
        self.processor: Organisation
        self.admin: User | None = None
        self.functions: dict[str, StaffFunction] = {}
        self.templates: dict[str, tuple[AgreementTemplate, dict[str, Any]]] = {}
        self.agreements_by_template: dict[str, list[Agreement]] = {}

    def load(self, bundle: dict[str, Any]) -> None:
        self.processor = self.organisation(bundle["processor"], kind=OrganisationKind.PROCESSOR)
        for name in bundle.get("staff_functions", []):
            self.functions[name] = self.ensure(
                StaffFunction, {"processor": self.processor, "name": name}
            )
        for account in bundle.get("users", []):
            self.user(account)
        for template in bundle.get("templates", []):
            self.template(template)
        for controller in bundle.get("controllers", []):
            self.controller(controller)
        for key, (_template, data) in self.templates.items():
            for position, measure in enumerate(data.get("measures", []), start=1):
                self.measure(
                    measure, position=position, agreements=self.agreements_by_template.get(key, [])
                )

    def ensure(
        self,
        model: type[models.Model],
        lookup: dict[str, Any],
        defaults: dict[str, Any] | None = None,
    ) -> Any:
        """The row found by its natural key `lookup`, created (and audited) when absent."""
        obj = model._default_manager.filter(**lookup).order_by("pk").first()
        if obj is None:
            obj = model._default_manager.create(**lookup, **(defaults or {}))
            self.audit(obj)
        return obj

    def audit(self, obj: models.Model) -> None:
        is_processor = isinstance(obj, Organisation) and obj.kind == OrganisationKind.PROCESSOR
        processor = obj if is_processor else self.processor  # a processor is its own tenant
        record("create", by=None, processor=processor, obj=obj, summary=SUMMARY)
        self.result.created[obj._meta.label] += 1

    def organisation(self, data: dict[str, Any], *, kind: str) -> Organisation:
        is_processor = kind == OrganisationKind.PROCESSOR
        organisation = self.ensure(
            Organisation,
            {
                "kind": kind,
                "processor": None if is_processor else self.processor,
                "name": data["name"],
            },
            _organisation_fields(data),
        )
        if is_processor:
            self.processor = organisation
        for contact in data.get("contacts", []):
            fields = {k: v for k, v in contact.items() if k != "name"}
            self.ensure(Contact, {"organisation": organisation, "name": contact["name"]}, fields)
        return organisation

    def user(self, data: dict[str, Any]) -> None:
        function = self.functions[data["function"]] if data.get("function") else None
        user = User.objects.filter(email=data["email"]).first()
        if user is None:
            user = User.objects.create_user(
                data["email"],
                data["password"],
                processor=self.processor,
                role=data["role"],
                function=function,
                first_name=data.get("first_name", ""),
                last_name=data.get("last_name", ""),
            )
            self.audit(user)
        self.ensure(TOTPDevice, {"user": user, "name": DEVICE_NAME}, {"confirmed": True})
        if self.admin is None and user.role == Role.ADMINISTRATOR:
            self.admin = user
        self.result.accounts.append(
            Account(
                processor=self.processor.name,
                email=user.email,
                password=data["password"],
                role=str(Role(data["role"]).label),
                function=function.name if function else "",
            )
        )

    def template(self, data: dict[str, Any]) -> None:
        template = self.ensure(
            AgreementTemplate,
            {
                "processor": self.processor,
                "name": data["name"],
                "version_label": data["version_label"],
            },
            {"version_date": _date(data.get("version_date")), **_terms(data["terms"])},
        )
        self.templates[data["key"]] = (template, data)

    def controller(self, data: dict[str, Any]) -> None:
        controller = self.organisation(data, kind=OrganisationKind.CONTROLLER)
        for agreement in data.get("agreements", []):
            self.agreement(agreement, controller=controller)

    def agreement(self, data: dict[str, Any], *, controller: Organisation) -> None:
        template, template_data = self.templates[data["template"]]
        agreement = self.ensure(
            Agreement,
            {
                "processor": self.processor,
                "controller": controller,
                "title": data["title"],
                "template_version": template.version_label,
            },
            {
                "template": template,
                "status": data["status"],
                "sent_on": _date(data.get("sent_on")),
                "signed_on": _date(data.get("signed_on")),
                "effective_from": _date(data.get("effective_from")),
                **_terms({**template_data["terms"], **data.get("terms", {})}),
            },
        )
        self.agreements_by_template.setdefault(data["template"], []).append(agreement)
        self.agreement_rows(
            agreement, {**template_data, **data}, version_date=template.version_date
        )

    def agreement_rows(
        self, agreement: Agreement, data: dict[str, Any], *, version_date: dt.date | None
    ) -> None:
        """Signatures, annexes, transfer exceptions, register rows (by default the template's)."""
        for signature in data.get("signatures", []):
            self.ensure(
                Signature,
                {"agreement": agreement, "role": signature["role"]},
                {
                    "name": signature["name"],
                    "title": signature.get("title", ""),
                    "signed_on": _date(signature.get("signed_on")),
                    "place": signature.get("place", ""),
                },
            )
        for annex in data.get("annexes", []):
            self.ensure(
                Annex,
                {
                    "agreement": agreement,
                    "number": annex["number"],
                    "version": agreement.template_version,
                },
                {"title": annex["title"], "version_date": version_date},
            )
        for exception in data.get("transfer_exceptions", []):
            self.ensure(
                TransferException,
                {"agreement": agreement, "name": exception["name"]},
                {"countries": exception.get("countries", [])},
            )
        for position, activity in enumerate(data.get("activities", []), start=1):
            self.activity(activity, agreement=agreement, position=position)

    def activity(self, data: dict[str, Any], *, agreement: Agreement, position: int) -> None:
        lookup = {"controller": agreement.controller, "agreement": agreement, "name": data["name"]}
        if ProcessingActivity.objects.filter(**lookup).exists():
            return
        retention = data.get("retention") or {}
        activity = ProcessingActivity(
            processor=self.processor,
            position=position,
            purpose=data.get("purpose") or "",
            data_categories=data.get("data_categories", []),
            operations=data.get("operations", []),
            data_subjects=data.get("data_subjects", []),
            systems=data.get("systems", []),
            countries=data.get("countries", []),
            retention_text=retention.get("text", ""),
            retention_kind=retention.get("kind", ""),
            retention_months=retention.get("months"),
            legal_retention_years=retention.get("legal_years"),
            **lookup,
        )
        names = data.get("staff_functions", [])
        activity.refresh_search_text(names)
        activity.save()
        activity.staff_functions.set([self.functions[name] for name in names])
        self.audit(activity)

    def measure(self, data: dict[str, Any], *, position: int, agreements: list[Agreement]) -> None:
        measure = self.ensure(
            Measure,
            {"processor": self.processor, "title": data["title"]},
            {
                "category": data.get("category", ""),
                "kind": data["kind"],
                "description": data.get("description", ""),
                "position": position,
                "owner": self.admin,
                "review_interval_months": REVIEW_MONTHS,
                "next_review": add_months(self.today, REVIEW_MONTHS),
            },
        )
        measure.agreements.add(*agreements)
