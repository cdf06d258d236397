"""Second opinions on the rules' findings: per-tag logistic regressions over words, and a
judge that weighs their scores.

The rules (`feedback.read`) propose findings; `feedback.second_opinion` weighs them with
two models, both trained on the writers the rules were built on
(scripts/train_feedback_model.py):

- the text model gives every tag a probability from the words of the whole text and the
  tags the rules found ("R:tag"); it was trained on which tags each text was labelled with.
- the clause model gives every tag a probability for each clause, from the clause's
  words, whether the rules read it as critical, the tags the rules found in it ("H:tag")
  and the words of the clause before ("p:word"); it was trained on the words the labellers
  quoted as evidence, so it learns where a weakness is said, not only that it is, and on
  a phrase bank of lines that each show one weakness or none, for breadth of wording.

A net (`Net`) scores each clause from the clause model's features through one hidden
layer. The judge (a logistic regression over a handful of numbers: whether the rules found
the tag, the best clause's, the text's and the net's scores for it, the best score of
another tag in that clause, whether the rules read that clause as critical, and how many
tags each model finds likely in the text) decides which findings stand. It was fitted on
writers the models had not seen (scripts/train_feedback_judge.py), so it knows how far to
trust them on new wording.

Words are lower-cased with light stemming, with their bigrams and "NOT_" before words in
a negator's reach ("no concerns about pace" gives NOT_concern, NOT_pace). The weights
live in feedback_model.json.gz, feedback_clause_model.json.gz, feedback_net.json.gz and
feedback_judge.json.
"""

from __future__ import annotations

import gzip
import json
import math
import operator
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

WEIGHTS = Path(__file__).with_name("feedback_model.json.gz")
CLAUSE_WEIGHTS = Path(__file__).with_name("feedback_clause_model.json.gz")
NET_WEIGHTS = Path(__file__).with_name("feedback_net.json.gz")
JUDGE_WEIGHTS = Path(__file__).with_name("feedback_judge.json")

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
    for token in _TOKEN.findall(norm, start, end):
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


class ReadClause(NamedTuple):
    """A clause as the rules read it: its offsets, whether it says something fell short,
    and the tags the rules found in it."""

    start: int
    end: int
    critical: bool
    tags: frozenset[str]


def clause_words(norm: str, clauses: Sequence[ReadClause]) -> list[frozenset[str]]:
    """Each clause's words (`clause_features`), which both models' features build on."""
    return [clause_features(norm, clause.start, clause.end) for clause in clauses]


def text_features(words: Sequence[frozenset[str]], rule_tags: Iterable[str]) -> frozenset[str]:
    """The text model's features: the words of every clause, and "R:tag" for each tag the
    rules found."""
    return frozenset({"R:" + tag for tag in rule_tags}.union(*words))


def context_features(
    clauses: Sequence[ReadClause], words: Sequence[frozenset[str]]
) -> list[frozenset[str]]:
    """The clause model's features for each clause: its words; when the rules read it as
    critical, "!crit" and its single words again, prefixed "!" (a topic named in criticism
    says more than the same topic in praise: "!firmware"); "H:tag" for each tag they found
    in it; and the previous clause's words (not their pairs) and criticality, prefixed "p:"
    ("Asked about a conflict with a colleague. Vague.")."""
    per_clause = []
    for index, clause in enumerate(clauses):
        feats = set(words[index])
        if clause.critical:
            feats.add("!crit")
            feats.update("!" + word for word in words[index] if "_" not in word)
        feats.update("H:" + tag for tag in clause.tags)
        if index:
            feats.update("p:" + word for word in words[index - 1] if "_" not in word)
            if clauses[index - 1].critical:
                feats.add("p:!crit")
        per_clause.append(frozenset(feats))
    return per_clause


@dataclass(frozen=True)
class Model:
    """Per-tag bias and, per feature, its weight for every tag, zeros included: summing
    whole vectors is about twice as fast as adding sparse pairs one by one."""

    tags: tuple[str, ...]
    bias: tuple[float, ...]
    vectors: dict[str, tuple[float, ...]]

    def logits(self, feats: Iterable[str]) -> list[float]:
        """Per tag, in the order of `tags`, the log-odds that the text (or clause) names it."""
        vectors = [vector for vector in map(self.vectors.get, feats) if vector]
        vectors.append(self.bias)
        return list(map(sum, zip(*vectors, strict=True)))

    def to_json(self, trained_on: str) -> str:
        """The model as the JSON that `load` reads, with a digest of its training data and
        each feature's weights as (tag index, weight) pairs, zeros left out."""
        data = {
            "trained_on": trained_on,
            "tags": list(self.tags),
            "bias": list(self.bias),
            "weights": {
                feat: [[index, w] for index, w in enumerate(vector) if w]
                for feat, vector in sorted(self.vectors.items())
            },
        }
        return json.dumps(data, separators=(",", ":")) + "\n"


