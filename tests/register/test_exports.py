"""Register exports: the same rows as CSV, XLSX, JSON and PDF, streamed and audited."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import tracemalloc

import pytest
from django.utils import translation
from openpyxl import load_workbook
from pypdf import PdfReader

from art28.audit.models import AuditEntry
from art28.register.exports import ExportTooLarge, export_register, neutralise
from art28.register.models import ProcessingActivity
from tests.factories import (
    make_activity,
    make_agreement,
    make_controller,
    make_function,
    make_subprocessor,
)

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 11, 24, 10, 30, tzinfo=dt.UTC)
HEADERS_EN = [
    "Controller",
    "Processing activity",
    "Purpose",
    "Categories of personal data",
    "Categories of data subjects",
    "Staff functions",
    "Processing operations",
    "Retention (as agreed)",
    "Retention rule",
    "Systems",
    "Countries",
    "Sub-processors",
    "Agreement reference",
]
HEADERS_NL = [
    "Verwerkingsverantwoordelijke",
    "Verwerkingsactiviteit",
    "Doel",
    "Categorieën persoonsgegevens",
    "Categorieën betrokkenen",
    "Functies",
    "Verwerkingen",
    "Bewaartermijn (zoals afgesproken)",
    "Bewaarregel",
    "Systemen",
    "Landen",
    "Subverwerkers",
    "Kenmerk overeenkomst",
]
BACKUP_CSV = [
    "Imaging People",
    "Remote backup",
    "Back-ups van de systemen van de klant",
    "NAW-gegevens; E-mailadressen",
    "Medewerkers; Klanten",
    "ICT beheer; Supportdesk",
    "inzien; kopiëren",
    "Maximaal 1 maand.",
    "at most a period after the data's creation (1 month)",
    "Veeam; Synology",
    "NL; DE",
    "Hosting B.V.",
    "VO-2018 (2018/1)",
]


def backup(controller, name="Remote backup", **fields):
    """An activity with every column filled, as annex 1 of seed 000 has them."""
    processor = controller.processor
    values = {
        "purpose": "Back-ups van de systemen van de klant",
        "data_categories": ["NAW-gegevens", "E-mailadressen"],
        "data_subjects": ["Medewerkers", "Klanten"],
        "operations": ["inzien", "kopiëren"],
        "retention_text": "Maximaal 1 maand.",
        "retention_kind": "rolling",
        "retention_months": 1,
        "systems": ["Veeam", "Synology"],
        "countries": ["NL", "DE"],
        "agreement": make_agreement(controller, reference="VO-2018", template_version="2018/1"),
        **fields,
    }
    activity = make_activity(controller, name, **values)
    functions = [
        processor.staff_functions.get_or_create(name=n)[0] for n in ("Supportdesk", "ICT beheer")
    ]
    activity.staff_functions.set(functions)
    hosting = processor.relations.filter(name="Hosting B.V.").first()
    activity.subprocessors.set([hosting or make_subprocessor(processor, "Hosting B.V.")])
    return activity


def content(export) -> bytes:
    return b"".join(export.chunks())


def csv_rows(export) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content(export).decode("utf-8-sig"))))


@pytest.fixture
def imaging(processor):
    return make_controller(processor, "Imaging People")


def test_csv_export_has_english_headers_and_every_column_of_an_activity(processor, imaging):
    backup(imaging)

    export = export_register("csv", processor=processor, language="en", now=NOW)

    assert csv_rows(export) == [HEADERS_EN, BACKUP_CSV]


def test_csv_starts_with_a_byte_order_mark_so_spreadsheets_read_utf8(processor, imaging):
    backup(imaging)

    data = content(export_register("csv", processor=processor, language="en"))

    assert data[:3] == b"\xef\xbb\xbf"


def test_headers_follow_the_requested_language_not_the_active_one(processor, imaging):
    backup(imaging)

    with translation.override("en"):
        export = export_register("csv", processor=processor, language="nl")
    rows = csv_rows(export)

    assert rows[0] == HEADERS_NL
    assert rows[1][8] == "hoogstens een termijn na het ontstaan van de gegevens (1 maand)"


def test_reading_a_dutch_export_leaves_the_readers_language_alone(processor):
    export = export_register("csv", processor=processor, language="nl")

    with translation.override("en"):
        chunks = export.chunks()
        next(chunks)
        language = translation.get_language()

    assert language == "en"


def test_spreadsheet_formulas_are_neutralised():
    texts = ["=1+2", "+31 6", "-x", "@SUM(A1)", "\tcmd", "\rcmd", "a=b", "", "Veeam"]

    neutral = [neutralise(text) for text in texts]

    assert neutral == [
        "'=1+2",
        "'+31 6",
        "'-x",
        "'@SUM(A1)",
        "'\tcmd",
        "'\rcmd",
        "a=b",
        "",
        "Veeam",
    ]


def test_csv_cell_that_looks_like_a_formula_is_neutralised(processor, imaging):
    backup(imaging, purpose='=HYPERLINK("http://evil.example","klik")', systems=["@SUM(1)"])

    row = csv_rows(export_register("csv", processor=processor, language="en"))[1]

    assert (row[2], row[9]) == ('\'=HYPERLINK("http://evil.example","klik")', "'@SUM(1)")


def test_xlsx_has_one_sheet_with_frozen_headers_widths_and_the_rows(processor, imaging, tmp_path):
    backup(imaging, purpose="=1+1")
    path = tmp_path / "register.xlsx"

    path.write_bytes(content(export_register("xlsx", processor=processor, language="en")))

    workbook = load_workbook(path)
    sheet = workbook.active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert (workbook.sheetnames, sheet.freeze_panes) == (["Register"], "A2")
    assert rows[0] == HEADERS_EN
    assert rows[1][:4] == [
        "Imaging People",
        "Remote backup",
        "'=1+1",
        "NAW-gegevens\nE-mailadressen",
    ]
    assert (sheet["C2"].data_type, sheet["A1"].font.bold) == ("s", True)
    assert [sheet.column_dimensions[c].width for c in "ABC"] == [26, 30, 40]


def test_json_export_keeps_lists_as_lists_and_describes_itself(processor, imaging):
    activity = backup(imaging)

    document = json.loads(content(export_register("json", processor=processor, now=NOW)))

    assert document["register"]["processor"] == "ICTeam Zuid B.V."
    assert (document["register"]["controller"], document["register"]["language"]) == (None, "nl")
    assert document["register"]["generated_at"] == "2026-11-24T10:30:00+00:00"
    row = document["activities"][0]
    assert (row["uuid"], row["data_categories"], row["staff_functions"]) == (
        str(activity.uuid),
        ["NAW-gegevens", "E-mailadressen"],
        ["ICT beheer", "Supportdesk"],
    )
    assert (row["retention_kind"], row["retention_months"], row["countries"]) == (
        "rolling",
        1,
        ["NL", "DE"],
    )


def test_json_export_of_an_empty_register_is_valid_json(processor):
    document = json.loads(content(export_register("json", processor=processor)))

    assert document["activities"] == []


def test_pdf_is_a4_landscape_with_processor_date_and_page_numbers(processor, imaging):
    for i in range(40):
        backup(imaging, f"Activity {i:02d}")

    data = content(export_register("pdf", processor=processor, language="en", now=NOW))

    pages = PdfReader(io.BytesIO(data)).pages
    n = len(pages)
    size = (round(float(pages[0].mediabox.width)), round(float(pages[0].mediabox.height)))
    margins = [page.extract_text().splitlines()[-2:] for page in pages]
    assert (size, n > 1) == ((842, 595), True)
    assert margins == [
        ["ICTeam Zuid B.V. Nov. 24, 2026", f"Register of processing activities Page {i} of {n}"]
        for i in range(1, n + 1)
    ]


def test_controller_export_holds_only_that_controllers_rows(processor, imaging, other_processor):
    other = make_controller(processor, "Tandartspraktijk")
    backup(imaging, "Backup Imaging")
    backup(other, "Backup tandarts")
    make_activity(make_controller(other_processor, "Elsewhere"), "Not ours")

    per_controller = csv_rows(export_register("csv", processor=processor, controller=other))
    whole = csv_rows(export_register("csv", processor=processor))

    assert [row[1] for row in per_controller[1:]] == ["Backup tandarts"]
    assert [row[1] for row in whole[1:]] == ["Backup Imaging", "Backup tandarts"]


def test_another_processors_controller_is_refused(processor, other_processor):
    foreign = make_controller(other_processor, "Elsewhere")

    with pytest.raises(ValueError, match="another processor"):
        export_register("csv", processor=processor, controller=foreign)


def test_an_unknown_format_is_refused(processor):
    with pytest.raises(ValueError, match="unknown register export format"):
        export_register("docx", processor=processor)


@pytest.mark.parametrize(
    ("fmt", "content_type"),
    [
        ("csv", "text/csv; charset=utf-8"),
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("json", "application/json"),
        ("pdf", "application/pdf"),
    ],
)
def test_each_format_names_its_file_and_content_type(processor, imaging, fmt, content_type):
    export = export_register(fmt, processor=processor, controller=imaging, now=NOW)

    assert (export.filename, export.content_type) == (
        f"register-icteam-zuid-bv-imaging-people-2026-11-24.{fmt}",
        content_type,
    )


def test_every_export_writes_an_audit_entry(processor, imaging, owner):
    backup(imaging)

    export_register("xlsx", processor=processor, controller=imaging, language="en", by=owner)

    entry = AuditEntry.objects.get(action="export")
    assert (entry.actor, entry.processor, entry.object_id) == (
        "owner@icteam.example",
        processor.uuid,
        str(imaging.uuid),
    )
    assert entry.data == {"what": "register", "format": "xlsx", "language": "en", "rows": 1}


def test_reading_the_export_takes_the_same_queries_for_one_and_three_rows(
    processor, imaging, django_assert_num_queries
):
    export = export_register("csv", processor=processor)
    backup(imaging, "First")

    # One query for the activities, one per prefetched relation (per chunk of rows).
    with django_assert_num_queries(3):
        content(export)
    backup(imaging, "Second")
    backup(imaging, "Third")
    with django_assert_num_queries(3):
        assert len(csv_rows(export)) == 4


def test_the_functions_of_a_processor_without_activities_are_left_out(processor, imaging):
    make_function(processor, "Consultant")
    backup(imaging)

    row = csv_rows(export_register("csv", processor=processor, language="en"))[1]

    assert row[5] == "ICT beheer; Supportdesk"


def many_activities(controller, count):
    """`count` filled-in activities, inserted in bulk; each linked to a function."""
    function = make_function(controller.processor, f"Support {controller.name}")
    rows = [
        ProcessingActivity(
            processor=controller.processor,
            controller=controller,
            position=i,
            name=f"Activity {i:05d}",
            purpose="Back-ups van de systemen van de klant " * 3,
            data_categories=["NAW-gegevens", "E-mailadressen"],
            systems=["Veeam"],
        )
        for i in range(count)
    ]
    created = ProcessingActivity.objects.bulk_create(rows)
    ProcessingActivity.staff_functions.through.objects.bulk_create(
        ProcessingActivity.staff_functions.through(
            processingactivity_id=a.pk, stafffunction_id=function.pk
        )
        for a in created
    )


def peak_bytes(export) -> int:
    tracemalloc.start()
    try:
        for _chunk in export.chunks():
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_memory_stays_flat_when_the_register_grows_fourfold(processor, fmt):
    small, large = (make_controller(processor, name) for name in ("Small", "Large"))
    many_activities(small, 1000)
    many_activities(large, 4000)

    peaks = [
        peak_bytes(export_register(fmt, processor=processor, controller=controller))
        for controller in (small, large)
    ]

    assert peaks[1] < 1.5 * peaks[0], peaks


def test_dutch_pdf_has_dutch_page_numbers_and_date_in_local_fonts(processor, imaging):
    backup(imaging)

    data = content(export_register("pdf", processor=processor, language="nl", now=NOW))

    page = PdfReader(io.BytesIO(data)).pages[0]
    fonts = sorted(
        str(f.get_object()["/BaseFont"])[8:] for f in page["/Resources"]["/Font"].values()
    )
    assert fonts == ["DejaVu-Sans", "DejaVu-Sans-Bold"]  # the system's fonts, embedded as subsets
    assert page.extract_text().splitlines()[-2:] == [
        "ICTeam Zuid B.V. 24 november 2026",
        "Register van verwerkingsactiviteiten Pagina 1 van 1",
    ]


def test_a_pdf_past_the_row_limit_is_refused_before_anything_is_recorded(
    processor, imaging, settings
):
    settings.REGISTER_PDF_MAX_ROWS = 2
    for name in ("One", "Two", "Three"):
        make_activity(imaging, name)

    with translation.override("en"), pytest.raises(ExportTooLarge) as refused:
        export_register("pdf", processor=processor)

    assert str(refused.value) == (
        "The register has 3 activities; a PDF holds at most 2. "
        "Export one controller at a time, or use XLSX."
    )
    assert AuditEntry.objects.count() == 0
