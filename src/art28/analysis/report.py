"""One file in, one `art28.check/1` object out (see ../shared/gold/SCHEMA.md)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from art28.analysis.activities import find_activities
from art28.analysis.checklist import evaluate
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
        "checklist": evaluate(text, language),
    }
