"""The export document's checks and the Markdown report, without an app."""

import base64
from datetime import date, datetime

import pytest

from coach.account_data.report import build_report
from coach.account_data.schema import (
    SECTIONS,
    DocumentError,
    check_header,
    choice,
    decode_audio,
    decode_row,
    decode_value,
    integer,
    parse_json,
    text,
)
from coach.account_data.validate import audio_bytes, bank_ids, validate_document
from coach.analysis.priorities import ContextItem, Priority, PriorityReport
from tests.helpers import wav_bytes

WAV = wav_bytes(0.1)


def empty_document(**sections) -> dict:
    document = {"format": "coach-export", "version": 1}
    document.update({name: [] for name in SECTIONS if name in TOP_LEVEL})
    document.update(sections)
    return document


TOP_LEVEL = (
    "applications",
    "feedback",
    "questions",
    "hidden_questions",
    "practice_sets",
    "plan_actions",
    "review_cards",
    "drill_logs",
    "drafts",
    "mock_interviews",
    "attempts",
    "invitations",
)


def application(id=1, **fields):
    return {
        "id": id,
        "company": "Northwind",
        "role_title": "Analyst",
        "keywords": "",
        "applied_on": "2025-03-03",
        "outcome": "rejected",
        "day_to_day": "",
        "not_exciting": "",
        "created_at": "2025-03-03T09:00:00",
        "stages": [],
        **fields,
    }


def attempt(id=1, audio=None, **fields):
    record = {
        "id": id,
        "question": {"bank": "star-1"},
        "mock_item": None,
        "text": "I fixed it.",
        "created_at": "2025-03-04T10:00:00.123456",
        "audio_seconds": None,
        "answer_seconds": None,
        "target_seconds": 120,
        "word_count": 3,
        "speaking_seconds": 1.2,
        "filler_count": 0,
        "hedge_count": 0,
        "star_parts": 1,
        "quantified_result": False,
        "structure": 4,
        "specificity": None,
        "relevance": None,
        "conciseness": None,
        "confidence": None,
        "grade": "good",
        "audio": audio,
    }
    record.update(fields)
    return record


def wav_audio(data: bytes = WAV) -> dict:
    return {"type": "audio/wav", "base64": base64.b64encode(data).decode()}


# Single values


@pytest.mark.parametrize(
    "field,value,expected",
    [
        (text(10), "café", "café"),
        (text(10, nullable=True), None, None),
        (integer(1, 5), 3, 3),
        (choice(("a", "b")), "b", "b"),
        (SECTIONS["questions"]["tags"], ["leadership", "teamwork"], "leadership,teamwork"),
        (SECTIONS["questions"]["tags"], [], ""),
        (SECTIONS["stages"]["held_on"], "2025-03-10", date(2025, 3, 10)),
        (
            SECTIONS["attempts"]["created_at"],
            "2025-03-10T09:30:00+01:00",
            datetime(2025, 3, 10, 8, 30),
        ),
        (SECTIONS["attempts"]["speaking_seconds"], 3, 3.0),
    ],
)
def test_values_are_decoded_as_stored(field, value, expected):
    assert decode_value("x", field, value) == expected


@pytest.mark.parametrize(
    "field,value,message",
    [
        (text(10), "x" * 11, "keep this under 10 characters"),
        (text(10), 5, "expected text"),
        (text(10), "a\x00b", "NUL character"),
        (text(10), "\ud800", "not valid Unicode"),
        (text(10, required=True), "  ", "may not be empty"),
        (text(10), None, "a value is required"),
        (integer(1, 5), True, "expected a number"),
        (integer(1, 5), 2.5, "whole number"),
        (integer(1, 5), 6, "from 1 to 5"),
        (SECTIONS["attempts"]["speaking_seconds"], float("nan"), "expected a number from"),
        (choice(("a", "b")), "c", "unknown value 'c'"),
        (SECTIONS["questions"]["tags"], ["leadership", "mind_reading"], "unknown slug"),
        (SECTIONS["questions"]["tags"], "leadership", "list of slugs"),
        (SECTIONS["stages"]["held_on"], "10/03/2025", "YYYY-MM-DD"),
        (SECTIONS["attempts"]["created_at"], "yesterday", "ISO 8601"),
        (SECTIONS["attempts"]["quantified_result"], "yes", "true or false"),
    ],
)
def test_bad_values_are_refused_with_their_path(field, value, message):
    with pytest.raises(DocumentError) as error:
        decode_value("attempts[2].text", field, value)
    assert error.value.message.startswith("attempts[2].text: ")
    assert message in error.value.message


