"""The reviewer's side of peer review: a link's token becomes a cookie for one invitation,
which opens only the answers shared in it, until the link expires or is revoked."""

import re
from datetime import timedelta

import pytest
import sqlalchemy as sa

from coach.extensions import db
from coach.models import utcnow
from coach.practice.models import DrillLog, ReviewCard
from coach.review.models import Invitation, Review, SharedAttempt
from tests import helpers

LINES = helpers.RUBRIC_LINES
GONE = "This link does not open anything"
UNSHARED = "An answer Ana never shared with anyone."
BOBS = "An answer only Bob and his reviewer may read."
PAYLOAD = (
    "Nice. <img src=x onerror=alert(1)> <script>alert(1)</script> "
    '[click me](javascript:alert(1)) <a href="javascript:alert(2)">raw</a>'
)


@pytest.fixture
def shared(app):
    """Ana shares two answers (one recorded and self-scored) with Sam; she keeps a third to
    herself and has a second invitation; Bob shares one of his with his own reviewer."""
    with app.app_context():
        ana = helpers.create_user("ana@example.com", display_name="Ana")
        question = helpers.create_question(ana, text="Tell me about a deadline you met.")
        other_question = helpers.create_question(ana, text="Why do you want this role?")
        recorded = helpers.create_attempt(
            ana,
            question,
            text="First I planned, then I **shipped** it.",
            audio=helpers.wav_bytes(),
            scores=dict.fromkeys(LINES, 3),
        )
        typed = helpers.create_attempt(ana, other_question, text="Because I love data.")
        unshared = helpers.create_attempt(ana, question, text=UNSHARED, audio=helpers.wav_bytes())
        invitation, token = helpers.create_invitation(
            ana, [recorded, typed], reviewer_name="Sam", note="Listen for my **structure**."
        )
        second_question = helpers.create_question(ana, text="What is your biggest weakness?")
        second_attempt = helpers.create_attempt(
            ana, second_question, text="I over-prepare.", audio=helpers.wav_bytes()
        )
        second, second_token = helpers.create_invitation(ana, [second_attempt], "Kim")
        bob = helpers.create_user("bob@example.com", display_name="Bob")
        bob_question = helpers.create_question(bob, text="Bob's secret question?")
        bob_attempt = helpers.create_attempt(
            bob, bob_question, text=BOBS, audio=helpers.wav_bytes()
        )
        bobs, bobs_token = helpers.create_invitation(bob, [bob_attempt], "Lee")
    return {
        "ana": ana,
        "question": question,
        "recorded": recorded,
        "typed": typed,
        "unshared": unshared,
        "invitation": invitation,
        "token": token,
        "second": second,
        "second_token": second_token,
        "second_attempt": second_attempt,
        "bob": bob,
        "bob_attempt": bob_attempt,
        "bobs": bobs,
        "bobs_token": bobs_token,
    }


@pytest.fixture
def reviewer(app, shared):
    """A browser that opened Sam's link: it holds the cookie of Ana's first invitation."""
    client = app.test_client()
    response = client.get(f"/r/{shared['token']}")
    assert response.status_code == 302
    return client


def review_url(records, attempt_key="recorded", invitation_key="invitation") -> str:
    return f"/review/{records[invitation_key]}/attempts/{records[attempt_key]}"


def score_form(attempt_id: int, comment: str = "", **scores: int) -> dict[str, str]:
    data = {f"a{attempt_id}-comment": comment}
    data.update({f"a{attempt_id}-{line}": str(value) for line, value in scores.items()})
    return data


def set_invitation(app, invitation_id: int, **values) -> None:
    with app.app_context():
        db.session.execute(
            sa.update(Invitation).where(Invitation.id == invitation_id).values(**values)
        )
        db.session.commit()


def reviews(app) -> list[Review]:
    with app.app_context():
        found = list(db.session.scalars(sa.select(Review).order_by(Review.id)))
        db.session.expunge_all()
        return found


