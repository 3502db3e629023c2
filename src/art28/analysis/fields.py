"""Small readers shared by the extractors: sentences, numbers, dates, title and version."""

from __future__ import annotations

import contextlib
import re
from datetime import date

MONTHS = {
    "januari": 1,
    "january": 1,
    "jan": 1,
    "februari": 2,
    "february": 2,
    "feb": 2,
    "maart": 3,
    "march": 3,
    "mrt": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "july": 7,
    "jul": 7,
    "augustus": 8,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "october": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
NUMBER_WORDS = {
    "een": 1,
    "één": 1,
    "eén": 1,
    "one": 1,
    "a": 1,
    "an": 1,
    "twee": 2,
    "two": 2,
    "drie": 3,
    "three": 3,
    "vier": 4,
    "four": 4,
    "vijf": 5,
    "five": 5,
    "zes": 6,
    "six": 6,
    "zeven": 7,
    "seven": 7,
    "acht": 8,
    "eight": 8,
    "negen": 9,
    "nine": 9,
    "tien": 10,
    "ten": 10,
    "elf": 11,
    "eleven": 11,
    "twaalf": 12,
    "twelve": 12,
    "veertien": 14,
    "fourteen": 14,
    "vijftien": 15,
    "fifteen": 15,
    "achttien": 18,
    "eighteen": 18,
    "twintig": 20,
    "twenty": 20,
    "vierentwintig": 24,
    "twenty-four": 24,
    "dertig": 30,
    "thirty": 30,
    "zesendertig": 36,
    "thirty-six": 36,
    "achtenveertig": 48,
    "forty-eight": 48,
    "zestig": 60,
    "sixty": 60,
    "tweeënzeventig": 72,
    "seventy-two": 72,
    "negentig": 90,
    "ninety": 90,
}
NUMBER = (
    r"(?:\d{1,3}|"
    + "|".join(w.replace("-", "[-\\s]") for w in sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")"
)
"""A count written in digits or words, optionally followed by the digits in brackets."""
COUNT = rf"(?P<count>{NUMBER})(?:\s*\((?:\d{{1,3}}|[a-zé-]+)\))?"

_DATE_NUMERIC = re.compile(r"\b(\d{1,2})[-./](\d{1,2})[-./](\d{4})\b")
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DATE_WORDS = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b", re.I)
_DATE_EN = re.compile(r"\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)


INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
"""Soft hyphens and zero-width characters: they split a word without showing
("Verwerkings&shy;verantwoordelijke"), so what reads the words drops them."""
HYPHENS = {0x2010: "-", 0x2011: "-"}
"""Unicode's hyphen and non-breaking hyphen (U+2010, U+2011) read as the plain one, so that a
"sub-processor" typed with either is still the word."""


def collapse(text: str) -> str:
    """Whitespace collapsed to single spaces: the form quotes are checked against."""
    return " ".join(text.split())


def number(word: str) -> int | None:
    word = re.sub(r"[\s\u00ad]+", "-", word.lower())
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


_SENTENCE_END = re.compile(
    r"(?<=[a-z0-9)\]”\"'’])[.;!?]\s+(?=[A-Z“\"‘'(•])"  # end of a sentence
    r"|\s(?=\d{1,2}\.\d{1,2}\.?\s+[A-Z])"  # a numbered clause "12.3 De ..."
    r"|\s[•▪·●]\s"  # a bullet
)


_BLOCK_START = re.compile(r"\n(?=[ \t]*(?:#{1,6}\s|[*+>]\s|\d{1,2}\.\d{0,2}\.?\s+[A-Z]))")


def sentences(text: str) -> list[str]:
    """The text cut into sentences, numbered clauses, list items and Markdown headings, each
    with its whitespace collapsed (good enough for rules)."""
    found: list[str] = []
    for block in _BLOCK_START.split(text):
        found.extend(s for s in _SENTENCE_END.split(collapse(block)) if s)
    return found


def parse_date(text: str) -> date | None:
    """The first date in the text: 25-05-2018, 14-5-2018, 2018-05-25, 25 mei 2018, May 25, 2018."""
    found: list[tuple[int, date]] = []
    for match in _DATE_ISO.finditer(text):
        _add(found, match.start(), int(match[1]), int(match[2]), int(match[3]))
    for match in _DATE_NUMERIC.finditer(text):
        _add(found, match.start(), int(match[3]), int(match[2]), int(match[1]))
    for match in _DATE_WORDS.finditer(text):
        _add(found, match.start(), int(match[3]), MONTHS.get(match[2].lower(), 0), int(match[1]))
    for match in _DATE_EN.finditer(text):
        _add(found, match.start(), int(match[3]), MONTHS.get(match[1].lower(), 0), int(match[2]))
    return min(found)[1] if found else None


def _add(found: list[tuple[int, date]], at: int, year: int, month: int, day: int) -> None:
    with contextlib.suppress(ValueError):
        found.append((at, date(year, month, day)))


# --- title and version ---------------------------------------------------------------------

_VERSION = re.compile(
    r"(?:\b(?:versie|version|vers\.)\s*(?:nr\.?|no\.?|nummer|number)?\s*:?\s*|\bv(?=\d))"
    r"(?P<label>\d+(?:[./]\d+)*[a-z]?)(?![\d/-]|\.\d)(?P<rest>[^\n]{0,40})",
    re.I,
)
_TITLE_STOP = re.compile(
    r"^(?:versie|version|partijen|parties|tussen|between|de ondergetekenden)\b", re.I
)


_FRONT_MATTER = re.compile(r"\A\s*---\n.*?\n---\n", re.S)


def title(text: str) -> str | None:
    """The first lines of the document up to the first blank line or a version/parties line;
    None when that is a paragraph rather than a title."""
    lines: list[str] = []
    for raw in _FRONT_MATTER.sub("", text).lstrip().split("\n")[:8]:
        line = collapse(raw).lstrip("#* ").rstrip("*: ")
        if not line or _TITLE_STOP.match(line):
            break
        lines.append(line)
    joined = " ".join(lines)
    if joined and len(joined) > 150:
        joined = lines[0]
    return joined if joined and len(joined) <= 150 else None


def version(text: str) -> dict[str, str | None]:
    """`Versie 2018/1`, `Versie 1.5 25-05-2018`, `Version 2.0 (May 2018)`: label and date."""
    match = _VERSION.search(text[:20000])
    if not match:
        return {"label": None, "date": None}
    when = parse_date(match["rest"])
    return {"label": match["label"], "date": when.isoformat() if when else None}
