"""Mock interviews: questions from a practice set or the priorities, answered one after
another without guidance, skipped or ended, then a summary of every answer."""

import re
from datetime import date

import pytest
import sqlalchemy as sa

from coach.extensions import db
from coach.rehearse.models import Attempt, MockInterview, MockItem
from tests import helpers

QUESTIONS = (
    "Tell me about a deadline you nearly missed.",
    "Describe a conflict in your team.",
    "When did you change your mind?",
)


@pytest.fixture
def ana(app):
    """Ana with a practice set of three bank questions that have guidance."""
    with app.app_context():
        user_id = helpers.create_user()
        questions = [
            helpers.create_question(
                text=text, outline="Open with the stakes.", tags=("answer_structure",)
            )
            for text in QUESTIONS
        ]
        practice_set = helpers.create_practice_set(
            user_id, [(q, "answer_structure") for q in questions]
        )
    return {"user": user_id, "questions": questions, "practice_set": practice_set}


def start(client, source, size: int = 3, think: int = 10, answer: int = 60):
    return client.post(
        "/mock", data={"source": str(source), "size": size, "think": think, "answer": answer}
    )


def mock_id_of(response) -> int:
    assert response.status_code == 302, response.text
    match = re.fullmatch(r"/mock/(\d+)", response.headers["Location"])
    assert match, response.headers["Location"]
    return int(match.group(1))


def items_of(mock_id: int) -> list[MockItem]:
    db.session.expire_all()
    return list(
        db.session.scalars(
            sa.select(MockItem).where(MockItem.mock_id == mock_id).order_by(MockItem.position)
        )
    )


def attempts_of(user_id: int) -> list[Attempt]:
    db.session.expire_all()
    return list(
        db.session.scalars(
            sa.select(Attempt).where(Attempt.user_id == user_id).order_by(Attempt.id)
        )
    )


def answer(client, mock_id: int, item_id: int, text: str = helpers.ANSWER, seconds="75"):
    return client.post(
        f"/mock/{mock_id}/items/{item_id}/answer", data={"text": text, "answer_seconds": seconds}
    )


def test_the_start_page_offers_priorities_and_practice_sets(auth, ana):
    auth.login(create=False)
    page = auth.client.get("/mock").text
    assert '<option value="priorities">My priorities</option>' in page
    assert f'<option value="{ana["practice_set"]}">From your priorities (3 questions)' in page


def test_a_mock_from_a_practice_set_asks_its_questions_in_order(auth, app, ana):
    auth.login(create=False)
    mock_id = mock_id_of(start(auth.client, ana["practice_set"], size=2, think=15, answer=90))
    with app.app_context():
        mock = db.session.get(MockInterview, mock_id)
        assert (mock.think_seconds, mock.answer_seconds) == (15, 90)
        assert mock.title == "From your priorities (3 questions)"
        assert [i.question_id for i in items_of(mock_id)] == ana["questions"][:2]
        first, second = (item.id for item in items_of(mock_id))
    page = auth.client.get(f"/mock/{mock_id}").text
    assert "Mock interview · question 1 of 2" in page
    assert QUESTIONS[0] in page and QUESTIONS[1] not in page
    assert 'data-think-seconds="15" data-answer-seconds="90"' in page
    # as in the room: no guidance, no timer settings
    assert "guidance" not in page and "Open with the stakes." not in page
    assert "Timer settings" not in page
    assert f'action="/mock/{mock_id}/items/{first}/answer"' in page

    response = answer(auth.client, mock_id, first)
    assert response.headers["Location"] == f"/mock/{mock_id}"
    page = auth.client.get(f"/mock/{mock_id}").text
    assert "Mock interview · question 2 of 2" in page and QUESTIONS[1] in page
    assert "Open with the stakes." not in page
    answer(auth.client, mock_id, second, text="Um, I think I sort of helped.", seconds="40")
    # every question answered: the interview is over and shows its summary
    response = auth.client.get(f"/mock/{mock_id}")
    assert response.headers["Location"] == f"/mock/{mock_id}/summary"
    with app.app_context():
        assert db.session.get(MockInterview, mock_id).finished_at is not None
        attempts = attempts_of(ana["user"])
        assert [a.mock_item_id for a in attempts] == [first, second]
        assert [a.target_seconds for a in attempts] == [90, 90]


