"""Train the checklist's detector (src/art28/analysis/detector.json) on the development set.

    pip install -e '.[train]'       # scikit-learn, only here: the package sums the weights itself
    python tests/analysis/devset/train_detector.py     # measure (ten folds), then write the file

For each requirement the examples are sentences as the rules see them (lower-cased, the
parties' own names read as role words). A sentence is a positive when the rules quote it for a
verdict that the label agrees is not *missing*; the negatives are every sentence of the
documents labelled *missing* on that requirement, and the first quote of every other
requirement. Words and word pairs are binary features of a logistic regression with balanced
classes; weights too small to move a probability are dropped to keep the file small.

First it measures: ten times it trains on nine tenths of the documents (folds by document) and
runs the checklist on the last tenth with and without the detector. A requirement is kept only
where the verdicts it turns there are more often right (labelled *present*) than wrong
(labelled *missing*); the file holds the kept requirements, trained on every document.
"""

from __future__ import annotations

import argparse
import json
import zlib
from collections import Counter
from pathlib import Path

from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

from art28.analysis import detector as detector_module
from art28.analysis.checklist import MISSING, PARTIAL, PRESENT, RULES, Doc, evidence_of, judge
from art28.analysis.detector import Detector, features
from art28.analysis.extract import read_document

HERE = Path(__file__).parent
OUT = Path(detector_module.__file__).with_name("detector.json")
C = 10.0
PRUNE = 0.1
FOLDS = 10


def documents() -> list[tuple[str, Doc, dict[str, str], dict]]:
    """Each document: its name, its sentences, its labels and the rules' own verdicts."""
    docs = []
    for gold_path in sorted(HERE.glob("*.json")):
        source = next(p for p in HERE.glob(gold_path.stem + ".*") if p.suffix != ".json")
        gold = json.loads(gold_path.read_text())
        doc = Doc.read(read_document(source).text, gold["document"]["language"])
        labels = {c["id"]: c["verdict"] for c in gold["checklist"]}
        docs.append((source.name, doc, labels, judge(doc, None)))
    return docs


def examples(docs, requirement: str) -> tuple[list[str], list[int]]:
    texts: list[str] = []
    labels: list[int] = []
    for _, doc, gold, verdicts in docs:
        if gold[requirement] == MISSING:
            negatives = [t for t in doc.texts if t]
        else:
            negatives = []
            if verdicts[requirement][0] != MISSING:
                positives = [doc.texts[i] for i in evidence_of(doc, verdicts[requirement])]
                texts += positives
                labels += [1] * len(positives)
        for other, verdict in verdicts.items():
            quoted = evidence_of(doc, verdict)
            if other != requirement and quoted:
                negatives.append(doc.texts[quoted[0]])
        texts += negatives
        labels += [0] * len(negatives)
    return texts, labels


def train(docs, requirements) -> dict:
    model = {}
    for requirement in requirements:
        texts, labels = examples(docs, requirement)
        vectoriser = CountVectorizer(analyzer=features, binary=True, min_df=2)
        matrix = vectoriser.fit_transform(texts)
        fit = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(matrix, labels)
        weights = {
            feature: round(float(w), 3)
            for feature, w in zip(vectoriser.get_feature_names_out(), fit.coef_[0], strict=True)
            if abs(w) >= PRUNE
        }
        model[requirement] = {"bias": round(float(fit.intercept_[0]), 3), "weights": weights}
    return {"schema": "art28.detector/1", "trained_on": len(docs), "requirements": model}


def cross_validate(docs) -> dict[str, Counter[str]]:
    """Per requirement, the labels of the verdicts the detector turns on held-out documents."""
    fold = {d[0]: zlib.crc32(d[0].encode()) % FOLDS for d in docs}
    changed: dict[str, Counter[str]] = {requirement: Counter() for requirement in RULES}
    for k in range(FOLDS):
        held = [d for d in docs if fold[d[0]] == k]
        detector = Detector.from_json(train([d for d in docs if fold[d[0]] != k], RULES))
        for _, doc, gold, before in held:
            for requirement, verdict in judge(doc, detector).items():
                if verdict[0] != before[requirement][0]:
                    changed[requirement][gold[requirement]] += 1
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    docs = documents()
    changed = cross_validate(docs)
    kept = [r for r, c in changed.items() if c[PRESENT] > c[MISSING]]
    print("requirement                           turned: right / still wrong / wrongly")
    for requirement, c in changed.items():
        mark = "kept" if requirement in kept else ""
        print(f"  {requirement:36} {c[PRESENT]:3} {c[PARTIAL]:3} {c[MISSING]:3}  {mark}")
    OUT.write_text(json.dumps(train(docs, kept), ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
