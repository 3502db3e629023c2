"""A DPA printed to PDF is judged as its source text is.

Held-out DPAs come as PDFs or as the text of a PDF: lines wrapped at the page width, no blank
line between a title and its paragraph, a running header and a page footer in the middle of
sentences. Each document here is printed (WeasyPrint, A4, header and footer), read back through
`read_document` and judged again; the verdicts and the terms must not change.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from art28.analysis.checklist import evaluate
from art28.analysis.extract import read_document
from art28.analysis.segment import normalise
from art28.analysis.terms import extract_terms
from tests.analysis.fixtures.build import printed_pdf_bytes

DEVSET = Path(__file__).parent / "devset"
PRINTED = [
    "seeds/000_e47db8ef20ebf9c3.txt",
    "seeds/003_c613454f0036e006.txt",
    "nl-servura-verwerkersovereenkomst.html",
    "nl-verisight-verwerkersovereenkomst.html",
    "nl-speeq-verwerkersovereenkomst.md",
    "nl-lcomp-verwerkersovereenkomst.html",
    "en-zitadel-dpa.md",
    "en-legalnote-dpa.md",
    "en-scc-2021-915-libscie.md",
]


@pytest.mark.parametrize("name", PRINTED)
def test_a_printed_dpa_gets_the_verdicts_and_terms_of_its_source(name: str, tmp_path) -> None:
    source = DEVSET / name
    language = json.loads(source.with_suffix(".json").read_text())["document"]["language"]
    text = read_document(source).text
    printed = tmp_path / "printed.pdf"
    printed.write_bytes(printed_pdf_bytes(text))
    reprinted = read_document(printed).text

    found = evaluate(reprinted, language)

    assert [item["verdict"] for item in found] == [
        item["verdict"] for item in evaluate(text, language)
    ]
    assert extract_terms(reprinted) == extract_terms(text)
    assert all(e["quote"] in normalise(reprinted) for item in found for e in item["evidence"])
