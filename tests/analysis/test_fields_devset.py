"""Terms of the real public DPAs in tests/analysis/devset, hand-checked against their text.

Only the values checked by reading the clause are listed (dotted paths into `terms`); the rules
were tuned on these documents, so this is a regression test, not a held-out score.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from art28.analysis.extract import read_document
from art28.analysis.terms import extract_terms

DEVSET = Path(__file__).parent / "devset"

CHECKED: dict[str, dict[str, object]] = {
    "nl-lcomp-verwerkersovereenkomst.html": {
        "breach_notice.within_hours": 36,
        "breach_notice.without_undue_delay": True,
        "subprocessors.authorisation": "specific",
        "subprocessors.flow_down": True,
        # 10.1: no transfer outside the EEA unless (a) consent, (b) informed without objection,
        # or (c) another legal basis under the AVG: consent is one alternative, so allowed.
        "transfers.outside_eea": "allowed",
        "end_of_contract.return": True,
        "liability.cap_eur": None,
        "governing_law": "NL",
    },
    "nl-chefdata-verwerkersovereenkomst.md": {
        "breach_notice.within_hours": 24,
        "breach_notice.without_undue_delay": True,
        "subprocessors.authorisation": "general",
        "subprocessors.prior_notice": True,
        "subprocessors.flow_down": True,
        "transfers.outside_eea": "allowed",
        "governing_law": "NL",
    },
    "nl-starred-bewerkersovereenkomst.md": {
        "breach_notice.within_hours": None,
        "breach_notice.without_undue_delay": None,
        "subprocessors.authorisation": "general",
        "subprocessors.flow_down": True,
        "transfers.outside_eea": "allowed",
        "end_of_contract.delete": True,
    },
    "en-starred-data-processing.md": {
        "breach_notice.within_hours": None,
        "subprocessors.authorisation": "general",
        "subprocessors.flow_down": True,
        "transfers.outside_eea": "allowed",
        "end_of_contract.delete": True,
    },
    "en-ictinstitute-dpa-template.docx": {
        "breach_notice.without_undue_delay": True,
        "subprocessors.authorisation": "specific",
        "subprocessors.flow_down": True,
        "transfers.outside_eea": "consent",
        "end_of_contract.return": True,
        "end_of_contract.delete": True,
    },
    "nl-fhir-verwerkersovereenkomst-template.md": {
        "subprocessors.authorisation": "specific",
        "subprocessors.flow_down": True,
        "governing_law": "NL",
    },
    "nl-llama-orch-concept-dpa.md": {
        "breach_notice.without_undue_delay": True,
        "subprocessors.prior_notice": True,
        "end_of_contract.return": True,
        "end_of_contract.delete": True,
    },
    "en-scc-2021-915-libscie.md": {
        "breach_notice.within_hours": None,
        "breach_notice.without_undue_delay": True,
        "subprocessors.authorisation": "general",
        "subprocessors.prior_notice": True,
        "subprocessors.objection": True,
        "subprocessors.flow_down": True,
        "transfers.outside_eea": "consent",
        "audit.on_suspicion": True,
        "audit.independent_auditor": True,
        "end_of_contract.return": True,
        "end_of_contract.delete": True,
    },
    "en-commonpaper-dpa.md": {
        "breach_notice.within_hours": 72,
        "breach_notice.without_undue_delay": True,
        "transfers.outside_eea": "allowed",
    },
    "en-secoda-dpa.md": {
        "breach_notice.without_undue_delay": True,
        "end_of_contract.return": True,
        "end_of_contract.delete": True,
    },
    "en-clever-european-dpa.md": {
        "breach_notice.without_undue_delay": True,
        "subprocessors.authorisation": "general",
        "transfers.outside_eea": "allowed",
        "governing_law": None,
    },
    "en-logfire-dpa.md": {
        "subprocessors.prior_notice": True,
        "transfers.outside_eea": "allowed",
        "audit.per_year": 1,
    },
    "nl-recruitin-verwerkersovereenkomst.html": {
        "breach_notice.within_hours": 48,
        "breach_notice.without_undue_delay": True,
        "subprocessors.authorisation": "general",
        "subprocessors.prior_notice": True,
        "transfers.outside_eea": "allowed",
        "audit.per_year": 1,
        "governing_law": "NL",
    },
    "nl-strategaize-verwerkersovereenkomst.md": {
        "breach_notice.within_hours": 24,
        "breach_notice.without_undue_delay": True,
        "subprocessors.authorisation": "general",
        "audit.per_year": 1,
        "audit.on_suspicion": True,
        "governing_law": "NL",
    },
    "nl-sjabloon-verwerkersovereenkomst.html": {
        "breach_notice.within_hours": 24,
        "breach_notice.without_undue_delay": True,
        "governing_law": "NL",
    },
    "en-oxil-data-processing-annex.md": {
        "breach_notice.within_hours": 72,
        "breach_notice.without_undue_delay": True,
        "transfers.outside_eea": "allowed",
    },
    "en-kemitchell-processor-addendum.md": {
        "breach_notice.without_undue_delay": True,
        "transfers.outside_eea": "allowed",
    },
}


def leaf(terms: dict, path: str) -> object:
    for key in path.split("."):
        terms = terms[key]
    return terms


@pytest.mark.parametrize("name", sorted(CHECKED))
def test_a_devset_document_gives_its_hand_checked_terms(name: str) -> None:
    terms = extract_terms(read_document(DEVSET / name).text)

    found = {path: leaf(terms, path) for path in CHECKED[name]}

    assert found == CHECKED[name]
