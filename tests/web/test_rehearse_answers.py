"""Rehearsing a question: the page and its timers, drafts, the preview, saving an answer."""

import html

import pytest
import sqlalchemy as sa

from coach.extensions import db
from coach.rehearse.forms import MAX_ANSWER_CHARS
from coach.rehearse.models import Attempt, Draft
from tests import helpers

LONG_ANSWER = " ".join([helpers.ANSWER] * 40)  # about 1,500 words: too long to lose
NUL_MESSAGE = "This text contains a NUL character"


@pytest.fixture
def ana(app):
    """Ana, a bank question with guidance, and Bob's own question."""
    with app.app_context():
        user_id = helpers.create_user()
        question = helpers.create_question(
            text="Tell me about a project you rescued.",
            listen_for="A clear situation\nA result with a number",
            outline="Say what was failing, what you changed and what it saved.",
        )
        bob = helpers.create_user("bob@example.com", display_name="Bob")
        bobs_question = helpers.create_question(bob, text="Bob's private question?")
    return {"user": user_id, "question": question, "bobs_question": bobs_question}


def attempts_of(user_id: int) -> list[Attempt]:
    db.session.expire_all()
    return list(db.session.scalars(sa.select(Attempt).where(Attempt.user_id == user_id)))


def draft_text(user_id: int, question_id: int) -> str | None:
    db.session.expire_all()
    return db.session.scalar(
        sa.select(Draft.text).where(Draft.user_id == user_id, Draft.question_id == question_id)
    )


def textarea(page: str) -> str:
    """The unescaped contents of the answer textarea."""
    start = page.index('name="text"')
    body = page[page.index(">", start) + 1 : page.index("</textarea>", start)]
    return html.unescape(body).lstrip("\r\n")


# The page


def test_the_page_shows_the_question_with_its_guidance_folded(auth, ana):
    auth.login(create=False)
    page = auth.client.get(f"/questions/{ana['question']}/rehearse").text
    assert '<h1 class="question-heading">Tell me about a project you rescued.</h1>' in page
    guidance = page[page.index('<details class="guidance">') : page.index("</details>")]
    assert "<details" in guidance and " open" not in guidance.split(">")[0]
    assert "<li>A result with a number</li>" in guidance
    assert "Say what was failing, what you changed and what it saved." in guidance
    assert 'action="/questions/{}/attempts"'.format(ana["question"]) in page


def test_the_timers_default_to_thirty_seconds_and_two_minutes(auth, ana):
    auth.login(create=False)
    page = auth.client.get(f"/questions/{ana['question']}/rehearse").text
    assert 'data-think-seconds="30" data-answer-seconds="120"' in page
    assert "30 s to think, then 2 min to answer." in page
    assert 'name="target_seconds" type="hidden" value="120"' in page


def test_the_timers_follow_the_query_string(auth, ana):
    auth.login(create=False)
    page = auth.client.get(f"/questions/{ana['question']}/rehearse?think=10&answer=90").text
    assert 'data-think-seconds="10" data-answer-seconds="90"' in page
    assert "10 s to think, then 1 min 30 s to answer." in page
    assert 'name="target_seconds" type="hidden" value="90"' in page


@pytest.mark.parametrize(
    ("query", "think", "answer", "message"),
    [
        ("think=-5&answer=90", 30, 90, "Choose from 0 to 300 seconds."),
        ("think=10&answer=5000", 10, 120, "Choose from 30 to 900 seconds."),
        ("think=soon&answer=90", 30, 90, "Not a valid integer value. Choose from 0 to 300"),
    ],
)
def test_unusable_timer_values_fall_back_to_the_defaults_with_a_message(
    auth, ana, query, think, answer, message
):
    auth.login(create=False)
    response = auth.client.get(f"/questions/{ana['question']}/rehearse?{query}")
    assert response.status_code == 200
    assert f'data-think-seconds="{think}" data-answer-seconds="{answer}"' in response.text
    assert f'class="error" id="{"think" if answer == 90 else "answer"}-error">{message}' in (
        response.text
    )


def test_anothers_own_question_cannot_be_rehearsed(auth, ana):
    auth.login(create=False)
    response = auth.client.get(f"/questions/{ana['bobs_question']}/rehearse")
    assert response.status_code == 404
    assert "Bob's private question?" not in response.text


# Drafts


