"""The checklist on the development set: real public DPAs with hand-checked verdicts.

Run ``python tests/analysis/devset/score.py`` for the figures per requirement and document.
"""

from __future__ import annotations

from pathlib import Path

from tests.analysis.devset.score import accuracy, score, score_terms

DEVSET = Path(__file__).parent / "devset"


def test_the_devset_has_both_languages_and_the_standard_clauses() -> None:
    names = sorted(p.name for p in DEVSET.glob("*.json"))

    assert {name[:3] for name in names} == {"en-", "nl-"}
    assert "en-scc-2021-915-libscie.json" in names
    assert len(names) >= 8


def test_at_least_nine_in_ten_devset_verdicts_are_right() -> None:
    outcomes, _ = score(DEVSET)

    for requirement in dict.fromkeys(o.requirement for o in outcomes):
        group = [o for o in outcomes if o.requirement == requirement]
        print(f"{requirement:<40} {accuracy(group):6.1%}")
    assert accuracy(outcomes) >= 0.9


def test_every_devset_quote_is_exact_text_of_its_document() -> None:
    _, bad_quotes = score(DEVSET)

    assert bad_quotes == []


def test_the_devset_terms_are_right_where_stated_and_seldom_invented() -> None:
    """At least 95 % of the stated leaves right; at most 2 % of the unstated ones given a value."""
    outcomes = score_terms(DEVSET)
    stated = [o for o in outcomes if o.stated]

    assert len({o.document for o in outcomes}) == len(list(DEVSET.glob("*.json")))
    assert sum(o.right for o in stated) / len(stated) >= 0.95
    unstated = [o for o in outcomes if not o.stated]
    assert sum(o.invented for o in unstated) <= 0.02 * len(unstated)