def test_a_mock_from_the_priorities_picks_questions_on_them(auth, app, ana):
    with app.app_context():
        helpers.create_feedback(
            ana["user"], received_on=date(2025, 3, 3), findings=[("answer_structure", "confirmed")]
        )
    auth.login(create=False)
    mock_id = mock_id_of(start(auth.client, "priorities", size=2))
    with app.app_context():
        items = items_of(mock_id)
        assert len(items) == 2
        assert {i.question_id for i in items} <= set(ana["questions"])
        assert {i.tag for i in items} == {"answer_structure"}
        assert db.session.get(MockInterview, mock_id).title == "My priorities"
    page = auth.client.get(f"/mock/{mock_id}").text
    assert "question 1 of 2" in page and "trains Answer structure" in page


def test_a_mock_from_the_priorities_needs_priorities(auth, app, ana):
    auth.login(create=False)
    response = start(auth.client, "priorities")
    assert response.status_code == 400
    assert "You have no priorities yet: debrief a rejection first" in response.text
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(MockInterview)) == 0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"size": "0"}, "Choose from 1 to 10 questions."),
        ({"size": "11"}, "Choose from 1 to 10 questions."),
        ({"source": "999999"}, "Choose your priorities or one of your practice sets."),
        ({"answer": "5"}, "Choose from 30 to 900 seconds."),
    ],
)
def test_a_mock_with_bad_settings_is_not_started(auth, app, ana, data, message):
    auth.login(create=False)
    form = {"source": str(ana["practice_set"]), "size": "3", "think": "10", "answer": "60"}
    response = auth.client.post("/mock", data={**form, **data})
    assert response.status_code == 400
    assert message in response.text
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(MockInterview)) == 0


def test_skipping_moves_on_and_the_summary_says_so(auth, app, ana):
    auth.login(create=False)
    mock_id = mock_id_of(start(auth.client, ana["practice_set"], size=2))
    with app.app_context():
        first, second = (item.id for item in items_of(mock_id))
    response = auth.client.post(f"/mock/{mock_id}/items/{first}/skip", follow_redirects=True)
    assert "question 2 of 2" in response.text and QUESTIONS[1] in response.text
    answer(auth.client, mock_id, second)
    page = auth.client.get(f"/mock/{mock_id}/summary").text
    assert "1 of 2 questions answered" in page
    assert '<td colspan="4">Skipped</td>' in page
    with app.app_context():
        assert [i.skipped for i in items_of(mock_id)] == [True, False]
        assert [a.mock_item_id for a in attempts_of(ana["user"])] == [second]


def test_ending_now_leaves_the_rest_unanswered(auth, app, ana):
    auth.login(create=False)
    mock_id = mock_id_of(start(auth.client, ana["practice_set"]))
    with app.app_context():
        first, *_rest = (item.id for item in items_of(mock_id))
    answer(auth.client, mock_id, first)
    response = auth.client.post(f"/mock/{mock_id}/end")
    assert response.headers["Location"] == f"/mock/{mock_id}/summary"
    page = auth.client.get(response.headers["Location"]).text
    assert "1 of 3 questions answered" in page
    assert page.count('<td colspan="4">Not answered</td>') == 2
    assert "Carry on with the interview" not in page
    # the interview is over: its page goes to the summary
    assert auth.client.get(f"/mock/{mock_id}").headers["Location"] == f"/mock/{mock_id}/summary"
    with app.app_context():
        assert db.session.get(MockInterview, mock_id).finished_at is not None


def test_the_summary_shows_time_speaking_star_parts_and_scores(auth, app, ana):
    auth.login(create=False)
    mock_id = mock_id_of(start(auth.client, ana["practice_set"], size=2))
    with app.app_context():
        first, second = (item.id for item in items_of(mock_id))
    answer(auth.client, mock_id, first, seconds="75")
    answer(auth.client, mock_id, second, text="Um, I think I sort of helped.", seconds="40")
    with app.app_context():
        scored = attempts_of(ana["user"])[0].id
    auth.client.post(
        f"/attempts/{scored}/scores",
        data={"structure": 5, "specificity": 4, "relevance": 5, "conciseness": 4, "confidence": 4},
    )
    page = auth.client.get(f"/mock/{mock_id}/summary").text
    assert "2 of 2 questions answered" in page
    rows = re.findall(r'<th scope="row">(\d)\. ([^<]*)</th>(.*?)</tr>', page, re.S)
    assert [(n, text) for n, text, _cells in rows] == [("1", QUESTIONS[0]), ("2", QUESTIONS[1])]
    cells = [re.findall(r"<td>(.*?)</td>", row, re.S) for _n, _text, row in rows]
    # timer used, speaking time (estimated from the words), STAR parts, score
    assert cells[0] == ["1:15", "0:16", "4 of 4", "4.4"]
    assert cells[1][:3] == ["0:40", "0:03", "1 of 4"]
    assert "Score it" in cells[1][3]
    # each answer with its analysis
    assert "<q>As a result, failed payments fell by 40%.</q>" in page
    assert "No result: say what changed, and by how much" in page


