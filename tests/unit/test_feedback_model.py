"""The feedback models: what they add and drop, their features, and that they are current."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from coach.analysis import _feedback_model, feedback
from coach.analysis._feedback_model import (
    CLAUSE_WEIGHTS,
    JUDGE_INPUTS,
    JUDGE_WEIGHTS,
    Judge,
    Model,
    Net,
    ReadClause,
    Setting,
    clause_features,
    clause_words,
    context_features,
    from_json,
    from_pairs,
    judge_inputs,
    load_judge,
    load_net,
    net_from_json,
    pack,
    stem,
    text_features,
    unpack,
)
from coach.analysis.feedback import candidates, identify_weaknesses, read, second_opinion
from coach.analysis.taxonomy import SLUGS, get, is_changeable

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import feedback_accuracy  # noqa: E402
import train_feedback_judge  # noqa: E402
import train_feedback_model  # noqa: E402


def toy_model(word: str, tag: str) -> Model:
    """A model that gives `tag` log-odds 10 wherever `word` appears, and every tag -10
    otherwise."""
    index = SLUGS.index(tag)
    return from_pairs(SLUGS, (-10.0 for _ in SLUGS), {word: ((index, 20.0),)})


def toy_net(word: str, tag: str, unit: int = 1) -> Net:
    """A net whose one hidden unit takes `unit` from `word` and gives `tag` 20 log-odds for
    each of it, over a bias of -10 for every tag."""
    output = tuple(20.0 if each == tag else 0.0 for each in SLUGS)
    return Net(SLUGS, {word: pack([unit])}, (output,), tuple(-10.0 for _ in SLUGS))


def toy_judge(name: str, bias: float = 0.0) -> Judge:
    """A judge that agrees when `name`'s input (and `bias`) reach log-odds 0."""
    weights = tuple(1.0 if each == name else 0.0 for each in JUDGE_INPUTS)
    return Judge(bias, weights, 0.0)


# A model that finds nothing; judges that trust the clause model, the text model, the
# rules (whatever the models say), and nothing.
SILENT = from_pairs(SLUGS, (-10.0 for _ in SLUGS), {})
SILENT_NET = Net(SLUGS, {}, ((0.0,) * len(SLUGS),), tuple(-10.0 for _ in SLUGS))
BY_CLAUSE = toy_judge("clause")
BY_TEXT = toy_judge("text")
BY_RULES = toy_judge("rule", bias=-0.5)
NOBODY = toy_judge("rule", bias=-10.0)
# A text with nothing around the tag: no other likely tag, no critical clause.
QUIET = Setting(likely=0, likely_net=0, critical_clauses=0)


def tags_of(
    text: str,
    model: Model = SILENT,
    clause_model: Model = SILENT,
    judge: Judge = BY_RULES,
    net: Net = SILENT_NET,
) -> set[str]:
    return {w.tag for w in second_opinion(text, read(text), model, clause_model, net, judge)}


def rule_tags(text: str) -> set[str]:
    return {w.tag for _, w in read(text).found}


def test_a_tag_the_clause_model_finds_is_added_with_that_clause_as_evidence() -> None:
    text = "The warehouse visit went well. Sadly the forklift answer was weak."
    clause_model = toy_model("forklift", "technical_depth")
    found = second_opinion(text, read(text), SILENT, clause_model, SILENT_NET, BY_CLAUSE)
    added = [w for w in found if w.tag == "technical_depth"]
    assert len(added) == 1
    assert added[0].evidence == "Sadly the forklift answer was weak"
    assert added[0].actionable is is_changeable("technical_depth")


def test_the_judge_weighs_the_text_model_too() -> None:
    text = "Sadly the forklift answer was weak."
    text_model = toy_model("forklift", "technical_depth")
    assert "technical_depth" in tags_of(text, text_model, SILENT, BY_TEXT)
    assert "technical_depth" not in tags_of(text, SILENT, SILENT, BY_TEXT)


def test_the_judge_weighs_the_net_too() -> None:
    text = "Sadly the forklift answer was weak."
    by_net = toy_judge("net")
    assert "technical_depth" in tags_of(
        text, judge=by_net, net=toy_net("forklift", "technical_depth")
    )
    assert "technical_depth" not in tags_of(text, judge=by_net)


def test_packed_weights_add_lane_by_lane() -> None:
    weights = [127, -127, 0, 5]
    assert unpack(pack(weights), 4) == weights
    # Two features add lane by lane: units 2 and -2 (nothing passed on), 127 + 1.
    net = Net(
        SLUGS[:2],
        {"a": pack([1, -1, 127]), "b": pack([1, -1, 1])},
        ((1.0, 0.0), (1.0, 0.0), (0.0, 0.5)),
        (0.0, 0.0),
    )
    assert net.logits(["a", "b", "c"]) == pytest.approx([2.0, 64.0], abs=0.01)


