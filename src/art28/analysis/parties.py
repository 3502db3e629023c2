"""Parties (name, KvK number, city, representative) and the signature block.

A party is found where the document names its role: "hierna te noemen: Verwerker",
"hereinafter referred to as the Processor", `("Controller")`. Its description runs back to
the previous boundary (";", "Partijen:", "between", a list number) and on to the next party.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from art28.analysis.fields import INVISIBLE, collapse, parse_date

CONTROLLER_WORDS = (
    "verwerkingsverantwoordelijke",
    "verantwoordelijke",
    "opdrachtgever",
    "klant",
    "afnemer",
    "controller",
    "data controller",
    "customer",
    "client",
    "data exporter",
    "gebruiker",
)
PROCESSOR_WORDS = (
    "verwerker",
    "bewerker",
    "opdrachtnemer",
    "leverancier",
    "dienstverlener",
    "processor",
    "data processor",
    "supplier",
    "service provider",
    "vendor",
    "provider",
    "contractor",
    "data importer",
)

_Q = r"[\"“”'‘’«»]?"
_MARKER = re.compile(
    rf"(?:hierna(?:\s+ook)?(?:\s+(?:te\s+)?noemen|\s+genoemd|\s+aangeduid\s+als)\s*:?\s*{_Q}"
    rf"|(?:hereinafter|hereafter)\s*(?:referred\s+to\s+as|called|also)?\s*:?\s*(?:the\s+)?{_Q}"
    rf"|\(\s*(?:hierna|hereinafter)\s*:?\s*(?:referred\s+to\s+as\s+)?(?:the\s+|de\s+)?{_Q}"
    r"|\(\s*(?:the\s+|de\s+)?[\"“”'‘’«»])"
    rf"(?P<term>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)",
    re.I,
)
_BOUNDARY = re.compile(
    r"(?:[;:]|\bpartijen\b|\bparties\b|\btussen\b|\bbetween\b|\bondergetekenden\b"
    r"|\(\d\)|\b\d\.(?=\s)|(?<![\w.])(?-i:[IVX]{1,4})\.(?=\s)|[)\]]\s*(?:and|en)\b|,\s*(?:and|en)\b)\s*",
    re.I,
)
_LEGAL_FORM = re.compile(
    r"^(?:de\s+|the\s+)?(?:besloten\s+vennootschap(?:\s+met\s+beperkte\s+aansprakelijkheid)?"
    r"|naamloze\s+vennootschap|stichting|vereniging|co[öo]peratie|eenmanszaak"
    r"|vennootschap\s+onder\s+firma|commanditaire\s+vennootschap|maatschap"
    r"|private\s+limited\s+company|limited\s+company|company|publiekrechtelijke\s+rechtspersoon)"
    r"\s+",
    re.I,
)
_NAME_END = re.compile(
    r",|\s(?:gevestigd|statutair|ingeschreven|inschreven|kantoorhoudend|met\s+zetel|"
    r"having|registered|with\s+(?:its|registered)|located|established|incorporated|a\s+company|"
    r"hierna|hereinafter|KvK|\(|vertegenwoordigd|represented)\b"
    r"|\s(?=(?-i:[A-Z])[\w'’-]+\s\d+[a-z]?(?:-\w+)?(?:,|\s))",  # a street and number
    re.I,
)
_KVK = re.compile(
    r"(?:Kamer\s+van\s+Koophandel|KvK|K\.v\.K\.|Chamber\s+of\s+Commerce|Handelsregister)"
    r"[^0-9]{0,60}?(\d{2}\s?\d{2}\s?\d{2}\s?\d{2})\b",
    re.I,
)
_CITY = re.compile(
    r"(?:gevestigd|kantoorhoudend[e]?|zetel(?:end)?|domicilie|established|located|"
    r"registered\s+office|offices?|seated|based)[^,;]{0,40}?\s(?:te|in|at)\s+"
    r"(?:\(?\d{4}\s?[A-Z]{2}\)?\s+)?(?P<city>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)*)",
)
_POSTCODE_CITY = re.compile(
    r"\b\d{4}\s?[A-Z]{2}\)?,?\s+(?P<city>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)*)"
)
_HONORIFIC = r"(?i:de\s+heer|mevrouw|dhr\.?|mevr\.?|mw\.?|mr\.?|mrs\.?|ms\.?|dr\.?|ir\.?|drs\.?)"
_NAME = (
    r"(?P<name>(?:[A-Z][\w'’-]*\.?\s+(?:(?:van|de|der|den|ten|ter|von|le|la)\s+)*)*"
    r"[A-Z][\w'’-]+)"
)
_REPRESENTATIVE = re.compile(
    rf"(?i:vertegenwoordigd|represented)\s+(?i:by|door)\s*:?\s+(?:{_HONORIFIC}\s+)?{_NAME}"
    r"(?:\s*,\s*(?i:in\s+(?:zijn|haar|his|her)\s+(?:hoedanigheid|capacity)\s+(?:van|as)\s+)?"
    r"(?P<title>[\w-]+(?:\s[\w-]+)?))?",
)
_TITLE_WORDS = re.compile(
    r"^(?:directeur|algemeen\s+directeur|bestuurder|eigenaar|ceo|cfo|cto|director|managing\s+"
    r"director|owner|partner|manager|voorzitter|chairman|president|secretaris|procuratiehouder|"
    r"general\s+counsel|dpo|founder|oprichter|vennoot|gevolmachtigde|officer)$",
    re.I,
)


@dataclass
class Party:
    role: str
    name: str | None
    registration: dict[str, str] | None
    city: str | None
    representative: dict[str, str | None] | None
    at: int

    def as_dict(self) -> dict:
        return {
            "role": self.role,
            "name": self.name,
            "registration": self.registration,
            "city": self.city,
            "representative": self.representative,
        }


def role_of(term: str) -> str | None:
    term = term.lower().strip()
    first = term.split()[0] if term else ""
    for words, role in ((CONTROLLER_WORDS, "controller"), (PROCESSOR_WORDS, "processor")):
        if term in words or first in words:
            return role
    return None


_HEADED = re.compile(
    r"(?P<term>\b(?i:"
    + "|".join(sorted(CONTROLLER_WORDS + PROCESSOR_WORDS, key=len, reverse=True))
    + r"))\s*\(\s*[\"“”'‘’«»][^\"“”'‘’«»)]{1,60}[\"“”'‘’«»]\s*\)\s*:[*_\s]*"
)
_PAREN_ROLE = re.compile(
    r"\(\s*(?:the\s+|de\s+)?(?P<term>(?i:"
    + "|".join(sorted(CONTROLLER_WORDS + PROCESSOR_WORDS, key=len, reverse=True))
    + r"))\s*\)"
)
"""A HEADED heading names the role before the details: 'Verwerker ("Chef Data"): Chef Data B.V.,
Marconistraat 23, …'."""