# The exchange: token for cookie


def test_the_token_is_exchanged_for_a_cookie_scoped_to_its_invitation(app, shared):
    client = app.test_client()
    response = client.get(f"/r/{shared['token']}")
    assert response.status_code == 302
    location = response.headers["Location"]
    assert location.endswith(f"/review/{shared['invitation']}")
    assert shared["token"] not in location
    cookies = [c for c in response.headers.getlist("Set-Cookie") if c.startswith("coach_review_")]
    assert len(cookies) == 1
    cookie = cookies[0]
    assert cookie.startswith(f"coach_review_{shared['invitation']}=")
    assert f"Path=/review/{shared['invitation']};" in cookie + ";"
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Expires=" in cookie
    assert shared["token"] not in cookie
    assert "Secure" not in cookie  # the default BASE_URL is plain http
    with app.app_context():
        invitation = db.session.get(Invitation, shared["invitation"])
        assert invitation.first_opened_at is not None
        assert invitation.last_opened_at is not None
    page = client.get(location)
    assert page.status_code == 200
    assert shared["token"] not in page.text


def test_the_cookie_is_secure_when_the_site_is_served_over_https(make_app):
    app = make_app(BASE_URL="https://coach.example.org")
    with app.app_context():
        ana = helpers.create_user()
        attempt = helpers.create_attempt(ana, helpers.create_question(ana))
        _invitation, token = helpers.create_invitation(ana, [attempt])
    response = app.test_client().get(f"/r/{token}")
    cookie = next(c for c in response.headers.getlist("Set-Cookie") if "coach_review_" in c)
    assert "Secure" in cookie


def test_the_review_page_shows_what_was_shared_and_nothing_else(app, shared, reviewer):
    response = reviewer.get(f"/review/{shared['invitation']}")
    assert response.status_code == 200
    html = response.text
    assert "Review Ana&#39;s interview answers" in html or "Review Ana's interview answers" in html
    assert "Listen for my <strong>structure</strong>." in html
    assert "Tell me about a deadline you met." in html
    assert "Why do you want this role?" in html
    assert "First I planned, then I <strong>shipped</strong> it." in html
    assert "Because I love data." in html
    audio = f"/review/{shared['invitation']}/attempts/{shared['recorded']}/audio"
    assert f'src="{audio}"' in html
    # nothing else of Ana's: not her email, her other answers, nor the way into the app
    assert "ana@example.com" not in html
    assert UNSHARED not in html
    assert "What is your biggest weakness?" not in html
    assert "Log out" not in html
    assert "Log in" not in html
    for path in ("/applications", "/attempts", "/questions", "/account", "/inbox", "/drill"):
        assert f'href="{path}' not in html
    for url in re.findall(r'(?:href|action|src)="([^"]*)"', html):
        assert url.startswith((f"/review/{shared['invitation']}", "/static/", "#", "data:")), url
    # a form per shared answer, with the five lines and a comment
    for attempt in (shared["recorded"], shared["typed"]):
        assert f'action="/review/{shared["invitation"]}/attempts/{attempt}"' in html
        for line in LINES:
            assert f'name="a{attempt}-{line}"' in html
        assert f'name="a{attempt}-comment"' in html
    assert f'action="/review/{shared["invitation"]}/overall"' in html


def test_the_shared_recording_plays(app, shared, reviewer):
    with reviewer.get(review_url(shared) + "/audio") as response:
        assert response.status_code == 200
        assert response.data[:4] == b"RIFF"


def test_the_review_page_works_on_later_visits_and_records_them(app, shared, reviewer):
    with app.app_context():
        first = db.session.get(Invitation, shared["invitation"]).first_opened_at
    for _ in range(3):
        assert reviewer.get(f"/review/{shared['invitation']}").status_code == 200
    with app.app_context():
        invitation = db.session.get(Invitation, shared["invitation"])
        assert invitation.first_opened_at == first
        assert invitation.last_opened_at >= first


