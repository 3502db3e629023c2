"""Processing activities from the annexes: real tables (DOCX, HTML), tables flattened to text
(a PDF's table as text lines), and a plain list of services the agreement applies to.
"""

from __future__ import annotations

import re
from itertools import pairwise

from art28.analysis.fields import collapse

LISTS = ("data_categories", "staff_functions", "operations", "data_subjects")

# Column headers, checked in this order (the first that matches names the column).
HEADERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        ("operations", r"verwerkingshandeling|handelingen|bewerkingen|operations|processing\s+op"),
        ("staff_functions", r"medewerker|functie|rol\b|staff|employee|function|role"),
        ("data_subjects", r"betrokkene|data\s+subject|categories\s+of\s+(?:data\s+)?subjects"),
        (
            "data_categories",
            r"soort\s+(?:persoons)?gegevens|categorie\w*\s+(?:van\s+)?(?:persoons)?"
            r"gegevens|persoonsgegevens|personal\s+data|types?\s+of\s+data|"
            r"data\s+categor|categories\s+of\s+(?:personal\s+)?data",
        ),
        ("retention", r"bewaartermijn|bewaren|retention|storage\s+period"),
        ("purpose", r"doel|purpose"),
        (
            "name",
            r"gegevensverwerking|verwerking|activiteit|dienst|activity|processing|service|"
            r"naam|name",
        ),
    )
)
_BULLET = re.compile(r"^\s*(?:[-•▪·●o*–]|\d{1,2}[.)])\s+")


def empty_activity(name: str) -> dict:
    return {
        "name": name,
        "purpose": None,
        "data_categories": [],
        "staff_functions": [],
        "operations": [],
        "data_subjects": [],
        "retention": None,
    }


def find_activities(text: str, tables: list[list[list[str]]]) -> list[dict]:
    for table in tables:
        found = activities_from_table(table)
        if found:
            return found
    return flattened_table(text) or service_list(text)


# --- real tables ----------------------------------------------------------------------------


def column_fields(header: list[str]) -> list[str | None]:
    fields: list[str | None] = []
    for cell in header:
        field = next((f for f, pattern in HEADERS if pattern.search(cell)), None)
        fields.append(field if field not in fields else None)
    return fields


def activities_from_table(table: list[list[str]]) -> list[dict]:
    """A table whose header names at least three activity columns, one activity per row."""
    if len(table) < 2:
        return []
    fields = column_fields(table[0])
    if sum(f is not None for f in fields) < 3 or ("name" not in fields and "purpose" not in fields):
        return []
    rows = [_table_row(fields, row) for row in table[1:]]
    return [row for row in rows if row["name"] or row["purpose"]]


def _table_row(fields: list[str | None], row: list[str]) -> dict:
    activity = empty_activity("")
    for field, cell in zip(fields, row, strict=False):
        if field in LISTS:
            activity[field] = _cell_items(cell)
        elif field:
            activity[field] = collapse(_BULLET.sub("", cell)) or None
    if not activity["name"]:
        activity["name"] = activity["purpose"]
    return activity


def _cell_items(cell: str) -> list[str]:
    items = [collapse(_BULLET.sub("", line)) for line in re.split(r"\n|;\s*", cell)]
    return [item for item in items if item]


# --- a table flattened to text lines -------------------------------------------------------------

_ROW_START = re.compile(r"^\s*(\d{1,2})\s+(\S.*)$")


def flattened_table(text: str) -> list[dict]:
    """Rows numbered 1, 2, 3 … under a header naming the activity columns, cells as '- ' items.

    The bullet items of a row run through the list columns in order; which item ends a column
    is decided per row by a lexicon of each column's words and by agreement between rows (the
    same item sits in the same column in every row)."""
    lines = text.split("\n")
    header_at, fields = _flat_header(lines)
    if header_at is None:
        return []
    rows = _flat_rows(lines[header_at:], lines[header_at].strip()[:12])
    if len(rows) < 2:
        return []
    list_fields = [f for f in fields if f not in ("name", "retention")]
    return [
        _flat_activity(row, list_fields, split)
        for row, split in zip(rows, _assign_columns(rows, list_fields), strict=False)
    ]