def find_parties(text: str) -> list[Party]:
    flat = collapse(text[:30000])
    found = [*_MARKER.finditer(flat), *_PAREN_ROLE.finditer(flat)]
    markers = sorted((m for m in found if role_of(m["term"])), key=lambda m: m.start())
    headed = list(_HEADED.finditer(flat))
    if len(headed) >= 2 and (not markers or headed[0].start() <= markers[0].start()):
        return _headed_parties(flat, headed)
    parties: list[Party] = []
    for i, marker in enumerate(markers):
        start = _description_start(flat, marker.start())
        end = markers[i + 1].start() if i + 1 < len(markers) else len(flat)
        party = _party(
            role_of(marker["term"]) or "",
            flat[start : marker.start()],
            flat[marker.end() : min(end, marker.end() + 300)],
            start,
        )
        if not any(p.role == party.role for p in parties):
            parties.append(party)
    return parties[:4]


def _headed_parties(flat: str, headed: list[re.Match[str]]) -> list[Party]:
    parties: list[Party] = []
    for i, head in enumerate(headed):
        end = headed[i + 1].start() if i + 1 < len(headed) else head.end() + 300
        details = flat[head.end() : min(end, head.end() + 300)]
        party = _party(role_of(head["term"]) or "", details, "", head.start())
        if not any(p.role == party.role for p in parties):
            parties.append(party)
    return parties


