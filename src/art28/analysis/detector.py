"""A second reader for the requirements on which the rules find nothing.

The rules of checklist.py miss a requirement most often because a document words it in a way
no cue has met. For each requirement this module holds a logistic regression over the words
and word pairs of one sentence, trained on the development set's sentences
(``tests/analysis/devset/train_detector.py``) and shipped as ``detector.json``. It is asked only
after a rule said *missing*, and it can only say that one sentence of the document reads like
the sentences that state the requirement in the set: its answer is that sentence, so a verdict
it turns still cites the document, like a rule's. Plain Python at run time; no model download.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

WORD = re.compile(r"\w\w+")
THRESHOLD = 0.95  # probability above which a sentence is taken to state the requirement
MIN_WORDS = 6  # words a sentence needs to be read alone


def features(text: str) -> set[str]:
    """The words (two letters or more) of a lower-cased sentence, and each pair of neighbours."""
    return _features(WORD.findall(text.lower()))


def _features(words: list[str]) -> set[str]:
    return set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}


def readable(texts: dict[int, str]) -> dict[int, set[str]]:
    """The sentences worth reading alone, each as its features, worked out once for every
    requirement: a line of fewer than MIN_WORDS words (a list item, a title's rest) says too
    little."""
    words = {i: WORD.findall(t.lower()) for i, t in texts.items()}
    return {i: _features(w) for i, w in words.items() if len(w) >= MIN_WORDS}


@dataclass(frozen=True)
class Detector:
    bias: dict[str, float]
    weights: dict[str, dict[str, float]]

    @classmethod
    def from_json(cls, data: dict) -> Detector:
        return cls(
            {r: m["bias"] for r, m in data["requirements"].items()},
            {r: m["weights"] for r, m in data["requirements"].items()},
        )

    def probability(self, requirement: str, sentence: set[str]) -> float:
        """How likely a sentence (its features) states the requirement."""
        weights = self.weights.get(requirement)
        if weights is None:
            return 0.0
        z = self.bias[requirement] + sum(weights.get(f, 0.0) for f in sentence)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def strongest(self, requirement: str, sentences: dict[int, set[str]]) -> int | None:
        """The sentence (its index; ``sentences`` from readable()) most like one stating the
        requirement, if its probability passes the threshold."""
        if requirement not in self.weights:
            return None
        best = max(
            ((self.probability(requirement, f), i) for i, f in sentences.items()), default=None
        )
        return best[1] if best is not None and best[0] > THRESHOLD else None


@cache
def shipped() -> Detector:
    data = json.loads(files("art28.analysis").joinpath("detector.json").read_text("utf-8"))
    return Detector.from_json(data)
