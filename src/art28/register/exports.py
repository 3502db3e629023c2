"""Exports of the processor's Art. 30(2) register: CSV, XLSX, JSON and PDF.

    export = export_register("xlsx", processor=p, controller=None, language="nl", by=user)
    response = StreamingHttpResponse(export.chunks(), content_type=export.content_type)

`register_rows` is the one source of rows; each exporter renders them in its format. Rows are
read as plain values with `.iterator(chunk_size=...)` (a server-side cursor on PostgreSQL) and
the names of their staff functions and sub-processors looked up once per chunk, so the number
of queries and the memory do not grow with the number of rows. CSV and JSON are generated as
they are sent; XLSX is written to a temporary file (openpyxl's write-only mode) and then sent
in blocks. The PDF is the exception: WeasyPrint lays out the whole document in memory, so a
PDF is refused past `PDF_MAX_ROWS` rows (`ExportTooLarge`) before anything is rendered.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import itertools
import json
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, ClassVar

from django.conf import settings
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from art28.audit.services import record
from art28.organisations.models import Organisation
from art28.register.enums import RetentionKind
from art28.register.models import ProcessingActivity

CHUNK_SIZE = 500  # rows per round trip, plus one name lookup per relation (3 queries)
BATCH_BYTES = 64 * 1024  # CSV/JSON text is sent in pieces of about this size
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PDF_MAX_ROWS = 1000  # about 140 A4 pages, 30 s and 500 MB in WeasyPrint


@dataclasses.dataclass(frozen=True)
class Column:
    key: str
    header: Any  # a lazily translated string
    width: int  # XLSX column width, in characters


COLUMNS = (
    Column("controller", gettext_lazy("Controller"), 26),
    Column("activity", gettext_lazy("Processing activity"), 30),
    Column("purpose", gettext_lazy("Purpose"), 40),
    Column("data_categories", gettext_lazy("Categories of personal data"), 40),
    Column("data_subjects", gettext_lazy("Categories of data subjects"), 30),
    Column("staff_functions", gettext_lazy("Staff functions"), 22),
    Column("operations", gettext_lazy("Processing operations"), 30),
    Column("retention", gettext_lazy("Retention (as agreed)"), 32),
    Column("retention_rule", gettext_lazy("Retention rule"), 32),
    Column("systems", gettext_lazy("Systems"), 24),
    Column("countries", gettext_lazy("Countries"), 14),
    Column("subprocessors", gettext_lazy("Sub-processors"), 24),
    Column("agreement", gettext_lazy("Agreement reference"), 26),
)


# --- rows --------------------------------------------------------------------------------


def register_activities(
    *, processor: Organisation, controller: Organisation | None = None
) -> QuerySet[ProcessingActivity]:
    """The processor's activities (or one controller's), in register order."""
    activities = ProcessingActivity.objects.for_processor(processor)
    if controller is not None:
        activities = activities.for_controller(controller)
    return activities.order_by("controller__name", "controller_id", "position", "name", "pk")


# The columns read per activity; staff functions and sub-processors come per chunk of rows.
ROW_FIELDS = (
    "pk",
    "uuid",
    "controller__name",
    "name",
    "purpose",
    "data_categories",
    "data_subjects",
    "operations",
    "retention_text",
    "retention_kind",
    "retention_months",
    "legal_retention_years",
    "systems",
    "countries",
    "agreement__reference",
    "agreement__title",
    "agreement__template_version",
)


def register_rows(
    *, processor: Organisation, controller: Organisation | None = None, chunk_size: int = CHUNK_SIZE
) -> Iterator[dict[str, Any]]:
    """One dict per activity, keyed by `COLUMNS` keys; list fields stay lists.

    Three queries per `chunk_size` rows, whatever the number of rows: the activities (read
    with `.iterator()`, a server-side cursor on PostgreSQL) and, per chunk, the names of their
    staff functions and of their sub-processors. Plain values, no model instances: this is
    the loop every export spends its time in. Texts that depend on the language (the
    retention rule) are made in the active language.
    """
    values = register_activities(processor=processor, controller=controller).values_list(
        *ROW_FIELDS
    )
    for chunk in _chunked(values.iterator(chunk_size=chunk_size), chunk_size):
        ids = [row[0] for row in chunk]
        functions = _names_by_activity(
            ProcessingActivity.staff_functions.through, "stafffunction", ids
        )
        subprocessors = _names_by_activity(
            ProcessingActivity.subprocessors.through, "organisation", ids
        )
        for row in chunk:
            fields = dict(zip(ROW_FIELDS, row, strict=True))
            yield activity_row(fields, functions.get(row[0], []), subprocessors.get(row[0], []))


def _chunked(rows: Iterator[tuple[Any, ...]], size: int) -> Iterator[list[tuple[Any, ...]]]:
    while chunk := list(itertools.islice(rows, size)):
        yield chunk


def _names_by_activity(through: Any, target: str, ids: list[int]) -> dict[int, list[str]]:
    """{activity id: [names of the linked rows, sorted]} from an m2m table, in one query."""
    links = (
        through.objects.filter(processingactivity_id__in=ids)
        .order_by(f"{target}__name")
        .values_list("processingactivity_id", f"{target}__name")
    )
    names: dict[int, list[str]] = {}
    for activity_id, name in links:
        names.setdefault(activity_id, []).append(name)
    return names


def activity_row(
    fields: dict[str, Any], functions: list[str], subprocessors: list[str]
) -> dict[str, Any]:
    return {
        "uuid": str(fields["uuid"]),
        "controller": fields["controller__name"],
        "activity": fields["name"],
        "purpose": fields["purpose"],
        "data_categories": fields["data_categories"],
        "data_subjects": fields["data_subjects"],
        "staff_functions": functions,
        "operations": fields["operations"],
        "retention": fields["retention_text"],
        "retention_rule": retention_rule(
            fields["retention_kind"], fields["retention_months"], fields["legal_retention_years"]
        ),
        "retention_kind": fields["retention_kind"],
        "retention_months": fields["retention_months"],
        "legal_retention_years": fields["legal_retention_years"],
        "systems": fields["systems"],
        "countries": fields["countries"],
        "subprocessors": subprocessors,
        "agreement": agreement_reference(
            fields["agreement__reference"],
            fields["agreement__title"],
            fields["agreement__template_version"],
        ),
    }


def retention_rule(kind: str, months: int | None, legal_years: int | None) -> str:
    """The structured retention term in words: "until the agreement ends (1 month)"."""
    if not kind:
        return ""
    parts = [str(RetentionKind(kind).label)]
    if months:
        parts.append(ngettext("%(n)s month", "%(n)s months", months) % {"n": months})
    if legal_years:
        parts.append(
            ngettext("legal term %(n)s year", "legal term %(n)s years", legal_years)
            % {"n": legal_years}
        )
    return parts[0] + (f" ({', '.join(parts[1:])})" if parts[1:] else "")


def agreement_reference(reference: str | None, title: str | None, version: str | None) -> str:
    """The agreement's reference (or title) with its template version: "VO-2018 (2018/1)"."""
    label = reference or title or ""
    return f"{label} ({version})" if label and version else label


