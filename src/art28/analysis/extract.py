"""Read a DPA file into plain text: PDF (text layer), DOCX (tables in place), HTML, MD, TXT.

`read_document(path)` returns a `Document` or raises `UnreadableDocument` with a one-line
reason. The text is what the analysis reads and what quotes are checked against; its length
is `document.characters` in the report (for a text file: the decoded file, CRLF as LF).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024
FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}

Table = list[list[str]]
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: .doc, encrypted .docx
_UNSUPPORTED = {
    ".doc",
    ".rtf",
    ".odt",
    ".pages",
    ".xls",
    ".xlsx",
    ".ppt",
    ".pptx",
    ".jpg",
    ".jpeg",
    ".png",
    ".tif",
    ".tiff",
    ".gif",
    ".zip",
}


class UnreadableDocument(Exception):
    """The file cannot be analysed; the message is the one-line reason."""


@dataclass(frozen=True)
class Document:
    text: str
    format: str
    data: bytes
    tables: list[Table] = field(default_factory=list)

    @property
    def characters(self) -> int:
        return len(self.text)


def read_document(path: str | Path) -> Document:
    path = Path(path)
    data = _read_bytes(path)
    fmt = detect_format(path, data)
    text, tables = _READERS[fmt](data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableDocument(_EMPTY_REASON.get(fmt, "no text in the file"))
    return Document(text=text, format=fmt, data=data, tables=tables)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UnreadableDocument("file not found") from None
    except OSError as exc:
        raise UnreadableDocument(f"cannot read the file ({exc.strerror})") from None
    if path.is_dir():
        raise UnreadableDocument("is a directory, not a file")
    if size > MAX_BYTES:
        raise UnreadableDocument(f"file too large ({size // (1024 * 1024)} MB; the limit is 50 MB)")
    if size == 0:
        raise UnreadableDocument("empty file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(f"cannot read the file ({exc.strerror})") from None


def detect_format(path: Path, data: bytes) -> str:
    """By content first (a PDF or DOCX under another name), then by the file name."""
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(_OLE_MAGIC):
        raise UnreadableDocument(
            "password-protected or old-style Word/Office file; save it as an unprotected DOCX"
        )
    if path.suffix.lower() in _UNSUPPORTED:
        raise UnreadableDocument(f"unsupported format ({path.suffix.lower()}); use PDF or DOCX")
    if data.startswith(b"PK\x03\x04") and path.suffix.lower() != ".docx":
        return "docx" if b"word/" in data[:4096] else "zip"
    fmt = FORMATS.get(path.suffix.lower())
    if fmt:
        return fmt
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "txt"


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise UnreadableDocument("binary file, not a text document")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _read_text(data: bytes) -> tuple[str, list[Table]]:
    return _decode(data), []


def _read_markdown(data: bytes) -> tuple[str, list[Table]]:
    text = _decode(data)
    return text, markdown_tables(text)


_MD_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_MD_RULE = re.compile(r"^[\s|:-]+$")


def markdown_tables(text: str) -> list[Table]:
    """Pipe tables: consecutive '| a | b |' lines, the '|---|' rule line left out."""
    tables: list[Table] = []
    rows: Table = []
    for line in [*text.split("\n"), ""]:
        match = _MD_ROW.match(line)
        if match:
            if not _MD_RULE.match(match[1]):
                rows.append([cell.strip() for cell in match[1].split("|")])
        elif rows:
            tables.append(rows)
            rows = []
    return tables


def _read_zip(data: bytes) -> tuple[str, list[Table]]:
    raise UnreadableDocument("a ZIP archive, not a DOCX document")


# --- PDF -----------------------------------------------------------------------------------


def _read_pdf(data: bytes) -> tuple[str, list[Table]]:
    """The text layer, page by page, read with PDFium (20 times faster than pure-Python pypdf)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise UnreadableDocument("encrypted PDF (a password is needed to read it)") from None
        raise UnreadableDocument("damaged PDF, cannot be parsed") from None
    try:
        return "\n\n".join(_pdf_page_text(page) for page in document), []
    finally:
        document.close()