def from_pairs(
    tags: Sequence[str], bias: Iterable[float], weights: Mapping[str, Iterable[Sequence[float]]]
) -> Model:
    """A model from each feature's (tag index, weight) pairs. Equal weights share one float
    (the trained ones are rounded to two decimals), so the dense vectors take less memory
    than the pairs would."""
    zero = [0.0] * len(tags)
    floats: dict[float, float] = {}
    vectors = {}
    for feat, pairs in weights.items():
        vector = zero.copy()
        for index, weight in pairs:
            w = float(weight)
            vector[int(index)] = floats.setdefault(w, w)
        vectors[feat] = tuple(vector)
    return Model(tuple(tags), tuple(map(float, bias)), vectors)


# The net's vectors are packed into one integer each, a 32-bit lane per hidden unit holding
# 128 plus the unit's weight (a whole number from -127 to 127): adding the integers adds
# every lane at once, and no lane can overflow into the next.
_LANE = 32
_LANE_MASK = (1 << _LANE) - 1
# The output weights in 16 bits (plus an offset that keeps them positive), weighed in
# 64-bit lanes: room for any sum of hidden units a clause can reach.
_OUT_OFFSET = 1 << 15
_OUT_LANE = 64
_OUT_MASK = (1 << _OUT_LANE) - 1


def pack(weights: Sequence[int]) -> int:
    """Whole-number weights (-127 to 127) as one integer of `_LANE`-bit lanes."""
    return sum((128 + weight) << (_LANE * lane) for lane, weight in enumerate(weights))


def unpack(packed: int, lanes: int) -> list[int]:
    """The weights `pack` packed."""
    return [(packed >> (_LANE * lane) & _LANE_MASK) - 128 for lane in range(lanes)]


@dataclass(frozen=True)
class Net:
    """A second clause model with one hidden layer: each feature adds its vector to the
    hidden units, which pass on what is above zero to per-tag outputs. Over the same
    features as the clause model it can weigh words together ("no" with "example" says
    more than either), which a logistic regression cannot. The vectors are whole numbers
    (`pack`: one integer per feature, about 27 MB for the net, one addition per feature);
    the output weights carry their scale, which the ReLU lets through unchanged, and are
    packed too (`_packed_output`: one multiplication per hidden unit)."""

    tags: tuple[str, ...]
    vectors: dict[str, int]  # per feature, what it adds to each hidden unit, packed
    output: tuple[tuple[float, ...], ...]  # per hidden unit, its weight for each tag
    output_bias: tuple[float, ...]

    @cached_property
    def _packed_output(self) -> tuple[float, tuple[int, ...]]:
        """The output weights as whole numbers too, `_OUT_LANE` bits per tag: the scale of
        one step, and per hidden unit its weights (plus `_OUT_OFFSET`) packed, so that one
        multiplication weighs every tag."""
        step = max(abs(w) for row in self.output for w in row) / (_OUT_OFFSET - 1) or 1.0
        rows = tuple(
            sum(
                (_OUT_OFFSET + round(w / step)) << (_OUT_LANE * tag)
                for tag, w in enumerate(weights)
            )
            for weights in self.output
        )
        return step, rows

    def logits(self, feats: Iterable[str]) -> list[float]:
        """Per tag, in the order of `tags`, the log-odds that the clause names it."""
        vectors = [vector for vector in map(self.vectors.get, feats) if vector is not None]
        offset = 128 * len(vectors)
        total = sum(vectors)
        step, rows = self._packed_output
        weighed = units = 0
        for row in rows:
            unit = (total & _LANE_MASK) - offset
            if unit > 0:
                weighed += unit * row
                units += unit
            total >>= _LANE
        logits = []
        shift = _OUT_OFFSET * units
        for bias in self.output_bias:
            logits.append(bias + step * ((weighed & _OUT_MASK) - shift))
            weighed >>= _OUT_LANE
        return logits

    def to_json(self, trained_on: str) -> str:
        """The net as the JSON that `load_net` reads, with a digest of its training data."""
        hidden = len(self.output)
        data = {
            "trained_on": trained_on,
            "tags": list(self.tags),
            "output": [list(row) for row in self.output],
            "output_bias": list(self.output_bias),
            "vectors": {f: unpack(v, hidden) for f, v in sorted(self.vectors.items())},
        }
        return json.dumps(data, separators=(",", ":")) + "\n"


def net_from_json(source: str) -> Net:
    """A net from its JSON."""
    data = json.loads(source)
    return Net(
        tags=tuple(data["tags"]),
        vectors={feat: pack(vector) for feat, vector in data["vectors"].items()},
        output=tuple(tuple(map(float, row)) for row in data["output"]),
        output_bias=tuple(map(float, data["output_bias"])),
    )


