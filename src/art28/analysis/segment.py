"""Split a DPA's text into sentences, each with the clause number the document gives it.

The text comes from PDF, DOCX, HTML or plain text, so lines are wrapped anywhere and blank
lines fall inside sentences. Lines are grouped into blocks (a new block starts at a clause
number, a heading, a bullet or after a finished sentence), and blocks are cut into sentences.
Every sentence's text is an exact substring of ``normalise(text)``, the whitespace-collapsed
text that quotes are checked against.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

MAX_BLOCK_TOKENS = 400  # a run-on block (a table flattened to text) is cut here

# "3.1", "13.2.", "7.7." at the start of a line; not "14-5-2018" or "1.5 25-05-2018".
NUMBERED = re.compile(r"(?:#+\s*)?(\d{1,2}(?:\.\d{1,2}){1,2})\.?(?=\s+\S)(?!\s+\d)")
# "Artikel 7", "Article 7 -", "Clause 7", "Section 7", "7 Artikel 7 Beveiliging", "## Clause 9".
HEADING = re.compile(
    r"(?:#+\s*)?(?:\d{1,2}\.?\s+)?(artikel|article|clausule|clause|section|sectie|afdeling|"
    r"art(?=\.))\.?\s+(\d{1,2}(?:\.\d{1,2})?|[ivx]{1,4})\b\.?",
    re.IGNORECASE,
)
# "Bijlage 1", "BIJLAGE 3 ...", "Annex II", "Appendix 2", "Schedule 1", "Exhibit A".
ANNEX = re.compile(
    r"(?:#+\s*)?(bijlage|annex|appendix|schedule|exhibit|addendum)\s+([0-9]{1,2}|[IVX]{1,4}|[A-H])\b",
    re.IGNORECASE,
)
# "## Notice and Objection": a Markdown heading without a number names the topic, not a clause.
MARKDOWN_HEADING = re.compile(r"#{1,6}\s+(\S.*)")
# "1. Definitions" as a top-level numbered heading (short line, capital letter).
TOP_NUMBER = re.compile(r"(?:#+\s*)?(\d{1,2})\.?\s+(?=[*_]{0,2}[A-Z])")
EMPHASIS = re.compile(r"^(?:\*\*|__|\*|_)(?=\S)")  # bold or italic markup opening a line
BULLET = re.compile(r"(?:[•●▪◦·\-–*]|\(?[a-z]{1,2}\)|\(?[ivx]{1,4}\)|\d{1,2}[.)]|[a-z]\.)(?=\s)")
# A table-of-contents line: "Artikel 4. Geheimhouding ..... 6".
TOC_LINE = re.compile(r"\.{5,}|…{3,}")
END = re.compile(r"[.;:!?…][\"'”’)*_]*$")
ABBREVIATIONS = re.compile(
    r"(?:\b(?:art|artt|arts|para|paras|vgl|nr|no|nos|lid|sub|bijv|o\.a|d\.m\.v|t\.b\.v|m\.b\.t|i\.e|e\.g|etc|vs|jo"
    r"|incl|excl|ca|resp|Mr|Mrs|Ms|Dr|dhr|mevr|St|Inc|Ltd|Co|B\.V|N\.V|p|pp|cf|viz|z\.g|zgn)"
    r"|\b[A-Za-z])\.$",
    re.IGNORECASE,
)
REFERENCE = re.compile(
    r"(van|of|tot|to|and|en|lid|sub|onder|paragraph|hierna|hereto|above|below)\b"
)
ABBREVIATION_TAIL = 16  # characters: the longest abbreviation with the letter before it fits
LIST_NUMBER = re.compile(r"\(?\d{1,2}[.)]")  # "3." numbering a list item, not a sentence
# Page furniture of a PDF's text: "Pagina 3 van 12", "Page 3 of 12", "- 3 -", "3/12", "3".
PAGE_NUMBER = re.compile(
    r"(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*(?:van|of|/)\s*\d{1,3})?",
    re.IGNORECASE,
)
FURNITURE_REPEATS = 3  # a short line seen this often is a running header or footer
# ... or seen twice, when it names the document, a version or a date (a two-page document)
RUNNING_HEADER = re.compile(
    r"\d|overeenkomst|agreement|addendum|\bdpa\b|versie|version|vertrouwelijk|confidential",
    re.IGNORECASE,
)
SENTENCE_BREAK = re.compile(r"(?<=[.;!?])[\"'”’)]*\s+(?=[\"'“‘(<*_]?[A-Z0-9À-Ý•<])")


@dataclass(frozen=True)
class Sentence:
    text: str  # exact substring of normalise(document)
    clause: str | None  # "3.1", "Bijlage 1", "Clause 9", or None before the first number
    heading: str  # title of the article or annex the sentence is in ("" when none)
    index: int  # position in the document's sentence list


def normalise(text: str) -> str:
    """Collapse all whitespace to single spaces: the text every quote is a substring of."""
    return " ".join(text.split())


@dataclass
class _Block:
    clause: str | None
    heading: str
    tokens: list[str]
    furniture: int = 0  # trailing tokens that are a page number or running header

    @property
    def words(self) -> int:
        """How many tokens there are up to the last line of the document's own text."""
        return len(self.tokens) - self.furniture

    @property
    def last(self) -> str:
        """The last token of the document's own text ("" in an empty block)."""
        return self.tokens[self.words - 1] if self.words else ""


