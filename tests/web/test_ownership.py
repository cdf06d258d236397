"""Every record is looked up through its owner: another user's id answers 404, changes nothing.

Each feature adds the URLs of the records it owns to OWNED_URLS.
"""

from pathlib import Path

import pytest
from flask import current_app

from tests import helpers

APPLICATION_FORM = {"company": "Mine now", "outcome": "offer", "applied_on": "2025-03-01"}
STAGE_FORM = {"kind": "final", "self_rating": "5", "held_on": "2025-03-20"}
FEEDBACK_FORM = {"source_kind": "self", "received_on": "2025-03-14", "text": "Rewritten."}
QUESTION_FORM = {"text": "Mine now?", "tags": "leadership", "source": ""}
ACTION_FORM = {"tag": "leadership", "text": "Mine now"}
ANSWER_FORM = {"text": "Mine now", "answer_seconds": "60"}
SCORE_FORM = dict.fromkeys(
    ("structure", "specificity", "relevance", "conciseness", "confidence"), "5"
)


class Json(dict):
    """A request body sent as JSON rather than as a form."""


# (method, URL with the ids of bobs_records in braces, form data or a Json body)
OWNED_URLS = [
    ("GET", "/applications/{application}", None),
    ("GET", "/applications/{application}/edit", None),
    ("POST", "/applications/{application}/edit", APPLICATION_FORM),
    ("GET", "/applications/{application}/delete", None),
    ("POST", "/applications/{application}/delete", {}),
    ("GET", "/applications/{application}/stages/new", None),
    ("POST", "/applications/{application}/stages/new", STAGE_FORM),
    ("GET", "/stages/{stage}/edit", None),
    ("POST", "/stages/{stage}/edit", STAGE_FORM),
    ("GET", "/stages/{stage}/delete", None),
    ("POST", "/stages/{stage}/delete", {}),
    ("GET", "/feedback/{feedback}", None),
    ("GET", "/feedback/{feedback}/edit", None),
    ("POST", "/feedback/{feedback}/edit", FEEDBACK_FORM),
    ("GET", "/feedback/{feedback}/delete", None),
    ("POST", "/feedback/{feedback}/delete", {}),
    ("POST", "/feedback/{feedback}/findings", {"tag": "leadership"}),
    ("POST", "/findings/{finding}/confirm", {}),
    ("POST", "/findings/{finding}/remove", {}),
    ("POST", "/findings/{finding}/flip", {}),
    # practice: own questions, sets, plan actions and review cards
    ("GET", "/questions/{question}", None),
    ("GET", "/questions/{question}/edit", None),
    ("POST", "/questions/{question}/edit", QUESTION_FORM),
    ("GET", "/questions/{question}/delete", None),
    ("POST", "/questions/{question}/delete", {}),
    ("POST", "/questions/{question}/hide", {}),
    ("POST", "/questions/{question}/unhide", {}),
    ("GET", "/plan/sets/{practice_set}", None),
    ("POST", "/plan/items/{set_item}/swap", {}),
    ("GET", "/plan/actions/{action}/edit", None),
    ("POST", "/plan/actions/{action}/edit", ACTION_FORM),
    ("POST", "/plan/actions/{action}/toggle", {}),
    ("POST", "/plan/actions/{action}/delete", {}),
    ("POST", "/drill/cards/{card}/grade", {"grade": "good"}),
    # rehearse: attempts with their recordings, drafts and mock interviews
    ("GET", "/attempts/{attempt}", None),
    ("POST", "/attempts/{attempt}/scores", SCORE_FORM),
    ("POST", "/attempts/{attempt}/text", {"text": "Mine now"}),
    ("GET", "/attempts/{attempt}/audio", None),
    ("POST", "/attempts/{attempt}/audio/delete", {}),
    ("GET", "/attempts/{attempt}/delete", None),
    ("POST", "/attempts/{attempt}/delete", {}),
    ("GET", "/questions/{question}/history", None),
    ("GET", "/questions/{question}/rehearse", None),
    ("POST", "/questions/{question}/draft", Json(text="Mine now")),
    ("POST", "/questions/{question}/attempts", ANSWER_FORM),
    ("GET", "/mock/{mock}", None),
    ("GET", "/mock/{mock}/summary", None),
    ("POST", "/mock/{mock}/items/{mock_item}/answer", ANSWER_FORM),
    ("POST", "/mock/{mock}/items/{mock_item}/skip", {}),
    ("POST", "/mock/{mock}/end", {}),
]


def snapshot() -> dict[str, list[tuple]]:
    """Every row of every table and every uploaded file, to prove a request changed nothing."""
    rows = helpers.table_rows()
    uploads = Path(current_app.config["UPLOAD_FOLDER"])
    rows["files"] = sorted((str(p), p.stat().st_size) for p in uploads.rglob("*") if p.is_file())
    return rows


@pytest.fixture
def bobs_records(app):
    """Bob owns one record of every kind; returns their ids by kind."""
    with app.app_context():
        bob = helpers.create_user("bob@example.com", display_name="Bob")
        application = helpers.create_application(bob, company="Bob's company")
        stage = helpers.create_stage(application)
        feedback = helpers.create_feedback(
            bob,
            application_id=application,
            stage_id=stage,
            findings=[("answer_structure", "proposed", "Bob rambled")],
        )
        finding = helpers.finding_ids(feedback)["answer_structure"]
        question = helpers.create_question(bob, text="Bob's own question?")
        bank_question = helpers.create_question(text="A bank question?", tags=("leadership",))
        practice_set = helpers.create_practice_set(
            bob, [(question, "leadership"), (bank_question, "leadership")]
        )
        set_item = helpers.set_item_ids(practice_set)[0]
        action = helpers.create_plan_action(bob, tag="leadership", text="Bob's action")
        card = helpers.create_review_card(bob, question, tag="leadership")
        # a mock of two questions: the first answered (with a recording), the second open
        mock = helpers.create_mock(bob, [question, bank_question])
        answered_item, mock_item = helpers.mock_item_ids(mock)
        attempt = helpers.create_attempt(
            bob, question, audio=helpers.wav_bytes(), mock_item_id=answered_item
        )
        helpers.create_draft(bob, question, "Bob's draft")
    return {
        "application": application,
        "stage": stage,
        "feedback": feedback,
        "finding": finding,
        "question": question,
        "practice_set": practice_set,
        "set_item": set_item,
        "action": action,
        "card": card,
        "attempt": attempt,
        "mock": mock,
        "mock_item": mock_item,
    }


def send(client, method: str, url: str, data):
    """Send a request with its form data, or its JSON body."""
    if isinstance(data, Json):
        return client.open(url, method=method, json=dict(data))
    return client.open(url, method=method, data=data)


@pytest.mark.parametrize(("method", "url", "data"), OWNED_URLS)
def test_another_users_record_answers_404_and_stays_unchanged(
    app, auth, bobs_records, method, url, data
):
    auth.login()  # Ana
    with app.app_context():
        before = snapshot()
    response = send(auth.client, method, url.format(**bobs_records), data)
    assert response.status_code == 404
    assert "There is nothing here" in response.text
    assert "Bob" not in response.text
    with app.app_context():
        assert snapshot() == before


def test_the_owner_reaches_every_listed_url(app, auth, bobs_records):
    """The same URLs work for their owner, so the 404s above are about ownership."""
    auth.login("bob@example.com", create=False)
    for method, url, _data in OWNED_URLS:
        if method == "GET":
            with auth.client.get(url.format(**bobs_records)) as response:
                assert response.status_code == 200, url
                response.get_data()  # a recording's file is closed with the response
