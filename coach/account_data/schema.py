"""The export document's shape, and its strict validation: pure Python, no Flask or database.

Each section lists the model columns it carries with their kind, so the exporter and the
importer read and write the same fields. Ids inside a document are references between its
own records; bank questions (shared by every user) are named by their bank id instead.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

from coach.analysis.scheduling import GRADES
from coach.analysis.taxonomy import SOURCE_KINDS, STAGES, TAGS
from coach.audio import AudioError, check_audio

FORMAT = "coach-export"
VERSION = 1
MAX_TEXT = 50_000  # more than any form accepts: an export of real data always fits
MAX_ROWS = 100_000  # per section
OUTCOMES = ("in_progress", "rejected", "offer", "withdrawn")
FINDING_STATUSES = ("proposed", "confirmed", "removed", "added")
QUESTION_SOURCES = ("", "job_advert", "interview", "other")
SET_KINDS = ("priorities", "tags")
DRILL_ORIGINS = ("drill", "rehearse", "review")
RUBRIC = ("structure", "specificity", "relevance", "conciseness", "confidence")


class DocumentError(Exception):
    """A file that cannot be imported; the message says where and why, for the user."""

    @property
    def message(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True)
class Field:
    """One exported column: its kind and limits."""

    kind: str  # text, int, float, bool, date, datetime, choice, slugs
    nullable: bool = False
    max_length: int = MAX_TEXT
    required: bool = False  # text that may not be empty
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    optional: bool = False  # added after version 1 first shipped: a missing one reads as None


def text(max_length: int = MAX_TEXT, nullable: bool = False, required: bool = False) -> Field:
    return Field("text", nullable, max_length, required)


def integer(low: float, high: float, nullable: bool = False) -> Field:
    return Field("int", nullable, low=low, high=high)


def number(low: float = 0, high: float = 10**9, nullable: bool = False) -> Field:
    return Field("float", nullable, low=low, high=high)


def choice(options, nullable: bool = False) -> Field:
    return Field("choice", nullable, choices=tuple(options))


FLAG = Field("bool")
DAY, MAYBE_DAY = Field("date"), Field("date", nullable=True)
MOMENT, MAYBE_MOMENT = Field("datetime"), Field("datetime", nullable=True)
SCORE = integer(1, 5, nullable=True)
COUNT = integer(0, 10**9)
SMALL = integer(0, 32_767)

SECTIONS: dict[str, dict[str, Field]] = {
    "applications": {
        "company": text(120, required=True),
        "role_title": text(120),
        "keywords": text(300),
        "applied_on": MAYBE_DAY,
        "outcome": choice(OUTCOMES),
        "day_to_day": text(),
        "not_exciting": text(),
        "created_at": MOMENT,
    },
    "stages": {
        "kind": choice(STAGES),
        "held_on": MAYBE_DAY,
        "self_rating": SCORE,
        "went_well": text(),
        "do_differently": text(),
        "created_at": MOMENT,
    },
    "feedback": {
        "source_kind": choice(SOURCE_KINDS),
        "received_on": DAY,
        "text": text(),
        "created_at": MOMENT,
    },
    "findings": {
        "tag": choice(TAGS),
        "actionable": FLAG,
        "evidence": text(nullable=True),
        "status": choice(FINDING_STATUSES),
        "created_at": MOMENT,
    },
    "questions": {
        "text": text(required=True),
        "tags": Field("slugs", choices=tuple(TAGS), max_length=400),
        "stages": Field("slugs", choices=tuple(STAGES), max_length=300),
        "difficulty": SCORE,
        "listen_for": text(),
        "outline": text(nullable=True),
        "source": choice(QUESTION_SOURCES),
        "notes": text(),
        "retired": FLAG,
        "created_at": MOMENT,
        "updated_at": MOMENT,
    },
    "hidden_questions": {"created_at": MOMENT},
    "practice_sets": {
        "kind": choice(SET_KINDS),
        "seed": integer(-(2**63), 2**63 - 1),
        "size": SMALL,
        "stage": choice(STAGES, nullable=True),
        "chosen_tags": Field("slugs", choices=tuple(TAGS), max_length=400),
        "created_at": MOMENT,
    },
    "practice_set_items": {"tag": choice(TAGS), "position": SMALL},
    "plan_actions": {
        "tag": choice(TAGS),
        "text": text(),
        "target_date": MAYBE_DAY,
        "done": FLAG,
        "created_at": MOMENT,
    },
    "review_cards": {
        "tag": choice(TAGS, nullable=True),
        "due": MOMENT,
        "stability": number(nullable=True),
        "difficulty": number(nullable=True),
        "last_review": MAYBE_MOMENT,
        "reviews": COUNT,
        "created_at": MOMENT,
    },
    "drill_logs": {
        "grade": choice(GRADES),
        "reviewed_at": MOMENT,
        "next_due": MOMENT,
        "origin": choice(DRILL_ORIGINS),
    },
    "drafts": {"text": text(), "updated_at": MOMENT},
    "mock_interviews": {
        "title": text(200),
        "think_seconds": SMALL,
        "answer_seconds": SMALL,
        "created_at": MOMENT,
        "finished_at": MAYBE_MOMENT,
    },
    "mock_items": {"tag": choice(TAGS, nullable=True), "position": SMALL, "skipped": FLAG},
    "attempts": {
        "text": text(),
        "created_at": MOMENT,
        "audio_seconds": number(nullable=True),
        "answer_seconds": number(nullable=True),
        "target_seconds": SMALL,
        "word_count": COUNT,
        "speaking_seconds": number(),
        "filler_count": COUNT,
        "hedge_count": COUNT,
        "star_parts": integer(0, 4),
        "quantified_result": FLAG,
        **{key: SCORE for key in RUBRIC},
        "grade": choice(GRADES, nullable=True),
    },
    "invitations": {
        "reviewer_name": text(80),
        "note": text(),
        "created_at": MOMENT,
        "expires_at": MOMENT,
        "revoked_at": MAYBE_MOMENT,
        "first_opened_at": MAYBE_MOMENT,
        "last_opened_at": MAYBE_MOMENT,
        "overall_comment": text(),
        "overall_updated_at": MAYBE_MOMENT,
        "overall_read_at": MAYBE_MOMENT,
    },
    "shared_attempts": {
        "position": SMALL,
        "graded_at": Field("datetime", nullable=True, optional=True),
    },
    "reviews": {
        "comment": text(),
        **{key: SCORE for key in RUBRIC},
        "grade": choice(GRADES, nullable=True),
        "created_at": MOMENT,
        "updated_at": MOMENT,
        "read_at": MAYBE_MOMENT,
    },
}

# Where each section's records sit: top level, or nested in a parent's list.
NESTED = {
    "stages": ("applications", "stages"),
    "findings": ("feedback", "findings"),
    "practice_set_items": ("practice_sets", "items"),
    "mock_items": ("mock_interviews", "items"),
    "shared_attempts": ("invitations", "attempts"),
    "reviews": ("invitations", "reviews"),
}
TOP_LEVEL = tuple(name for name in SECTIONS if name not in NESTED)
# Sections whose records carry an "id" other records refer to.
WITH_IDS = ("applications", "stages", "feedback", "questions", "mock_interviews", "mock_items")
WITH_IDS += ("attempts",)


# Encoding (export)


def encode_value(field: Field, value: object) -> object:
    """A column's value as JSON data."""
    if value is None:
        return None
    if field.kind == "slugs":
        return [slug for slug in str(value).split(",") if slug]
    if field.kind in ("date", "datetime"):
        return value.isoformat()  # type: ignore[attr-defined]
    return value