def _description_start(flat: str, at: int) -> int:
    window_start = max(0, at - 400)
    boundaries = [m.end() for m in _BOUNDARY.finditer(flat, window_start, at)]
    return boundaries[-1] if boundaries else window_start


def _party(role: str, before: str, after: str, at: int) -> Party:
    whole = f"{before} {after}"
    registration = _KVK.search(whole)
    return Party(
        role=role,
        name=party_name(before),
        registration={"scheme": "kvk", "id": re.sub(r"\s", "", registration[1])}
        if registration
        else None,
        city=_city(whole),
        representative=_representative(whole),
        at=at,
    )


def party_name(description: str) -> str | None:
    """The name at the start of a party's description, or None for a generic description."""
    text = re.sub(
        r"^[\s*_#:|]*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[IVX]{1,4}\.|[-•])?[\s*_:]*",
        "",
        description.strip(),
    )
    text = _LEGAL_FORM.sub("", text)
    name = _NAME_END.split(text, maxsplit=1)[0].strip(" ,;:")
    if not name or re.search(r"[.]{3}|…|_{2,}|\[|<|\|", name) or len(name) < 2 or role_of(name):
        return None
    first = name.split()[0]
    if not first[0].isupper() and not first[0].isdigit():
        return None
    if first.lower() in ("de", "het", "een", "the", "a", "an", "iedere", "elke", "any", "each"):
        return None
    return name[:120]


_NOT_CITY = re.compile(
    r"^(?:kvk|kamer|tel|telefoon|phone|e-?mail|vertegenwoordigd|represented|"
    r"nederland|netherlands|the|hierna|btw|vat|iban|website)",
    re.I,
)


def _city(text: str) -> str | None:
    match = _CITY.search(text) or _POSTCODE_CITY.search(text)
    if not match:
        return None
    words: list[str] = []
    for word in match["city"].split(" "):
        if _NOT_CITY.match(word):
            break
        words.append(word)
    return " ".join(words) or None


def _representative(text: str) -> dict[str, str | None] | None:
    match = _REPRESENTATIVE.search(text)
    if not match:
        return None
    title = match["title"] if match["title"] and _TITLE_WORDS.match(match["title"]) else None
    return {"name": match["name"].strip(), "title": title}


# --- signature block -------------------------------------------------------------------------

_LABELS = {
    "name": r"naam|name|by",
    "title": r"functie|titel|title|position|hoedanigheid",
    "date": r"datum|date",
    "place": r"plaats|place|location",
}
_LABEL = re.compile(
    r"\b(?P<label>naam|name|functie|titel|title|position|datum|date|plaats|place|handtekening|"
    r"signature|signed)\s*:",
    re.I,
)
_SIGNED_AT = re.compile(
    r"(?i:getekend|ondertekend|signed|opgemaakt)\s+(?i:te|at|in)\s+"
    r"(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)*),?\s+(?i:op|on)\s+(?:(?i:de|the)\s+)?"
    r"(?P<date>[\w .,-]{6,30})"
)
_HONORIFIC_PREFIX = re.compile(rf"^{_HONORIFIC}\s+")
_ANNEX_LINE = re.compile(r"^(?i:bijlage|annex|appendix|schedule|handtekening|signature)\b")


@dataclass
class Column:
    role: str
    values: dict[str, str]


