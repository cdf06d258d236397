"""Fit the judge (coach/analysis/_feedback_model.py, Judge) on writers the models have not
seen, so that it learns how far to trust them on new wording.

Usage: .venv/bin/python scripts/train_feedback_judge.py

For each group in FOLDS, the two models are trained on every other training writer and
the phrase bank (train_feedback_model.train_both), and read the group's texts: each tag the
judge decides there (feedback.candidates) is an example, positive when the writer labelled
the text with it. The judge is a logistic regression fitted on every group's examples by
Newton's method, with a threshold chosen for the best micro F over the groups' texts,
which counts what the judge does not decide too (the rule findings a short note keeps, and
labels nothing proposed). Before writing coach/analysis/feedback_judge.json, it prints
each group as read by a judge fitted on the other groups alone. About twenty minutes on two
cores; rerun after retraining the models. The blind holdout is never read.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach.analysis._feedback_model import JUDGE_WEIGHTS, Judge  # noqa: E402
from coach.analysis.feedback import candidates, read  # noqa: E402
from scripts import feedback_accuracy as fa  # noqa: E402
from scripts import train_feedback_model as tr  # noqa: E402

# Four groups of eight spent writers, each held out of the models in turn.
FOLDS = tuple(
    tuple(fa.writer_name(n) for n in range(first, first + 8)) for first in (59, 67, 83, 99)
)
# Probabilities tried as the judge's threshold.
THRESHOLDS = tuple(round(0.2 + 0.01 * step, 2) for step in range(41))


@dataclass
class Fold:
    """What the models, trained without a group, made of its texts: the examples the judge
    decides, and the counts it cannot change."""

    examples: list[tuple[tuple[float, ...], bool]]
    kept_right: int  # rule findings kept without a vote that the writer labelled
    kept_wrong: int  # ... and that the writer did not label
    unproposed: int  # labels neither kept nor put to the judge


def read_fold(group: Sequence[str]) -> Fold:
    """Train the models without `group` and collect what they make of its texts."""
    texts = [ex for name in tr.WRITERS if name not in group for ex in tr.load_writer(name)]
    models = tr.train_models(texts, tr.load_phrases())
    fold = Fold([], 0, 0, 0)
    for name in group:
        for file in tr.WRITERS[name]:
            for row in fa.load(fa.DATA / file):
                labels = {str(label["tag"]) for label in row["labels"]}
                kept, open_tags = candidates(read(str(row["text"])), *models)
                kept_tags = {weakness.tag for _, weakness in kept}
                fold.kept_right += len(kept_tags & labels)
                fold.kept_wrong += len(kept_tags - labels)
                fold.examples += [(c.inputs, c.tag in labels) for c in open_tags]
                fold.unproposed += len(labels - kept_tags - {c.tag for c in open_tags})
    return fold


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a x = b, by Gaussian elimination with partial pivoting."""
    n = len(b)
    rows = [[*row, rhs] for row, rhs in zip(a, b, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(col + 1, n):
            factor = rows[r][col] / rows[col][col]
            rows[r] = [x - factor * y for x, y in zip(rows[r], rows[col], strict=True)]
    x = [0.0] * n
    for r in reversed(range(n)):
        x[r] = (rows[r][n] - sum(rows[r][c] * x[c] for c in range(r + 1, n))) / rows[r][r]
    return x


def fit(examples: Sequence[tuple[tuple[float, ...], bool]], ridge: float = 1.0) -> Judge:
    """A logistic regression by Newton's method, with an L2 penalty on the weights (not
    the bias); its threshold is set by `best_threshold`."""
    k = len(examples[0][0]) + 1
    w = [0.0] * k
    for _ in range(50):
        grad = [ridge * x if i else 0.0 for i, x in enumerate(w)]
        hess = [[ridge if i == j and i else 0.0 for j in range(k)] for i in range(k)]
        for inputs, label in examples:
            x = (1.0, *inputs)
            p = tr.sigmoid(sum(a * b for a, b in zip(w, x, strict=True)))
            d, s = p - label, p * (1.0 - p)
            for i in range(k):
                grad[i] += d * x[i]
                row, sx = hess[i], s * x[i]
                for j in range(i, k):
                    row[j] += sx * x[j]
        for i in range(k):
            for j in range(i):
                hess[i][j] = hess[j][i]
        step = solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(map(abs, step)) < 1e-9:
            break
    return Judge(w[0], tuple(w[1:]), 0.0)


def counts(judge: Judge, folds: Sequence[Fold]) -> tuple[int, int, int]:
    """True positives, false positives and false negatives over the folds' texts."""
    return tally(folds, scores(judge, folds), judge.threshold)


def scores(judge: Judge, folds: Sequence[Fold]) -> list[tuple[float, bool]]:
    """The judge's log-odds for every example of the folds, with its label."""
    return [(judge.log_odds(inputs), label) for fold in folds for inputs, label in fold.examples]


def tally(
    folds: Sequence[Fold], scored: Sequence[tuple[float, bool]], threshold: float
) -> tuple[int, int, int]:
    """`counts` for examples already scored, at a threshold."""
    tp = sum(f.kept_right for f in folds)
    fp = sum(f.kept_wrong for f in folds)
    fn = sum(f.unproposed for f in folds)
    for score, label in scored:
        yes = score >= threshold
        tp += yes and label
        fp += yes and not label
        fn += label and not yes
    return tp, fp, fn


def f_score(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn)


def best_threshold(judge: Judge, folds: Sequence[Fold]) -> Judge:
    """The judge with the threshold (of `THRESHOLDS`) that gives the best micro F; each
    example is scored once."""
    scored = scores(judge, folds)
    tried = [math.log(p / (1 - p)) for p in THRESHOLDS]
    best = max(tried, key=lambda threshold: f_score(*tally(folds, scored, threshold)))
    return Judge(judge.bias, judge.weights, best)


def fit_judge(folds: Sequence[Fold]) -> Judge:
    return best_threshold(fit([ex for fold in folds for ex in fold.examples]), folds)


def main() -> None:
    """Read every fold, print each as judged without it, and write the judge."""
    with Pool(2) as pool:
        folds = pool.map(read_fold, FOLDS)
    print(f"{'held out':<12}{'P':>7}{'R':>7}{'F':>7}  (judge fitted on the other groups)")
    total = [0, 0, 0]
    for index, group in enumerate(FOLDS):
        judge = fit_judge(folds[:index] + folds[index + 1 :])
        tp, fp, fn = counts(judge, [folds[index]])
        total = [a + b for a, b in zip(total, (tp, fp, fn), strict=True)]
        print(
            f"{group[0]}-{group[-1]:<7}{tp / (tp + fp):>7.3f}{tp / (tp + fn):>7.3f}"
            f"{f_score(tp, fp, fn):>7.3f}"
        )
    tp, fp, fn = total
    print(f"{'all':<12}{tp / (tp + fp):>7.3f}{tp / (tp + fn):>7.3f}{f_score(tp, fp, fn):>7.3f}")
    judge = fit_judge(folds)
    JUDGE_WEIGHTS.write_text(judge.to_json(tr.digest()), encoding="utf-8")
    print(f"wrote {JUDGE_WEIGHTS.relative_to(ROOT)}: threshold {tr.sigmoid(judge.threshold):.2f}")


if __name__ == "__main__":
    main()
