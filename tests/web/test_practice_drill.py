"""Drills: the next due question, top priorities first, graded tries scheduling the next."""

from datetime import date, datetime, timedelta

import pytest
import sqlalchemy as sa

from coach.extensions import db
from coach.models import User, utcnow
from coach.practice.drill import describe_due, record_grade
from coach.practice.models import DrillLog, Question, ReviewCard
from tests import helpers


@pytest.fixture
def ana(app):
    """Ana, whose top priority is answer structure, with two questions due."""
    with app.app_context():
        user_id = helpers.create_user()
        for day in (3, 10):
            helpers.create_feedback(
                user_id, received_on=date(2025, 3, day), findings=[("answer_structure", "added")]
            )
        helpers.create_feedback(user_id, findings=[("company_research", "added")])
        research = helpers.create_question(
            text="What do you know about us?",
            tags=("company_research",),
            outline="Their product, their market, a recent change.",
        )
        structure = helpers.create_question(
            text="Walk me through your CV.", tags=("answer_structure",)
        )
        now = utcnow()
        cards = {
            "research_card": helpers.create_review_card(
                user_id, research, "company_research", due=now - timedelta(days=2)
            ),
            "structure_card": helpers.create_review_card(
                user_id, structure, "answer_structure", due=now - timedelta(hours=1)
            ),
        }
    return {"user": user_id, "research": research, "structure": structure, **cards}


def card(card_id: int) -> ReviewCard:
    db.session.expire_all()
    return db.session.get(ReviewCard, card_id)


def test_an_empty_drill_offers_to_build_a_plan(auth):
    auth.login()
    page = auth.client.get("/drill").text
    assert "No questions to drill yet" in page and 'href="/plan"' in page


def test_the_top_priority_comes_first_with_its_guidance_folded(auth, ana):
    auth.login(create=False)
    page = auth.client.get("/drill").text
    assert "Walk me through your CV." in page
    assert "What do you know about us?" not in page
    assert "2 questions due now" in page
    assert '<details class="guidance"' in page and "What the interviewer listens for" in page
    assert 'src="/static/js/drill.js"' in page
    for key, grade in (("1", "again"), ("2", "hard"), ("3", "good"), ("4", "easy")):
        assert f'value="{grade}" class="grade grade-{grade}" data-key="{key}"' in page


def test_due_cards_come_top_priority_first_then_longest_overdue_untagged_last(app, ana):
    from coach.practice.drill import next_card

    with app.app_context():
        now = utcnow()
        cards = {}
        for name, tag, due in (
            ("late research", "company_research", now - timedelta(days=5)),
            ("older structure", "answer_structure", now - timedelta(days=3)),
            ("future structure", "answer_structure", now + timedelta(days=1)),
            ("untagged", None, now - timedelta(days=9)),
        ):
            question = helpers.create_question(text=f"{name}?", tags=(tag,) if tag else ())
            cards[helpers.create_review_card(ana["user"], question, tag, due=due)] = name
        cards[ana["structure_card"]] = "structure"
        cards[ana["research_card"]] = "research"
        user = db.session.get(User, ana["user"])
        served, counts = [], []
        while (state := next_card(user, now)).card is not None:
            served.append(cards[state.card.id])
            counts.append(state.due_count)
            state.card.due = now + timedelta(days=30)
            db.session.commit()
        assert served == [
            "older structure", "structure", "late research", "research", "untagged"
        ]  # fmt: skip
        assert counts == [5, 4, 3, 2, 1]
        assert (state.total, state.next_due) == (6, now + timedelta(days=1))


def test_a_card_falling_due_later_is_served_then_without_any_change(app):
    from coach.practice.drill import next_card

    with app.app_context():
        user_id = helpers.create_user()
        question = helpers.create_question(text="Soon?", tags=("confidence",))
        now = utcnow()
        helpers.create_review_card(user_id, question, "confidence", due=now + timedelta(hours=1))
        user = db.session.get(User, user_id)
        waiting = next_card(user, now)
        assert (waiting.card, waiting.due_count) == (None, 0)
        assert waiting.next_due == now + timedelta(hours=1)
        later = next_card(user, now + timedelta(hours=1, seconds=1))
        assert later.card is not None and later.card.question_id == question
        assert later.due_count == 1