def segment(text: str) -> list[Sentence]:
    """Return the document's sentences in order, each tagged with its clause number."""
    sentences: list[Sentence] = []
    for block in _blocks(text):
        for piece in _split_sentences(" ".join(block.tokens)):
            sentences.append(Sentence(piece, block.clause, block.heading, len(sentences)))
    return sentences


def _blocks(text: str) -> Iterator[_Block]:
    lines = text.splitlines()
    furniture = _furniture(lines)
    state = _State()
    state.paragraph_lines = _paragraph_per_line(lines)
    state.short_line = SHORT_LINE * _line_width(lines)
    block = _Block(None, "", [])
    upcoming = ""  # the next line with text, for lines whose role depends on what follows
    following = [""] * len(lines)
    for i in range(len(lines) - 1, -1, -1):
        following[i] = upcoming
        stripped = lines[i].strip()
        if stripped and stripped not in furniture:
            upcoming = stripped
    for line, after in zip(lines, following, strict=True):
        tokens = line.split()
        if not tokens:
            state.blank = True
            continue
        if line.strip() in furniture:
            # a page number or running header inside a sentence stays in its text (quotes are
            # exact), but it neither starts a block nor ends one; between sentences it is dropped
            if block.words and not END.search(block.last):
                block.tokens.extend(tokens)
                block.furniture += len(tokens)
            elif block.tokens:  # dropped: what follows must not join what came before
                yield block
                block = _Block(state.clause, state.heading, [])
            continue
        if state.starts_block(line, block, after):
            if block.tokens:
                yield block
            block = _Block(state.clause, state.heading, [])
        elif len(block.tokens) > MAX_BLOCK_TOKENS and END.search(block.tokens[-1]):
            yield block
            block = _Block(state.clause, state.heading, [])
        block.tokens.extend(tokens)
        block.furniture = 0
        state.blank = False
        state.after_short = len(line.strip()) < state.short_line
    if block.tokens:
        yield block


SHORT_LINE = 0.6  # of the text's line width