_PDF_CONTROL = re.compile(r"[\x00\x01\x03-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _pdf_page_text(page) -> str:  # a pypdfium2 PdfPage
    """The page's text; PDFium marks a hyphen at a line break as U+0002."""
    textpage = page.get_textpage()
    try:
        return _PDF_CONTROL.sub("", textpage.get_text_bounded().replace("\x02", "-"))
    finally:
        textpage.close()
        page.close()


# --- DOCX ----------------------------------------------------------------------------------


def _read_docx(data: bytes) -> tuple[str, list[Table]]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnreadableDocument(
            f"damaged DOCX, not a valid Word document ({type(exc).__name__})"
        ) from None
    except Exception as exc:  # lxml and zipfile errors on a broken package
        raise UnreadableDocument(
            f"damaged DOCX, not a valid Word document ({type(exc).__name__})"
        ) from None
    blocks: list[str] = []
    tables: list[Table] = []
    for item in document.iter_inner_content():
        if isinstance(item, docx.table.Table):
            table = _docx_table(item)
            tables.append(table)
            blocks.extend("\n".join(cell for cell in row if cell) for row in table)
        else:
            blocks.append(item.text)
    return "\n".join(blocks), tables


def _docx_table(table) -> Table:
    """Rows of cell texts; a merged cell is given once per row."""
    rows: Table = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(cell.text.strip())
        rows.append(cells)
    return rows


# --- HTML ----------------------------------------------------------------------------------

_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "ul",
    "ol",
    "dd",
    "dt",
    "blockquote",
    "pre",
    "title",
}
_SKIP_TAGS = {"script", "style", "noscript", "template"}


_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skipping += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag in ("td", "th"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self.skipping:
            self.skipping -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:  # a line break in HTML source is a space; blocks break lines
            self.parts.append(_HTML_SPACE.sub(" ", data))


def _read_html(data: bytes) -> tuple[str, list[Table]]:
    parser = _TextParser()
    parser.feed(_decode(data))
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip(), _html_tables(data)


def _html_tables(data: bytes) -> list[Table]:
    """Tables as rows of cells, read with the same standard-library parser."""
    parser = _TableParser()
    parser.feed(_decode(data))
    parser.close()
    return parser.tables


class _TableParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[Table] = []
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables and self.tables[-1]:
            self.cell = []
        elif tag in ("br", "p", "li") and self.cell is not None:
            self.cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None and self.tables and self.tables[-1]:
            lines = (" ".join(line.split()) for line in "".join(self.cell).split("\n"))
            self.tables[-1][-1].append("\n".join(line for line in lines if line))
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


_READERS = {
    "txt": _read_text,
    "md": _read_markdown,
    "html": _read_html,
    "pdf": _read_pdf,
    "docx": _read_docx,
    "zip": _read_zip,
}
_EMPTY_REASON = {
    "pdf": "PDF without a text layer (scanned image?); no text to read",
    "docx": "DOCX without text",
    "html": "HTML page without text",
}


# --- language --------------------------------------------------------------------------------

_NL = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "in",
        "is",
        "dat",
        "op",
        "te",
        "zijn",
        "voor",
        "met",
        "niet",
        "aan",
        "bij",
        "door",
        "worden",
        "wordt",
        "deze",
        "zal",
        "zich",
        "als",
        "of",
        "uit",
        "ook",
        "naar",
        "om",
        "dan",
        "tot",
        "heeft",
        "over",
    ]
)
_EN = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "of",
        "in",
        "is",
        "that",
        "on",
        "to",
        "be",
        "for",
        "with",
        "not",
        "at",
        "by",
        "are",
        "this",
        "shall",
        "will",
        "as",
        "or",
        "from",
        "any",
        "such",
        "which",
        "its",
        "has",
        "have",
        "been",
        "under",
    ]
)


def detect_language(text: str) -> str:
    """nl or en, whichever language's common words occur more often (first 20,000 chars)."""
    words = re.findall(r"[a-zà-ÿ]+", text[:20000].lower())
    nl = sum(word in _NL for word in words)
    en = sum(word in _EN for word in words)
    return "en" if en > nl else "nl"