def test_json_and_header_are_checked():
    with pytest.raises(DocumentError, match="not valid JSON"):
        parse_json(b"\xff\xfe")
    with pytest.raises(DocumentError, match="not valid JSON"):
        parse_json(b'{"a": NaN}')
    with pytest.raises(DocumentError, match="not valid JSON"):
        parse_json(b"[" * 100_000)
    with pytest.raises(DocumentError, match="format is not coach-export"):
        check_header({"format": "other", "version": 1})
    with pytest.raises(DocumentError, match="version 7"):
        check_header({"format": "coach-export", "version": 7})
    with pytest.raises(DocumentError, match="version True"):
        check_header({"format": "coach-export", "version": True})


def test_recordings_are_checked_by_content_type_and_size():
    assert decode_audio("a", wav_audio(), 10_000) == ("audio/wav", WAV)
    assert decode_audio("a", None, 10_000) is None
    with pytest.raises(DocumentError, match="larger than"):
        decode_audio("a", wav_audio(), 100)
    with pytest.raises(DocumentError, match="not valid base64"):
        decode_audio("a", {"type": "audio/wav", "base64": "@@@"}, 10_000)
    with pytest.raises(DocumentError, match="not a recording"):
        decode_audio("a", wav_audio(b"GIF89a" + b"\x00" * 20), 10_000)
    with pytest.raises(DocumentError, match="not 'audio/webm'"):
        decode_audio("a", {**wav_audio(), "type": "audio/webm"}, 10_000)
    with pytest.raises(DocumentError, match="expected an object"):
        decode_audio("a", "UklGRg==", 10_000)


# Whole documents


def test_an_empty_export_is_valid():
    records = validate_document(empty_document(), 10_000)
    assert all(rows == [] for rows in records.values())


def test_references_are_resolved_within_the_document():
    stage = {
        "id": 7,
        "kind": "technical",
        "held_on": None,
        "self_rating": 2,
        "went_well": "",
        "do_differently": "",
        "created_at": "2025-03-05T00:00:00",
    }
    feedback = {
        "id": 3,
        "application": 1,
        "stage": 7,
        "source_kind": "interviewer",
        "received_on": "2025-03-06",
        "text": "Too long.",
        "created_at": "2025-03-06T00:00:00",
        "findings": [],
    }
    document = empty_document(
        applications=[application(stages=[stage])],
        feedback=[feedback],
        attempts=[attempt(audio=wav_audio())],
    )
    records = validate_document(document, 10_000)
    assert records["stages"][0]["_parent"] == 0
    assert (records["feedback"][0]["_application"], records["feedback"][0]["_stage"]) == (1, 7)
    assert records["attempts"][0]["_question"] == ("bank", "star-1")
    assert bank_ids(records) == {"star-1"}
    assert audio_bytes(records) == len(WAV)