def test_grading_schedules_the_next_review_and_logs_the_try(auth, app, ana):
    auth.login(create=False)
    response = auth.client.post(
        f"/drill/cards/{ana['structure_card']}/grade", data={"grade": "good"}, follow_redirects=True
    )
    assert "Graded Good. Next review of that question:" in response.text
    # the next due question is served
    assert "What do you know about us?" in response.text
    with app.app_context():
        graded = card(ana["structure_card"])
        assert graded.reviews == 1 and graded.stability is not None
        assert graded.due > utcnow() + timedelta(hours=12)
        log = db.session.scalar(sa.select(DrillLog))
        assert (log.question_id, log.grade, log.next_due) == (ana["structure"], "good", graded.due)


def test_easy_schedules_later_than_again(app, ana):
    with app.app_context():
        user = db.session.get(User, ana["user"])
        now = utcnow()
        again = record_grade(user, db.session.get(Question, ana["structure"]), "again", now)
        easy = record_grade(user, db.session.get(Question, ana["research"]), "easy", now)
        db.session.commit()
        assert easy.due > again.due > now


def test_record_grade_creates_a_card_for_a_question_without_one(app):
    with app.app_context():
        user_id = helpers.create_user()
        question = helpers.create_question(user_id, text="Mine?", tags=("confidence",))
        user = db.session.get(User, user_id)
        when = datetime(2025, 3, 1, 9, 0)
        created = record_grade(user, db.session.get(Question, question), "good", when, "rehearsal")
        db.session.commit()
        assert (created.tag, created.reviews, created.last_review) == ("confidence", 1, when)
        assert db.session.scalar(sa.select(DrillLog.origin)) == "rehearsal"


def test_when_nothing_is_due_the_next_review_is_shown_in_the_users_time_zone(auth, app):
    with app.app_context():
        user_id = helpers.create_user(timezone="Asia/Tokyo")
        question = helpers.create_question(text="Later?", tags=("confidence",))
        due = utcnow().replace(microsecond=0) + timedelta(days=3)
        helpers.create_review_card(user_id, question, "confidence", due=due)
        user = db.session.get(User, user_id)
        expected = describe_due(due, user, utcnow())
    auth.login(create=False)
    page = auth.client.get("/drill").text
    assert "Nothing is due now" in page and expected in page
    assert "Build a new plan" in page


def test_describe_due_uses_the_local_date():
    user = User(timezone="Asia/Tokyo")
    now = datetime(2025, 3, 1, 14, 0)  # 23:00 in Tokyo
    assert describe_due(datetime(2025, 3, 1, 14, 30), user, now) == "today at 23:30"
    assert describe_due(datetime(2025, 3, 1, 15, 30), user, now) == "tomorrow at 00:30"
    assert describe_due(datetime(2025, 3, 10, 0, 0), user, now) == "Mon 10 Mar at 09:00"
    assert describe_due(datetime(2026, 1, 2, 0, 0), user, now) == "2 Jan 2026 at 09:00"


def test_a_bad_grade_is_refused_with_a_message(auth, app, ana):
    auth.login(create=False)
    response = auth.client.post(
        f"/drill/cards/{ana['structure_card']}/grade",
        data={"grade": "perfect"},
        follow_redirects=True,
    )
    assert "Grade the try with one of the buttons" in response.text
    with app.app_context():
        assert card(ana["structure_card"]).reviews == 0
        assert helpers.row_counts()["drill_logs"] == 0


def test_hidden_questions_leave_the_drill(auth, app, ana):
    with app.app_context():
        helpers.hide_question(ana["user"], ana["structure"])
    auth.login(create=False)
    page = auth.client.get("/drill").text
    assert "What do you know about us?" in page and "1 question due now" in page


def test_a_built_plan_is_due_in_the_drill_at_once(auth, app):
    with app.app_context():
        helpers.load_bank()
        user_id = helpers.create_user()
        helpers.create_feedback(user_id, findings=[("confidence", "confirmed")])
    auth.login(create=False)
    auth.client.post("/plan/build", data={"size": "4"})
    page = auth.client.get("/drill").text
    assert "4 questions due now" in page and "Trains: <strong>Confidence</strong>" in page
