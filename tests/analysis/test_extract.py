"""Reading files into text: formats, character counts, language, and every kind of bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from art28.analysis.extract import UnreadableDocument, detect_language, read_document
from tests.analysis.fixtures.build import (
    DPA_EN,
    SEED_000,
    SEED_003,
    corrupt_docx,
    docx_bytes,
    encrypted_pdf,
    image_only_pdf,
    pdf_bytes,
)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize(("seed", "characters"), [(SEED_000, 29179), (SEED_003, 30737)])
def test_a_text_file_counts_the_characters_of_the_decoded_file(seed: Path, characters: int) -> None:
    document = read_document(seed)

    assert (document.format, document.characters) == ("txt", characters)


def test_crlf_line_ends_and_a_byte_order_mark_are_not_counted(tmp_path: Path) -> None:
    path = write(tmp_path, "dpa.txt", b"\xef\xbb\xbfVerwerker\r\nVerantwoordelijke\r\n")

    document = read_document(path)

    assert document.text == "Verwerker\nVerantwoordelijke\n"


def test_a_docx_gives_paragraphs_and_tables_in_document_order(tmp_path: Path) -> None:
    data = docx_bytes(["Bijlage 1"], [["Naam", "Doel"], ["Backup", "Opslaan"]], ["Bijlage 2"])
    path = write(tmp_path, "dpa.docx", data)

    document = read_document(path)

    assert document.text == "Bijlage 1\nNaam\nDoel\nBackup\nOpslaan\nBijlage 2"
    assert document.tables == [[["Naam", "Doel"], ["Backup", "Opslaan"]]]


def test_a_pdf_gives_its_text_layer(tmp_path: Path) -> None:
    path = write(tmp_path, "dpa.pdf", pdf_bytes("Verwerker verwerkt persoonsgegevens."))

    document = read_document(path)

    assert (document.format, " ".join(document.text.split())) == (
        "pdf",
        "Verwerker verwerkt persoonsgegevens.",
    )


def test_html_gives_the_visible_text_and_its_tables(tmp_path: Path) -> None:
    page = (
        "<html><head><style>p{}</style><script>x=1</script></head><body><h1>DPA</h1>"
        "<p>The processor &amp; the controller.</p><table><tr><th>Name</th><th>Purpose</th>"
        "</tr><tr><td>Backup</td><td>Storage</td></tr></table></body></html>"
    )
    path = write(tmp_path, "dpa.html", page)

    document = read_document(path)

    assert (
        document.text
        == "DPA\n\nThe processor & the controller.\n\nName\nPurpose\n\nBackup\nStorage"
    )
    assert document.tables == [[["Name", "Purpose"], ["Backup", "Storage"]]]


def test_markdown_is_read_as_text(tmp_path: Path) -> None:
    path = write(tmp_path, "dpa.md", "# DPA\n\nThe processor.\n")

    document = read_document(path)

    assert (document.format, document.text) == ("md", "# DPA\n\nThe processor.\n")


@pytest.mark.parametrize(
    ("text", "language"),
    [(SEED_000.read_text(), "nl"), (SEED_003.read_text(), "nl"), (DPA_EN, "en")],
)
def test_the_language_is_the_one_whose_common_words_occur_most(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        (
            "scan.pdf",
            image_only_pdf(),
            "PDF without a text layer (scanned image?); no text to read",
        ),
        ("locked.pdf", encrypted_pdf(DPA_EN), "encrypted PDF (a password is needed to read it)"),
        ("broken.docx", corrupt_docx(), "damaged DOCX, not a valid Word document (KeyError)"),
        (
            "truncated.pdf",
            pdf_bytes(DPA_EN)[:300],
            "damaged PDF, cannot be parsed",
        ),
        ("binary.txt", b"\x00\x01\x02\x03", "binary file, not a text document"),
        (
            "protected.docx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64,
            "password-protected or old-style Word/Office file; save it as an unprotected DOCX",
        ),
        ("scan.png", b"\x89PNG\r\n", "unsupported format (.png); use PDF or DOCX"),
    ],
)
def test_a_bad_file_raises_with_a_one_line_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = write(tmp_path, name, data)

    with pytest.raises(UnreadableDocument) as raised:
        read_document(path)

    assert str(raised.value) == reason


def test_a_file_over_50_mb_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)

    with pytest.raises(UnreadableDocument) as raised:
        read_document(path)

    assert str(raised.value) == "file too large (50 MB; the limit is 50 MB)"


def test_a_missing_file_is_named_as_missing(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument) as raised:
        read_document(tmp_path / "nowhere.pdf")

    assert str(raised.value) == "file not found"


def test_markdown_pipe_tables_are_read_as_rows(tmp_path: Path) -> None:
    path = write(
        tmp_path, "dpa.md", "Annex\n\n| Activity | Purpose |\n|---|---|\n| Backup | Storage |\n"
    )

    document = read_document(path)

    assert document.tables == [[["Activity", "Purpose"], ["Backup", "Storage"]]]


def test_a_line_break_inside_an_html_paragraph_is_a_space(tmp_path) -> None:
    page = tmp_path / "dpa.html"
    page.write_text(
        "<html><body><h2>9. Datalekken</h2><p>\nVerwerker stelt de klant onverwijld in kennis\n"
        "nadat zij kennis heeft gekregen van een inbreuk.\n</p></body></html>",
        encoding="utf-8",
    )

    text = read_document(page).text

    assert text.splitlines() == [
        "9. Datalekken",
        "",
        "Verwerker stelt de klant onverwijld in kennis nadat zij kennis heeft gekregen van een "
        "inbreuk.",
    ]