def _flat_header(lines: list[str]) -> tuple[int | None, list[str]]:
    """The line where a header starts that names the activity and three more columns."""
    name = dict(HEADERS)["name"]
    for i, line in enumerate(lines):
        if len(line) > 120 or not name.match(line.strip()):
            continue
        window = collapse(" ".join(lines[i : i + 14]))
        fields = _header_order(window.split(" 1 ", 1)[0] if " 1 " in window else "")
        if len(fields) >= 4 and "name" in fields:
            return i, fields
    return None, []


def _header_order(head: str) -> list[str]:
    found: list[tuple[int, str]] = []
    for field, pattern in HEADERS:
        for match in pattern.finditer(head):
            taken = any(s <= match.start() < e for s, e, _ in _spans(found, head))
            if not taken and field not in (f for _, f in found):
                found.append((match.start(), field))
                break
    return [field for _, field in sorted(found)]


def _spans(found: list[tuple[int, str]], head: str) -> list[tuple[int, int, str]]:
    spans = []
    for start, field in found:
        match = dict(HEADERS)[field].search(head, start)
        spans.append((start, match.end() if match else start, field))
    return spans


def _flat_rows(lines: list[str], header_start: str) -> list[list[str]]:
    """Each row's lines, from its number to the next number; repeated headers dropped."""
    rows: list[list[str]] = []
    skipping = False
    for line in lines:
        start = _ROW_START.match(line)
        if start and int(start[1]) == len(rows) + 1:
            rows.append([start[2]])
            skipping = False
        elif rows and header_start and line.strip().startswith(header_start):
            skipping = True
        elif rows and not skipping:
            if _ends_table(line, rows):
                break
            rows[-1].append(line)
    return rows


def _ends_table(line: str, rows: list[list[str]]) -> bool:
    return bool(re.match(r"^\s*(?:bijlage|annex|appendix|artikel|article)\s+\d", line, re.I))


def _join(lines: list[str]) -> str:
    """Join wrapped lines; a line without a trailing space ends inside a word (PDF text)."""
    filled = [line for line in lines if line.strip()]
    spaced = sum(line.endswith(" ") for line in filled) > len(filled) / 3
    out = ""
    for line in lines:
        if not line.strip():
            continue
        glue = "" if not out or (spaced and not out.endswith(" ")) else " "
        out += glue + line
    return collapse(out)


def _split_row(row: list[str]) -> tuple[str, list[str], str | None]:
    """(name, bullet items, trailing text after the last item: the retention column)."""
    first, *rest = row
    name_part, _, bullet = first.partition(" - ")
    lines = [name_part] + ([f"- {bullet}"] if bullet else []) + rest
    name_lines = []
    while lines and not _BULLET.match(lines[0]):
        name_lines.append(lines.pop(0))
    items: list[list[str]] = []
    for line in lines:
        if re.match(r"^\s*-\s", line):
            items.append([line.split("-", 1)[1].lstrip()])
        elif items:
            items[-1].append(line)
    tail = _trailing_text(items)
    return _join(name_lines), _merge_continuations([_join(parts) for parts in items]), tail


def _trailing_text(items: list[list[str]]) -> str | None:
    """The last item's lines after a blank line are the next, unbulleted column."""
    if not items:
        return None
    last = items[-1]
    start = _tail_start(last)
    if start is None:
        return None
    items[-1] = last[:start]
    return _join(last[start:]) or None


def _tail_start(lines: list[str]) -> int | None:
    seen_blank = False
    for i, line in enumerate(lines):
        if not line.strip():
            seen_blank = True
        elif seen_blank and i > 0:
            return i
    return None


def _merge_continuations(items: list[str]) -> list[str]:
    merged: list[str] = []
    for item in items:
        if merged and item[:1].islower():
            merged[-1] = f"{merged[-1]} {item}"
        else:
            merged.append(item)
    return merged


def _flat_activity(row: list[str], fields: list[str], split: list[list[str]]) -> dict:
    name, _, retention = _split_row(row)
    activity = empty_activity(name)
    for field, items in zip(fields, split, strict=False):
        activity[field] = " ".join(items) if field == "purpose" else items
        if field == "purpose" and not items:
            activity[field] = None
    activity["retention"] = retention
    return activity


# --- which items go in which column -------------------------------------------------------------

