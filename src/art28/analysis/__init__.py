"""DPA analysis: read a data processing agreement (PDF, DOCX, HTML, MD, TXT; Dutch or English)
into parties, terms, annex activities and a GDPR Art. 28(3) checklist with evidence.

Plain Python, no Django: `analyse(path)` returns the `art28.check/1` object for one file or
raises `UnreadableDocument`; `art28 check FILE… [--json]` (cli.py) prints it.

    extract.py     file → text (+ tables), format, language
    fields.py      sentences, numbers, dates; title and version
    parties.py     parties, the signature block, and the names a text gives the roles
    terms.py       the agreed terms (breach notice, sub-processors, transfers, audit, …)
    activities.py  annex tables and service lists → processing activities
    checklist.py   the 22 Art. 28(3) verdicts with quotes (segment.py: clauses and sentences,
                   also of a PDF's text: titles, wrapped lines, page furniture)
    lexicon.py     the checklist's cues in Dutch and English
    detector.py    a second reader where a rule finds nothing (weights in detector.json,
                   trained by tests/analysis/devset/train_detector.py)
    report.py      assembles the object
"""

from __future__ import annotations

from art28.analysis.extract import UnreadableDocument
from art28.analysis.report import analyse

__all__ = ["UnreadableDocument", "analyse"]