def test_the_link_can_be_opened_again_until_it_expires(app, shared, reviewer):
    again = reviewer.get(f"/r/{shared['token']}")
    assert again.status_code == 302
    another_browser = app.test_client()
    assert another_browser.get(f"/r/{shared['token']}").status_code == 302
    assert another_browser.get(f"/review/{shared['invitation']}").status_code == 200


# Reviews: scores and comments


def test_saving_updating_and_deleting_a_review(app, shared, reviewer):
    url = review_url(shared)
    response = reviewer.post(
        url,
        data=score_form(
            shared["recorded"], "Lead with **the result**.", structure=4, specificity=2
        ),
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith(
        f"/review/{shared['invitation']}#answer-{shared['recorded']}"
    )
    [review] = reviews(app)
    assert (review.invitation_id, review.attempt_id) == (shared["invitation"], shared["recorded"])
    assert review.comment == "Lead with **the result**."
    assert (review.structure, review.specificity, review.relevance) == (4, 2, None)
    page = reviewer.get(f"/review/{shared['invitation']}").text
    assert "your review of that answer is saved" in page
    assert "Lead with **the result**." in page  # back in the form, to edit
    assert f'checked id="a{shared["recorded"]}-structure-3"' in page or re.search(
        rf'<input[^>]*checked[^>]*id="a{shared["recorded"]}-structure-3"', page
    )
    assert "Update my review" in page
    assert f'action="{url}/delete"' in page

    reviewer.post(
        url, data=score_form(shared["recorded"], "Better: lead with the result.", structure=5)
    )
    [review] = reviews(app)
    assert review.comment == "Better: lead with the result."
    assert (review.structure, review.specificity) == (5, None)

    response = reviewer.post(url + "/delete")
    assert response.status_code == 302
    assert reviews(app) == []
    page = reviewer.get(f"/review/{shared['invitation']}").text
    assert "Your review of that answer is deleted." in page
    assert f'action="{url}/delete"' not in page
    # deleting again changes nothing and fails quietly
    assert reviewer.post(url + "/delete").status_code == 302


def test_a_comment_alone_or_scores_alone_are_enough(app, shared, reviewer):
    assert (
        reviewer.post(
            review_url(shared), data=score_form(shared["recorded"], "Only words.")
        ).status_code
        == 302
    )
    assert (
        reviewer.post(
            review_url(shared, "typed"), data=score_form(shared["typed"], confidence=2)
        ).status_code
        == 302
    )
    found = {review.attempt_id: review for review in reviews(app)}
    assert found[shared["recorded"]].comment == "Only words."
    assert found[shared["recorded"]].structure is None
    assert found[shared["typed"]].comment == ""
    assert found[shared["typed"]].confidence == 2


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Score at least one line or write a comment."),
        ({"comment": "   \n  "}, "Score at least one line or write a comment."),
        ({"comment": "Good\x00 answer"}, "NUL character"),
        ({"comment": "x" * 5001}, "Keep the comment under 5,000 characters."),
        ({"comment": "Fine", "structure": "7"}, "Not a valid choice"),
        ({"comment": "Fine", "structure": "abc"}, "Not a valid choice"),
    ],
)
def test_an_invalid_review_is_refused_with_a_message(app, shared, reviewer, data, message):
    attempt = shared["recorded"]
    form = {f"a{attempt}-{key}": value for key, value in data.items()}
    with app.app_context():
        before = helpers.table_rows()
    response = reviewer.post(review_url(shared), data=form)
    assert response.status_code == 400
    assert message in response.text
    assert "ana@example.com" not in response.text
    with app.app_context():
        assert helpers.table_rows() == before


