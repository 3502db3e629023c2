"""Uploads for the import tests: the seed 000 agreement as a real DOCX, and bad files."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

# The seed as kept in the repository (equal to ../shared/seeds/000_e47db8ef20ebf9c3.txt).
SEED_000 = Path(__file__).parents[1] / "analysis/devset/seeds/000_e47db8ef20ebf9c3.txt"


def seed_text() -> str:
    return SEED_000.read_text(encoding="utf-8")


def seed_docx() -> bytes:
    """Seed 000 as a Word document, one paragraph per line."""
    document = docx.Document()
    for line in seed_text().split("\n"):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)


def form_data(html: bytes, form_class: str = "edit") -> dict[str, object]:
    """What a browser would send for the page's form: every field with its current value."""
    from bs4 import BeautifulSoup

    form = BeautifulSoup(html, "html.parser").find("form", class_=form_class)
    data: dict[str, object] = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") == "submit":
            continue
        if field.name == "textarea":
            data[name] = field.text
        elif field.name == "select":
            chosen = field.find("option", selected=True) or field.find("option")
            data[name] = chosen.get("value", "") if chosen else ""
        elif field.get("type") == "checkbox":
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        else:
            data[name] = field.get("value", "")
    return data
