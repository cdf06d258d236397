"""Plans: sets built from the priorities or chosen tags, swaps, and development actions."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from coach.extensions import db
from coach.models import User
from coach.practice import plans
from coach.practice.models import PlanAction, PracticeSet, PracticeSetItem, Question, ReviewCard
from tests import helpers


@pytest.fixture
def ana(app):
    """Ana, with the real bank loaded and feedback naming answer structure three times
    and company research once (and an experience gap, which is never practised)."""
    with app.app_context():
        helpers.load_bank()
        user_id = helpers.create_user()
        today = date.today()
        for days_ago in (17, 10, 3):
            helpers.create_feedback(
                user_id,
                received_on=today - timedelta(days=days_ago),
                findings=[("answer_structure", "confirmed")],
            )
        helpers.create_feedback(
            user_id,
            received_on=today - timedelta(days=1),
            findings=[("company_research", "confirmed"), ("experience_gap", "confirmed")],
        )
    return user_id


def latest_items() -> list[tuple[Question, str]]:
    db.session.expire_all()
    set_id = db.session.scalar(sa.select(sa.func.max(PracticeSet.id)))
    rows = db.session.execute(
        sa.select(Question, PracticeSetItem.tag)
        .join(PracticeSetItem, PracticeSetItem.question_id == Question.id)
        .where(PracticeSetItem.practice_set_id == set_id)
        .order_by(PracticeSetItem.position)
    )
    return [(question, tag) for question, tag in rows]


def test_build_my_plan_weights_the_top_priorities_and_labels_each_question(auth, app, ana):
    auth.login(create=False)
    response = auth.client.post("/plan/build", data={"size": "8"}, follow_redirects=True)
    assert "Your plan is ready: 8 questions" in response.text
    assert "Targets: Answer structure" in response.text
    with app.app_context():
        items = latest_items()
        tags = [tag for _question, tag in items]
        assert len(items) == 8
        assert len({question.id for question, _tag in items}) == 8
        assert set(tags) <= {"answer_structure", "company_research"}
        assert tags.count("answer_structure") > tags.count("company_research") >= 1
        for question, tag in items:
            assert tag in question.tag_list
        # every question of the set is due in the drill now, labelled with its weakness
        cards = db.session.execute(sa.select(ReviewCard.question_id, ReviewCard.tag)).all()
        assert sorted(cards) == sorted((question.id, tag) for question, tag in items)


def test_a_plan_is_deterministic_for_its_seed(app, ana):
    with app.app_context():
        user = db.session.get(User, ana)
        first = plans.build_plan(user, 10, seed=42)
        second = plans.build_plan(user, 10, seed=42)
        other = plans.build_plan(user, 10, seed=43)
        db.session.commit()
        ids = [[i.question_id for i in s.items] for s in (first, second, other)]
        assert first.seed == 42
        assert ids[0] == ids[1]
        assert ids[0] != ids[2]


def test_hidden_questions_never_join_a_plan(app, ana):
    with app.app_context():
        structure = db.session.scalars(
            sa.select(Question.id).where(Question.tags.like("%answer_structure%"))
        ).all()
        for question_id in structure[1:]:
            helpers.hide_question(ana, question_id)
        user = db.session.get(User, ana)
        practice_set = plans.build_plan(user, 8, seed=1)
        chosen = {item.question_id for item in practice_set.items}
        assert chosen.isdisjoint(structure[1:])


@pytest.mark.parametrize("size", ["2", "21", "", "eight"])
def test_a_plan_size_outside_3_to_20_is_refused(auth, app, ana, size):
    auth.login(create=False)
    response = auth.client.post("/plan/build", data={"size": size})
    assert response.status_code == 400
    assert "Choose between 3 and 20 questions." in response.text
    with app.app_context():
        assert helpers.row_counts()["practice_sets"] == 0


def test_without_priorities_the_plan_says_what_to_do(auth, app):
    with app.app_context():
        helpers.load_bank()
    auth.login()
    response = auth.client.post("/plan/build", data={"size": "8"}, follow_redirects=True)
    assert "You have no priorities to practise yet" in response.text
    with app.app_context():
        assert helpers.row_counts()["practice_sets"] == 0


def test_swap_replaces_one_question_on_the_same_weakness(auth, app, ana):
    auth.login(create=False)
    auth.client.post("/plan/build", data={"size": "8"})
    with app.app_context():
        before = latest_items()
        set_id = db.session.scalar(sa.select(sa.func.max(PracticeSet.id)))
        item_id = helpers.set_item_ids(set_id)[0]
    response = auth.client.post(f"/plan/items/{item_id}/swap", follow_redirects=True)
    assert "Swapped in another question on" in response.text
    with app.app_context():
        after = latest_items()
        assert after[0][1] == before[0][1]
        assert after[0][0].id != before[0][0].id
        assert after[0][0].id not in {q.id for q, _tag in before}
        assert [q.id for q, _t in after[1:]] == [q.id for q, _t in before[1:]]
        assert len({q.id for q, _t in after}) == 8
        # the new question is due in the drill; the unpractised old one left it
        due = set(db.session.scalars(sa.select(ReviewCard.question_id)))
        assert after[0][0].id in due and before[0][0].id not in due


def test_swap_with_nothing_left_says_so(auth, app):
    with app.app_context():
        user_id = helpers.create_user()
        only = helpers.create_question(text="The only one?", tags=("rapport",))
        set_id = helpers.create_practice_set(user_id, [(only, "rapport")])
        item_id = helpers.set_item_ids(set_id)[0]
    auth.login(create=False)
    response = auth.client.post(f"/plan/items/{item_id}/swap", follow_redirects=True)
    assert "No other question on Rapport is left to swap in." in response.text


def test_build_a_set_from_chosen_tags_and_stage(auth, app, ana):
    auth.login(create=False)
    response = auth.client.post(
        "/plan/build-by-tags",
        data={"tags": ["teamwork", "leadership"], "stage": "panel", "size": "6"},
        follow_redirects=True,
    )
    assert "Your set is ready" in response.text
    with app.app_context():
        items = latest_items()
        assert items
        for question, tag in items:
            assert tag in ("teamwork", "leadership")
            assert "panel" in question.stage_list
        assert db.session.scalar(sa.select(PracticeSet.stage)) == "panel"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"size": "8"}, "Choose at least one skill."),
        ({"tags": ["salary_expectations"], "size": "8"}, "not something practice can change"),
        ({"tags": ["teamwork"], "stage": "lunch", "size": "8"}, "Choose one of the stages."),
        ({"tags": ["teamwork"], "size": "50"}, "Choose between 3 and 20 questions."),
    ],
)
def test_bad_tag_set_input_gets_a_clear_message(auth, app, ana, data, message):
    auth.login(create=False)
    response = auth.client.post("/plan/build-by-tags", data=data)
    assert response.status_code == 400
    assert message in response.text
    with app.app_context():
        assert helpers.row_counts()["practice_sets"] == 0


def test_the_plan_page_shows_the_latest_set_and_earlier_ones(auth, app, ana):
    auth.login(create=False)
    auth.client.post("/plan/build-by-tags", data={"tags": ["rapport"], "size": "3"})
    auth.client.post("/plan/build", data={"size": "5"})
    page = auth.client.get("/plan").text
    assert "From your priorities" in page and "5 questions" in page
    assert "Earlier sets" in page and "Rapport" in page
    with app.app_context():
        first = db.session.scalar(sa.select(sa.func.min(PracticeSet.id)))
    assert "Practice set" in auth.client.get(f"/plan/sets/{first}").text


def test_development_plan_actions_add_edit_toggle_delete(auth, app, ana):
    auth.login(create=False)
    page = auth.client.get("/plan").text
    assert "New action for Answer structure" in page
    assert "New action for Experience gap" not in page
    response = auth.client.post(
        "/plan/actions",
        data={
            "tag": "answer_structure",
            "text": "Book a **coaching** session",
            "target_date": "2025-04-01",
        },
        follow_redirects=True,
    )
    assert "Action added" in response.text
    assert "<strong>coaching</strong>" in response.text and "By 1 Apr 2025" in response.text
    with app.app_context():
        action_id = db.session.scalar(sa.select(PlanAction.id))
    response = auth.client.post(
        f"/plan/actions/{action_id}/edit",
        data={"tag": "answer_structure", "text": "Two coaching sessions", "target_date": ""},
        follow_redirects=True,
    )
    assert "Two coaching sessions" in response.text and "No target date" in response.text
    response = auth.client.post(f"/plan/actions/{action_id}/toggle", follow_redirects=True)
    assert "Marked as done." in response.text
    with app.app_context():
        assert db.session.get(PlanAction, action_id).done is True
    auth.client.post(f"/plan/actions/{action_id}/toggle")
    with app.app_context():
        assert db.session.get(PlanAction, action_id).done is False
    response = auth.client.post(f"/plan/actions/{action_id}/delete", follow_redirects=True)
    assert "Action deleted." in response.text
    with app.app_context():
        assert helpers.row_counts()["plan_actions"] == 0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"tag": "answer_structure", "text": " "}, "Describe the action"),
        ({"tag": "answer_structure", "text": "Go", "target_date": "soon"}, "YYYY-MM-DD"),
        ({"tag": "juggling", "text": "Go"}, "Choose one of your priorities"),
    ],
)
def test_bad_action_input_gets_a_clear_message(auth, app, ana, data, message):
    auth.login(create=False)
    response = auth.client.post("/plan/actions", data=data)
    assert response.status_code == 400
    assert message in response.text
    with app.app_context():
        assert helpers.row_counts()["plan_actions"] == 0


def test_an_action_markdown_cannot_carry_script(auth, app, ana):
    with app.app_context():
        helpers.create_plan_action(ana, text="<script>alert(1)</script> [x](javascript:alert(1))")
    auth.login(create=False)
    page = auth.client.get("/plan").text
    assert "<script>alert" not in page and "javascript:" not in page


def test_with_every_question_hidden_the_plan_says_what_to_do(auth, app):
    with app.app_context():
        user_id = helpers.create_user()
        helpers.create_feedback(user_id, findings=[("rapport", "confirmed")])
        helpers.hide_question(user_id, helpers.create_question(text="Only?", tags=("rapport",)))
    auth.login(create=False)
    response = auth.client.post("/plan/build", data={"size": "3"}, follow_redirects=True)
    assert "No question is left to practise" in response.text
    with app.app_context():
        assert helpers.row_counts()["practice_sets"] == 0