def as_text(value: Any, separator: str) -> str:
    if isinstance(value, list):
        return separator.join(str(item) for item in value)
    return "" if value is None else str(value)


def neutralise(text: str) -> str:
    """A cell a spreadsheet would read as a formula (=, +, -, @, tab, CR) gets a leading '."""
    return "'" + text if text.startswith(FORMULA_START) else text


# --- exporters ---------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Scope:
    """What one export covers, and when and in which language it was made."""

    processor: Organisation
    controller: Organisation | None
    language: str
    generated_at: dt.datetime

    def rows(self) -> Iterator[dict[str, Any]]:
        return register_rows(processor=self.processor, controller=self.controller)

    def headers(self) -> list[str]:
        return [str(column.header) for column in COLUMNS]


class Exporter:
    format: ClassVar[str]
    extension: ClassVar[str]
    content_type: ClassVar[str]

    def render(self, scope: Scope) -> Iterator[bytes]:
        raise NotImplementedError

    def check_size(self, rows: int) -> None:
        """Refuse before starting what this format cannot do in bounded memory."""


class ExportTooLarge(ValueError):
    """The register has more rows than this format can hold; the message says what to do."""


class CsvExporter(Exporter):
    """UTF-8 with a byte order mark (so Excel reads the accents), comma-separated, RFC 4180."""

    format, extension, content_type = "csv", "csv", "text/csv; charset=utf-8"

    def render(self, scope: Scope) -> Iterator[bytes]:
        writer = csv.writer(_Echo())
        lines = (
            writer.writerow([neutralise(as_text(row[c.key], "; ")) for c in COLUMNS])
            for row in scope.rows()
        )
        yield ("\ufeff" + writer.writerow(scope.headers())).encode("utf-8")
        yield from _batched(lines)


