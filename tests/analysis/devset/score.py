"""Score the Art. 28(3) checklist on the development set: python tests/analysis/devset/score.py

Every ``<name>.json`` here (gold schema, checklist verdicts by hand) belongs to the document
``<name>.<ext>`` beside it; the seeds are scored apart (they are not development data). Prints
accuracy per requirement id, per document, in total, and every quote not found in its text.
Add ``-v`` to list each wrong verdict.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from art28.analysis.checklist import evaluate
from art28.analysis.extract import read_document
from art28.analysis.segment import normalise

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Outcome:
    document: str
    requirement: str
    gold: str
    got: str


def gold_documents(folder: Path) -> list[tuple[Path, dict]]:
    pairs = []
    for gold_path in sorted(folder.glob("*.json")):
        source = next(p for p in folder.glob(gold_path.stem + ".*") if p.suffix != ".json")
        pairs.append((source, json.loads(gold_path.read_text())))
    return pairs


def score(folder: Path) -> tuple[list[Outcome], list[str]]:
    """Each checklist verdict compared with the gold one, and the quotes not in the text."""
    outcomes: list[Outcome] = []
    bad_quotes: list[str] = []
    for source, gold in gold_documents(folder):
        text = read_document(source).text
        result = evaluate(text, gold["document"]["language"])
        expected = {item["id"]: item["verdict"] for item in gold["checklist"]}
        for item in result:
            outcomes.append(Outcome(source.name, item["id"], expected[item["id"]], item["verdict"]))
            bad_quotes += [
                e["quote"] for e in item["evidence"] if e["quote"] not in normalise(text)
            ]
    return outcomes, bad_quotes


def accuracy(outcomes: list[Outcome]) -> float:
    return sum(o.gold == o.got for o in outcomes) / len(outcomes) if outcomes else 0.0


def report(title: str, outcomes: list[Outcome], bad_quotes: list[str], verbose: bool) -> None:
    print(f"== {title}: {accuracy(outcomes):.1%} of {len(outcomes)} verdicts right")
    for key in ("requirement", "document"):
        groups: dict[str, list[Outcome]] = {}
        for outcome in outcomes:
            groups.setdefault(getattr(outcome, key), []).append(outcome)
        for name, group in groups.items():
            right = sum(o.gold == o.got for o in group)
            print(f"  {name:<40} {right:>3}/{len(group):<3} {accuracy(group):6.1%}")
    confusions = Counter((o.gold, o.got) for o in outcomes if o.gold != o.got)
    print("  errors (gold -> got):", dict(confusions) or "none")
    print(f"  quotes not in the document: {len(bad_quotes)}")
    if verbose:
        for o in outcomes:
            if o.gold != o.got:
                print(f"    {o.document}: {o.requirement} gold {o.gold}, got {o.got}")


def main() -> None:
    verbose = "-v" in sys.argv
    report("devset", *score(HERE), verbose)
    report("seeds", *score(HERE / "seeds"), verbose)


if __name__ == "__main__":
    main()