def test_a_draft_saves_and_comes_back_in_the_editor(auth, app, ana):
    auth.login(create=False)
    url = f"/questions/{ana['question']}/draft"
    response = auth.client.post(url, json={"text": "Last spring <our> checkout failed"})
    assert response.status_code == 200
    saved_at = response.get_json()["saved_at"]
    assert saved_at.endswith("+00:00") and saved_at[:4].isdigit()
    with app.app_context():
        assert draft_text(ana["user"], ana["question"]) == "Last spring <our> checkout failed"
    page = auth.client.get(f"/questions/{ana['question']}/rehearse").text
    assert textarea(page) == "Last spring <our> checkout failed"
    assert f'data-autosave-saved-at="{saved_at.removesuffix("+00:00")}' in page
    # saving again replaces the draft rather than adding one
    auth.client.post(url, json={"text": "Second version"})
    with app.app_context():
        assert draft_text(ana["user"], ana["question"]) == "Second version"
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Draft)) == 1


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"data": {"text": "Sent as a form"}},
        {"data": "not json at all", "content_type": "application/json"},
        {"json": ["a list, not an object"]},
        {"json": {"text": 42}},
        {"json": {"text": "x" * (MAX_ANSWER_CHARS + 1)}},
        {"json": {"text": "pasted\x00from a PDF"}},
    ],
    ids=["form", "garbled", "list", "number", "oversized", "nul"],
)
def test_a_bad_draft_is_refused_and_the_old_one_kept(auth, app, ana, request_kwargs):
    with app.app_context():
        helpers.create_draft(ana["user"], ana["question"], "My good draft")
    auth.login(create=False)
    response = auth.client.post(f"/questions/{ana['question']}/draft", **request_kwargs)
    assert response.status_code == 400
    with app.app_context():
        assert draft_text(ana["user"], ana["question"]) == "My good draft"
    page = auth.client.get(f"/questions/{ana['question']}/rehearse").text
    assert textarea(page) == "My good draft"


def test_a_draft_for_anothers_own_question_answers_404(auth, app, ana):
    auth.login(create=False)
    response = auth.client.post(f"/questions/{ana['bobs_question']}/draft", json={"text": "Hi"})
    assert response.status_code == 404
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Draft)) == 0


# Preview


def test_the_preview_renders_markdown_without_scripts_or_javascript_links(auth, ana):
    auth.login(create=False)
    text = (
        "I **rewrote** the retry logic.\n\n"
        "<script>alert('x')</script>\n\n"
        "[the report](javascript:alert(1)) and [the blog](https://example.com/post)"
    )
    response = auth.client.post("/preview", json={"text": text})
    assert response.status_code == 200
    preview = response.get_json()["html"]
    assert "<strong>rewrote</strong>" in preview
    assert "<script" not in preview and "javascript:" not in preview
    assert 'href="https://example.com/post"' in preview


def test_the_preview_refuses_text_that_is_not_json(auth, ana):
    auth.login(create=False)
    assert auth.client.post("/preview", data={"text": "**hi**"}).status_code == 400


# Saving an answer


def test_saving_a_typed_answer_shows_its_analysis(auth, app, ana):
    with app.app_context():
        helpers.create_draft(ana["user"], ana["question"], "A draft in progress")
    auth.login(create=False)
    response = auth.client.post(
        f"/questions/{ana['question']}/attempts",
        data={"text": helpers.ANSWER, "answer_seconds": "75.4", "target_seconds": "90"},
    )
    with app.app_context():
        (attempt,) = attempts_of(ana["user"])
        attempt_id = attempt.id
        assert attempt.text == helpers.ANSWER
        assert attempt.answer_seconds == pytest.approx(75.4)
        assert attempt.target_seconds == 90
        assert attempt.word_count == 37 and attempt.star_parts == 4
        assert attempt.audio_filename is None
        # the draft was used up
        assert draft_text(ana["user"], ana["question"]) is None
    assert response.status_code == 302
    assert response.headers["Location"] == f"/attempts/{attempt_id}"
    page = auth.client.get(response.headers["Location"]).text
    assert "Answer saved. Read the analysis, then score it." in page
    assert "<q>Last spring our checkout kept failing at a retailer.</q>" in page
    assert "<q>As a result, failed payments fell by 40%.</q>" in page
    assert "Missing" not in page
    assert "What to work on" in page and "too short to show much" in page
    assert "<dt>Words</dt><dd>37</dd>" in page
    # the editor starts empty again
    assert textarea(auth.client.get(f"/questions/{ana['question']}/rehearse").text) == ""


def test_a_weak_answer_shows_its_missing_parts_and_remarks(auth, app, ana):
    auth.login(create=False)
    response = auth.client.post(
        f"/questions/{ana['question']}/attempts",
        data={"text": "Um, I think I basically helped the team, sort of."},
        follow_redirects=True,
    )
    page = response.text
    assert page.count("<strong>Missing</strong>") == 3
    assert "No situation: say when and where this happened" in page
    assert "No result: say what changed, and by how much" in page
    assert "“um” × 1" in page