def encode_row(section: str, row: object) -> dict[str, object]:
    """A model instance's exported columns as JSON data."""
    return {name: encode_value(f, getattr(row, name)) for name, f in SECTIONS[section].items()}


def encode_audio(mime: str, data: bytes) -> dict[str, str]:
    return {"type": mime, "base64": base64.b64encode(data).decode("ascii")}


# Decoding (import)


def _where(path: str, message: str) -> DocumentError:
    return DocumentError(f"{path}: {message}")


def _text(path: str, value: object, max_length: int) -> str:
    if not isinstance(value, str):
        raise _where(path, "expected text.")
    if "\x00" in value:
        raise _where(path, "the text contains a NUL character, which cannot be stored.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _where(path, "the text is not valid Unicode.") from None
    if len(value) > max_length:
        raise _where(path, f"keep this under {max_length:,} characters.")
    return value


def decode_value(path: str, field: Field, value: object) -> object:
    """One column's value from JSON data, checked against its field; DocumentError if wrong."""
    if value is None:
        if field.nullable:
            return None
        raise _where(path, "a value is required.")
    kind = field.kind
    if kind == "text":
        value = _text(path, value, field.max_length)
        if field.required and not value.strip():
            raise _where(path, "this may not be empty.")
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise _where(path, "expected true or false.")
        return value
    if kind in ("int", "float"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _where(path, "expected a number.")
        if kind == "int" and not isinstance(value, int):
            raise _where(path, "expected a whole number.")
        if not math.isfinite(value) or not field.low <= value <= field.high:  # type: ignore[operator]
            raise _where(path, f"expected a number from {field.low:g} to {field.high:g}.")
        return float(value) if kind == "float" else value
    if kind == "choice":
        if value not in field.choices:
            raise _where(path, f"unknown value {str(value)[:40]!r}.")
        return value
    if kind == "slugs":
        if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
            raise _where(path, "expected a list of slugs.")
        unknown = [s for s in value if s not in field.choices]
        if unknown:
            raise _where(path, f"unknown slug {unknown[0][:40]!r}.")
        joined = ",".join(dict.fromkeys(value))
        if len(joined) > field.max_length:
            raise _where(path, "too many slugs.")
        return joined
    if kind == "date":
        try:
            return date.fromisoformat(_text(path, value, 10))
        except ValueError:
            raise _where(path, "expected a date as YYYY-MM-DD.") from None
    if kind == "datetime":
        try:
            moment = datetime.fromisoformat(_text(path, value, 40))
        except ValueError:
            raise _where(path, "expected a date and time in ISO 8601.") from None
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC).replace(tzinfo=None)
        return moment
    raise AssertionError(kind)  # pragma: no cover


def decode_row(section: str, path: str, record: object) -> dict[str, object]:
    """A record's columns, checked; every field of the section must be present."""
    if not isinstance(record, Mapping):
        raise _where(path, "expected an object.")
    values = {}
    for name, field in SECTIONS[section].items():
        if name not in record and field.optional:
            values[name] = None
            continue
        if name not in record:
            raise _where(f"{path}.{name}", "missing.")
        values[name] = decode_value(f"{path}.{name}", field, record[name])
    return values


def decode_audio(path: str, value: object, max_bytes: int) -> tuple[str, bytes] | None:
    """A recording's type and bytes, checked by content and size, or None."""
    if value is None:
        return None
    if not isinstance(value, Mapping) or not isinstance(value.get("base64"), str):
        raise _where(path, "expected an object with a type and base64 data.")
    encoded = value["base64"]
    if len(encoded) * 3 // 4 > max_bytes + 3:
        raise _where(path, f"the recording is larger than {max_bytes:,} bytes.")
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise _where(path, "the recording is not valid base64.") from None
    try:
        mime = check_audio(data[:512], len(data), max_bytes)
    except AudioError as error:
        raise _where(path, error.message) from None
    if value.get("type") != mime:
        raise _where(path, f"the recording is {mime}, not {str(value.get('type'))[:40]!r}.")
    return mime, data


def parse_json(raw: bytes) -> object:
    """The JSON data of an uploaded file, or DocumentError."""
    try:
        return json.loads(raw, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise DocumentError("This file is not a coach export: it is not valid JSON.") from None


def _no_constant(name: str) -> object:
    raise ValueError(name)


def check_header(document: object) -> Mapping:
    """The document, if its format and version are ones this coach reads."""
    if not isinstance(document, Mapping) or document.get("format") != FORMAT:
        raise DocumentError("This file is not a coach export (its format is not coach-export).")
    version = document.get("version")
    if version != VERSION or isinstance(version, bool):
        raise DocumentError(
            f"This export has version {str(version)[:20]}; this coach reads version {VERSION}."
        )
    return document