def _line_width(lines: list[str]) -> int:
    """The width a wrapped text fills: its ninth-decile line length."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _continues(last: str) -> bool:
    """A line that ends in a hyphen, a comma or a word that needs more ("van", "the") runs on."""
    last = last.lower()
    return last.endswith(("-", ",", "(")) or last in CONTINUING


CONTINUING = {
    "de",
    "het",
    "een",
    "van",
    "en",
    "of",
    "in",
    "op",
    "aan",
    "voor",
    "met",
    "door",
    "te",
    "the",
    "a",
    "an",
    "and",
    "or",
    "to",
    "on",
    "for",
    "with",
    "by",
}

UNWRAPPED_LINE = 250  # characters: no page or screen wraps a line this long


def _paragraph_per_line(lines: list[str]) -> bool:
    """Text from HTML or DOCX holds a paragraph per line; a PDF's text wraps every line (a
    Markdown table row is long in either)."""
    long = (line for line in lines if len(line) > UNWRAPPED_LINE and "|" not in line[:3])
    # two, and counted without spaces: one table row laid out in columns proves nothing
    return sum(len(" ".join(line.split())) > UNWRAPPED_LINE for line in long) >= 2


def _furniture(lines: list[str]) -> set[str]:
    """Lines that are a page's furniture, not the document's text: page numbers, and short
    lines repeated on many pages (a running header "Verwerkersovereenkomst v1.2")."""
    counts: dict[str, int] = {}
    for line in lines:
        stripped = line.strip()
        if stripped and len(stripped) <= 60:
            counts[stripped] = counts.get(stripped, 0) + 1
    return {
        line
        for line, count in counts.items()
        if PAGE_NUMBER.fullmatch(line)
        or (
            (count >= FURNITURE_REPEATS or (count > 1 and RUNNING_HEADER.search(line)))
            and len(line.split()) > 1
            and not BULLET.match(line)
            and (not END.search(line) or ABBREVIATIONS.search(line))  # "Acme B.V."
        )
    }


class _State:
    """Where the reader is: the current clause number and heading, annex or not."""

    def __init__(self) -> None:
        self.clause: str | None = None
        self.heading = ""
        self.in_annex = False
        self.blank = False
        self.after_heading = False  # the current block is a heading line: a blank line ends it
        self.title_only = False  # ... and holds nothing but a title: a new sentence ends it
        self.paragraph_lines = False  # every line is a paragraph (HTML, DOCX): none runs on
        self.short_line = 0.0  # characters: a wrapped line shorter than this ended its paragraph
        self.after_short = False
        self.level = 0  # Markdown level ("##" = 2) of the heading that named the current article

    def starts_block(self, line: str, block: _Block, after: str = "") -> bool:
        """Update the clause state from a line; True when the line begins a new block.
        `after` is the next line with text: a PDF's text has no blank line between a title and
        the sentence under it, nor between a wrapped line and the rest of its sentence."""
        stripped = line.strip()
        if self.title_only and not self.heading and _title_only(stripped) and stripped[:1] != "|":
            self.heading = block.heading = _title(stripped)  # "Clause 9" + "Notification of …"
            return False
        title_ended = self.title_only and _starts_anew(stripped)
        ended = (
            title_ended
            or self.paragraph_lines
            # a wrapped paragraph fills its lines: after a short one the next paragraph starts
            or (self.after_short and _starts_anew(stripped) and not _continues(block.last))
            or (
                self.blank
                and (
                    self.after_heading
                    or _finished(block, stripped)
                    or bool(EMPHASIS.match(stripped))
                )
            )
        )
        self.title_only = False
        if TOC_LINE.search(stripped) or stripped.startswith("|"):
            # "Artikel 4. Geheimhouding ..... 6" moves nothing; a pipe-table row is a block
            self.after_heading = False
            return True
        self.after_heading = self._starts_heading(stripped, after)
        if self.after_heading:
            self.title_only = _title_only(stripped)
            return True
        if self._clause(stripped):
            return True
        # after a finished sentence (a blank line says so only where lines are wrapped)
        sentence_done = (
            not block.words
            or bool(END.search(block.last))
            or (self.blank and not self.paragraph_lines)
        )
        if sentence_done and _is_title(stripped, after):
            # "Security Measures" between a finished sentence and "The Processor shall ..."
            article = self.heading.split(" / ")[0]  # the title adds to its article's topic
            self.heading = f"{article} / {_title(stripped)}" if article else _title(stripped)
            self.after_heading = self.title_only = True
            return True
        return ended or bool(BULLET.match(stripped))

    def _starts_heading(self, line: str, after: str = "") -> bool:
        """An article, annex, numbered or Markdown heading line; it sets the heading. A
        heading line holds its title only: one that runs on into a sentence is not one."""
        bare = EMPHASIS.sub("", line)  # "**APPENDIX C**", "_Artikel 4_"
        level = len(line) - len(line.lstrip("#"))
        if self._annex(bare) or self._heading(bare) or self._top_number(bare, after):
            self.level = level
            return True
        markdown = MARKDOWN_HEADING.match(line)
        if markdown:
            self._subheading(_title(markdown.group(1)), level)
        return markdown is not None

    def _subheading(self, title: str, level: int) -> None:
        """'### 7.1 Toestemming' under '## Artikel 7 — Subverwerkers' is still about
        sub-processors: a deeper Markdown heading keeps its article's title before its own."""
        if 0 < self.level < level and self.heading:
            self.heading = f"{self.heading.split(' / ')[0]} / {title}"
        else:
            self.heading, self.level = title, level

    def _annex(self, line: str) -> bool:
        match = ANNEX.match(line)
        if not match or _is_reference(line, match):
            return False
        # "Bijlage 1 bij de Algemene Voorwaarden" before any clause: the whole document is
        # that annex, and its numbered headings are still clauses
        self.in_annex = self.clause is not None
        self.clause = f"{match.group(1).capitalize()} {match.group(2)}"
        self.heading = _title(line[match.end() :])
        return True

    def _heading(self, line: str) -> bool:
        match = HEADING.match(line)
        if not match or _is_reference(line, match):
            return False
        rest = line[match.end() :].strip()
        if match.group(1).lower() == "art" and (len(rest.split()) > 6 or END.search(rest)):
            return False  # "Art. 28 AVG bepaalt …" cites the law; "Art. 8 Datalekken" is a title
        number = match.group(2)
        word = match.group(1).capitalize()
        self.clause = number if "." in number else f"{word} {number}"
        self.heading, self.in_annex = _title(line[match.end() :]), False
        return True

    def _clause(self, line: str) -> bool:
        """'3.1 Verwerker ...': a numbered clause (outside annexes, where lists are numbered)."""
        match = NUMBERED.match(line)
        if match and not self.in_annex:
            self.clause = match.group(1)
        return bool(match and not self.in_annex)

    def _top_number(self, line: str, after: str = "") -> bool:
        """'1. Definitions': a short numbered heading line, not the first line of a wrapped
        paragraph ("1. Some of the obligations under the" + "agreement may be ...")."""
        top = TOP_NUMBER.match(line)
        continued = after[:1].islower()
        short = bool(top) and len(line[top.end() :].split()) <= TOP_TITLE_WORDS
        if (
            short
            and not self.in_annex
            and len(line) < 80
            and not END.search(line)
            and not continued
        ):
            self.clause, self.heading = top.group(1), _title(line[top.end() :])
            return True
        return False