class _Echo:
    """A file that hands back what is written: csv.writer then returns each line."""

    def write(self, value: str) -> str:
        return value


class JsonExporter(Exporter):
    """One JSON document: {"register": {...about the export...}, "activities": [...]}."""

    format, extension, content_type = "json", "json", "application/json"

    def render(self, scope: Scope) -> Iterator[bytes]:
        about = {
            "processor": scope.processor.name,
            "controller": scope.controller.name if scope.controller else None,
            "generated_at": scope.generated_at.isoformat(timespec="seconds"),
            "language": scope.language,
            "columns": {column.key: str(column.header) for column in COLUMNS},
        }
        head = json.dumps({"register": about}, ensure_ascii=False)[:-1]
        items = (
            ("," if i else "") + json.dumps(row, ensure_ascii=False)
            for i, row in enumerate(scope.rows())
        )
        yield (head + ',"activities":[').encode("utf-8")
        yield from _batched(items)
        yield b"]}"


def _batched(pieces: Iterable[str]) -> Iterator[bytes]:
    batch: list[str] = []
    size = 0
    for piece in pieces:
        batch.append(piece)
        size += len(piece)
        if size >= BATCH_BYTES:
            yield "".join(batch).encode("utf-8")
            batch, size = [], 0
    if batch:
        yield "".join(batch).encode("utf-8")