def test_the_net_passes_on_only_what_is_above_zero() -> None:
    index = SLUGS.index("technical_depth")
    assert toy_net("forklift", "technical_depth").logits(["forklift", "x"])[index] == 10.0
    assert toy_net("forklift", "technical_depth", unit=-1).logits(["forklift"])[index] == -10.0
    assert SILENT_NET.logits(["unknown"]) == [-10.0] * len(SLUGS)


@pytest.mark.parametrize(
    "text",
    [
        "The forklift answer was excellent.",
        "I'm afraid it's not the outcome we were hoping for. Thanks for the forklift tour.",
    ],
)
def test_nothing_is_added_where_the_rules_see_no_criticism(text: str) -> None:
    eager = toy_model("forklift", "technical_depth")
    assert tags_of(text, eager, eager, toy_judge("rule", bias=10.0)) == set()


def test_a_rule_finding_the_judge_rejects_is_dropped() -> None:
    text = "Thanks for your time. You rambled, and your SQL was weak."
    assert len(read(text).clauses) >= feedback.VETO_FROM
    assert rule_tags(text) == {"answer_structure", "technical_depth"}
    assert tags_of(text) == rule_tags(text)
    # A clause model that gives every tag but technical_depth next to nothing keeps only it.
    sceptic = toy_model("sql", "technical_depth")
    assert tags_of(text, SILENT, sceptic, BY_CLAUSE) == {"technical_depth"}
    assert tags_of(text, SILENT, SILENT, NOBODY) == set()


def test_a_short_note_keeps_every_rule_finding() -> None:
    # Under VETO_FROM clauses the labelled sets say nothing of the judge's vetoes.
    text = "You rambled, and your SQL was weak."
    assert len(read(text).clauses) < feedback.VETO_FROM
    assert tags_of(text, SILENT, SILENT, NOBODY) == rule_tags(text)


def test_the_judge_sees_the_best_clause_the_text_and_the_best_other_tag() -> None:
    text = "The warehouse visit went well. The team liked you. Sadly the forklift answer was weak."
    clause_model = toy_model("forklift", "technical_depth")
    text_model = toy_model("team", "technical_depth")
    reading = read(text)
    kept, open_tags = candidates(reading, text_model, clause_model, SILENT_NET)
    assert kept == []  # three clauses: the judge decides the rule findings too
    assert {c.tag for c in open_tags if c.rule} == rule_tags(text) != set()
    (candidate,) = [c for c in open_tags if c.tag == "technical_depth"]
    assert candidate.rule is None
    assert candidate.where == 2
    # Only the forklift clause is critical, and only this tag is likely, to one model.
    setting = Setting(likely=1, likely_net=0, critical_clauses=1)
    assert candidate.inputs == judge_inputs(False, 10.0, 10.0, -10.0, -10.0, True, setting)
    named = dict(zip(JUDGE_INPUTS, candidate.inputs, strict=True))
    assert (named["clause"], named["critical"], named["likely"]) == (10.0, 1.0, 1 / 6)
    # Log-odds beyond 12 and counts beyond 6 say nothing more.
    assert judge_inputs(True, 40.0, -40.0, 0.0, 0.0, False, QUIET)[:3] == (1.0, 12.0, -12.0)
    assert judge_inputs(True, 0.0, 0.0, 0.0, 0.0, False, Setting(9, 6, 3))[-3:] == (1, 1, 0.5)


def test_features_stem_negate_and_pair_words() -> None:
    norm = "no concerns about pace, rambled answers"
    feats = clause_features(norm, 0, len(norm))
    assert {"no", "NOT_concern", "NOT_pac", "rambl", "rambl_answer"} <= feats
    assert "pac" not in feats and "NOT_rambl" not in feats  # the comma ends the negation
    assert stem("rambling") == stem("rambled") == "rambl"


def test_a_clause_in_context_has_its_reading_and_the_words_before() -> None:
    norm = "asked about a conflict. vague"
    clauses = [
        ReadClause(0, 22, False, frozenset()),
        ReadClause(24, 29, True, frozenset({"specific_examples"})),
    ]
    words = clause_words(norm, clauses)
    text = text_features(words, ["specific_examples"])
    first, second = context_features(clauses, words)
    assert {"ask", "conflict", "vagu", "R:specific_examples"} <= text
    assert "conflict" in first and "!crit" not in first
    assert not any(f.startswith("p:") for f in first)
    assert {"vagu", "!crit", "H:specific_examples", "p:conflict", "p:ask"} <= second
    assert "p:!crit" not in second and "p:about_a" not in second  # no bigrams from before


