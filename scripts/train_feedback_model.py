"""Train the feedback models (coach/analysis/_feedback_model.py) on all but the holdout.

Usage: .venv/bin/python scripts/train_feedback_model.py [--check]

Writes coach/analysis/feedback_model.json.gz (the text model: which tags each text is
labelled with), feedback_clause_model.json.gz (the clause model: which clauses hold the
words the labellers quoted as evidence for each tag, and the phrase bank's lines, each a
clause labelled with the weaknesses it shows, or none) and feedback_net.json.gz (a net
with one hidden layer, trained on the same clauses; it needs PyTorch, the "train" extra:
`.venv/bin/pip install -e '.[train]'`). With --check, only says whether
the shipped files, and the judge (scripts/train_feedback_judge.py), were trained on the
labelled sets as they are now (a digest of them is stored in each). Retrain after
changing labelled texts, then refit the judge; after a change to the rules, retraining is
worth it too (the models read the rules' findings), though the old weights still work.
Training is deterministic: per-tag logistic regressions by stochastic gradient descent in
a fixed shuffled order, with L2, and the net with a fixed seed on one thread. The blind
holdout is never read.
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
from typing import Any, cast

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach.analysis._feedback_model import (  # noqa: E402
    CLAUSE_WEIGHTS,
    JUDGE_WEIGHTS,
    NET_WEIGHTS,
    WEIGHTS,
    Model,
    Net,
    ReadClause,
    clause_words,
    context_features,
    from_pairs,
    pack,
    sigmoid,
    stored_digest,
    text_features,
)
from coach.analysis.feedback import read  # noqa: E402
from coach.analysis.taxonomy import SLUGS  # noqa: E402
from scripts import feedback_accuracy  # noqa: E402

DATA = feedback_accuracy.DATA
# Lines that show one weakness (or, for near-misses such as praise of the same skill,
# none), written across many trades and voices to widen the clause model's vocabulary;
# and lines that teach the labelling rule the bank's writers rarely wrote: examples called
# thin for a named competency are about that competency (README).
PHRASES = (DATA / "feedback_phrases.jsonl", DATA / "feedback_phrases_competency.jsonl")
# The writers whose files train the models: those of the built-on and spent sets.
_TRAINED_ON = frozenset(
    path for name in feedback_accuracy.TRAINED_ON for path in feedback_accuracy.SETS[name]
)
WRITERS: dict[str, tuple[str, ...]] = {
    name: tuple(path.name for path in paths)
    for name, paths in feedback_accuracy.WRITERS.items()
    if _TRAINED_ON.issuperset(paths)
}


@dataclass(frozen=True)
class Settings:
    """How one model is trained."""

    epochs: int
    rate: float
    l2: float
    min_df: int  # a feature must appear in this many examples
    prune: float  # smaller weights are dropped (faster, and no less accurate)


# Chosen on writers I and J, and K to N, while the models were trained on the writers
# before them (scripts/feedback_cv.py, README).
TEXT = Settings(epochs=60, rate=0.5, l2=0.001, min_df=3, prune=0.15)
CLAUSES = Settings(epochs=20, rate=0.3, l2=0.002, min_df=2, prune=0.05)


@dataclass(frozen=True)
class NetSettings:
    """How the net is trained."""

    hidden: int
    epochs: int
    batch: int
    rate: float
    dropout: float
    min_df: int
    prune: float  # features whose every weight is smaller are dropped


# Chosen on the four groups of scripts/train_feedback_judge.py (README): 16 hidden units
# gave F 0.833, 32 gave 0.837, 64 0.838, 128 0.836; dropping the features whose weights
# all stay under 0.1 (a fifth of them) cost 0.0005, under 0.2 (three quarters) 0.003.
NET = NetSettings(hidden=32, epochs=6, batch=128, rate=0.002, dropout=0.3, min_df=2, prune=0.1)
# A clause holds a quote when they share 30% of the clause or 60% of the quote.
OF_CLAUSE = 0.3
OF_QUOTE = 0.6


@dataclass(frozen=True)
class Example:
    """A labelled text, or one of its clauses: its tags and its features."""

    labels: frozenset[str]
    features: frozenset[str]


def quoted_tags(
    text: str, clauses: Sequence[ReadClause], labels: Sequence[dict[str, Any]]
) -> list[set[str]]:
    """Per clause, the tags whose quoted evidence it holds."""
    tags: list[set[str]] = [set() for _ in clauses]
    for label in labels:
        for quote in label["evidence"]:
            q_start = text.index(quote)
            q_end = q_start + len(quote)
            for i, clause in enumerate(clauses):
                shared = min(clause.end, q_end) - max(clause.start, q_start)
                if shared > 0 and (
                    shared >= OF_CLAUSE * (clause.end - clause.start)
                    or shared >= OF_QUOTE * len(quote)
                ):
                    tags[i].add(label["tag"])
    return tags


def examples(row: dict[str, Any]) -> tuple[Example, list[Example]]:
    """A labelled text as the text model's example and as its clauses' examples."""
    text = str(row["text"])
    reading = read(text)
    labels = frozenset(str(x["tag"]) for x in row["labels"])
    words = clause_words(reading.norm, reading.clauses)
    feats = text_features(words, (w.tag for _, w in reading.found))
    clause_feats = context_features(reading.clauses, words)
    quoted = quoted_tags(text, reading.clauses, row["labels"])
    per_clause = [Example(frozenset(tags), f) for tags, f in zip(quoted, clause_feats, strict=True)]
    return Example(labels, feats), per_clause


def phrase_example(text: str, tags: Sequence[str]) -> Example:
    """A phrase-bank line as one clause of the clause model, read by the rules as a whole
    (no clause before it)."""
    reading = read(text)
    whole = ReadClause(
        0,
        len(reading.norm),
        any(clause.critical for clause in reading.clauses),
        frozenset(weakness.tag for _, weakness in reading.found),
    )
    (features,) = context_features([whole], clause_words(reading.norm, [whole]))
    return Example(frozenset(tags), features)


def load_phrases() -> list[Example]:
    """Every line of the phrase bank, as `phrase_example`."""
    rows = [row for path in PHRASES for row in feedback_accuracy.load(path)]
    return [phrase_example(str(row["text"]), cast("list[str]", row["tags"])) for row in rows]


def load_writer(name: str) -> list[tuple[Example, list[Example]]]:
    """Every labelled text of one writer, as `examples`."""
    return [examples(row) for file in WRITERS[name] for row in feedback_accuracy.load(DATA / file)]


def digest() -> str:
    """A digest of every training file, stored with the weights."""
    sha = hashlib.sha256()
    for files in WRITERS.values():
        for file in files:
            sha.update((DATA / file).read_bytes())
    for path in PHRASES:
        sha.update(path.read_bytes())
    return sha.hexdigest()[:16]


def encode(
    examples: Sequence[Example], min_df: int
) -> tuple[list[str], list[list[int]], list[list[float]]]:
    """The features seen in at least `min_df` examples, sorted; per example, the indexes
    of its features among them and a 0/1 target per tag (in SLUGS order)."""
    df = Counter(f for ex in examples for f in ex.features)
    vocab = sorted(f for f, n in df.items() if n >= min_df)
    index = {f: i for i, f in enumerate(vocab)}
    rows = [[index[f] for f in sorted(ex.features) if f in index] for ex in examples]
    targets = [[1.0 if t in ex.labels else 0.0 for t in SLUGS] for ex in examples]
    return vocab, rows, targets


def train(examples: Sequence[Example], settings: Settings = TEXT) -> Model:
    """Per-tag logistic regression by SGD in a fixed order; tiny weights pruned."""
    vocab, rows, targets = encode(examples, settings.min_df)
    n = len(examples)
    bias = [math.log((p + 0.5) / (n - p + 0.5)) for p in map(sum, zip(*targets, strict=True))]
    weights = [[0.0] * len(SLUGS) for _ in vocab]
    order = list(range(n))
    rng = random.Random(0)
    for epoch in range(settings.epochs):
        rng.shuffle(order)
        eta = settings.rate / (1.0 + 0.1 * epoch)
        shrink = 1.0 - eta * settings.l2
        for k in order:
            z = bias
            for f in rows[k]:
                z = [a + b for a, b in zip(z, weights[f], strict=True)]
            g = [sigmoid(a) - y for a, y in zip(z, targets[k], strict=True)]
            bias = [b - eta * d for b, d in zip(bias, g, strict=True)]
            for f in rows[k]:
                weights[f] = [w * shrink - eta * d for w, d in zip(weights[f], g, strict=True)]
    pruned = {
        vocab[f]: tuple((i, round(w, 2)) for i, w in enumerate(ws) if abs(w) >= settings.prune)
        for f, ws in enumerate(weights)
    }
    return from_pairs(SLUGS, (round(b, 3) for b in bias), {f: p for f, p in pruned.items() if p})


def train_net(examples: Sequence[Example], settings: NetSettings = NET) -> Net:
    """A one-hidden-layer net over the clause features, with PyTorch (the "train" extra):
    a sum of per-feature vectors, ReLU, dropout while training, per-tag outputs; binary
    cross-entropy, Adam, a fixed seed and one thread, so the same data gives the same net."""
    import torch

    torch.manual_seed(0)
    torch.set_num_threads(1)
    vocab, rows, target_rows = encode(examples, settings.min_df)
    targets = torch.tensor(target_rows)
    vectors = torch.nn.EmbeddingBag(len(vocab), settings.hidden, mode="sum", sparse=True)
    torch.nn.init.normal_(vectors.weight, std=0.02)
    head = torch.nn.Sequential(
        torch.nn.ReLU(),
        torch.nn.Dropout(settings.dropout),
        torch.nn.Linear(settings.hidden, len(SLUGS)),
    )
    optimisers = (
        torch.optim.SparseAdam(list(vectors.parameters()), lr=settings.rate),
        torch.optim.Adam(head.parameters(), lr=settings.rate),
    )
    loss = torch.nn.BCEWithLogitsLoss()
    order = list(range(len(rows)))
    rng = random.Random(0)
    for _ in range(settings.epochs):
        rng.shuffle(order)
        for start in range(0, len(order), settings.batch):
            batch = order[start : start + settings.batch]
            offsets = [0]
            for k in batch[:-1]:
                offsets.append(offsets[-1] + len(rows[k]))
            flat = torch.tensor([f for k in batch for f in rows[k]], dtype=torch.long)
            for optimiser in optimisers:
                optimiser.zero_grad()
            out = head(vectors(flat, torch.tensor(offsets, dtype=torch.long)))
            loss(out, targets[batch]).backward()
            for optimiser in optimisers:
                optimiser.step()
    # Whole numbers for the vectors, the largest weight at 127; the outputs take the scale.
    weights = vectors.weight.detach()
    scale = float(weights.abs().max()) / 127
    kept = (weights.abs().max(dim=1).values >= settings.prune).tolist()
    quantised = torch.round(weights / scale).to(torch.int8).tolist()
    linear = head[2]
    return Net(
        tags=SLUGS,
        vectors={feat: pack(quantised[i]) for i, feat in enumerate(vocab) if kept[i]},
        output=tuple(
            tuple(round(w * scale, 6) for w in row) for row in linear.weight.detach().t().tolist()
        ),
        output_bias=tuple(round(b, 4) for b in linear.bias.detach().tolist()),
    )


def train_models(
    texts: Sequence[tuple[Example, list[Example]]], phrases: Sequence[Example] = ()
) -> tuple[Model, Model, Net]:
    """The text model, trained on the labelled texts, and the clause model and the net, on
    their clauses and the phrase bank's lines."""
    clauses = [clause for _, per_clause in texts for clause in per_clause] + list(phrases)
    return train([text for text, _ in texts], TEXT), train(clauses, CLAUSES), train_net(clauses)


