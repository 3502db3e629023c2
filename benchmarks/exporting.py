"""Write one register export to a file through art28.register.exports, and count its rows."""

from __future__ import annotations

from pathlib import Path


def export_to_file(fmt: str, processor, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The whole processor's register, as the staff page's download streams it."""
    from art28.register.exports import export_register

    user = processor.staff.order_by("pk").first()
    export = export_register(fmt, processor=processor, controller=None, language="nl", by=user)
    with out.open("wb") as fh:
        for chunk in export.chunks():
            fh.write(chunk)


def count_rows(fmt: str, path: Path) -> int:
    """Data rows in an exported file (header excluded)."""
    if fmt != "xlsx":
        raise ValueError(f"the bench reads back xlsx only, not {fmt}")
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    try:
        return sum(1 for _row in workbook.active.iter_rows(values_only=True)) - 1
    finally:
        workbook.close()