def test_a_critical_clause_names_its_words_again_as_criticised() -> None:
    norm = "strong firmware. weak firmware skills, not the pace"
    clauses = [ReadClause(0, 15, False, frozenset()), ReadClause(17, 51, True, frozenset())]
    praise, criticism = context_features(clauses, clause_words(norm, clauses))
    assert "firmwar" in praise and not any(f.startswith("!") for f in praise)
    assert {"!crit", "!weak", "!firmwar", "!skill", "firmwar"} <= criticism
    # single words only: no pairs, and a negated word keeps to its NOT_ form
    assert "!weak_firmwar" not in criticism and "!NOT_pac" not in criticism
    assert "NOT_pac" in criticism


def test_quoted_evidence_labels_the_clauses_that_hold_it() -> None:
    text = "Great energy. You rambled, and your SQL was weak."
    reading = read(text)
    labels = [
        {"tag": "answer_structure", "evidence": ["You rambled"]},
        {"tag": "technical_depth", "evidence": ["your SQL was weak"]},
    ]
    quoted = train_feedback_model.quoted_tags(text, reading.clauses, labels)
    by_clause = {
        text[c.start : c.end].strip(" ,"): tags
        for c, tags in zip(reading.clauses, quoted, strict=True)
    }
    assert by_clause["Great energy"] == set()
    assert by_clause["You rambled"] == {"answer_structure"}
    assert by_clause["and your SQL was weak"] == {"technical_depth"}


def test_every_label_quotes_its_evidence() -> None:
    # The models train on the quotes of every set but the blind holdout, whose writers
    # quoted their own (checked too when it is present).
    trained = [
        row for name in feedback_accuracy.TRAINED_ON for row in feedback_accuracy.load_set(name)
    ]
    assert len(trained) == 19534
    holdout = (
        feedback_accuracy.load_set("holdout") if feedback_accuracy.available("holdout") else []
    )
    for row in trained + holdout:
        for label in row["labels"]:  # type: ignore[attr-defined]
            assert label["evidence"], (row["id"], label["tag"])
            for quote in label["evidence"]:
                assert quote in row["text"], (row["id"], quote)


def test_the_phrase_bank_shows_every_tag_in_many_ways_and_near_misses() -> None:
    bank, competency = train_feedback_model.PHRASES
    rows = feedback_accuracy.load(bank)
    assert len(rows) == 21030
    assert len({row["text"] for row in rows}) == len(rows)
    first = Counter(row["tags"][0] for row in rows if row["tags"])  # type: ignore[index]
    assert all(first[slug] >= 500 for slug in SLUGS)
    assert sum(not row["tags"] for row in rows) >= 7000  # praise, negation, process talk
    for row in rows:
        tags = row["tags"]
        assert set(tags) <= set(SLUGS) and len(set(tags)) == len(tags), row  # type: ignore[arg-type]
    # Examples called thin for a competency are that competency; praised, nothing.
    lines = feedback_accuracy.load(competency)
    for row in lines:
        assert all(get(tag).parent == "soft_skills" for tag in row["tags"]), row  # type: ignore[attr-defined]
    assert len({tag for row in lines for tag in row["tags"]}) == 10  # type: ignore[attr-defined]


def test_a_phrase_is_one_clause_read_whole_with_nothing_before_it() -> None:
    example = train_feedback_model.phrase_example(
        "Stakeholder mgmt: 2/5. Never said how she won the site manager round.",
        ["stakeholder_management"],
    )
    assert example.labels == {"stakeholder_management"}
    assert {"stakeholder_mgmt", "never_said", "H:stakeholder_management"} <= example.features
    assert not any(feat.startswith("p:") for feat in example.features)
    assert "!crit" in example.features


@pytest.mark.parametrize("path", [_feedback_model.WEIGHTS, CLAUSE_WEIGHTS])
def test_the_shipped_models_round_trip_and_cover_every_tag(path: Path) -> None:
    model = _feedback_model.load(path)
    assert model.tags == SLUGS
    assert from_json(model.to_json("digest")) == model


def test_a_model_keeps_dense_vectors_and_shares_equal_weights() -> None:
    quarter, other_quarter = float("0.25"), float("0.25")
    assert quarter is not other_quarter
    model = from_pairs(
        ("a", "b", "c"), (0.5, 0, -1), {"x": [(2, quarter)], "y": [[0, other_quarter]]}
    )
    assert model.bias == (0.5, 0.0, -1.0)
    assert model.vectors == {"x": (0.0, 0.0, 0.25), "y": (0.25, 0.0, 0.0)}
    assert model.vectors["x"][2] is model.vectors["y"][0]
    assert model.logits(["x", "y", "unknown"]) == [0.75, 0.0, -0.75]
    assert '"x":[[2,0.25]]' in model.to_json("digest")  # zeros are left out