LEXICON = {
    "purpose": r"^(?:beheer\s+van|verzorgen|opslaan|leveren|hosting|monitoren|installatie\s+van|"
    r"reparatie\s+van)|ten\s+behoeve|\bvan\b.*\bvan\b|purpose|in\s+order\s+to|providing",
    "data_categories": r"gegevens|adres|facturatie|bestand|naam|naw|e-?mail|telefoon|nummer|"
    r"wachtwoord|\bip\b|cookie|locatie|financi|bank|details|address|name|"
    r"phone|billing|files?\b|credentials|identif|records",
    "staff_functions": r"desk$|^consultant|^ict\b|medewerker\s+\w+$|engineer|administrator|"
    r"developer|manager|technic|specialist|adviseur|officer|beheerder|"
    r"monteur|analist|analyst|operator|helpdesk|support\s*team",
    "operations": r"^(?:inloggen|ondersteuning|beheer\s+data|support\s|software|systeem|hardware|"
    r"aansluiten|dagelijks|wekelijks|maandelijks|install|configur|updat|monitor|"
    r"herstel|raadplegen|inzien|wijzigen|verwijderen|access|view|edit|delete|"
    r"manage|maintain|read|store)",
    "data_subjects": r"medewerkers|werknemers|klanten|opdrachtgevers|leerlingen|pati[eë]nten|"
    r"cli[eë]nten|bezoekers|burgers|gebruikers|sollicitanten|leden|employees|"
    r"customers|clients|users|visitors|patients|students|members|contacts",
}


def _assign_columns(rows: list[list[str]], fields: list[str]) -> list[list[list[str]]]:
    items = [_split_row(row)[1] for row in rows]
    patterns = {f: re.compile(LEXICON.get(f, r"^$"), re.I) for f in fields}
    lexical = {
        (item, f): 2.0 * bool(patterns[f].search(item))
        for row in items
        for item in row
        for f in fields
    }
    votes: dict[tuple[str, str], int] = {}
    splits: list[list[list[str]]] = []
    for _ in range(3):
        score = {key: value + 0.5 * votes.get(key, 0) for key, value in lexical.items()}
        splits = [_best_split(row, fields, score) for row in items]
        votes = {}
        for split in splits:
            for field, group in zip(fields, split, strict=True):
                for item in group:
                    votes[(item, field)] = votes.get((item, field), 0) + 1
    return splits


def _best_split(
    items: list[str], fields: list[str], score: dict[tuple[str, str], float]
) -> list[list[str]]:
    """Cut the row's items into len(fields) contiguous groups with the highest total score
    (a group may be empty only when there are fewer items than fields)."""
    n, k = len(items), len(fields)
    prefix = [[0.0] * (n + 1) for _ in fields]
    for c, field in enumerate(fields):
        for i, item in enumerate(items):
            prefix[c][i + 1] = prefix[c][i] + score[(item, field)]
    best: dict[tuple[int, int], tuple[float, list[int]]] = {(0, 0): (0.0, [])}
    for c in range(k):
        for i in range(n + 1):
            if (i, c) not in best:
                continue
            total, cuts = best[(i, c)]
            for j in range(i + (1 if n - i >= k - c else 0), n + 1):
                value = total + prefix[c][j] - prefix[c][i]
                if (j, c + 1) not in best or best[(j, c + 1)][0] < value:
                    best[(j, c + 1)] = (value, [*cuts, j])
    cuts = best.get((n, k), (0.0, [n] * k))[1]
    return [items[a:b] for a, b in pairwise([0, *cuts])]


# --- a list of services --------------------------------------------------------------------------

_SERVICES_INTRO = re.compile(
    r"(?:producten|diensten|services|products|verwerkingsactiviteiten|processing\s+activities)"
    r"[^\n]*:\s*$",
    re.I,
)


def service_list(text: str) -> list[dict]:
    """'…van toepassing op alle producten en diensten …, waaronder:' and the lines below it."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _SERVICES_INTRO.search(line.strip()) and not re.search(
            r"persoonsgegevens|betrokkenen|personal\s+data|data\s+subjects", line, re.I
        ):
            names = _list_below(lines[i + 1 :])
            if len(names) >= 2:
                return [empty_activity(name) for name in names]
    return []


def _list_below(lines: list[str]) -> list[str]:
    names: list[str] = []
    for raw in lines:
        line = collapse(raw)
        if not line:
            if names:
                break
            continue
        if line.endswith(":"):
            continue
        if len(line) > 90 or (line.endswith((".", ";")) and len(line) > 60):
            break
        names.append(collapse(_BULLET.sub("", line)))
    return names