def test_the_overall_comment_is_saved_changed_and_removed(app, shared, reviewer):
    url = f"/review/{shared['invitation']}/overall"
    response = reviewer.post(url, data={"comment": "Work on *endings*."})
    assert response.status_code == 302
    with app.app_context():
        invitation = db.session.get(Invitation, shared["invitation"])
        assert invitation.overall_comment == "Work on *endings*."
        assert invitation.overall_updated_at is not None
    page = reviewer.get(f"/review/{shared['invitation']}").text
    assert "Your overall comment is saved." in page
    assert "Work on *endings*." in page
    reviewer.post(url, data={"comment": "Work on openings."})
    with app.app_context():
        assert (
            db.session.get(Invitation, shared["invitation"]).overall_comment == "Work on openings."
        )
    reviewer.post(url, data={"comment": ""})
    with app.app_context():
        assert db.session.get(Invitation, shared["invitation"]).overall_comment == ""
    assert "Overall comment removed." in reviewer.get(f"/review/{shared['invitation']}").text


def test_an_overall_comment_with_nul_is_refused(app, shared, reviewer):
    response = reviewer.post(f"/review/{shared['invitation']}/overall", data={"comment": "a\x00b"})
    assert response.status_code == 400
    assert "NUL character" in response.text
    with app.app_context():
        assert db.session.get(Invitation, shared["invitation"]).overall_comment == ""


def test_markdown_in_comments_is_sanitised_wherever_it_is_shown(app, auth, shared, reviewer):
    reviewer.post(review_url(shared), data=score_form(shared["recorded"], PAYLOAD, structure=4))
    reviewer.post(f"/review/{shared['invitation']}/overall", data={"comment": PAYLOAD})
    reviewer_page = reviewer.get(f"/review/{shared['invitation']}").text
    # the reviewer's own text comes back escaped in the form
    assert "<script>alert" not in reviewer_page
    assert "<img" not in reviewer_page
    assert 'href="javascript' not in reviewer_page
    auth.login(create=False)
    for url in (
        "/inbox",
        f"/attempts/{shared['recorded']}",
        f"/invitations/{shared['invitation']}",
    ):
        html = auth.client.get(url).text
        assert "Nice." in html, url
        assert "<script>alert" not in html, url
        assert "<img" not in html, url
        assert "onerror" not in html, url
        assert "javascript:" not in html, url


def test_a_reviewers_scores_grade_the_owners_drill_once(app, shared, reviewer):
    with app.app_context():
        before = db.session.scalar(sa.select(sa.func.count()).select_from(DrillLog))
    form = score_form(shared["recorded"], "Good.", **dict.fromkeys(LINES, 5))
    reviewer.post(review_url(shared), data=form)
    reviewer.post(
        review_url(shared), data=score_form(shared["recorded"], "Fine.", **dict.fromkeys(LINES, 1))
    )
    reviewer.post(review_url(shared, "typed"), data=score_form(shared["typed"], "Words only."))
    with app.app_context():
        logs = list(db.session.scalars(sa.select(DrillLog).where(DrillLog.origin == "review")))
        assert len(logs) == 1
        assert db.session.scalar(sa.select(sa.func.count()).select_from(DrillLog)) == before + 1
        log = logs[0]
        assert (log.user_id, log.question_id) == (shared["ana"], shared["question"])
        assert log.grade == "easy"
        card = db.session.scalar(
            sa.select(ReviewCard).where(
                ReviewCard.user_id == shared["ana"], ReviewCard.question_id == shared["question"]
            )
        )
        assert card is not None and card.last_review is not None
    [review, _typed] = sorted(reviews(app), key=lambda r: r.attempt_id != shared["recorded"])
    assert review.grade == "easy"