def _unzip(path: Path) -> str:
    """A gzipped weights file's JSON text."""
    return gzip.decompress(path.read_bytes()).decode("utf-8")


@cache
def load_net(path: Path = NET_WEIGHTS) -> Net:
    """The shipped net, read once."""
    return net_from_json(_unzip(path))


def from_json(source: str) -> Model:
    """A model from its JSON."""
    data = json.loads(source)
    return from_pairs(data["tags"], data["bias"], data["weights"])


def stored_digest(path: Path = WEIGHTS) -> str:
    """The digest of the labelled sets a shipped model (or the judge) was trained on."""
    data = path.read_bytes()
    return str(json.loads(gzip.decompress(data) if path.suffix == ".gz" else data)["trained_on"])


@cache
def load(path: Path = WEIGHTS) -> Model:
    """A shipped model (the text model unless told), read once."""
    return from_json(_unzip(path))


# The judge's inputs for one tag of one text, in the order of `judge_inputs`: whether the
# rules found the tag, the log-odds of the clause that scores it highest and of the text
# model, those two again for a rule finding, the best log-odds of another tag in that
# clause, the two probabilities (which let the judge treat "unlikely" and "very unlikely"
# alike), the net's log-odds for the clause it scores highest, whether the rules read that
# clause as critical, and the text around it (`Setting`): how many of the tags put to the
# judge the clause model and the net find likely, and how many clauses are critical.
JUDGE_INPUTS = (
    "rule",
    "clause",
    "text",
    "rule*clause",
    "rule*text",
    "other",
    "p_clause",
    "p_text",
    "rule*p_clause",
    "net",
    "critical",
    "likely",
    "likely_net",
    "critical_clauses",
)
# Log-odds beyond this say nothing more.
_LIMIT = 12.0
# Counts beyond this say nothing more.
_COUNT_LIMIT = 6


class Setting(NamedTuple):
    """What the judge sees of a text beyond one tag: how many of the tags it decides have
    a clause the clause model finds likely (log-odds above 0), how many the net does, and
    how many of the text's clauses the rules read as critical."""

    likely: int
    likely_net: int
    critical_clauses: int


def sigmoid(z: float) -> float:
    """The logistic function, without overflow for large |z|."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def judge_inputs(
    rule: bool,
    clause: float,
    text: float,
    other: float,
    net: float,
    critical: bool,
    setting: Setting,
) -> tuple[float, ...]:
    """A tag's inputs to the judge (`JUDGE_INPUTS`) from the models' log-odds, whether its
    best clause is critical, and the text's `Setting`."""
    clause, text, other, net = (max(-_LIMIT, min(_LIMIT, x)) for x in (clause, text, other, net))
    counts = (min(count, _COUNT_LIMIT) / _COUNT_LIMIT for count in setting)
    found = 1.0 if rule else 0.0
    p_clause, p_text = sigmoid(clause), sigmoid(text)
    return (
        found,
        clause,
        text,
        found * clause,
        found * text,
        other,
        p_clause,
        p_text,
        found * p_clause,
        net,
        1.0 if critical else 0.0,
        *counts,
    )


@dataclass(frozen=True)
class Judge:
    """A logistic regression over `judge_inputs`: a finding stands when its log-odds reach
    `threshold`."""

    bias: float
    weights: tuple[float, ...]
    threshold: float

    def log_odds(self, inputs: Sequence[float]) -> float:
        return self.bias + math.fsum(map(operator.mul, self.weights, inputs))

    def agrees(self, inputs: Sequence[float]) -> bool:
        return self.log_odds(inputs) >= self.threshold

    def to_json(self, trained_on: str) -> str:
        """The judge as the JSON that `load_judge` reads, with its inputs named and a
        digest of the labelled sets it was fitted on."""
        data = {
            "trained_on": trained_on,
            "threshold": round(self.threshold, 4),
            "bias": round(self.bias, 4),
            "weights": {
                name: round(w, 4) for name, w in zip(JUDGE_INPUTS, self.weights, strict=True)
            },
        }
        return json.dumps(data, indent=1) + "\n"


@cache
def load_judge(path: Path = JUDGE_WEIGHTS) -> Judge:
    """The shipped judge, read once."""
    data = json.loads(path.read_text(encoding="utf-8"))
    weights = data["weights"]
    if tuple(weights) != JUDGE_INPUTS:
        raise ValueError(f"{path.name} weighs {list(weights)}, not {list(JUDGE_INPUTS)}")
    return Judge(float(data["bias"]), tuple(map(float, weights.values())), float(data["threshold"]))
