"""The question bank: the real files load and cover the taxonomy; the loader rejects bad files."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from coach.analysis.taxonomy import CHANGEABLE, COMPETENCIES, STAGES, UNCHANGEABLE
from coach.question_bank import BankError, BankQuestion, bank_fingerprint, load_bank

BANK_FOLDER = Path(__file__).resolve().parents[2] / "question_bank"

# The product contract: the bank may grow, but never below these.
MIN_PER_CHANGEABLE_TAG = 10
MIN_PER_COMPETENCY = 8
MIN_TOTAL = 240
MIN_OUTLINES = 60

# ---------------------------------------------------------------------------------------
# The real bank
# ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bank() -> list[BankQuestion]:
    return load_bank(BANK_FOLDER)


def test_real_bank_loads(bank: list[BankQuestion]) -> None:
    assert bank
    assert all(isinstance(q, BankQuestion) for q in bank)
    files = {q.source_file for q in bank}
    assert files == {p.name for p in BANK_FOLDER.glob("*.toml")}


def test_real_bank_total_and_outlines(bank: list[BankQuestion]) -> None:
    assert len(bank) >= MIN_TOTAL
    assert sum(q.outline is not None for q in bank) >= MIN_OUTLINES


def test_real_bank_covers_every_changeable_tag(bank: list[BankQuestion]) -> None:
    counts = Counter(tag for q in bank for tag in q.tags)
    short = {
        slug: counts[slug] for slug in sorted(CHANGEABLE) if counts[slug] < MIN_PER_CHANGEABLE_TAG
    }
    assert not short, f"tags under {MIN_PER_CHANGEABLE_TAG} questions: {short}"


def test_real_bank_covers_every_competency(bank: list[BankQuestion]) -> None:
    counts = Counter(tag for q in bank for tag in q.tags)
    short = {slug: counts[slug] for slug in COMPETENCIES if counts[slug] < MIN_PER_COMPETENCY}
    assert not short, f"competencies under {MIN_PER_COMPETENCY} questions: {short}"


def test_real_bank_fields_are_well_formed(bank: list[BankQuestion]) -> None:
    ids = [q.id for q in bank]
    assert len(ids) == len(set(ids))
    for q in bank:
        assert 2 <= len(q.listen_for) <= 4, q.id
        assert q.tags and set(q.tags) <= CHANGEABLE, q.id
        assert not set(q.tags) & UNCHANGEABLE, q.id
        assert q.stages and set(q.stages) <= set(STAGES), q.id
        assert q.difficulty in (1, 2, 3), q.id
        assert q.text.strip(), q.id
        assert q.outline is None or q.outline.strip(), q.id


def test_real_bank_has_every_difficulty(bank: list[BankQuestion]) -> None:
    assert {q.difficulty for q in bank} == {1, 2, 3}


def test_bank_question_is_frozen(bank: list[BankQuestion]) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        bank[0].text = "changed"  # type: ignore[misc]


# ---------------------------------------------------------------------------------------
# Loader errors, on small files written to tmp_path
# ---------------------------------------------------------------------------------------

DROP = object()


def _valid(**overrides: Any) -> dict[str, Any]:
    question: dict[str, Any] = {
        "id": "sample-question",
        "text": "Tell me about a time you changed your mind.",
        "tags": ["adaptability"],
        "stages": ["hiring_manager"],
        "difficulty": 2,
        "listen_for": ["A real example", "What changed afterwards"],
        "outline": "Situation.\nTask.\nAction.\nResult.\n",
    }
    for key, value in overrides.items():
        if value is DROP:
            question.pop(key, None)
        else:
            question[key] = value
    return question


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    # JSON strings, numbers and flat lists of them are valid TOML for this ASCII test data.
    return json.dumps(value)


def _toml(*questions: dict[str, Any]) -> str:
    parts = []
    for question in questions:
        lines = ["[[question]]"]
        lines += [f"{key} = {_toml_value(value)}" for key, value in question.items()]
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _load_error(folder: Path) -> str:
    with pytest.raises(BankError) as info:
        load_bank(folder)
    return str(info.value)


def test_valid_small_bank_loads(tmp_path: Path) -> None:
    _write(tmp_path, "b.toml", _toml(_valid(id="second-file", outline=DROP)))
    _write(tmp_path, "a.toml", _toml(_valid(id="first-file"), _valid(id="first-file-two")))
    _write(tmp_path, "notes.txt", "not a question file")
    questions = load_bank(tmp_path)
    assert [q.id for q in questions] == ["first-file", "first-file-two", "second-file"]
    first = questions[0]
    assert first == BankQuestion(
        id="first-file",
        text="Tell me about a time you changed your mind.",
        tags=("adaptability",),
        stages=("hiring_manager",),
        difficulty=2,
        listen_for=("A real example", "What changed afterwards"),
        outline="Situation.\nTask.\nAction.\nResult.",
        source_file="a.toml",
    )
    assert questions[2].outline is None
    assert questions[2].source_file == "b.toml"


def test_malformed_toml_names_file_and_position(tmp_path: Path) -> None:
    _write(tmp_path, "broken.toml", '[[question]]\nid = "ok-id"\ntext = "unterminated\n')
    message = _load_error(tmp_path)
    assert "broken.toml" in message
    assert "line 3" in message
    assert "column" in message


INVALID_CASES = [
    pytest.param({"text": DROP}, "missing required key(s) text", id="missing-text"),
    pytest.param({"tags": DROP}, "missing required key(s) tags", id="missing-tags"),
    pytest.param({"stages": DROP}, "missing required key(s) stages", id="missing-stages"),
    pytest.param({"difficulty": DROP}, "missing", id="missing-difficulty"),
    pytest.param({"listen_for": DROP}, "missing", id="missing-listen-for"),
    pytest.param({"text": 5}, "'text' must be a string", id="text-not-string"),
    pytest.param({"tags": "adaptability"}, "'tags' must be a list", id="tags-not-list"),
    pytest.param({"tags": ["adaptability", 3]}, "only strings", id="tag-not-string"),
    pytest.param({"stages": "panel"}, "'stages' must be a list", id="stages-not-list"),
    pytest.param({"difficulty": "2"}, "must be an integer", id="difficulty-string"),
    pytest.param({"difficulty": 2.0}, "must be an integer", id="difficulty-float"),
    pytest.param({"difficulty": True}, "must be an integer", id="difficulty-bool"),
    pytest.param({"listen_for": "a, b"}, "'listen_for' must be a list", id="listen-not-list"),
    pytest.param({"outline": 3}, "'outline' must be a string", id="outline-not-string"),
    pytest.param({"outline": "  \n "}, "'outline' is empty", id="outline-empty"),
    pytest.param({"answer": "extra"}, "unknown key(s) answer", id="unknown-key"),
    pytest.param({"tags": ["rambling"]}, "unknown tag 'rambling'", id="unknown-tag"),
    pytest.param({"tags": []}, "'tags' is empty", id="no-tags"),
    pytest.param({"tags": ["confidence", "confidence"]}, "duplicate", id="duplicate-tag"),
    pytest.param({"stages": ["lunch"]}, "unknown stage 'lunch'", id="unknown-stage"),
    pytest.param({"stages": []}, "'stages' is empty", id="no-stages"),
    pytest.param({"difficulty": 0}, "1 to 3, got 0", id="difficulty-too-low"),
    pytest.param({"difficulty": 4}, "1 to 3, got 4", id="difficulty-too-high"),
    pytest.param({"listen_for": ["only one"]}, "2 to 4 items, got 1", id="listen-too-few"),
    pytest.param({"listen_for": list("abcde")}, "2 to 4 items, got 5", id="listen-too-many"),
    pytest.param({"listen_for": ["fine", " "]}, "empty string", id="listen-empty-item"),
    pytest.param({"text": "   "}, "'text' is empty", id="empty-text"),
    pytest.param({"text": ""}, "'text' is empty", id="blank-text"),
]


@pytest.mark.parametrize(("overrides", "expected"), INVALID_CASES)
def test_invalid_question_names_file_and_id(
    tmp_path: Path, overrides: dict[str, Any], expected: str
) -> None:
    good = _valid(id="good-one")
    bad = _valid(id="the-bad-one", **overrides)
    _write(tmp_path, "themed.toml", _toml(good, bad))
    message = _load_error(tmp_path)
    assert "themed.toml" in message
    assert "'the-bad-one'" in message
    assert expected in message


@pytest.mark.parametrize("slug", sorted(UNCHANGEABLE))
def test_unchangeable_tag_is_rejected(tmp_path: Path, slug: str) -> None:
    _write(tmp_path, "context.toml", _toml(_valid(id="about-salary", tags=["confidence", slug])))
    message = _load_error(tmp_path)
    assert "context.toml" in message
    assert "'about-salary'" in message
    assert f"tag {slug!r} is not changeable" in message


def test_missing_id_names_question_by_index(tmp_path: Path) -> None:
    _write(tmp_path, "noid.toml", _toml(_valid(id="first"), _valid(id=DROP)))
    message = _load_error(tmp_path)
    assert "noid.toml" in message
    assert "question #2" in message
    assert "missing required key(s) id" in message


def test_id_of_wrong_type_names_question_by_index(tmp_path: Path) -> None:
    _write(tmp_path, "numid.toml", _toml(_valid(id=7)))
    message = _load_error(tmp_path)
    assert "numid.toml" in message
    assert "question #1" in message
    assert "'id' must be a string" in message


@pytest.mark.parametrize("bad_id", ["Bad-Id", "snake_case", "trailing-", "has space", "a--b"])
def test_id_must_be_lowercase_kebab(tmp_path: Path, bad_id: str) -> None:
    _write(tmp_path, "ids.toml", _toml(_valid(id=bad_id)))
    message = _load_error(tmp_path)
    assert "ids.toml" in message
    assert repr(bad_id) in message
    assert "kebab" in message


def test_question_that_is_not_a_table(tmp_path: Path) -> None:
    _write(tmp_path, "flat.toml", "question = [1, 2]\n")
    message = _load_error(tmp_path)
    assert "flat.toml" in message
    assert "question #1" in message


def test_unknown_top_level_key(tmp_path: Path) -> None:
    _write(tmp_path, "typo.toml", _toml(_valid()).replace("[[question]]", "[[questions]]"))
    message = _load_error(tmp_path)
    assert "typo.toml" in message
    assert "questions" in message


def test_file_without_questions(tmp_path: Path) -> None:
    _write(tmp_path, "empty.toml", "# nothing here yet\n")
    message = _load_error(tmp_path)
    assert "empty.toml" in message
    assert "no [[question]]" in message


def test_non_utf8_file(tmp_path: Path) -> None:
    (tmp_path / "latin.toml").write_bytes(b'[[question]]\nid = "caf\xe9"\n')
    message = _load_error(tmp_path)
    assert "latin.toml" in message
    assert "UTF-8" in message


def test_duplicate_id_across_files_names_both(tmp_path: Path) -> None:
    _write(tmp_path, "alpha.toml", _toml(_valid(id="shared-id")))
    _write(tmp_path, "beta.toml", _toml(_valid(id="other"), _valid(id="shared-id")))
    message = _load_error(tmp_path)
    assert "alpha.toml" in message
    assert "beta.toml" in message
    assert "'shared-id'" in message
    assert "duplicate id" in message


def test_duplicate_id_within_one_file(tmp_path: Path) -> None:
    _write(tmp_path, "one.toml", _toml(_valid(id="twice"), _valid(id="twice")))
    message = _load_error(tmp_path)
    assert "one.toml" in message
    assert "'twice'" in message
    assert "duplicate id" in message


def test_error_carries_file_and_question(tmp_path: Path) -> None:
    _write(tmp_path, "attrs.toml", _toml(_valid(id="attr-check", difficulty=9)))
    with pytest.raises(BankError) as info:
        load_bank(tmp_path)
    assert info.value.file == "attrs.toml"
    assert info.value.question == "attr-check"


def test_empty_or_missing_folder(tmp_path: Path) -> None:
    assert "no *.toml" in _load_error(tmp_path)
    assert "not found" in _load_error(tmp_path / "absent")


# ---------------------------------------------------------------------------------------
# Fingerprint
# ---------------------------------------------------------------------------------------


def test_fingerprint_is_stable_and_tracks_changes(tmp_path: Path) -> None:
    first = _write(tmp_path, "a.toml", _toml(_valid(id="one")))
    _write(tmp_path, "b.toml", _toml(_valid(id="two")))
    original = bank_fingerprint(tmp_path)
    assert len(original) == 64
    assert bank_fingerprint(tmp_path) == original

    first.write_text(_toml(_valid(id="one", difficulty=3)), encoding="utf-8")
    edited = bank_fingerprint(tmp_path)
    assert edited != original

    first.write_text(_toml(_valid(id="one")), encoding="utf-8")
    assert bank_fingerprint(tmp_path) == original

    _write(tmp_path, "c.toml", _toml(_valid(id="three")))
    assert bank_fingerprint(tmp_path) != original


def test_fingerprint_tracks_renames_and_ignores_other_files(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.toml", _toml(_valid(id="one")))
    original = bank_fingerprint(tmp_path)
    _write(tmp_path, "README.md", "notes")
    assert bank_fingerprint(tmp_path) == original
    path.rename(tmp_path / "z.toml")
    assert bank_fingerprint(tmp_path) != original


def test_fingerprint_of_real_bank() -> None:
    assert bank_fingerprint(BANK_FOLDER) == bank_fingerprint(BANK_FOLDER)
