"""What the review page shows: the text with each quote marked, and the analysis as form data."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from art28.agreements.enums import DataFormat
from art28.analysis.cli import REQUIREMENTS

MARKS = {"present": "✓", "partial": "~", "missing": "✗"}
_WORD = re.compile(r"\S+")


@dataclass
class Evidence:
    clause: str | None
    quote: str
    anchor: str = ""  # the id of its <mark>; empty when the quote was not found in the text


@dataclass
class ChecklistItem:
    id: str
    label: str
    verdict: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def mark(self) -> str:
        return MARKS.get(self.verdict, "?")


def collapsed(text: str) -> tuple[str, list[int]]:
    """The text with whitespace runs as one space, and each of its characters' original index."""
    chars: list[str] = []
    index: list[int] = []
    for match in _WORD.finditer(text):
        if chars:
            chars.append(" ")
            index.append(match.start() - 1)
        chars.extend(match.group())
        index.extend(range(match.start(), match.end()))
    return "".join(chars), index


def checklist_with_marks(
    text: str, checklist: list[dict], language: str
) -> tuple[SafeString, list[ChecklistItem]]:
    """The document as HTML with a <mark id> per quote, and the checklist pointing at them."""
    flat, index = collapsed(text)
    spans: list[tuple[int, int, str]] = []
    items = []
    for number, entry in enumerate(checklist):
        label = REQUIREMENTS.get(entry["id"], {}).get(language, entry["id"])
        item = ChecklistItem(entry["id"], label, entry["verdict"])
        for evidence in entry.get("evidence", []):
            item.evidence.append(_place(evidence, flat, index, spans, f"q{number}-{len(spans)}"))
        items.append(item)
    return _marked_html(text, spans), items


def _place(
    evidence: dict, flat: str, index: list[int], spans: list[tuple[int, int, str]], anchor: str
) -> Evidence:
    quote = " ".join(str(evidence.get("quote", "")).split())
    found = flat.find(quote) if quote else -1
    if found < 0:
        return Evidence(evidence.get("clause"), quote)
    start, end = index[found], index[found + len(quote) - 1] + 1
    for other_start, other_end, other_anchor in spans:
        if start < other_end and other_start < end:  # overlaps a marked quote: link to that one
            return Evidence(evidence.get("clause"), quote, other_anchor)
    spans.append((start, end, anchor))
    return Evidence(evidence.get("clause"), quote, anchor)


def _marked_html(text: str, spans: list[tuple[int, int, str]]) -> SafeString:
    parts, position = [], 0
    for start, end, anchor in sorted(spans):
        parts.append(escape(text[position:start]))
        parts.append(f'<mark id="{anchor}">{escape(text[start:end])}</mark>')
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # every piece of the text is escaped above


# The analysis as initial form data ---------------------------------------------------------

# (group, key in art28.check/1) → field of the agreement's terms
TERM_FIELDS = {
    ("breach_notice", "within_hours"): "breach_notice_hours",
    ("breach_notice", "without_undue_delay"): "breach_without_undue_delay",
    ("subprocessors", "authorisation"): "subprocessor_authorisation",
    ("subprocessors", "prior_notice"): "subprocessor_prior_notice",
    ("subprocessors", "objection"): "subprocessor_objection",
    ("subprocessors", "flow_down"): "subprocessor_flow_down",
    ("transfers", "outside_eea"): "transfers_outside_eea",
    ("audit", "per_year"): "audit_per_year",
    ("audit", "on_suspicion"): "audit_on_suspicion",
    ("audit", "independent_auditor"): "audit_independent_auditor",
    ("liability", "cap_eur"): "liability_cap_eur",
    ("liability", "indirect_excluded"): "liability_indirect_excluded",
    ("liability", "claims_lapse_months"): "claims_lapse_months",
    ("amendment", "notice_months"): "amendment_notice_months",
    ("end_of_contract", "return"): "end_return",
    ("end_of_contract", "delete"): "end_delete",
}


def agreement_initial(result: dict) -> dict[str, Any]:
    """The terms form's initial values; what the document does not state keeps the default."""
    terms = result.get("terms") or {}
    initial: dict[str, Any] = {}
    for (group, key), name in TERM_FIELDS.items():
        value = (terms.get(group) or {}).get(key)
        if value is not None:
            initial[name] = value
    if (terms.get("end_of_contract") or {}).get("machine_readable"):
        initial["end_format"] = DataFormat.MACHINE_READABLE
    if terms.get("governing_law"):
        initial["governing_law"] = terms["governing_law"]
    if result.get("title"):
        initial["title"] = result["title"][:200]
    version = result.get("version") or {}
    if version.get("label"):
        initial["template_version"] = str(version["label"])[:80]
    initial["transfer_exceptions"] = (terms.get("transfers") or {}).get("exceptions") or []
    return initial


def activities_initial(result: dict) -> list[dict[str, Any]]:
    return [
        {
            "name": row.get("name") or "",
            "purpose": row.get("purpose") or "",
            "data_categories": row.get("data_categories") or [],
            "data_subjects": row.get("data_subjects") or [],
            "staff_functions": row.get("staff_functions") or [],
            "operations": row.get("operations") or [],
            "retention_text": row.get("retention") or "",
        }
        for row in result.get("activities") or []
    ]
