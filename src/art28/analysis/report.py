"""One file in, one `art28.check/1` object out (see ../shared/gold/SCHEMA.md)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from art28.analysis.activities import find_activities
from art28.analysis.extract import (
    Document,
    UnreadableDocument,
    detect_language,
    read_document,
)
from art28.analysis.fields import title, version
from art28.analysis.parties import find_parties, signatures
from art28.analysis.terms import extract_terms

SCHEMA = "art28.check/1"
CHECKLIST_IDS = (
    "art28.3.subject_duration",
    "art28.3.nature_purpose",
    "art28.3.data_types",
    "art28.3.data_subjects",
    "art28.3.controller_rights",
    "art28.3.a.instructions",
    "art28.3.a.legal_requirement_notice",
    "art28.3.b.confidentiality",
    "art28.3.c.security",
    "art28.3.d.subprocessors",
    "art28.2.authorisation",
    "art28.2.objection",
    "art28.4.flow_down",
    "art28.3.e.dsr_assistance",
    "art28.3.f.art32_36_assistance",
    "art33.2.breach_notice",
    "art28.3.f.dpia",
    "art28.3.g.return_delete",
    "art28.3.h.audits",
    "art28.3.h.infringing_instruction",
    "chapter5.transfers",
    "art28.9.in_writing",
)
_PERSONAL_DATA = re.compile(
    r"persoonsgegevens|personal\s+(?:data|information)|"
    r"persoonlijke\s+gegevens",
    re.I,
)
_ROLES = re.compile(r"verwerker|verantwoordelijke|processor|controller|verwerking|processing", re.I)


def analyse(path: str | Path) -> dict:
    """Read and analyse one file; raises UnreadableDocument with a one-line reason."""
    document = read_document(path)
    if not looks_like_dpa(document.text):
        raise UnreadableDocument(
            "not a data processing agreement (no personal data, no processor or controller)"
        )
    return report(document, Path(path).name)


def looks_like_dpa(text: str) -> bool:
    return bool(_PERSONAL_DATA.search(text)) and bool(_ROLES.search(text))


def report(document: Document, file_name: str) -> dict:
    text = document.text
    language = detect_language(text)
    parties = find_parties(text)
    signed = signatures(text, parties)
    return {
        "schema": SCHEMA,
        "document": {
            "file": file_name,
            "sha256": hashlib.sha256(document.data).hexdigest(),
            "format": document.format,
            "language": language,
            "characters": document.characters,
        },
        "title": title(text),
        "version": version(text),
        "parties": [party.as_dict() for party in parties],
        "signatures": signed,
        "terms": extract_terms(text),
        "activities": find_activities(text, document.tables),
        "checklist": checklist(text, language),
    }


def checklist(text: str, language: str) -> list[dict]:
    try:
        from art28.analysis.checklist import evaluate
    except ModuleNotFoundError as exc:  # temporary: until the checklist module lands
        if exc.name != "art28.analysis.checklist":
            raise
        return [{"id": item, "verdict": "missing", "evidence": []} for item in CHECKLIST_IDS]
    return evaluate(text, language)
