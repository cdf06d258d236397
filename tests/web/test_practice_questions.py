"""Browsing questions, the user's own questions, and hiding bank ones."""

import pytest
import sqlalchemy as sa
from markupsafe import escape

from coach.extensions import db
from coach.practice.models import Question
from tests import helpers


@pytest.fixture
def small_bank(app):
    """Three bank questions, by name."""
    with app.app_context():
        return {
            "structure": helpers.create_question(
                text="Walk me through your last project.",
                tags=("answer_structure",),
                stages=("phone_screen",),
            ),
            "research": helpers.create_question(
                text="What do you know about our company?",
                tags=("company_research",),
                stages=("hiring_manager", "final"),
            ),
            "conflict": helpers.create_question(
                text="Tell me about a conflict with your manager.",
                tags=("conflict_resolution",),
                stages=("panel",),
            ),
        }


def own_questions(user_email="ana@example.com") -> list[Question]:
    db.session.expire_all()
    user = helpers.get_user(user_email)
    return list(db.session.scalars(sa.select(Question).where(Question.user_id == user.id)))


def test_browse_filters_by_tag_stage_and_text(auth, small_bank):
    auth.login()
    page = auth.client.get("/questions").text
    assert "Walk me through" in page and "our company" in page and "conflict with" in page
    by_tag = auth.client.get("/questions?tag=company_research").text
    assert "our company" in by_tag and "Walk me through" not in by_tag
    by_stage = auth.client.get("/questions?stage=panel").text
    assert "conflict with your manager" in by_stage and "our company" not in by_stage
    by_text = auth.client.get("/questions?q=PROJECT").text
    assert "Walk me through" in by_text and "conflict with" not in by_text
    nothing = auth.client.get("/questions?q=zebra&tag=confidence").text
    assert "No question matches" in nothing


def test_a_competency_tag_filter_does_not_match_a_longer_slug(auth, app):
    with app.app_context():
        helpers.create_question(text="Soft?", tags=("soft_skills",))
        helpers.create_question(text="Team?", tags=("teamwork",))
    auth.login()
    page = auth.client.get("/questions?tag=teamwork").text
    assert "Team?" in page and "Soft?" not in page


def test_unknown_filter_values_are_ignored_not_errors(auth, small_bank):
    auth.login()
    response = auth.client.get("/questions?tag=<script>&stage=nope&page=-3")
    assert response.status_code == 200
    assert "3 questions" in response.text


def test_add_edit_and_delete_an_own_question(auth, app):
    auth.login()
    response = auth.client.post(
        "/questions/new",
        data={
            "text": "Why did you leave consulting?",
            "tags": ["role_motivation", "confidence"],
            "stages": ["phone_screen"],
            "source": "interview",
            "notes": "Asked by **Northwind**",
        },
        follow_redirects=True,
    )
    assert "Your question is saved" in response.text
    assert "Asked in an interview" in response.text
    assert "<strong>Northwind</strong>" in response.text
    with app.app_context():
        (question,) = own_questions()
        assert question.tag_list == ("role_motivation", "confidence")
        question_id = question.id
    assert "Why did you leave consulting?" in auth.client.get("/questions").text

    response = auth.client.post(
        f"/questions/{question_id}/edit",
        data={"text": "Why are you leaving?", "tags": ["role_motivation"], "source": ""},
        follow_redirects=True,
    )
    assert "Your changes are saved" in response.text
    with app.app_context():
        (question,) = own_questions()
        assert (question.text, question.tags, question.stages) == (
            "Why are you leaving?",
            "role_motivation",
            "",
        )
    response = auth.client.post(f"/questions/{question_id}/delete", follow_redirects=True)
    assert "Deleted your question" in response.text
    with app.app_context():
        assert own_questions() == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "  ", "tags": ["confidence"]}, "Write the question."),
        ({"text": "Why?", "tags": []}, "Choose at least one skill this question trains."),
        ({"text": "Why?", "tags": ["juggling"]}, "There is no skill called &#39;juggling&#39;"),
        (
            {"text": "Why?", "tags": ["experience_gap"]},
            "Experience gap is not something practice can change",
        ),
        ({"text": "Why?", "tags": ["confidence"], "stages": ["lunch"]}, "no stage called"),
        ({"text": "Why?", "tags": ["confidence"], "source": "rumour"}, "Choose where"),
        ({"text": "x" * 1001, "tags": ["confidence"]}, "under 1,000 characters"),
    ],
)
def test_bad_own_question_input_gets_a_clear_message_and_saves_nothing(auth, app, data, message):
    auth.login()
    response = auth.client.post("/questions/new", data=data)
    assert response.status_code == 400
    assert message in response.text
    with app.app_context():
        assert own_questions() == []


def test_hide_and_unhide_a_bank_question(auth, app, small_bank):
    auth.login()
    question_id = small_bank["conflict"]
    response = auth.client.post(
        f"/questions/{question_id}/hide", data={"back": "/questions?stage=panel"}
    )
    assert response.headers["Location"] == "/questions?stage=panel"
    page = auth.client.get("/questions").text
    assert "conflict with your manager" not in page
    assert "Show hidden questions (1)" in page
    hidden = auth.client.get("/questions?show=hidden").text
    assert "conflict with your manager" in hidden and "Unhide" in hidden
    # hiding twice changes nothing
    auth.client.post(f"/questions/{question_id}/hide")
    with app.app_context():
        assert helpers.row_counts()["hidden_questions"] == 1
    response = auth.client.post(f"/questions/{question_id}/unhide", follow_redirects=True)
    assert "Shown again" in response.text
    assert "conflict with your manager" in auth.client.get("/questions").text


def test_hiding_is_per_user(auth, app, small_bank):
    with app.app_context():
        bob = helpers.create_user("bob@example.com")
        helpers.hide_question(bob, small_bank["conflict"])
    auth.login()
    assert "conflict with your manager" in auth.client.get("/questions").text


def test_the_back_address_must_be_local(auth, small_bank):
    auth.login()
    response = auth.client.post(
        f"/questions/{small_bank['research']}/hide", data={"back": "//evil.example/"}
    )
    assert response.headers["Location"] == "/questions"


def test_own_questions_are_private_and_retired_ones_are_gone(auth, app, small_bank):
    with app.app_context():
        bob = helpers.create_user("bob@example.com")
        helpers.create_question(bob, text="Bob's secret question?")
        retired = helpers.create_question(text="An old question?", retired=True)
    auth.login()
    page = auth.client.get("/questions").text
    assert "Bob&#39;s secret" not in page and "An old question" not in page
    assert auth.client.get(f"/questions/{retired}").status_code == 404


def test_question_page_shows_the_guidance(auth, app):
    with app.app_context():
        helpers.load_bank()
        question_id = helpers.bank_question_id(
            db.session.scalar(
                sa.select(Question.bank_id).where(Question.outline.is_not(None)).limit(1)
            )
        )
        question = db.session.get(Question, question_id)
        point, outline = question.listen_for_points[0], question.outline
    auth.login()
    page = auth.client.get(f"/questions/{question_id}").text
    assert "What the interviewer listens for" in page
    assert str(escape(point)) in page and str(escape(outline))[:40] in page


def test_the_list_is_paginated(auth, app):
    with app.app_context():
        for number in range(30):
            helpers.create_question(text=f"Question number {number:02d}?", tags=("confidence",))
    auth.login()
    first = auth.client.get("/questions").text
    assert "30 questions, page 1 of 2" in first and "Next page" in first
    second = auth.client.get("/questions?page=2").text
    assert "Question number 29?" in second and "Previous page" in second
