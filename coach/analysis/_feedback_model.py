"""A second opinion on the rules' findings: a per-tag logistic regression over the words.

The rules (`feedback.read`) propose findings; this model gives every tag a probability
from the words of the whole text and the rules' own findings. `feedback.second_opinion`
uses it to add a tag the rules missed when the model finds it likely.
It is trained on the writers the rules were built on (scripts/train_feedback_model.py);
on writers neither the rules nor the model had seen, it raised recall for little
precision (README).

Features: lower-cased words with light stemming and their bigrams, with "NOT_" before
words in a negator's reach ("no concerns about pace" gives NOT_concern, NOT_pace), and
"R:tag" for each tag the rules found. The weights live in feedback_model.json.gz.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

WEIGHTS = Path(__file__).with_name("feedback_model.json.gz")

# Words, numbers and the punctuation that ends a negator's reach.
_TOKEN = re.compile(r"[a-z][a-z']*|\d+|[,:()\"/]")
_SCOPE_END = frozenset(',:()"/')
_NEGATORS = frozenset(
    {"not", "no", "never", "without", "nor", "hardly", "none", "nothing", "cannot", "neither"}
)
_SUFFIXES = ("ingly", "ings", "ing", "edly", "ed", "ies", "ly", "s")


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A light stem: "rambled", "rambling" and "rambles" all give "rambl"."""
    if word.endswith("n't"):
        return "not"
    word = word.replace("'", "")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith("ss"):
                break
            word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def clause_features(norm: str, start: int, end: int) -> frozenset[str]:
    """Unigrams (NOT_-prefixed inside a negator's reach) and bigrams of one clause."""
    feats: set[str] = set()
    prev = ""
    negated = False
    for match in _TOKEN.finditer(norm, start, end):
        token = match.group()
        if token in _SCOPE_END:
            negated, prev = False, ""
            continue
        word = stem(token)
        if word in _NEGATORS:
            feats.add(word)
            negated = True
        else:
            feats.add("NOT_" + word if negated else word)
        if prev:
            feats.add(prev + "_" + word)
        prev = word
    return frozenset(feats)


def text_features(
    norm: str, clauses: Sequence[tuple[int, int, bool]], rule_tags: Iterable[str]
) -> tuple[list[frozenset[str]], frozenset[str]]:
    """Each clause's features, and the whole text's: its clauses' and the rules' findings."""
    per_clause = [clause_features(norm, start, end) for start, end, _ in clauses]
    return per_clause, frozenset({"R:" + tag for tag in rule_tags}.union(*per_clause))


def sigmoid(z: float) -> float:
    """The logistic function, without overflow for large |z|."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(frozen=True)
class Model:
    """Per-tag bias and, per feature, (tag index, weight) pairs; the probability from
    which a tag the rules missed is added (`add`)."""

    tags: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[tuple[int, float], ...]]
    add: float

    def probabilities(self, feats: Iterable[str]) -> dict[str, float]:
        """Per-tag probability that the text names the tag."""
        z = list(self.bias)
        weights = self.weights
        for feat in feats:
            pairs = weights.get(feat)
            if pairs:
                for index, weight in pairs:
                    z[index] += weight
        return {tag: sigmoid(v) for tag, v in zip(self.tags, z, strict=True)}

    def contribution(self, feats: Iterable[str], tag: str) -> float:
        """How far a clause's features push one tag up: where an added finding shows."""
        index = self.tags.index(tag)
        return sum(w for feat in feats for i, w in self.weights.get(feat, ()) if i == index)

    def to_json(self, trained_on: str) -> str:
        """The model as the JSON that `load` reads, with a digest of its training data."""
        data = {
            "trained_on": trained_on,
            "tags": list(self.tags),
            "bias": list(self.bias),
            "add": self.add,
            "weights": {f: [list(p) for p in pairs] for f, pairs in sorted(self.weights.items())},
        }
        return json.dumps(data, separators=(",", ":")) + "\n"


def from_json(source: str) -> Model:
    """A model from its JSON."""
    data = json.loads(source)
    return Model(
        tags=tuple(data["tags"]),
        bias=tuple(float(b) for b in data["bias"]),
        weights={
            feat: tuple((int(i), float(w)) for i, w in pairs)
            for feat, pairs in data["weights"].items()
        },
        add=float(data["add"]),
    )


def stored_digest() -> str:
    """The digest of the labelled sets the shipped model was trained on."""
    return str(json.loads(gzip.decompress(WEIGHTS.read_bytes()))["trained_on"])


@cache
def load() -> Model:
    """The shipped model, read once."""
    return from_json(gzip.decompress(WEIGHTS.read_bytes()).decode("utf-8"))