def test_a_review_deleted_and_written_again_does_not_grade_the_drill_twice(app, shared, reviewer):
    form = score_form(shared["recorded"], "Good.", **dict.fromkeys(LINES, 5))
    reviewer.post(review_url(shared), data=form)
    assert reviewer.post(review_url(shared) + "/delete").status_code == 302
    assert reviews(app) == []
    reviewer.post(
        review_url(shared), data=score_form(shared["recorded"], "Again.", **dict.fromkeys(LINES, 1))
    )
    with app.app_context():
        logs = list(db.session.scalars(sa.select(DrillLog).where(DrillLog.origin == "review")))
        assert [log.grade for log in logs] == ["easy"]
        item = db.session.scalar(
            sa.select(SharedAttempt).where(SharedAttempt.attempt_id == shared["recorded"])
        )
        assert item is not None and item.graded_at is not None
    [review] = reviews(app)
    assert (review.comment, review.grade) == ("Again.", "again")


# Links that open nothing


def assert_gone(response) -> None:
    assert response.status_code == 404
    assert GONE in response.text
    assert "Ask the person who sent it for a new one." in response.text
    for secret in ("Tell me about a deadline", "First I planned", "Ana", "ana@example.com", "Sam"):
        assert secret not in response.text


@pytest.mark.parametrize("token", ["wrong", "x" * 43, "a-b_c" * 9])
def test_a_wrong_token_answers_a_helpful_404(app, shared, token):
    response = app.test_client().get(f"/r/{token}")
    assert_gone(response)
    assert not any("coach_review_" in c for c in response.headers.getlist("Set-Cookie"))


def test_a_truncated_or_extended_token_answers_404(app, shared):
    client = app.test_client()
    assert_gone(client.get(f"/r/{shared['token'][:-1]}"))
    assert_gone(client.get(f"/r/{shared['token']}x"))
    assert_gone(client.get(f"/r/{shared['token'].upper()}"))


def test_without_the_cookie_the_review_page_answers_404(app, shared):
    assert_gone(app.test_client().get(f"/review/{shared['invitation']}"))


def test_a_forged_cookie_answers_404(app, shared):
    client = app.test_client()
    client.set_cookie(
        f"coach_review_{shared['invitation']}",
        "forged.value",
        path=f"/review/{shared['invitation']}",
    )
    assert_gone(client.get(f"/review/{shared['invitation']}"))


def expire(app, records):
    set_invitation(app, records["invitation"], expires_at=utcnow() - timedelta(minutes=1))


def revoke(app, records):
    set_invitation(app, records["invitation"], revoked_at=utcnow())


@pytest.mark.parametrize("close", [expire, revoke], ids=["expired", "revoked"])
def test_an_expired_or_revoked_link_opens_nothing(app, shared, reviewer, close):
    reviewer.post(review_url(shared), data=score_form(shared["recorded"], "Before the end."))
    close(app, shared)
    with app.app_context():
        before = helpers.table_rows()
    assert_gone(app.test_client().get(f"/r/{shared['token']}"))
    assert_gone(reviewer.get(f"/r/{shared['token']}"))
    assert_gone(reviewer.get(f"/review/{shared['invitation']}"))
    audio = reviewer.get(review_url(shared) + "/audio")
    assert audio.status_code == 404
    assert audio.data[:4] != b"RIFF"
    for url, data in (
        (review_url(shared), score_form(shared["recorded"], "After the end.", structure=1)),
        (review_url(shared, "typed"), score_form(shared["typed"], "After the end.")),
        (review_url(shared) + "/delete", {}),
        (f"/review/{shared['invitation']}/overall", {"comment": "After the end."}),
    ):
        assert_gone(reviewer.post(url, data=data))
    with app.app_context():
        assert helpers.table_rows() == before


def test_an_expired_link_that_is_extended_opens_again(app, shared, reviewer):
    expire(app, shared)
    assert_gone(reviewer.get(f"/review/{shared['invitation']}"))
    set_invitation(app, shared["invitation"], expires_at=utcnow() + timedelta(days=1))
    assert reviewer.get(f"/review/{shared['invitation']}").status_code == 200


