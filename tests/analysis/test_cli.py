"""`art28 check`: JSON for one or several files, the readable report in nl and en, and one
line on stderr with exit status 2 for each file that cannot be read."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from art28.analysis.cli import main, terminal_language
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


def run(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(args, out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_one_file_with_json_prints_one_object() -> None:
    status, out, err = run([str(SEED_003), "--json"])

    assert (status, err) == (0, "")
    assert json.loads(out)["schema"] == "art28.check/1"


def test_several_files_with_json_print_an_array_in_the_given_order() -> None:
    status, out, _ = run([str(SEED_003), str(SEED_000), "--json"])

    assert status == 0
    assert [r["document"]["file"] for r in json.loads(out)] == [SEED_003.name, SEED_000.name]


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
            "recipe.txt",
            b"Pancakes: flour, milk and eggs. Stir well.",
            "not a data processing agreement (no personal data, no processor or controller)",
        ),
    ],
)
def test_a_bad_file_gets_one_line_on_stderr_and_status_2_while_the_others_are_reported(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)

    status, out, err = run([str(bad), str(SEED_003), "--json"])

    assert (status, err) == (2, f"art28 check: {bad}: {reason}\n")
    assert [r["document"]["file"] for r in json.loads(out)] == [SEED_003.name]


def test_a_missing_file_and_a_file_over_50_mb_are_both_named(tmp_path: Path) -> None:
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)
    missing = tmp_path / "missing.docx"

    status, out, err = run([str(missing), str(huge), "--json"])

    assert (status, out) == (2, "[]\n")
    assert err.splitlines() == [
        f"art28 check: {missing}: file not found",
        f"art28 check: {huge}: file too large (60 MB; the limit is 50 MB)",
    ]


def test_docx_and_pdf_files_are_analysed_like_text(tmp_path: Path) -> None:
    (tmp_path / "dpa.docx").write_bytes(docx_bytes(DPA_EN.split("\n\n")))
    (tmp_path / "dpa.pdf").write_bytes(pdf_bytes(DPA_EN))

    status, out, _ = run([str(tmp_path / "dpa.docx"), str(tmp_path / "dpa.pdf"), "--json"])

    results = json.loads(out)
    assert status == 0
    assert [(r["document"]["format"], r["document"]["language"]) for r in results] == [
        ("docx", "en"),
        ("pdf", "en"),
    ]
    assert [r["terms"]["breach_notice"] for r in results] == [
        {"within_hours": 48, "without_undue_delay": True}
    ] * 2


def test_the_readable_report_is_dutch_in_a_dutch_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "nl_NL.UTF-8")

    status, out, _ = run([str(SEED_000)])

    assert status == 0
    assert "  ~ Alleen op schriftelijke instructie  [art28.3.a.instructions]" in out.splitlines()
    assert (
        "  Aansprakelijkheid — maximum EUR: 5000; indirecte schade uitgesloten: ja; "
        "vorderingen vervallen na maanden: 12" in out.splitlines()
    )


def test_the_readable_report_is_english_otherwise() -> None:
    assert [
        terminal_language(env)
        for env in (
            {"LANG": "en_GB.UTF-8"},
            {},
            {"LANG": "nl_BE.UTF-8"},
            {"LC_ALL": "C", "LANG": "nl_NL"},
        )
    ] == ["en", "en", "nl", "en"]


def test_the_console_command_prints_json_without_a_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"

    done = subprocess.run(
        [sys.executable, "-m", "art28", "check", str(missing), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )

    assert (done.returncode, done.stderr) == (2, f"art28 check: {missing}: file not found\n")