def signatures(text: str, parties: list[Party]) -> list[dict[str, str | None]]:
    """Who signed where and when; fills the parties' representatives from the block."""
    lines = text.split("\n")
    columns = _signature_columns(lines, parties)
    for column in columns:
        _merge_representative(column, parties)
    found = [_signature(c.role, c.values.get("date"), c.values.get("place")) for c in columns]
    found = [f for f in found if f["date"] or f["place"]]
    return found or _signed_at(text, parties)


def _signature(role: str, when: str | None, place: str | None) -> dict[str, str | None]:
    parsed = parse_date(when) if when else None
    return {"role": role, "date": parsed.isoformat() if parsed else None, "place": place or None}


def _signed_at(text: str, parties: list[Party]) -> list[dict[str, str | None]]:
    found = list(_SIGNED_AT.finditer(collapse(text)))
    if len(found) == 1:
        return [_signature(p.role, found[0]["date"], found[0]["place"]) for p in parties]
    if found and len(found) == len(parties):
        return [
            _signature(p.role, m["date"], m["place"]) for p, m in zip(parties, found, strict=False)
        ]
    return []


def _signature_columns(lines: list[str], parties: list[Party]) -> list[Column]:
    labelled = [i for i, line in enumerate(lines) if ":" in line and _LABEL.search(line)]
    for i in labelled:
        block = [j for j in labelled if i <= j <= i + 12]
        if len(block) < 3:
            continue
        roles = _column_roles(lines[max(0, i - 4) : i], parties)
        if not roles:
            continue
        columns = [Column(role, {}) for role in roles]
        for j in block:
            _read_label_line(lines[j], columns)
        _fill_floating(lines[block[-1] + 1 : block[-1] + 40], columns)
        return columns
    return []


def _column_roles(header: list[str], parties: list[Party]) -> list[str]:
    words = sorted(CONTROLLER_WORDS + PROCESSOR_WORDS, key=len, reverse=True)
    names = [(p.name, p.role) for p in parties if p.name]
    pattern = re.compile(
        "|".join([re.escape(n) for n, _ in names] + [rf"\b{w}\b" for w in words]), re.I
    )
    roles: list[str] = []
    for line in header:
        for match in pattern.finditer(line):
            role = dict(names).get(match[0]) or role_of(match[0])
            if role and role not in roles:
                roles.append(role)
    return roles


def _read_label_line(line: str, columns: list[Column]) -> None:
    parts = _LABEL.split(line)
    pairs = list(zip(parts[1::2], parts[2::2], strict=False))
    if len(pairs) != len(columns):
        return
    for column, (label, value) in zip(columns, pairs, strict=False):
        field = next((k for k, v in _LABELS.items() if re.fullmatch(v, label, re.I)), None)
        if field:
            column.values[field] = collapse(re.sub(r"^[\s_.…|*-]+$", "", value))


def _fill_floating(lines: list[str], columns: list[Column]) -> None:
    """Form fields typed into a PDF come out after the block: fill the empty slots in order."""
    slots = [
        (c, f)
        for c in columns
        for f in ("name", "title", "date", "place")
        if f in c.values and not c.values[f]
    ]
    values = _floating_values(lines)
    if not slots or len(values) != len(slots):
        return
    if any((f == "date") != bool(parse_date(v)) for (_, f), v in zip(slots, values, strict=False)):
        return
    for (column, field), value in zip(slots, values, strict=False):
        column.values[field] = value


def _floating_values(lines: list[str]) -> list[str]:
    values: list[str] = []
    blanks = 0
    for line in (collapse(raw) for raw in lines):
        if not line or _ANNEX_LINE.match(line):
            blanks += not line
            if values and (blanks >= 2 or line):
                break
            continue
        if len(line) > 60 or _LABEL.search(line):
            break
        values.append(line)
        blanks = 0
    return values


def _merge_representative(column: Column, parties: list[Party]) -> None:
    party = next((p for p in parties if p.role == column.role), None)
    name = _HONORIFIC_PREFIX.sub("", column.values.get("name") or "").strip() or None
    title = column.values.get("title") or None
    if party is None or not (name or title):
        return
    if party.representative is None:
        party.representative = {"name": name, "title": title}
    elif not party.representative.get("title"):
        party.representative["title"] = title