# One invitation's cookie never reaches another invitation's answers


def steal_cookie(client, from_invitation: int, to_invitation: int) -> None:
    """Copy the cookie of one invitation under the name and path of another."""
    cookie = client.get_cookie(f"coach_review_{from_invitation}", path=f"/review/{from_invitation}")
    assert cookie is not None
    client.set_cookie(
        f"coach_review_{to_invitation}", cookie.value, path=f"/review/{to_invitation}"
    )


def cross_requests(records, other: str, other_attempt: str):
    """Requests with invitation A's cookie that aim at another invitation's answers."""
    mine, theirs = records["invitation"], records[other]
    attempt = records[other_attempt]
    return [
        ("GET", f"/review/{theirs}", None),
        ("GET", f"/review/{theirs}/attempts/{attempt}/audio", None),
        (
            "POST",
            f"/review/{theirs}/attempts/{attempt}",
            score_form(attempt, "Sneaky.", structure=1),
        ),
        ("POST", f"/review/{theirs}/attempts/{attempt}/delete", {}),
        ("POST", f"/review/{theirs}/overall", {"comment": "Sneaky."}),
        # the other invitation's answer under A's own URL
        ("GET", f"/review/{mine}/attempts/{attempt}/audio", None),
        ("POST", f"/review/{mine}/attempts/{attempt}", score_form(attempt, "Sneaky.", structure=1)),
        ("POST", f"/review/{mine}/attempts/{attempt}/delete", {}),
    ]


TARGETS = [
    ("second", "second_attempt"),  # Ana's other invitation
    ("bobs", "bob_attempt"),  # another user's invitation
]


@pytest.mark.parametrize("steal", [False, True], ids=["own-cookie", "cookie-renamed"])
@pytest.mark.parametrize(("other", "other_attempt"), TARGETS, ids=["ana-second", "bob"])
def test_one_invitations_cookie_never_reaches_another_invitation(
    app, shared, reviewer, other, other_attempt, steal
):
    # the other invitation has a review already: deleting it must fail too
    other_client = app.test_client()
    token = shared["second_token" if other == "second" else "bobs_token"]
    other_client.get(f"/r/{token}")
    attempt = shared[other_attempt]
    other_client.post(
        f"/review/{shared[other]}/attempts/{attempt}", data=score_form(attempt, "Theirs.")
    )
    if steal:
        steal_cookie(reviewer, shared["invitation"], shared[other])
    with app.app_context():
        before = helpers.table_rows()
    for method, url, data in cross_requests(shared, other, other_attempt):
        response = reviewer.open(url, method=method, data=data)
        assert response.status_code == 404, (method, url)
        assert response.data[:4] != b"RIFF", url
        for secret in ("Theirs.", BOBS, "I over-prepare.", "Bob", "Kim", "What is your biggest"):
            assert secret not in response.text, (url, secret)
    with app.app_context():
        assert helpers.table_rows() == before
    # and A's own pages still work
    assert reviewer.get(f"/review/{shared['invitation']}").status_code == 200


@pytest.mark.parametrize(
    ("method", "suffix", "data"),
    [
        ("GET", "/audio", None),
        ("POST", "", {"comment": "Sneaky."}),
        ("POST", "/delete", {}),
    ],
)
def test_the_owners_unshared_answers_are_out_of_reach(app, shared, reviewer, method, suffix, data):
    attempt = shared["unshared"]
    if data and "comment" in data:
        data = score_form(attempt, "Sneaky.", structure=1)
    with app.app_context():
        before = helpers.table_rows()
    response = reviewer.open(
        f"/review/{shared['invitation']}/attempts/{attempt}{suffix}", method=method, data=data
    )
    assert response.status_code == 404
    assert response.data[:4] != b"RIFF"
    assert UNSHARED not in response.text
    with app.app_context():
        assert helpers.table_rows() == before