def main() -> None:
    """Train on every writer and write the weights (or, with --check, compare digests)."""
    if "--check" in sys.argv:
        paths = (WEIGHTS, CLAUSE_WEIGHTS, NET_WEIGHTS, JUDGE_WEIGHTS)
        stale = [path.name for path in paths if stored_digest(path) != digest()]
        print(f"out of date: {', '.join(stale)}" if stale else "the models are up to date")
        sys.exit(1 if stale else 0)
    texts = [text for name in WRITERS for text in load_writer(name)]
    phrases = load_phrases()
    clauses = sum(len(per_clause) for _, per_clause in texts)
    on_clauses = f"{clauses} clauses and {len(phrases)} phrases"
    model: Model | Net
    for path, model, count in zip(
        (WEIGHTS, CLAUSE_WEIGHTS, NET_WEIGHTS),
        train_models(texts, phrases),
        (f"{len(texts)} texts", on_clauses, on_clauses),
        strict=True,
    ):
        # mtime=0: the same weights give the same bytes.
        path.write_bytes(gzip.compress(model.to_json(digest()).encode("utf-8"), mtime=0))
        print(
            f"trained on {count}: {len(model.vectors)}"
            f" features; wrote {path.relative_to(ROOT)} ({path.stat().st_size // 1024} KB)"
        )


if __name__ == "__main__":
    main()
