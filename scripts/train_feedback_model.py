"""Train the feedback model (coach/analysis/_feedback_model.py) on the built-on writers.

Usage: .venv/bin/python scripts/train_feedback_model.py [--check]

Writes coach/analysis/feedback_model.json.gz. With --check, only says whether the shipped
file was trained on the labelled sets as they are now (a digest of them is stored in
it). Retrain after adding labelled texts; after a change to the rules, retraining is
worth it too (the model reads the rules' findings), though the old weights still work.
Training is deterministic: a per-tag logistic regression by stochastic gradient descent
in a fixed shuffled order, with L2. The blind holdout is never read.
"""

from __future__ import annotations

import gzip
import hashlib
import math
import random
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach.analysis._feedback_model import (  # noqa: E402
    WEIGHTS,
    Model,
    sigmoid,
    stored_digest,
    text_features,
)
from coach.analysis.feedback import read  # noqa: E402
from coach.analysis.taxonomy import SLUGS  # noqa: E402
from scripts import feedback_accuracy  # noqa: E402

DATA = feedback_accuracy.DATA
# The writers whose files train the model: those of the sets the reader was built on.
_BUILT_ON = frozenset(
    path for name in feedback_accuracy.BUILT_ON for path in feedback_accuracy.SETS[name]
)
WRITERS: dict[str, tuple[str, ...]] = {
    name: tuple(path.name for path in paths)
    for name, paths in feedback_accuracy.WRITERS.items()
    if _BUILT_ON.issuperset(paths)
}
EPOCHS = 60
RATE = 0.5
L2 = 0.001
MIN_DF = 3  # a feature must appear in three texts
PRUNE = 0.15  # smaller weights are dropped (faster, and no less accurate on I and J)
# A tag the rules missed is added at this probability or more: chosen on writers I and J
# before the rules were tuned on them (scripts/feedback_cv.py, README).
ADD = 0.2


@dataclass(frozen=True)
class Example:
    """A labelled text's tags and its features (the rules' findings among them)."""

    labels: frozenset[str]
    features: frozenset[str]


def example(text: str, labels: frozenset[str]) -> Example:
    """A labelled text, read by the rules."""
    reading = read(text)
    _, feats = text_features(reading.norm, reading.clauses, (w.tag for _, w in reading.found))
    return Example(labels, feats)


def load_writer(name: str) -> list[Example]:
    """Every labelled text of one writer."""
    return [
        example(str(row["text"]), frozenset(str(x["tag"]) for x in row["labels"]))  # type: ignore[attr-defined]
        for file in WRITERS[name]
        for row in feedback_accuracy.load(DATA / file)
    ]


def digest() -> str:
    """A digest of every training file, stored with the weights."""
    sha = hashlib.sha256()
    for files in WRITERS.values():
        for file in files:
            sha.update((DATA / file).read_bytes())
    return sha.hexdigest()[:16]


def train(examples: Sequence[Example]) -> Model:
    """Per-tag logistic regression by SGD in a fixed order; tiny weights pruned."""
    df = Counter(f for ex in examples for f in ex.features)
    vocab = sorted(f for f, n in df.items() if n >= MIN_DF)
    index = {f: i for i, f in enumerate(vocab)}
    rows = [[index[f] for f in sorted(ex.features) if f in index] for ex in examples]
    targets = [[1.0 if t in ex.labels else 0.0 for t in SLUGS] for ex in examples]
    n = len(examples)
    bias = [math.log((p + 0.5) / (n - p + 0.5)) for p in map(sum, zip(*targets, strict=True))]
    weights = [[0.0] * len(SLUGS) for _ in vocab]
    order = list(range(n))
    rng = random.Random(0)
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        eta = RATE / (1.0 + 0.1 * epoch)
        shrink = 1.0 - eta * L2
        for k in order:
            z = bias
            for f in rows[k]:
                z = [a + b for a, b in zip(z, weights[f], strict=True)]
            g = [sigmoid(a) - y for a, y in zip(z, targets[k], strict=True)]
            bias = [b - eta * d for b, d in zip(bias, g, strict=True)]
            for f in rows[k]:
                weights[f] = [w * shrink - eta * d for w, d in zip(weights[f], g, strict=True)]
    pruned = {
        vocab[f]: tuple((i, round(w, 2)) for i, w in enumerate(ws) if abs(w) >= PRUNE)
        for f, ws in enumerate(weights)
    }
    return Model(
        tags=SLUGS,
        bias=tuple(round(b, 3) for b in bias),
        weights={f: pairs for f, pairs in pruned.items() if pairs},
        add=ADD,
    )


def main() -> None:
    """Train on every writer and write the weights (or, with --check, compare digests)."""
    if "--check" in sys.argv:
        same = stored_digest() == digest()
        print("the model is up to date" if same else "retrain: the labelled sets changed")
        sys.exit(0 if same else 1)
    examples = [ex for name in WRITERS for ex in load_writer(name)]
    model = train(examples)
    # mtime=0: the same weights give the same bytes.
    WEIGHTS.write_bytes(gzip.compress(model.to_json(digest()).encode("utf-8"), mtime=0))
    print(
        f"trained on {len(examples)} texts: {len(model.weights)} features;"
        f" wrote {WEIGHTS.relative_to(ROOT)} ({WEIGHTS.stat().st_size // 1024} KB)"
    )


if __name__ == "__main__":
    main()