def test_the_reviewer_cookie_opens_nothing_of_the_app(app, shared, reviewer):
    for url in (
        "/attempts",
        f"/attempts/{shared['recorded']}",
        f"/attempts/{shared['recorded']}/audio",
        "/inbox",
        f"/invitations/{shared['invitation']}",
    ):
        response = reviewer.get(url)
        assert response.status_code == 302, url
        assert response.headers["Location"].startswith("/login"), url


# Rate limit on the token URL only


def test_the_token_url_is_rate_limited_per_address_but_the_review_pages_are_not(make_app):
    app = make_app(RATELIMIT_ENABLED=True)
    assert app.config["REVIEW_TOKEN_LIMIT"] == "30 per minute"
    with app.app_context():
        ana = helpers.create_user()
        attempt = helpers.create_attempt(
            ana, helpers.create_question(ana), audio=helpers.wav_bytes()
        )
        invitation, token = helpers.create_invitation(ana, [attempt])
    client = app.test_client()
    # the friend opened the link earlier, from another address
    assert client.get(f"/r/{token}", environ_base={"REMOTE_ADDR": "10.0.0.9"}).status_code == 302
    for number in range(30):
        assert client.get(f"/r/wrong-{number}").status_code == 404
    blocked = client.get("/r/wrong-31")
    assert blocked.status_code == 429
    assert "Too many attempts" in blocked.text
    assert client.get(f"/r/{token}").status_code == 429  # even the right token, from here
    # the pages and the recording, once exchanged, are not limited
    for _ in range(40):
        assert client.get(f"/review/{invitation}").status_code == 200
    for _ in range(35):
        with client.get(f"/review/{invitation}/attempts/{attempt}/audio") as response:
            assert response.status_code == 200
    for number in range(35):
        response = client.post(
            f"/review/{invitation}/attempts/{attempt}", data=score_form(attempt, f"Take {number}")
        )
        assert response.status_code == 302
    # another address still opens links
    other = app.test_client()
    assert other.get(f"/r/{token}", environ_base={"REMOTE_ADDR": "10.0.0.7"}).status_code == 302


# CSRF on the reviewer's forms


def test_reviewer_posts_need_a_csrf_token(make_app):
    app = make_app(WTF_CSRF_ENABLED=True)
    with app.app_context():
        ana = helpers.create_user()
        attempt = helpers.create_attempt(ana, helpers.create_question(ana))
        invitation, token = helpers.create_invitation(ana, [attempt])
    client = app.test_client()
    assert client.get(f"/r/{token}").status_code == 302
    page = client.get(f"/review/{invitation}")
    assert page.status_code == 200
    csrf = helpers.csrf_token(page.text)
    review = f"/review/{invitation}/attempts/{attempt}"
    posts = [
        (review, score_form(attempt, "Good.", structure=4)),
        (review + "/delete", {}),
        (f"/review/{invitation}/overall", {"comment": "Good."}),
    ]
    with app.app_context():
        before = helpers.table_rows()
    for url, data in posts:
        response = client.post(url, data=data)
        assert response.status_code == 400, url
        assert "security token" in response.text
        response = client.post(url, data={**data, "csrf_token": "not-the-token"})
        assert response.status_code == 400, url
    with app.app_context():
        assert helpers.table_rows() == before
    # with the page's token they work
    for url, data in posts:
        assert client.post(url, data={**data, "csrf_token": csrf}).status_code == 302, url
    with app.app_context():
        assert db.session.get(Invitation, invitation).overall_comment == "Good."


def test_the_cookie_expires_with_the_invitation(app, shared):
    response = app.test_client().get(f"/r/{shared['token']}")
    cookie = next(c for c in response.headers.getlist("Set-Cookie") if "coach_review_" in c)
    with app.app_context():
        expires_at = db.session.get(Invitation, shared["invitation"]).expires_at
    assert f"{expires_at:%d %b %Y}" in cookie
