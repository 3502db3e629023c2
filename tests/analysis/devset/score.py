"""Score the Art. 28(3) checklist on the development set: python tests/analysis/devset/score.py

Every ``<name>.json`` here (gold schema, checklist verdicts by hand) belongs to the document
``<name>.<ext>`` beside it; the seeds are scored apart (they are not development data). Prints
accuracy per requirement id, per document, in total, and every quote not found in its text.
Add ``-v`` to list each wrong verdict. A gold file with ``terms`` (every leaf of the schema,
``null`` where the document states nothing) is also scored the way ``score-check`` scores the
held-out set: leaves right where the gold states a value, and values given where it has none.
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
from art28.analysis.terms import extract_terms

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


@dataclass(frozen=True)
class TermOutcome:
    document: str
    path: str
    gold: object
    got: object

    @property
    def stated(self) -> bool:
        return self.gold not in (None, [], "")

    @property
    def right(self) -> bool:
        return self.gold == self.got

    @property
    def invented(self) -> bool:
        return not self.stated and self.got not in (None, [], "", False)


def leaves(tree: dict, prefix: str = "") -> dict[str, object]:
    flat: dict[str, object] = {}
    for key, value in tree.items():
        path = f"{prefix}.{key}" if prefix else key
        flat.update(leaves(value, path) if isinstance(value, dict) else {path: value})
    return flat


def score_terms(folder: Path) -> list[TermOutcome]:
    """Each leaf of the hand-checked ``terms`` compared with what extract_terms gives."""
    outcomes: list[TermOutcome] = []
    for source, gold in gold_documents(folder):
        if "terms" not in gold:
            continue
        got = leaves(extract_terms(read_document(source).text))
        for path, value in leaves(gold["terms"]).items():
            outcomes.append(TermOutcome(source.name, path, value, got.get(path)))
    return outcomes


def report_terms(title: str, outcomes: list[TermOutcome], verbose: bool) -> None:
    stated = [o for o in outcomes if o.stated]
    right = sum(o.right for o in stated)
    invented = [o for o in outcomes if o.invented]
    documents = len({o.document for o in outcomes})
    print(
        f"== {title} terms ({documents} documents): {right}/{len(stated)} stated leaves right"
        f" ({right / max(1, len(stated)):.1%}), {len(invented)} invented"
    )
    groups: dict[str, list[TermOutcome]] = {}
    for outcome in outcomes:
        groups.setdefault(outcome.path, []).append(outcome)
    for path, group in groups.items():
        said = [o for o in group if o.stated]
        made_up = sum(o.invented for o in group)
        print(f"  {path:<40} {sum(o.right for o in said):>3}/{len(said):<3} invented {made_up}")
    if verbose:
        for o in outcomes:
            if (o.stated and not o.right) or o.invented:
                print(f"    {o.document}: {o.path} gold {o.gold!r}, got {o.got!r}")


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
    only = [a for a in sys.argv[1:] if not a.startswith("-")]
    if only:
        folder = Path(only[0])
        report(folder.name, *score(folder), verbose)
        report_terms(folder.name, score_terms(folder), verbose)
        return
    report("devset", *score(HERE), verbose)
    report_terms("devset", score_terms(HERE), verbose)
    report("seeds", *score(HERE / "seeds"), verbose)
    report_terms("seeds", score_terms(HERE / "seeds"), verbose)


if __name__ == "__main__":
    main()
