"""Read and validate the question bank: the ``question_bank/*.toml`` files.

Each file holds ``[[question]]`` tables. Every question carries changeable taxonomy tags
only, the interview stages where it is typically asked, a difficulty, what the interviewer
listens for and, optionally, an outline of a strong answer. Any mistake in a file stops
the load with a :class:`BankError` that names the file and the question, so a broken bank
is found when it is loaded, never halfway through a practice session.

Pure Python: no Flask or database imports.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from coach.analysis.taxonomy import CHANGEABLE, STAGES, TAGS

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REQUIRED_KEYS = ("id", "text", "tags", "stages", "difficulty", "listen_for")
OPTIONAL_KEYS = ("outline",)
ALLOWED_KEYS = frozenset(REQUIRED_KEYS + OPTIONAL_KEYS)
MIN_DIFFICULTY, MAX_DIFFICULTY = 1, 3
MIN_LISTEN_FOR, MAX_LISTEN_FOR = 2, 4


@dataclass(frozen=True)
class BankQuestion:
    """One validated question of the bank."""

    id: str
    text: str
    tags: tuple[str, ...]
    stages: tuple[str, ...]
    difficulty: int
    listen_for: tuple[str, ...]
    outline: str | None
    source_file: str


class BankError(Exception):
    """A question file that cannot be loaded; the message names the file and question."""

    def __init__(self, message: str, file: str, question: str | None = None) -> None:
        super().__init__(message)
        self.file = file
        self.question = question


def _question_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise BankError(f"{folder}: question bank folder not found", str(folder))
    return sorted((p for p in folder.glob("*.toml") if p.is_file()), key=lambda p: p.name)


def _label(raw: dict[str, Any], index: int) -> str:
    """How a message names a question: its id, or its position when the id is unusable."""
    qid = raw.get("id")
    if isinstance(qid, str) and qid.strip():
        return f"question {qid!r}"
    return f"question #{index} (no valid id)"


def _string_list(value: Any, key: str, fail: _Fail) -> tuple[str, ...]:
    if not isinstance(value, list):
        fail(f"{key!r} must be a list of strings, got {type(value).__name__}")
    items: list[str] = []
    for item in value:
        if not isinstance(item, str):
            fail(f"{key!r} must contain only strings, got {type(item).__name__}")
        if not item.strip():
            fail(f"{key!r} contains an empty string")
        items.append(item.strip())
    if len(set(items)) != len(items):
        fail(f"{key!r} contains a duplicate entry")
    return tuple(items)


class _Fail:
    """Raises BankError for one question of one file."""

    def __init__(self, file: str, label: str, question: str) -> None:
        self.file = file
        self.label = label
        self.question = question

    def __call__(self, problem: str) -> NoReturn:
        raise BankError(f"{self.file}: {self.label}: {problem}", self.file, self.question)


def _parse_question(raw: Any, index: int, file: str) -> BankQuestion:
    if not isinstance(raw, dict):
        label = f"question #{index} (no valid id)"
        raise BankError(f"{file}: {label}: each [[question]] must be a table", file, f"#{index}")
    label = _label(raw, index)
    qid_raw = raw.get("id")
    fail = _Fail(
        file,
        label,
        qid_raw if isinstance(qid_raw, str) and qid_raw.strip() else f"#{index}",
    )

    unknown = sorted(set(raw) - ALLOWED_KEYS)
    if unknown:
        fail(f"unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(ALLOWED_KEYS))}")
    missing = [key for key in REQUIRED_KEYS if key not in raw]
    if missing:
        fail(f"missing required key(s) {', '.join(missing)}")

    qid = raw["id"]
    if not isinstance(qid, str):
        fail(f"'id' must be a string, got {type(qid).__name__}")
    if not ID_PATTERN.match(qid):
        fail(f"'id' must be lowercase kebab-case (letters, digits, hyphens), got {qid!r}")

    text = raw["text"]
    if not isinstance(text, str):
        fail(f"'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        fail("'text' is empty")

    tags = _string_list(raw["tags"], "tags", fail)
    if not tags:
        fail("'tags' is empty; give at least one changeable tag")
    for tag in tags:
        if tag not in TAGS:
            fail(f"unknown tag {tag!r}")
        if tag not in CHANGEABLE:
            fail(
                f"tag {tag!r} is not changeable; tag the question with the changeable "
                "skill it trains instead"
            )

    stages = _string_list(raw["stages"], "stages", fail)
    if not stages:
        fail("'stages' is empty; give at least one stage")
    for stage in stages:
        if stage not in STAGES:
            fail(f"unknown stage {stage!r}; known: {', '.join(STAGES)}")

    difficulty = raw["difficulty"]
    if isinstance(difficulty, bool) or not isinstance(difficulty, int):
        fail(f"'difficulty' must be an integer, got {type(difficulty).__name__}")
    if not MIN_DIFFICULTY <= difficulty <= MAX_DIFFICULTY:
        fail(f"'difficulty' must be {MIN_DIFFICULTY} to {MAX_DIFFICULTY}, got {difficulty}")

    listen_for = _string_list(raw["listen_for"], "listen_for", fail)
    if not MIN_LISTEN_FOR <= len(listen_for) <= MAX_LISTEN_FOR:
        fail(
            f"'listen_for' must have {MIN_LISTEN_FOR} to {MAX_LISTEN_FOR} items, "
            f"got {len(listen_for)}"
        )

    outline = raw.get("outline")
    if outline is not None:
        if not isinstance(outline, str):
            fail(f"'outline' must be a string, got {type(outline).__name__}")
        outline = outline.strip()
        if not outline:
            fail("'outline' is empty; leave the key out instead")

    return BankQuestion(
        id=qid,
        text=text.strip(),
        tags=tags,
        stages=stages,
        difficulty=difficulty,
        listen_for=listen_for,
        outline=outline,
        source_file=file,
    )


def _load_file(path: Path) -> list[BankQuestion]:
    file = path.name
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise BankError(f"{file}: not valid UTF-8: {exc}", file) from exc
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message ends with "(at line L, column C)".
        raise BankError(f"{file}: malformed TOML: {exc}", file) from exc

    unknown = sorted(set(data) - {"question"})
    if unknown:
        raise BankError(
            f"{file}: unknown top-level key(s) {', '.join(unknown)}; "
            "questions go in [[question]] tables",
            file,
        )
    raw_questions = data.get("question")
    if not isinstance(raw_questions, list) or not raw_questions:
        raise BankError(f"{file}: no [[question]] tables found", file)
    return [_parse_question(raw, index, file) for index, raw in enumerate(raw_questions, 1)]


def load_bank(folder: Path) -> list[BankQuestion]:
    """Load and validate every ``*.toml`` file of ``folder``, in sorted order.

    Raises :class:`BankError` on the first problem found, naming the file and question.
    """
    paths = _question_files(folder)
    if not paths:
        raise BankError(f"{folder}: no *.toml question files found", str(folder))
    questions: list[BankQuestion] = []
    seen: dict[str, str] = {}
    for path in paths:
        for question in _load_file(path):
            first = seen.get(question.id)
            if first is not None:
                where = (
                    f"twice in {first}"
                    if first == question.source_file
                    else f"in both {first} and {question.source_file}"
                )
                raise BankError(
                    f"{question.source_file}: question {question.id!r}: duplicate id, "
                    f"found {where}",
                    question.source_file,
                    question.id,
                )
            seen[question.id] = question.source_file
            questions.append(question)
    return questions


def bank_fingerprint(folder: Path) -> str:
    """A sha256 over the sorted file names and contents: changes whenever the bank does."""
    digest = hashlib.sha256()
    for path in _question_files(folder):
        name = path.name.encode("utf-8")
        content = path.read_bytes()
        # Length prefixes keep the boundary between a name and its content unambiguous.
        digest.update(len(name).to_bytes(8, "big") + name)
        digest.update(len(content).to_bytes(8, "big") + content)
    return digest.hexdigest()
