"""Timing of `art28 check` (issue 4): the two seeds, and 20- and 100-page documents in TXT,
DOCX and PDF built by repeating real DPA text from the seeds (about 3,000 characters a page).

`analysis_worst_300k` is the slowest of a few 300,000-character texts built to find quadratic
paths (no spaces, "A. " repeated, short lines, a role name repeated, list numbers).

`run()` returns the BENCH lines; benchmarks/__main__.py prints them with the others.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable
from html import escape
from pathlib import Path

from art28.analysis import analyse

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "analysis" / "devset" / "seeds"
PAGE = 3000
REPEATS = 5


def run() -> list[str]:
    lines = [
        _line(f"seed_{name}", _timed(SEEDS / f"{name}_{suffix}.txt"))
        for name, suffix in (("000", "e47db8ef20ebf9c3"), ("003", "c613454f0036e006"))
    ]
    source = _paragraphs()
    with tempfile.TemporaryDirectory() as tmp:
        for pages in (20, 100):
            paragraphs = _pages(source, pages)
            for fmt, write in WRITERS.items():
                path = Path(tmp) / f"dpa_{pages}.{fmt}"
                write(path, paragraphs)
                lines.append(_line(f"{pages}_pages_{fmt}", _timed(path)))
        lines.append(_line("worst_300k", max(_worst(Path(tmp), text) for text in WORST)))
    return lines


WORST = [
    "persoonsgegevens verwerker " + "a" * 300_000,
    "persoonsgegevens verwerker " + "A. " * 100_000,
    "persoonsgegevens verwerker\n" + "Verwerker\n" * 30_000,
    "persoonsgegevens " + "Nativ (verwerker) " * 17_000,
    "persoonsgegevens verwerker " + "1. " * 100_000,
    "persoonsgegevens verwerker " + "<a" * 150_000,
]


def _worst(folder: Path, text: str) -> float:
    path = folder / "worst.txt"
    path.write_text(text, encoding="utf-8")
    return _timed(path)


def _line(name: str, ms: float) -> str:
    return f"BENCH analysis_{name} {ms:.0f} ms"


def _timed(path: Path) -> float:
    """Best wall time of a full analysis (read, extract, checklist) in milliseconds: the
    least disturbed run on a shared machine."""
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        analyse(path)
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def _paragraphs() -> list[str]:
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    return [" ".join(block.split()) for block in text.split("\n\n") if block.strip()]


def _pages(paragraphs: list[str], pages: int) -> list[str]:
    out: list[str] = []
    size = 0
    while size < pages * PAGE:
        for paragraph in paragraphs:
            out.append(paragraph)
            size += len(paragraph) + 2
            if size >= pages * PAGE:
                break
    return out


def _write_txt(path: Path, paragraphs: list[str]) -> None:
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")


def _write_docx(path: Path, paragraphs: list[str]) -> None:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(path))


def _write_pdf(path: Path, paragraphs: list[str]) -> None:
    from weasyprint import HTML

    for name in ("weasyprint", "weasyprint.progress", "fontTools"):
        logging.getLogger(name).setLevel(logging.WARNING)

    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    style = "<style>@page{size:A4;margin:2cm}body{font:10pt serif}</style>"
    HTML(string=f"<html><head>{style}</head><body>{body}</body></html>").write_pdf(path)


WRITERS: dict[str, Callable[[Path, list[str]], None]] = {
    "txt": _write_txt,
    "docx": _write_docx,
    "pdf": _write_pdf,
}


if __name__ == "__main__":
    print("\n".join(run()))