def _is_reference(line: str, match: re.Match[str]) -> bool:
    """'Artikel 4.1 van deze ...' or 'artikel 14 lid 2' cites a clause; it does not start one."""
    rest = line[match.end() :].lstrip(" .:-–")
    return not match.group(1)[0].isupper() or bool(REFERENCE.match(rest))


def _title(rest: str) -> str:
    """The heading words after 'Artikel 7', cut before a table-of-contents dot leader."""
    title = re.split(r"\.{4,}|…{2,}", rest)[0]
    return " ".join(title.strip(" .:-–—*_").split())[:80]


TITLE_LENGTH = 70  # characters: a longer line is text that may run on, not a title line
TITLE_WORDS = 8
TOP_TITLE_WORDS = 6  # "2. Bij voorgenomen toevoeging of vervanging informeert Verwerker" wraps on


def _starts_anew(line: str) -> bool:
    """After a title line, does this line begin the text under it (not finish the title)?"""
    first = EMPHASIS.sub("", line)[:1]
    return first.isupper() or first.isdigit() or bool(BULLET.match(line)) or first in "\"'“(•"


def _bare(line: str) -> str:
    """The line without the bold or italic markup around it."""
    return EMPHASIS.sub("", line).rstrip("*_ ")


def _title_only(line: str) -> bool:
    """A line that is a title and nothing more: short, no stop."""
    bare = _bare(line)
    return len(bare) <= TITLE_LENGTH and not END.search(bare)


def _is_title(line: str, after: str) -> bool:
    """'Security Measures' above 'The Processor shall ...': short, capitalised, no stop."""
    bare = _bare(line)
    return (
        bool(bare[:1].isupper())
        and len(bare) <= TITLE_LENGTH
        and len(bare.split()) <= TITLE_WORDS
        and not END.search(bare)
        and "," not in bare
        and bool(after)
        and _starts_anew(after)
        and not _title_only_short(after)  # table cells: "Subverwerker", "Doel", "Locatie"
    )


def _title_only_short(line: str) -> bool:
    """A few words without a stop: a title, or a table cell."""
    bare = _bare(line)
    return len(bare.split()) <= TITLE_WORDS and not END.search(bare)


def _finished(block: _Block, next_line: str) -> bool:
    """After a blank line: does the block end here, or does its sentence run on?"""
    if not block.words:
        return False
    if END.search(block.last) or block.words <= 8:
        return not next_line[:1].islower()
    return False


def _split_sentences(block: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in SENTENCE_BREAK.finditer(block):
        # only the tail can end in an abbreviation: slicing or searching the whole candidate
        # at every break would be quadratic in a run of "A. A. A." that never ends a sentence
        end = match.start()
        tail = block[max(start, end - ABBREVIATION_TAIL) : end].rstrip()
        if ABBREVIATIONS.search(tail.rstrip("\"'”’)")) or LIST_NUMBER.fullmatch(tail):
            continue
        pieces.append(block[start : match.start()].strip())
        start = match.end()
    pieces.append(block[start:].strip())
    return [piece for piece in pieces if piece]