def test_an_empty_answer_without_a_recording_is_refused(auth, app, ana):
    with app.app_context():
        helpers.create_draft(ana["user"], ana["question"], "Keep me")
    auth.login(create=False)
    response = auth.client.post(f"/questions/{ana['question']}/attempts", data={"text": "   "})
    assert response.status_code == 400
    assert "Type your answer, or record it, before saving." in response.text
    with app.app_context():
        assert attempts_of(ana["user"]) == []
        assert draft_text(ana["user"], ana["question"]) == "Keep me"


def test_an_answer_with_a_nul_character_is_refused_with_a_clear_message(auth, app, ana):
    auth.login(create=False)
    response = auth.client.post(
        f"/questions/{ana['question']}/attempts", data={"text": "Last spring\x00 we shipped"}
    )
    assert response.status_code == 400
    assert NUL_MESSAGE in response.text
    with app.app_context():
        assert attempts_of(ana["user"]) == []


def test_an_answer_to_anothers_own_question_answers_404(auth, app, ana):
    auth.login(create=False)
    response = auth.client.post(
        f"/questions/{ana['bobs_question']}/attempts", data={"text": helpers.ANSWER}
    )
    assert response.status_code == 404
    with app.app_context():
        assert attempts_of(ana["user"]) == []


# An expired security token


@pytest.fixture
def csrf_app(make_app):
    """An app that checks CSRF tokens, with Ana logged in and a question to answer."""
    app = make_app(WTF_CSRF_ENABLED=True)
    client = app.test_client()
    with app.app_context():
        user_id = helpers.create_user()
        question = helpers.create_question(text="Tell me about a hard deadline.")
    token = helpers.csrf_token(client.get("/login").text)
    client.post(
        "/login",
        data={"email": "ana@example.com", "password": helpers.PASSWORD, "csrf_token": token},
    )
    assert client.get("/account").status_code == 200
    return app, client, user_id, question


@pytest.mark.parametrize("token", [None, "expired-or-forged-token"])
def test_an_answer_with_an_expired_token_comes_back_with_its_text(csrf_app, token):
    app, client, user_id, question = csrf_app
    data = {"text": LONG_ANSWER, "target_seconds": "90"}
    if token:
        data["csrf_token"] = token
    response = client.post(f"/questions/{question}/attempts", data=data)
    assert response.status_code == 400
    assert "security token expired, so nothing was saved" in response.text
    assert textarea(response.text) == LONG_ANSWER
    assert 'name="target_seconds" type="hidden" value="90"' in response.text
    with app.app_context():
        assert attempts_of(user_id) == []
    # the page it returns carries a fresh token that saves the same answer
    data["csrf_token"] = helpers.csrf_token(response.text)
    saved = client.post(f"/questions/{question}/attempts", data=data)
    assert saved.status_code == 302
    with app.app_context():
        (attempt,) = attempts_of(user_id)
        assert attempt.text == LONG_ANSWER


def test_an_expired_token_on_anothers_question_reveals_nothing(csrf_app):
    app, client, user_id, _question = csrf_app
    with app.app_context():
        bob = helpers.create_user("bob@example.com", display_name="Bob")
        bobs_question = helpers.create_question(bob, text="Bob's private question?")
    response = client.post(f"/questions/{bobs_question}/attempts", data={"text": "Hi"})
    assert response.status_code == 400
    assert "security token" in response.text
    assert "Bob's private question?" not in response.text
    with app.app_context():
        assert attempts_of(user_id) == []


def test_a_draft_with_an_expired_token_answers_json(csrf_app):
    app, client, user_id, question = csrf_app
    url = f"/questions/{question}/draft"
    response = client.post(url, json={"text": "Typed before lunch"})
    assert response.status_code == 400
    assert response.get_json() == {"error": "The page has expired: reload it to carry on."}
    response = client.post(url, json={"text": "Typed"}, headers={"X-CSRFToken": "forged"})
    assert response.status_code == 400 and "error" in response.get_json()
    with app.app_context():
        assert draft_text(user_id, question) is None
    # with the page's token the same request saves
    token = helpers.csrf_token(client.get(f"/questions/{question}/rehearse").text)
    response = client.post(url, json={"text": "Typed"}, headers={"X-CSRFToken": token})
    assert response.status_code == 200
    with app.app_context():
        assert draft_text(user_id, question) == "Typed"
