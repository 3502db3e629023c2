"""`art28 export register`: the same exports from the command line, to a file or stdout."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from openpyxl import load_workbook

from art28.audit.models import AuditEntry
from tests.factories import make_activity, make_controller

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """The messages asserted below are the English source strings."""
    with translation.override("en"):
        yield


@pytest.fixture
def two_controllers(processor):
    imaging = make_controller(processor, "Imaging People")
    dentist = make_controller(processor, "Tandartspraktijk")
    make_activity(imaging, "Remote backup")
    make_activity(dentist, "Hosting")
    return imaging, dentist


def test_export_writes_a_controllers_register_to_a_file(two_controllers, tmp_path):
    target = tmp_path / "register.csv"
    err = io.StringIO()

    call_command(
        "export",
        "register",
        "--processor",
        "ICTeam Zuid B.V.",
        "--controller",
        "Tandartspraktijk",
        "--format",
        "csv",
        "--lang",
        "en",
        "-o",
        str(target),
        stderr=err,
    )

    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [row[:2] for row in rows] == [
        ["Controller", "Processing activity"],
        ["Tandartspraktijk", "Hosting"],
    ]
    assert err.getvalue() == f"1 activities written to {target}.\n"


def test_export_writes_binary_formats_to_stdout(two_controllers, capsysbinary, tmp_path):
    call_command("export", "register", "--format", "xlsx", "--lang", "en")

    path = tmp_path / "from-stdout.xlsx"
    path.write_bytes(capsysbinary.readouterr().out)
    sheet = load_workbook(path).active
    assert [row[1].value for row in sheet.iter_rows()] == [
        "Processing activity",
        "Remote backup",
        "Hosting",
    ]


def test_export_finds_the_processor_from_the_controller(
    two_controllers, other_processor, capsysbinary
):
    make_activity(make_controller(other_processor, "Elsewhere"), "Not ours")

    call_command("export", "register", "--controller", "Imaging People", "--format", "json")

    document = json.loads(capsysbinary.readouterr().out)
    assert [row["activity"] for row in document["activities"]] == ["Remote backup"]


def test_export_records_who_exported_nothing_but_the_command(two_controllers, tmp_path):
    call_command(
        "export",
        "register",
        "--format",
        "pdf",
        "-o",
        str(tmp_path / "r.pdf"),
        stderr=io.StringIO(),
    )

    entry = AuditEntry.objects.get(action="export")
    assert (entry.actor, entry.data["format"], entry.data["rows"]) == ("", "pdf", 2)
    assert (tmp_path / "r.pdf").read_bytes()[:5] == b"%PDF-"


def test_export_without_processor_needs_one_when_there_are_several(processor, other_processor):
    with pytest.raises(CommandError, match="Name one with --processor"):
        call_command("export", "register", "--format", "csv")


def test_export_names_an_unknown_controller(processor):
    with pytest.raises(CommandError, match="Nothing matches --controller 'Nobody'"):
        call_command("export", "register", "--controller", "Nobody", "--format", "csv")