class XlsxExporter(Exporter):
    """One sheet in openpyxl's write-only mode: header row bold and frozen, widths set."""

    format, extension = "xlsx", "xlsx"
    content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    def render(self, scope: Scope) -> Iterator[bytes]:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(title=_("Register"))
        self.prepare(sheet, scope)
        wrap = Alignment(wrap_text=True, vertical="top")
        count = 0
        for row in scope.rows():
            sheet.append([self.cell(sheet, row[column.key], wrap) for column in COLUMNS])
            count += 1
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{count + 1}"
        with tempfile.TemporaryFile() as file:
            workbook.save(file)
            yield from _blocks(file)

    def prepare(self, sheet: Any, scope: Scope) -> None:
        """Sheet settings go before the first row in write-only mode."""
        for index, column in enumerate(COLUMNS, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        sheet.freeze_panes = "A2"
        sheet.print_title_rows = "1:1"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        bold = Font(bold=True)
        header = []
        for text in scope.headers():
            cell = WriteOnlyCell(sheet, value=text)
            cell.font = bold
            header.append(cell)
        sheet.append(header)

    def cell(self, sheet: Any, value: Any, wrap: Alignment) -> Any:
        """Plain text is cheapest; only a cell of several lines gets a style (wrapped)."""
        text = spreadsheet_text(value)
        if "\n" not in text:
            return text or None
        cell = WriteOnlyCell(sheet, value=text)
        cell.alignment = wrap
        return cell


def spreadsheet_text(value: Any) -> str:
    """A cell's text: list items on lines, characters XML forbids dropped, formulas defused."""
    text = ILLEGAL_CHARACTERS_RE.sub("", as_text(value, "\n"))
    return neutralise(text)[:32767]


class PdfExporter(Exporter):
    """Printable A4 landscape via WeasyPrint: processor, date and "page n of m" on every page.

    Fonts are the system's (DejaVu Sans); nothing is fetched: every URL is refused.
    """

    format, extension, content_type = "pdf", "pdf", "application/pdf"

    def check_size(self, rows: int) -> None:
        """WeasyPrint lays out the whole document in memory, about 0.5 MB and 30 ms per row.

        Measured: 2,200 rows of the seed-000 annex made 300 pages in 80 s CPU and 1.1 GB.
        The limit (setting REGISTER_PDF_MAX_ROWS) keeps a web worker alive; XLSX streams.
        """
        limit = getattr(settings, "REGISTER_PDF_MAX_ROWS", PDF_MAX_ROWS)
        if rows > limit:
            message = _(
                "The register has %(rows)s activities; a PDF holds at most %(limit)s. "
                "Export one controller at a time, or use XLSX."
            ) % {"rows": rows, "limit": limit}
            raise ExportTooLarge(message)

    def render(self, scope: Scope) -> Iterator[bytes]:
        from weasyprint import HTML  # imported here: loading Pango takes a moment

        html = render_to_string("register/export_pdf.html", self.context(scope))
        with tempfile.TemporaryFile() as file:
            HTML(string=html, url_fetcher=_refuse_url).write_pdf(target=file)
            file.seek(0)
            yield from _blocks(file)

    def context(self, scope: Scope) -> dict[str, Any]:
        local = timezone.localtime(scope.generated_at)
        return {
            "scope": scope,
            "language": scope.language,
            "generated_on": date_format(local, "DATE_FORMAT"),
            "generated_at": date_format(local, "DATETIME_FORMAT"),
            "headers": scope.headers(),
            "widths": column_percentages(),
            "rows": (self.cells(row) for row in scope.rows()),
            "page_counter_css": page_counter_css(_("Page %(page)s of %(pages)s")),
        }

    def cells(self, row: dict[str, Any]) -> list[list[str]]:
        """Each cell as its lines: a list field one item per line."""
        return [
            [str(item) for item in row[c.key]] if isinstance(row[c.key], list) else [row[c.key]]
            for c in COLUMNS
        ]


def column_percentages() -> list[str]:
    total = sum(column.width for column in COLUMNS)
    return [f"{100 * column.width / total:.2f}" for column in COLUMNS]


def _refuse_url(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    raise ValueError(f"the register PDF loads nothing from outside: {url}")


def page_counter_css(template: str) -> str:
    """ "Page %(page)s of %(pages)s" as a CSS `content` value with page counters."""
    parts = re.split(r"(%\(pages?\)s)", template)
    tokens = []
    for part in parts:
        if part == "%(page)s":
            tokens.append("counter(page)")
        elif part == "%(pages)s":
            tokens.append("counter(pages)")
        elif part:
            tokens.append(css_string(part))
    return " ".join(tokens)


def css_string(text: str) -> str:
    escaped = "".join(c if c.isalnum() or c in " .,:;-()/'" else f"\\{ord(c):x} " for c in text)
    return f'"{escaped}"'


def _blocks(file: IO[bytes], size: int = BATCH_BYTES) -> Iterator[bytes]:
    file.seek(0)
    while block := file.read(size):
        yield block


EXPORTERS: dict[str, type[Exporter]] = {
    exporter.format: exporter for exporter in (CsvExporter, XlsxExporter, JsonExporter, PdfExporter)
}
FORMATS = tuple(EXPORTERS)


# --- the service -------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Export:
    """A file to send: `chunks()` yields its bytes, produced as they are read."""

    filename: str
    content_type: str
    rows: int
    render: Callable[[], Iterator[bytes]] = dataclasses.field(repr=False)

    def chunks(self) -> Iterator[bytes]:
        return self.render()


def export_register(
    fmt: str,
    *,
    processor: Organisation,
    controller: Organisation | None = None,
    language: str = "nl",
    by: Any | None = None,
    now: dt.datetime | None = None,
) -> Export:
    """The register of `processor` (or of one of its controllers) in format `fmt`.

    Writes an "export" audit entry at once, so a download that is started counts as one.
    Raises ValueError for an unknown format or language, or another processor's controller;
    ExportTooLarge (a ValueError with a message for the user) for a PDF past its row limit.
    """
    if fmt not in EXPORTERS:
        raise ValueError(f"unknown register export format {fmt!r}; one of {', '.join(FORMATS)}")
    if language not in dict(settings.LANGUAGES):
        raise ValueError(f"unknown language {language!r}")
    if controller is not None and controller.processor_id != processor.pk:
        raise ValueError("the controller belongs to another processor")
    exporter = EXPORTERS[fmt]()
    scope = Scope(processor, controller, language, now or timezone.now())
    count = register_activities(processor=processor, controller=controller).count()
    exporter.check_size(count)
    filename = export_filename(scope, exporter.extension)
    record(
        "export",
        by=by,
        processor=processor,
        obj=controller or processor,
        summary=f"register {fmt}: {filename}",
        data={"what": "register", "format": fmt, "language": language, "rows": count},
        now=scope.generated_at,
    )
    return Export(
        filename=filename,
        content_type=exporter.content_type,
        rows=count,
        render=lambda: in_language(language, exporter.render(scope)),
    )


def export_filename(scope: Scope, extension: str) -> str:
    names = [scope.processor.name] + ([scope.controller.name] if scope.controller else [])
    day = timezone.localdate(scope.generated_at).isoformat()
    return "-".join(["register", *(slugify(name) or "x" for name in names), day]) + f".{extension}"


def in_language(language: str, chunks: Iterator[bytes]) -> Iterator[bytes]:
    """Produce each chunk with `language` active, without leaking it to the reader between."""
    while True:
        with translation.override(language):
            chunk = next(chunks, None)
        if chunk is None:
            return
        yield chunk