# --- the names a document gives the two roles --------------------------------------------------

_ROLE = (
    r"(?P<role>(?i:verwerkingsverantwoordelijke|verantwoordelijke|verwerker|data\s+controller|"
    r"data\s+processor|controller|processor))\b"
)
_ALIAS = r"(?P<alias>[A-Z][\w&-]*)"
_ALIAS_PATTERNS = [
    # "Nativ (verwerker)", "de klant (verwerkingsverantwoordelijke)", "**de Vereniging**
    # (verwerkingsverantwoordelijke in de zin van de AVG)"
    re.compile(rf"(?<![\w-]){_ALIAS}[*_]*\s*\(\s*(?:de\s+|the\s+)?{_ROLE}(?:\s+[^()]{{0,40}})?\)"),
    # "Verplichtingen van de bibliotheek (verantwoordelijke)": a noun named by its role
    re.compile(rf"\b(?i:de|het|the)\s+(?P<alias>[a-z][\w-]{{3,}})\s*\(\s*{_ROLE}\s*\)"),
    # '**Verwerkingsverantwoordelijke ("Accountant"):**'
    re.compile(rf"{_ROLE}\s*\(\s*[\"“'‘](?i:de\s+|het\s+|the\s+)?{_ALIAS}[\"”'’]\s*\)"),
    # "SWV Meubel (verwerkingsverantwoordelijke)" (a two-word name, used by its first word),
    # "Acme (as Processor)", "Acme Ltd (the 'Processor')", "Acme B.V. (als verwerker)"
    re.compile(
        rf"(?<![\w-]){_ALIAS}(?:\s+[A-Z][\w&.-]*)?\s*\(\s*(?:as\s+|als\s+)?(?:de\s+|the\s+|a\s+)?"
        rf"[\"“”'‘]?{_ROLE}[\"“”'’]?\s*\)"
    ),
    # "Nativ is verwerker", "Auditee acts as the Processor", "Starred can be considered as a
    # processor", "X treedt op als verwerker", "X wordt aangemerkt als verwerker", "X, in de
    # hoedanigheid van verwerker", "X shall be deemed the processor"
    re.compile(
        rf"(?<![\w-]){_ALIAS}\s+(?:is|acts\s+as|(?:shall|will)\s+act\s+as|treedt\s+op\s+als|"
        rf"geldt\s+als|handelt\s+(?:hierbij\s+)?als|wordt\s+(?:hierbij\s+)?aangemerkt\s+als|"
        rf"is\s+aan\s+te\s+merken\s+als|kwalificeert\s+(?:zich\s+)?als|qualifies\s+as|"
        rf"(?:shall\s+be|is)\s+deemed\s+(?:to\s+be\s+)?|"
        rf"fungeert\s+als|can\s+be\s+considered\s+(?:as\s+)?|is\s+considered\s+(?:as\s+)?)"
        rf"\s*(?:de\s+|the\s+|a\s+|an\s+)?{_ROLE}"
    ),
    re.compile(
        rf"(?<![\w-]){_ALIAS}(?:\s+[A-Z][\w&.-]*)?\s*,?\s+(?:in\s+(?:de|zijn|haar)\s+hoedanigheid\s+"
        rf"(?:van|als)|in\s+(?:its|their)\s+capacity\s+as)\s+(?:de\s+|the\s+|a\s+)?{_ROLE}"
    ),
    # '(hierna "WinProx", de verwerker)', 'hereinafter "Acme" or the "Processor"'
    re.compile(
        rf"(?i:hierna(?:\s+te\s+noemen)?|hereinafter(?:\s+referred\s+to\s+as)?)\s*:?\s*"
        rf"[\"“”'‘]\s*(?i:de\s+|het\s+|the\s+)?{_ALIAS}\s*[\"“”'’]\s*(?:,|or|of|en|and)?\s*"
        rf"(?:de\s+|the\s+)?[\"“”'‘]?{_ROLE}"
    ),
    # "**Verwerkingsverantwoordelijke:** [NAAM] … Hierna te noemen: "de Gemeente"", or in a
    # table's row "| **Verwerkingsverantwoordelijke** | … hierna te noemen "**Bureau**" |"
    re.compile(
        rf"{_ROLE}[*_]*\s*[:|][*_]*\s+[^\"“”]{{0,200}}?(?i:hierna\s+te\s+noemen|hierna|"
        rf"hereinafter(?:\s+referred\s+to\s+as)?)\s*:?\s*[\"“”'‘]\s*[*_]*(?i:de\s+|het\s+|the\s+)?"
        rf"{_ALIAS}[*_]*\s*[\"“”'’]"
    ),
    # "**Verwerkingsverantwoordelijke:** Kesting Legal, …, vertegenwoordigd door … ("Kantoor")."
    re.compile(
        rf"{_ROLE}[*_]*\s*[:|][*_]*\s+[^\"“”\n]{{0,200}}?\(\s*[\"“'‘][*_]*(?i:de\s+|het\s+|the\s+)?"
        rf"{_ALIAS}[*_]*[\"”'’]\s*\)"
    ),
]
_NOT_ALIAS = re.compile(
    r"(?i:de|het|the|een|a|an|deze|this|dit|partij|party|partijen|parties|overeenkomst|"
    r"agreement|dienst|service|diensten|services|persoonsgegevens|personal|data|gegevens|"
    r"artikel|article|bijlage|annex|avg|gdpr|it|zij|hij|wij|we|they)"
)
ALIAS_USES = 3


