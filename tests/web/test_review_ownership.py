"""Invitations are looked up through their owner: another user's id answers 404 and changes
nothing. And the review pages run the same number of queries however much there is."""

import pytest
import sqlalchemy as sa

from coach.extensions import db
from coach.models import utcnow
from coach.review.models import Invitation
from tests import helpers

LINES = helpers.RUBRIC_LINES

# (method, URL with the ids of bobs_invitation in braces, form data)
OWNED_URLS = [
    ("GET", "/invitations/{invitation}", None),
    ("POST", "/invitations/{invitation}/revoke", {}),
    ("POST", "/invitations/{invitation}/extend", {"days": "30"}),
    ("POST", "/invitations/{invitation}/link-copied", {}),
]


@pytest.fixture
def bobs_invitation(app):
    """Bob shares an answer; his reviewer has scored it and left an overall comment."""
    with app.app_context():
        bob = helpers.create_user("bob@example.com", display_name="Bob")
        question = helpers.create_question(bob, text="Bob's own question?")
        attempt = helpers.create_attempt(bob, question, text="Bob's answer.")
        invitation, _token = helpers.create_invitation(
            bob, [attempt], reviewer_name="Lee", note="Bob's note."
        )
        helpers.create_review(invitation, attempt, comment="Bob's review.")
        db.session.execute(
            sa.update(Invitation)
            .where(Invitation.id == invitation)
            .values(overall_comment="Bob's overall.", overall_updated_at=utcnow())
        )
        db.session.commit()
    return {"invitation": invitation, "attempt": attempt}


@pytest.mark.parametrize(("method", "url", "data"), OWNED_URLS)
def test_another_users_invitation_answers_404_and_stays_unchanged(
    app, auth, bobs_invitation, method, url, data
):
    auth.login()  # Ana
    with app.app_context():
        before = helpers.table_rows()
    response = auth.client.open(url.format(**bobs_invitation), method=method, data=data)
    assert response.status_code == 404
    assert "There is nothing here" in response.text
    assert "Bob" not in response.text
    assert "Lee" not in response.text
    with app.app_context():
        assert helpers.table_rows() == before


def test_the_owner_reaches_every_listed_url(app, auth, bobs_invitation):
    """The same URLs work for their owner, so the 404s above are about ownership."""
    auth.login("bob@example.com", create=False)
    for method, url, data in OWNED_URLS:
        response = auth.client.open(url.format(**bobs_invitation), method=method, data=data)
        assert response.status_code == (200 if method == "GET" else 302), url


def test_another_users_reviews_stay_out_of_ones_pages(app, auth, bobs_invitation):
    auth.login()
    for url in ("/inbox", "/invitations", "/attempts"):
        html = auth.client.get(url).text
        for secret in ("Bob's", "Bob&#39;s", "Lee"):
            assert secret not in html, (url, secret)
    assert auth.client.get(f"/attempts/{bobs_invitation['attempt']}").status_code == 404
    with app.app_context():
        before = helpers.table_rows()
    auth.client.post("/inbox/read")  # marks only Ana's reviews read
    with app.app_context():
        assert helpers.table_rows() == before


# The same number of queries for 2 reviews as for 20


def build(count: int, email: str) -> dict[str, int]:
    """A user with `count` scored answers, all shared in one invitation and reviewed, and
    `count` - 1 more invitations of the first answer and one other, reviewed and commented
    on overall: the first answer has `count` reviews."""
    user = helpers.create_user(email)
    attempts = []
    for number in range(count):
        question = helpers.create_question(user, text=f"Question number {number}?")
        attempts.append(helpers.create_attempt(user, question, scores=dict.fromkeys(LINES, 3)))
    main, token = helpers.create_invitation(user, attempts)
    for attempt in attempts:
        helpers.create_review(main, attempt, comment=f"Review of {attempt}.")
    for attempt in attempts[1:]:
        extra, _token = helpers.create_invitation(user, [attempts[0], attempt])
        helpers.create_review(extra, attempts[0])
        helpers.create_review(extra, attempt)
        db.session.execute(
            sa.update(Invitation)
            .where(Invitation.id == extra)
            .values(overall_comment="Overall.", overall_updated_at=utcnow())
        )
    db.session.commit()
    return {"invitation": main, "token": token, "attempt": attempts[0]}


def queries(app, client, url: str) -> int:
    with app.app_context(), helpers.count_queries() as statements:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(statements)


def test_review_pages_run_a_fixed_number_of_queries(app):
    counts = {}
    for count, email in ((2, "few@example.com"), (20, "many@example.com")):
        with app.app_context():
            records = build(count, email)
        owner = app.test_client()
        helpers.AuthActions(owner, app).login(email, create=False)
        friend = app.test_client()
        assert friend.get(f"/r/{records['token']}").status_code == 302
        counts[count] = {
            url: queries(app, client, url)
            for client, url in (
                (owner, "/inbox"),
                (owner, "/invitations"),
                (owner, f"/invitations/{records['invitation']}"),
                (owner, f"/attempts/{records['attempt']}"),
                (friend, f"/review/{records['invitation']}"),
            )
        }
    few, many = counts[2], counts[20]
    assert list(few.values()) == list(many.values()), (few, many)