def test_the_shipped_net_round_trips_and_covers_every_tag() -> None:
    net = load_net()
    assert net.tags == SLUGS
    assert len(net.output) == train_feedback_model.NET.hidden
    assert net_from_json(net.to_json("digest")) == net


def test_the_shipped_judge_trusts_the_models_and_round_trips(tmp_path: Path) -> None:
    judge = load_judge()
    # More confidence from either model never turns a finding down.
    low = judge.log_odds(judge_inputs(False, -3.0, -3.0, 0.0, -3.0, False, QUIET))
    assert judge.log_odds(judge_inputs(False, 3.0, -3.0, 0.0, -3.0, False, QUIET)) > low
    assert judge.log_odds(judge_inputs(False, -3.0, 3.0, 0.0, -3.0, False, QUIET)) > low
    assert judge.log_odds(judge_inputs(False, -3.0, -3.0, 0.0, 3.0, False, QUIET)) > low
    copy = tmp_path / "judge.json"
    copy.write_text(judge.to_json("digest"), encoding="utf-8")
    assert load_judge(copy) == judge
    renamed = tmp_path / "renamed.json"
    renamed.write_text(copy.read_text().replace('"rule"', '"rules"'), encoding="utf-8")
    with pytest.raises(ValueError, match="weighs"):
        load_judge(renamed)


@pytest.mark.parametrize(
    "path", [_feedback_model.WEIGHTS, CLAUSE_WEIGHTS, _feedback_model.NET_WEIGHTS, JUDGE_WEIGHTS]
)
def test_the_shipped_models_were_trained_on_the_labelled_sets_as_they_are(path: Path) -> None:
    # After changing labelled texts: .venv/bin/python scripts/train_feedback_model.py, then
    # scripts/train_feedback_judge.py
    assert train_feedback_model.digest() == _feedback_model.stored_digest(path)


def test_the_judge_is_fitted_by_newtons_method() -> None:
    assert train_feedback_judge.solve([[2.0, 1.0], [1.0, 3.0]], [3.0, 5.0]) == pytest.approx(
        [0.8, 1.4]
    )
    # Label 1 exactly when the second input is above 1: the fit puts the boundary there.
    examples = [((0.0, x / 10, 0.0), x > 10) for x in range(-30, 50)]
    judge = train_feedback_judge.fit(examples, ridge=0.01)
    assert judge.agrees((0.0, 1.5, 0.0))
    assert not judge.agrees((0.0, 0.5, 0.0))


def test_the_blind_sets_are_not_among_the_training_files() -> None:
    training = {f for files in train_feedback_model.WRITERS.values() for f in files}
    for blind in ("holdout", "fresh"):
        assert training.isdisjoint(path.name for path in feedback_accuracy.SETS[blind])
    assert training == {
        path.name
        for name in ("dev", "holdout_old", "spent")
        for path in feedback_accuracy.SETS[name]
    }


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Leadership: weak.", "leadership"),
        (
            "Scorecard - ops lead\nLeadership: weak\nCommunication: good\nTechnical: strong\n"
            "Overall: no hire",
            "leadership",
        ),
        ("Leadership - weak. Comms - good.", "leadership"),
        (
            "Thanks for interviewing. The panel felt your leadership examples were weak, and we"
            " have gone with another candidate.",
            "leadership",
        ),
        ("Her stakeholder examples were thin.", "stakeholder_management"),
        ("Your SQL was weak.", "technical_depth"),
        ("The panel had doubts about your SQL.", "technical_depth"),
        ("We felt your answers on stakeholder management were thin.", "stakeholder_management"),
        (
            "Dear Sam, thank you for your time. Unfortunately your teamwork answers did not"
            " convince the panel. Best, HR",
            "teamwork",
        ),
        ("The hiring manager felt your customer service examples were weak.", "customer_focus"),
        ("Conflict handling: below the bar.", "conflict_resolution"),
        ("Good energy. Problem solving was weak on the case.", "problem_solving"),
    ],
)
def test_the_shipped_models_keep_clear_findings_in_short_texts(text: str, tag: str) -> None:
    # A veto learned from whole texts once dropped findings like these (README); the
    # clause model must keep what the rules find in them.
    assert tag in rule_tags(text)
    assert tag in {w.tag for w in identify_weaknesses(text)}