def role_aliases(text: str) -> dict[str, str]:
    """The names a document uses for the two roles, beside the role words: its own company
    name ("Nativ is verwerker", "Auditee acts as the Processor") or a noun ("Hierna te noemen:
    'de Gemeente'"). Maps the lower-cased name to "controller" or "processor"; a name given both
    roles is left out."""
    flat = collapse(INVISIBLE.sub("", text[:30000]))
    found: dict[str, set[str]] = {}
    uses: dict[str, int] = {}
    for pattern in _ALIAS_PATTERNS:
        for match in pattern.finditer(flat):
            alias = " ".join(match["alias"].split())
            role = role_of(match["role"].replace("data ", "").strip())
            if not role or _NOT_ALIAS.fullmatch(alias) or role_of(alias) or len(alias) < 3:
                continue
            if alias not in uses:
                uses[alias] = len(re.findall(rf"\b{re.escape(alias)}\b", flat))
            if uses[alias] < ALIAS_USES:
                continue  # a name the text does not go on to use
            found.setdefault(alias.lower(), set()).add(role)
    aliases = {alias: roles.pop() for alias, roles in found.items() if len(roles) == 1}
    return aliases | _pronoun_roles(flat)


_PRONOUN_ROLES = {
    # "ben jij de verwerkingsverantwoordelijke … en zijn wij de verwerker", '("jij")'
    "controller": re.compile(
        r"(?i:\b(?:ben|bent)\s+(?:jij|je|u)\s+(?:de\s+)?(?:verwerkings)?verantwoordelijke|"
        r"\b(?:jij|je|u)\s+(?:bent|is)\s+(?:de\s+)?(?:verwerkings)?verantwoordelijke|"
        r"verantwoordelijke\b[^.]{0,120}\(\s*[\"“']\s*(?:jij|u)\s*[\"”']\s*\)|"
        r"verantwoordelijke\s*:\s*(?:jij|u)\b|"  # "Verwerkingsverantwoordelijke: jij, de klant"
        r"verantwoordelijke[\"”']?\s+of\s+[\"“']?(?:jij|u)\b|"  # hierna "… of jij"
        r"controller[\"”']?\s+or\s+[\"“']?you\b|"
        r"\bmaakt\s+(?:jou|u)\s+(?:de\s+)?(?:verwerkings)?verantwoordelijke|"
        r"\byou\s+(?:are|act\s+as)\s+(?:the\s+)?(?:data\s+)?controller)"
    ),
    "processor": re.compile(
        r"(?i:\b(?:zijn|is)\s+(?:wij|we)\s+(?:de\s+)?verwerker|"
        r"\b(?:wij|we)\s+(?:zijn|treden\s+op\s+als)\s+(?:de\s+)?verwerker|"
        r"verwerker\b[^.]{0,60}\(\s*[\"“']\s*(?:wij|we)\s*[\"”']\s*\)|"
        r"verwerker\s*:\s*(?:wij|we)\b|"
        r"verwerker[\"”']?\s+of\s+[\"“']?(?:wij|we)\b|"
        r"processor[\"”']?\s+or\s+[\"“']?we\b|"
        r"\b(?:en\s+)?ons\s+(?:de\s+)?verwerker\b|"  # "… en ons de verwerker"
        r"\bwe\s+(?:are|act\s+as)\s+(?:the\s+|a\s+|your\s+)?(?:data\s+)?processor)"
    ),
}
_JIJ = ("jij", "je", "jou", "jouw")
_U = ("u", "uw")
_WIJ = ("wij", "we", "ons", "onze")
_PRONOUNS = {  # by role and language: a pronoun the role statement uses, and all its forms
    ("controller", "nl"): {**dict.fromkeys(_JIJ, _JIJ), **dict.fromkeys(_U, _U)},
    ("processor", "nl"): dict.fromkeys(_WIJ, _WIJ),
    ("controller", "en"): dict.fromkeys(("you", "your"), ("you", "your")),
    ("processor", "en"): dict.fromkeys(("we", "us", "our"), ("we", "us", "our")),
}
PRONOUN_USES = 5
_OTHER_SIDE = {"controller": "processor", "processor": "controller"}


