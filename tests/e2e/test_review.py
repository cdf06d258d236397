"""A friend reviews an answer in a second browser: the owner invites, the friend opens the
link, scores and comments (scripts in comments stay inert), the owner reads the review and
the gap, revokes the link, and the friend's next visit is refused."""

import re

import sqlalchemy as sa
from playwright.sync_api import expect

from coach.extensions import db
from coach.practice.models import DrillLog
from coach.review.models import Invitation, Review
from tests import helpers
from tests.e2e.test_accessibility import assert_accessible

LINES = helpers.RUBRIC_LINES
PAYLOAD = (
    "Strong finish. <img src=x onerror=alert(1)> <script>alert(1)</script> "
    "[see this](javascript:alert(1))"
)
OVERALL = "Work on *openings*. <img src=x onerror=alert(2)> <script>alert(2)</script>"
GONE = "This link does not open anything"


def record_dialogs(page) -> list[str]:
    dialogs: list[str] = []

    def seen(dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", seen)
    return dialogs


def test_a_friend_reviews_by_link_and_loses_access_when_revoked(
    logged_in, live_server, app, browser
):
    owner = logged_in
    owner_dialogs = record_dialogs(owner)
    app.config["BASE_URL"] = live_server  # the link must lead to this test server
    with app.app_context():
        user_id = helpers.get_user("ana@example.com").id
        question = helpers.create_question(user_id, text="Tell me about a deadline you met.")
        attempt = helpers.create_attempt(
            user_id, question, audio=helpers.wav_bytes(), scores=dict.fromkeys(LINES, 3)
        )
        hidden = helpers.create_attempt(user_id, question, text="Not for the friend's eyes.")

    # The owner invites from the attempt page.
    owner.goto(f"{live_server}/attempts/{attempt}")
    owner.get_by_role("link", name="Ask a friend to review").click()
    expect(owner.get_by_role("heading", name="Ask a friend to review")).to_be_visible()
    expect(owner.locator(f"input[name=attempts][value='{attempt}']")).to_be_checked()
    expect(owner.locator(f"input[name=attempts][value='{hidden}']")).not_to_be_checked()
    owner.get_by_label("Reviewer's name (optional)").fill("Sam")
    owner.get_by_label("A note for the reviewer (optional, Markdown)").fill(
        "Listen for my **structure**."
    )
    owner.get_by_role("button", name="Create the link").click()
    expect(owner.get_by_role("heading", name="Send this link")).to_be_visible()
    expect(owner.get_by_role("button", name="Copy the link")).to_be_visible()
    link = owner.locator("#review-link").input_value()
    assert link.startswith(f"{live_server}/r/")
    token = link.rsplit("/", 1)[1]
    assert len(token) >= 43
    mailto = owner.get_by_role("link", name="Write an email").get_attribute("href")
    assert mailto.startswith("mailto:") and token in mailto
    invitation_url = owner.url
    invitation_id = int(invitation_url.rsplit("/", 1)[1])

    # The friend opens the link in a browser of their own.
    friend_context = browser.new_context()
    try:
        friend = friend_context.new_page()
        friend_dialogs = record_dialogs(friend)
        friend.goto(link)
        review_url = f"{live_server}/review/{invitation_id}"
        expect(friend).to_have_url(review_url)
        assert token not in friend.url
        cookies = {c["name"]: c for c in friend_context.cookies()}
        cookie = cookies[f"coach_review_{invitation_id}"]
        assert cookie["path"] == f"/review/{invitation_id}"
        assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
        assert token not in cookie["value"]

        expect(friend.get_by_role("heading", name="Review Ana's interview answers")).to_be_visible()
        expect(friend.locator(".prose strong", has_text="structure")).to_be_visible()
        expect(
            friend.get_by_role("heading", name="1. Tell me about a deadline you met.")
        ).to_be_visible()
        expect(friend.get_by_text("Not for the friend's eyes.")).to_have_count(0)
        expect(friend.get_by_text("ana@example.com")).to_have_count(0)
        expect(friend.get_by_role("button", name="Log out")).to_have_count(0)
        expect(friend.get_by_role("link", name="Debrief")).to_have_count(0)
        player = friend.locator("audio")
        expect(player).to_have_count(1)
        duration = player.evaluate(
            "audio => new Promise(done => { audio.preload = 'metadata'; audio.load();"
            " audio.addEventListener('loadedmetadata', () => done(audio.duration)); })"
        )
        assert duration and duration > 0
        assert_accessible(friend, "reviewer page")

        scores = {"structure": 5, "specificity": 1, "relevance": 3, "conciseness": 4}
        for line, value in scores.items():
            friend.locator(f"input[name='a{attempt}-{line}'][value='{value}']").check()
        friend.locator(f"#a{attempt}-comment").fill(PAYLOAD)
        friend.get_by_role("button", name="Save my review of answer 1").click()
        expect(
            friend.get_by_text("Thank you: your review of that answer is saved.")
        ).to_be_visible()
        expect(friend).to_have_url(re.compile(rf"/review/{invitation_id}#answer-{attempt}$"))
        expect(friend.locator(f"#a{attempt}-comment")).to_have_value(PAYLOAD)
        expect(friend.locator(f"input[name='a{attempt}-structure'][value='5']")).to_be_checked()
        friend.get_by_label("Overall comment (Markdown; leave empty to remove it)").fill(OVERALL)
        friend.get_by_role("button", name="Save the overall comment").click()
        expect(friend.get_by_text("Your overall comment is saved.")).to_be_visible()
        assert_accessible(friend, "reviewer page after saving")
        assert friend_dialogs == []

        with app.app_context():
            review = db.session.scalar(sa.select(Review))
            assert (review.structure, review.confidence) == (5, None)
            assert review.comment == PAYLOAD
            origins = list(db.session.scalars(sa.select(DrillLog.origin)))
            assert origins.count("review") == 1

        # The owner sees the review in the inbox, with the unread count, and the gap.
        owner.goto(f"{live_server}/inbox")
        expect(owner.locator("nav .badge")).to_contain_text("2")
        expect(owner.get_by_text("Strong finish.")).to_be_visible()
        expect(owner.get_by_text("Work on openings.")).to_be_visible()
        expect(owner.locator("main img")).to_have_count(0)
        expect(owner.locator("main script")).to_have_count(0)
        expect(owner.locator("a[href^='javascript']")).to_have_count(0)
        owner.get_by_role("button", name="Mark everything read").click()
        expect(owner.get_by_text("Everything in your inbox is marked read.")).to_be_visible()
        expect(owner.locator("nav .badge")).to_have_count(0)

        owner.goto(f"{live_server}/attempts/{attempt}")
        expect(owner.get_by_role("heading", name="What reviewers said")).to_be_visible()
        table = owner.locator("table.gap-table")
        expect(table.get_by_role("row", name=re.compile("^Structure"))).to_contain_text(
            "+2 (you underrate this)"
        )
        expect(table.get_by_role("row", name=re.compile("^Specificity"))).to_contain_text(
            "-2 (you overrate this)"
        )
        expect(table.get_by_role("row", name=re.compile("^Confidence"))).to_contain_text("–")
        assert_accessible(owner, "attempt page with a review")

        # The owner revokes the link; the friend's next visit is refused.
        owner.goto(f"{live_server}/invitations")
        expect(owner.get_by_role("cell", name="Opened")).to_be_visible()
        owner.get_by_role("link", name="Sam").click()
        owner.get_by_role("button", name="Revoke the link now").click()
        expect(owner.get_by_text("Link revoked: it no longer opens anything.")).to_be_visible()
        assert owner_dialogs == []

        response = friend.reload()
        assert response.status == 404
        expect(friend.get_by_role("heading", name=GONE)).to_be_visible()
        expect(friend.get_by_text("Tell me about a deadline")).to_have_count(0)
        expect(friend.get_by_text("Strong finish.")).to_have_count(0)
        assert_accessible(friend, "gone page")
        response = friend.goto(link)
        assert response.status == 404
        expect(friend.get_by_role("heading", name=GONE)).to_be_visible()
        assert friend_dialogs == []
    finally:
        friend_context.close()

    with app.app_context():
        assert db.session.get(Invitation, invitation_id).revoked_at is not None
