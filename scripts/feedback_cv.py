"""Leave-one-writer-out cross-validation of the feedback reader: rules, model, both.

Usage: .venv/bin/python scripts/feedback_cv.py [--explore]

The writers are the files (scripts/train_feedback_model.py, WRITERS). For each writer,
the model is trained on the other two, its threshold chosen
by an inner leave-one-writer-out over those two, and all three readers are scored on the
held-out writer: micro precision and recall over (text, tag) pairs and any-changeable
accuracy. The rules were tuned on every writer, so their figures here are optimistic;
the model's are honest, being retrained per fold (though its rule features, "R:tag",
carry some of the rules' optimism into the combination on writers the rules were tuned
on). --explore also scores the other feature settings. The blind holdout is never read.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import train_feedback_model as tr  # noqa: E402


def cross_validate(
    writers: dict[str, list[tr.Example]], scope: str, rule_features: bool
) -> dict[str, dict[str, tr.Figures]]:
    """Per held-out writer: figures for rules, model and combined."""
    table: dict[str, dict[str, tr.Figures]] = {}
    for held in writers:
        train_names = [n for n in writers if n != held]
        inner = []
        for name in train_names:
            (other,) = (n for n in train_names if n != name)
            inner.append((tr.fit(writers[other], scope, rule_features), writers[name]))
        threshold = tr.choose_threshold(inner)
        model = tr.fit([ex for n in train_names for ex in writers[n]], scope, rule_features)
        test = writers[held]
        table[held] = {
            "rules": tr.measure(test, [[w for _, w in ex.reading.found] for ex in test]),
            "model": tr.measure(
                test, tr.predict(tr.with_settings(model, threshold, 0.0), test, rules=False)
            ),
            "combined": tr.measure(
                test, tr.predict(tr.with_settings(model, threshold, 0.0), test, rules=True)
            ),
        }
        print(f"  fold {held}: threshold {threshold}")
    return table


def show(table: dict[str, dict[str, tr.Figures]]) -> None:
    print(f"{'reader':<10}{'held out':<10}{'P':>7}{'R':>7}{'anyChg':>8}")
    for reader in ("rules", "model", "combined"):
        rows = [(held, figs[reader]) for held, figs in table.items()]
        for held, f in rows:
            print(
                f"{reader:<10}{held:<10}{f.precision:>7.3f}{f.recall:>7.3f}{f.any_changeable:>8.3f}"
            )
        n = len(rows)
        print(
            f"{reader:<10}{'mean':<10}{sum(f.precision for _, f in rows) / n:>7.3f}"
            f"{sum(f.recall for _, f in rows) / n:>7.3f}"
            f"{sum(f.any_changeable for _, f in rows) / n:>8.3f}"
        )


def main() -> None:
    writers = {name: tr.load_writer(name) for name in tr.WRITERS}
    settings = [(tr.SCOPE, tr.RULE_FEATURES)]
    if "--explore" in sys.argv:
        settings += [
            (scope, rf)
            for scope in ("all", "critical")
            for rf in (True,)
            if (scope, rf) != settings[0]
        ]
    for scope, rule_features in settings:
        print(f"\nleave-one-writer-out: scope={scope}, rule features={rule_features}")
        show(cross_validate(writers, scope, rule_features))


if __name__ == "__main__":
    main()