@pytest.mark.parametrize(
    "sections,message",
    [
        (
            {"applications": [application(), application()]},
            "applications[1].id: this id appears twice",
        ),
        ({"applications": [application(id="1")]}, "applications[0].id: expected a positive"),
        ({"applications": {"id": 1}}, "applications: expected a list"),
        ({"applications": [application(stages=None)]}, "applications[0].stages: expected a list"),
        (
            {"attempts": [attempt(question={"own": 4})]},
            "refers to a record that is not in the file",
        ),
        ({"attempts": [attempt(question=4)]}, 'expected {"own": id} or {"bank": "bank id"}'),
        ({"attempts": [attempt(mock_item=2)]}, "attempts[0].mock_item: refers to a record"),
        ({"attempts": [attempt(created_at=None)]}, "attempts[0].created_at: a value is required"),
        ({"applications": [application(company="")]}, "company: this may not be empty"),
        ({"applications": ["Northwind"]}, "applications[0]: expected an object"),
    ],
)
def test_faults_name_where_they_are(sections, message):
    document = empty_document(**sections)
    with pytest.raises(DocumentError) as error:
        validate_document(document, 10_000)
    assert message in error.value.message


def test_a_field_added_since_version_1_may_be_missing_but_others_may_not():
    # Exports written before shared attempts kept graded_at still import.
    assert decode_row("shared_attempts", "a", {"position": 0}) == {
        "position": 0,
        "graded_at": None,
    }
    moment = decode_row("shared_attempts", "a", {"position": 1, "graded_at": "2026-11-26T10:00"})
    assert moment["graded_at"] == datetime(2026, 11, 26, 10, 0)
    with pytest.raises(DocumentError, match="a.position: missing"):
        decode_row("shared_attempts", "a", {"graded_at": None})


def test_a_missing_section_is_a_fault():
    document = empty_document()
    del document["drafts"]
    with pytest.raises(DocumentError, match="drafts: missing"):
        validate_document(document, 10_000)


# The report


def test_the_report_shows_priorities_plan_applications_and_answers():
    feedback = {
        "id": 3,
        "application": 1,
        "stage": None,
        "source_kind": "recruiter",
        "received_on": "2025-03-06",
        "text": "You rambled.\nAlso too long.",
        "findings": [
            {"tag": "answer_structure", "status": "confirmed", "evidence": "You rambled"},
            {"tag": "rapport", "status": "removed", "evidence": None},
        ],
    }
    document = {
        "exported_at": "2025-04-01T10:00:00",
        "account": {"display_name": "Ana"},
        "applications": [application(stages=[])],
        "feedback": [feedback],
        "plan_actions": [
            {"tag": "conciseness", "text": "Time answers", "done": True, "target_date": None}
        ],
        "questions": [],
        "bank_questions": [{"bank": "star-1", "text": "Tell me about a failure."}],
        "attempts": [attempt()],
        "invitations": [
            {
                "reviewer_name": "Sam",
                "reviews": [{"attempt": 1, "comment": "Lead with the result.", "structure": 2}],
            }
        ],
    }
    priorities = PriorityReport(
        priorities=(
            Priority(
                "answer_structure", 4.2, 1, 1, (), date(2025, 3, 6), False, False, "named once"
            ),
        ),
        context=(ContextItem("experience_gap", 1, 1, date(2025, 3, 6), "Refine the search."),),
    )
    report = build_report(document, priorities)
    assert report.startswith("# Interview practice report: Ana\n")
    assert "1. **Answer structure**: named once" in report
    assert "**Experience gap** (named once): Refine the search." in report
    assert "- [x] **Conciseness**: Time answers" in report
    assert "### Analyst at Northwind" in report
    assert "  > You rambled.\n  > Also too long." in report
    assert 'Answer structure (confirmed): "You rambled"' in report
    assert "Rapport" not in report
    assert "### Tell me about a failure." in report
    assert "your scores: mean 4.0 (Structure 4)" in report
    assert "Sam's scores: mean 2.0 (Structure 2)." in report
    assert "    > Lead with the result." in report


def test_an_empty_report_says_what_to_do_first():
    report = build_report({"account": {"display_name": "Bo"}}, PriorityReport((), ()))
    assert "No priorities yet" in report
    assert "No applications yet." in report
    assert "No answers rehearsed yet." in report