def _pronoun_roles(flat: str) -> dict[str, str]:
    """An agreement written to its reader ("Voor die gegevens ben jij de
    verwerkingsverantwoordelijke en zijn wij de verwerker"): the pronouns are the roles. When
    only one side is said, the other pronoun of a text written to 'jij' or 'you' is the other
    party ("Verwerkingsverantwoordelijke: jij … Wij verwerken")."""
    roles: dict[str, str] = {}
    for role, pattern in _PRONOUN_ROLES.items():
        match = pattern.search(flat)
        if not match:
            continue
        said = match[0].lower()
        language = "en" if re.search(r"controller|processor", said) else "nl"
        for word, forms in _PRONOUNS[role, language].items():
            if re.search(rf"\b{word}\b", said):
                roles.update(dict.fromkeys(forms, role))
                other = _OTHER_SIDE[role]
                for forms_of_other in {v for v in _PRONOUNS[other, language].values()}:
                    used = len(re.findall(rf"\b(?:{'|'.join(forms_of_other)})\b", flat, re.I))
                    if used >= PRONOUN_USES and not set(forms_of_other) & roles.keys():
                        roles.update(dict.fromkeys(forms_of_other, other))
    return roles


ROLE_WORDS = {
    "nl": {"controller": "verwerkingsverantwoordelijke", "processor": "verwerker"},
    "en": {"controller": "controller", "processor": "processor"},
}


def role_word_reader(text: str, language: str = "nl") -> Callable[[str], str] | None:
    """A function that writes the role word over every name the document gives a party
    ("Auditee" → "processor", "de Gemeente" → "verwerkingsverantwoordelijke"), for the patterns
    that look for roles; None when the document uses the role words only."""
    aliases = role_aliases(text)
    if not aliases:
        return None
    words = ROLE_WORDS.get(language, ROLE_WORDS["en"])
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, aliases)) + r")\b")
    return lambda t: pattern.sub(lambda m: words[aliases[m[1]]], t)
