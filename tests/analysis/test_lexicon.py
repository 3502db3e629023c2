"""The lexicon's patterns stay linear: none may begin with an unbounded repeat.

The checklist searches each sentence with a quick pattern that drops the leading ``\\b`` of
every alternative (lexicon.Cue), so an alternative that begins ``\\w*contactgegevens`` or
``(?:[\\w-]+ ){0,3}foo`` is tried from every position of a long word: quadratic time, minutes
on a 300,000-character line. This reads the patterns, it does not time them.
"""

from __future__ import annotations

import re

import pytest

from art28.analysis.lexicon import _EN, _NL

try:  # Python 3.11 moved the parser
    from re import _constants as constants
    from re import _parser as parser
except ImportError:  # pragma: no cover
    import sre_constants as constants  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

REPEATS = (constants.MAX_REPEAT, constants.MIN_REPEAT)


def starts_unbounded(items: list) -> bool:
    """True when a match may begin with an unbounded repeat."""
    for op, arg in items:
        if op is constants.AT:
            if arg is constants.AT_BEGINNING:
                return False  # anchored to the line: tried once
            continue  # a \b the quick pattern drops
        if op is constants.SUBPATTERN:
            return starts_unbounded(list(arg[-1]))
        if op is constants.BRANCH:
            return any(starts_unbounded(list(branch)) for branch in arg[1])
        if op in REPEATS:
            low, high, sub = arg
            if high == constants.MAXREPEAT or starts_unbounded(list(sub)):
                return True
            if low == 0:
                continue  # optional: what follows may begin the match
        return False
    return False


ALTERNATIVES = [
    (language, concept, alternative)
    for language, concepts in (("nl", _NL), ("en", _EN))
    for concept, alternatives in concepts.items()
    for alternative in alternatives
]


@pytest.mark.parametrize(
    "pattern",
    [r"\b(?:naam|\w*contactgegevens)\b", r"(?:[\w-]+\s+){0,3}?foo", r"\w+gegevens"],
)
def test_the_check_finds_a_pattern_that_begins_with_an_unbounded_repeat(pattern: str) -> None:
    assert starts_unbounded(list(parser.parse(pattern)))


@pytest.mark.parametrize(
    "pattern", [r"^(?:[\w/-]+ ){0,3}bar", r"\bfoo\w*", r"data (?:\w+ )?x", r"(?:de )?klant"]
)
def test_the_check_passes_a_pattern_that_begins_with_a_word(pattern: str) -> None:
    assert not starts_unbounded(list(parser.parse(pattern)))


def test_no_lexicon_alternative_begins_with_an_unbounded_repeat() -> None:
    risky = [
        f"{language} {concept}: {alternative}"
        for language, concept, alternative in ALTERNATIVES
        if starts_unbounded(list(parser.parse(alternative)))
    ]

    assert risky == []
    assert len(ALTERNATIVES) > 500
    assert all(re.compile(alternative) for _, _, alternative in ALTERNATIVES)