def test_an_unfinished_mock_summary_says_how_far_it_got(auth, app, ana):
    auth.login(create=False)
    mock_id = mock_id_of(start(auth.client, ana["practice_set"]))
    page = auth.client.get(f"/mock/{mock_id}/summary").text
    assert "This mock interview is not finished: here is how far it got." in page
    assert "0 of 3 questions answered" in page
    assert f'href="/mock/{mock_id}">Carry on with the interview' in page


def test_an_answered_question_takes_no_second_answer(auth, app, ana):
    auth.login(create=False)
    mock_id = mock_id_of(start(auth.client, ana["practice_set"]))
    with app.app_context():
        first, *_rest = (item.id for item in items_of(mock_id))
    answer(auth.client, mock_id, first, text="My first and only answer.")
    response = answer(auth.client, mock_id, first, text="Trying to answer again.")
    assert response.headers["Location"] == f"/mock/{mock_id}"
    page = auth.client.get(response.headers["Location"]).text
    assert "That question was already answered in this mock interview." in page
    assert "question 2 of 3" in page
    with app.app_context():
        assert [a.text for a in attempts_of(ana["user"])] == ["My first and only answer."]


def test_a_finished_mock_takes_no_answers_or_skips(auth, app, ana):
    auth.login(create=False)
    mock_id = mock_id_of(start(auth.client, ana["practice_set"], size=2))
    with app.app_context():
        first, second = (item.id for item in items_of(mock_id))
    auth.client.post(f"/mock/{mock_id}/end")
    response = answer(auth.client, mock_id, second)
    assert response.status_code == 302
    assert "already answered" in auth.client.get(f"/mock/{mock_id}/summary").text
    auth.client.post(f"/mock/{mock_id}/items/{first}/skip")
    with app.app_context():
        assert attempts_of(ana["user"]) == []
        assert [i.skipped for i in items_of(mock_id)] == [False, False]


def test_an_empty_mock_answer_is_refused_on_the_same_question(auth, app, ana):
    auth.login(create=False)
    mock_id = mock_id_of(start(auth.client, ana["practice_set"]))
    with app.app_context():
        first, *_rest = (item.id for item in items_of(mock_id))
    response = answer(auth.client, mock_id, first, text="")
    assert response.status_code == 400
    assert "Type your answer, or record it, before saving." in response.text
    assert "question 1 of 3" in response.text and "guidance" not in response.text
    with app.app_context():
        assert attempts_of(ana["user"]) == []


def test_an_item_of_another_mock_is_not_found(auth, app, ana):
    auth.login(create=False)
    mine = mock_id_of(start(auth.client, ana["practice_set"], size=1))
    other = mock_id_of(start(auth.client, ana["practice_set"], size=1))
    with app.app_context():
        (others_item,) = (item.id for item in items_of(other))
    assert answer(auth.client, mine, others_item).status_code == 404
    with app.app_context():
        assert attempts_of(ana["user"]) == []


def test_an_attempt_in_a_mock_links_back_to_it(auth, app, ana):
    auth.login(create=False)
    mock_id = mock_id_of(start(auth.client, ana["practice_set"], size=1))
    with app.app_context():
        (item,) = (i.id for i in items_of(mock_id))
    answer(auth.client, mock_id, item)
    with app.app_context():
        (attempt,) = attempts_of(ana["user"])
        assert attempt.mock_item_id == item
        attempt_id = attempt.id
    page = auth.client.get(f"/attempts/{attempt_id}").text
    assert f'href="/mock/{mock_id}/summary">part of a mock interview</a>' in page
