"""The owner's side of peer review: inviting, the link shown once, the invitations with
their states, revoking and extending, the inbox, and reviews beside each attempt."""

import hashlib
import re
from datetime import timedelta
from urllib.parse import unquote

import pytest
import sqlalchemy as sa

from coach.extensions import db
from coach.models import utcnow
from coach.review.models import Invitation, Review, SharedAttempt
from coach.review.owner_routes import NEW_LINK
from tests import helpers

LINES = helpers.RUBRIC_LINES
BASE_URL = "https://coach.example.org"
DAYS_MESSAGE = "Choose from 1 to 60 days."


@pytest.fixture
def app(make_app):
    return make_app(BASE_URL=BASE_URL)


@pytest.fixture
def ana(app, auth):
    """Ana, logged in, with three answers to two questions (one in a mock interview)."""
    auth.login()
    with app.app_context():
        user = helpers.get_user("ana@example.com").id
        question = helpers.create_question(user, text="Tell me about a deadline you met.")
        other = helpers.create_question(user, text="Why do you want this role?")
        mock = helpers.create_mock(user, [other], finished=True)
        first = helpers.create_attempt(user, question, scores=dict.fromkeys(LINES, 3))
        second = helpers.create_attempt(user, question, text="A second try at the deadline.")
        in_mock = helpers.create_attempt(
            user, other, text="Because of the data.", mock_item_id=helpers.mock_item_ids(mock)[0]
        )
    return {
        "user": user,
        "question": question,
        "other": other,
        "mock": mock,
        "first": first,
        "second": second,
        "in_mock": in_mock,
    }


@pytest.fixture
def bobs_attempt(app):
    with app.app_context():
        bob = helpers.create_user("bob@example.com", display_name="Bob")
        question = helpers.create_question(bob, text="Bob's private question?")
        return helpers.create_attempt(bob, question, text="Bob's private answer.")


def checked(html: str) -> set[int]:
    """The attempt ids ticked on the invitation form."""
    ticked = set()
    for attributes in re.findall(r"<input([^>]*)>", html):
        if 'name="attempts"' in attributes and re.search(r"\bchecked\b", attributes):
            ticked.add(int(re.search(r'value="(\d+)"', attributes).group(1)))
    return ticked


def offered(html: str) -> set[int]:
    return {
        int(value)
        for attributes in re.findall(r"<input([^>]*)>", html)
        if 'name="attempts"' in attributes
        for value in re.findall(r'value="(\d+)"', attributes)
    }


def invite(client, attempts, **fields):
    data = {"attempts": [str(a) for a in attempts], "note": "", "reviewer_name": "", "days": "14"}
    data.update(fields)
    return client.post("/invitations/new", data=data)


def the_link(html: str) -> str | None:
    match = re.search(r'id="review-link" value="([^"]+)"', html)
    return match.group(1) if match else None


def invitation_rows(app) -> list[Invitation]:
    with app.app_context():
        found = list(db.session.scalars(sa.select(Invitation).order_by(Invitation.id)))
        for invitation in found:
            _ = [item.attempt_id for item in invitation.items]
        db.session.expunge_all()
        return found


def dump_database() -> str:
    """Every value of every row of every table, as text."""
    parts = []
    with db.engine.connect() as connection:
        for table in db.metadata.sorted_tables:
            for row in connection.execute(sa.select(table)):
                parts.extend(str(value) for value in row)
    return "\n".join(parts)


def badge(html: str) -> int:
    match = re.search(r'<span class="badge">(\d+)<span class="visually-hidden"> unread', html)
    return int(match.group(1)) if match else 0


# Choosing what to share


def test_an_attempt_link_preselects_that_attempt(app, auth, ana):
    response = auth.client.get(f"/invitations/new?attempt={ana['first']}")
    assert response.status_code == 200
    assert checked(response.text) == {ana["first"]}
    assert offered(response.text) == {ana["first"], ana["second"], ana["in_mock"]}
    assert 'aria-describedby="None"' not in response.text


def test_a_question_link_preselects_its_attempts(app, auth, ana):
    response = auth.client.get(f"/invitations/new?question={ana['question']}")
    assert checked(response.text) == {ana["first"], ana["second"]}


def test_a_mock_link_preselects_its_answers(app, auth, ana):
    response = auth.client.get(f"/invitations/new?mock={ana['mock']}")
    assert checked(response.text) == {ana["in_mock"]}


def test_several_attempt_links_and_no_link(app, auth, ana):
    both = auth.client.get(f"/invitations/new?attempt={ana['first']}&attempt={ana['in_mock']}")
    assert checked(both.text) == {ana["first"], ana["in_mock"]}
    assert checked(auth.client.get("/invitations/new").text) == set()
    assert checked(auth.client.get("/invitations/new?attempt=abc").text) == set()


def test_another_users_ids_preselect_nothing(app, auth, ana, bobs_attempt):
    with app.app_context():
        from coach.rehearse.models import Attempt

        bob_question = db.session.get(Attempt, bobs_attempt).question_id
        bob = db.session.get(Attempt, bobs_attempt).user_id
        bob_mock = helpers.create_mock(bob, [bob_question], finished=True)
    for query in (f"attempt={bobs_attempt}", f"question={bob_question}", f"mock={bob_mock}"):
        response = auth.client.get(f"/invitations/new?{query}")
        assert response.status_code == 200
        assert checked(response.text) == set(), query
        assert bobs_attempt not in offered(response.text)
        assert "Bob&#39;s private" not in response.text and "Bob's private" not in response.text


def test_without_answers_there_is_nothing_to_share(app, auth):
    auth.login()
    response = auth.client.get("/invitations/new")
    assert response.status_code == 200
    assert "You have no answers to share yet." in response.text


# Creating an invitation


def test_creating_an_invitation_shows_its_link_once_with_an_email(app, auth, ana):
    response = invite(
        auth.client,
        [ana["second"], ana["first"]],
        note="Listen for *structure*.",
        reviewer_name="  Sam  ",
        days="10",
    )
    assert response.status_code == 302
    [invitation] = invitation_rows(app)
    assert response.headers["Location"].endswith(f"/invitations/{invitation.id}")
    assert invitation.user_id == ana["user"]
    assert invitation.reviewer_name == "Sam"
    assert invitation.note == "Listen for *structure*."
    assert [item.attempt_id for item in invitation.items] == [ana["second"], ana["first"]]
    assert invitation.revoked_at is None and invitation.first_opened_at is None
    expected = utcnow() + timedelta(days=10)
    assert abs((invitation.expires_at - expected).total_seconds()) < 60

    page = auth.client.get(f"/invitations/{invitation.id}").text
    link = the_link(page)
    assert link is not None
    assert link.startswith(BASE_URL + "/r/")
    token = link.removeprefix(BASE_URL + "/r/")
    # 256 random bits: at least 43 URL-safe characters
    assert re.fullmatch(r"[A-Za-z0-9_-]{43,}", token)
    mailto = re.search(r'href="(mailto:[^"]+)"', page).group(1)
    assert mailto.startswith("mailto:?subject=")
    body = unquote(mailto.replace("&amp;", "&"))
    assert link in body
    assert "Listen for *structure*." in body
    assert 'data-copy-target="review-link"' in page
    assert "Listen for <em>structure</em>." in page
    assert "Tell me about a deadline you met." in page
    # only the hash of the token is kept
    assert invitation.token_hash == hashlib.sha256(token.encode()).hexdigest()
    with app.app_context():
        stored = dump_database()
    assert token not in stored
    assert token[:20] not in stored

    # the link opens the review
    friend = app.test_client()
    assert friend.get(link.removeprefix(BASE_URL)).status_code == 302


def test_the_link_stops_showing_once_the_owner_has_sent_it(app, auth, ana):
    invite(auth.client, [ana["first"]])
    [invitation] = invitation_rows(app)
    url = f"/invitations/{invitation.id}"
    link = the_link(auth.client.get(url).text)
    assert link
    token = link.rsplit("/", 1)[1]
    assert the_link(auth.client.get(url).text) == link  # a reload keeps it, until sent
    assert token not in auth.client.get("/invitations").text
    response = auth.client.post(f"{url}/link-copied")
    assert response.status_code == 302
    page = auth.client.get(url).text
    assert the_link(page) is None
    assert token not in page
    assert "mailto:" not in page


def test_logging_out_or_revoking_forgets_the_new_link(app, auth, ana):
    # The session cookie is signed, not encrypted: a link left in it would outlive the
    # owner's session on a shared computer.
    invite(auth.client, [ana["first"]])
    [invitation] = invitation_rows(app)
    url = f"/invitations/{invitation.id}"
    assert the_link(auth.client.get(url).text)
    auth.client.post(f"{url}/revoke")
    assert the_link(auth.client.get(url).text) is None
    invite(auth.client, [ana["second"]])
    with auth.client.session_transaction() as session:
        assert NEW_LINK in session
    auth.logout()
    with auth.client.session_transaction() as session:
        assert NEW_LINK not in session
        assert "_user_id" not in session


def test_a_second_invitation_does_not_show_the_first_link(app, auth, ana):
    invite(auth.client, [ana["first"]])
    invite(auth.client, [ana["second"]])
    first, second = invitation_rows(app)
    assert the_link(auth.client.get(f"/invitations/{first.id}").text) is None
    assert the_link(auth.client.get(f"/invitations/{second.id}").text)


def test_tokens_differ_between_invitations(app, auth, ana):
    for _ in range(3):
        invite(auth.client, [ana["first"]])
    hashes = {invitation.token_hash for invitation in invitation_rows(app)}
    assert len(hashes) == 3


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"days": "0"}, DAYS_MESSAGE),
        ({"days": "61"}, DAYS_MESSAGE),
        ({"days": "-3"}, DAYS_MESSAGE),
        ({"days": "soon"}, DAYS_MESSAGE),
        ({"days": ""}, DAYS_MESSAGE),
        ({"note": "Listen\x00 closely"}, "NUL character"),
        ({"reviewer_name": "Sa\x00m"}, "NUL character"),
        ({"reviewer_name": "S" * 81}, "Keep the name under 80 characters."),
        ({"note": "n" * 2001}, "Keep the note under 2,000 characters."),
    ],
)
def test_invalid_invitations_are_refused_with_a_message(app, auth, ana, fields, message):
    response = invite(auth.client, [ana["first"]], **fields)
    assert response.status_code == 400
    assert message in response.text
    assert invitation_rows(app) == []


def test_an_invitation_needs_an_answer(app, auth, ana):
    response = invite(auth.client, [])
    assert response.status_code == 400
    assert "Choose at least one answer to share." in response.text
    assert invitation_rows(app) == []


def test_another_users_attempt_is_refused(app, auth, ana, bobs_attempt):
    for attempts in ([bobs_attempt], [ana["first"], bobs_attempt]):
        response = invite(auth.client, attempts)
        assert response.status_code == 400
        assert "Choose answers from the list." in response.text
        assert "Bob&#39;s private" not in response.text
    # nor through the preselection link
    response = auth.client.post(
        f"/invitations/new?attempt={bobs_attempt}",
        data={"attempts": [str(bobs_attempt)], "days": "14"},
    )
    assert response.status_code == 400
    assert invitation_rows(app) == []
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(SharedAttempt)) == 0


def test_an_unknown_attempt_id_is_refused(app, auth, ana):
    response = invite(auth.client, [ana["first"], 999999])
    assert response.status_code == 400
    assert invitation_rows(app) == []


def test_a_repeated_attempt_is_shared_once(app, auth, ana):
    response = invite(auth.client, [ana["first"], ana["first"]])
    assert response.status_code == 302
    [invitation] = invitation_rows(app)
    assert [item.attempt_id for item in invitation.items] == [ana["first"]]


def test_the_service_ignores_another_users_attempts(app, ana, bobs_attempt):
    from coach.review import invitations

    with app.app_context():
        user = helpers.get_user("ana@example.com")
        invitation, _token = invitations.create_invitation(
            user, [bobs_attempt, ana["first"]], "", "", 14
        )
        assert [item.attempt_id for item in invitation.items] == [ana["first"]]
        with pytest.raises(invitations.InvitationError):
            invitations.create_invitation(user, [bobs_attempt], "", "", 14)
        db.session.rollback()


# The invitations and their states


def make_states(app, ana) -> dict[str, int]:
    """An invitation in each state, named after it, with reviews on two of them."""
    with app.app_context():
        user = ana["user"]
        ids = {}
        for name in ("Nora", "Olga", "Rita", "Eve"):
            ids[name], _token = helpers.create_invitation(
                user, [ana["first"], ana["second"]], reviewer_name=name
            )
        helpers.create_review(ids["Olga"], ana["first"])
        helpers.create_review(ids["Olga"], ana["second"], scores=dict.fromkeys(LINES))
        helpers.create_review(ids["Rita"], ana["first"], comment="Before revoking.")
        now = utcnow()
        db.session.execute(
            sa.update(Invitation)
            .where(Invitation.id == ids["Olga"])
            .values(first_opened_at=now, last_opened_at=now, overall_comment="Well done.")
        )
        db.session.execute(
            sa.update(Invitation).where(Invitation.id == ids["Rita"]).values(revoked_at=now)
        )
        db.session.execute(
            sa.update(Invitation)
            .where(Invitation.id == ids["Eve"])
            .values(expires_at=now - timedelta(days=1))
        )
        db.session.commit()
    return ids


def row_of(html: str, name: str) -> str:
    rows = re.findall(r"<tr>.*?</tr>", html, re.S)
    [row] = [row for row in rows if f">{name}</a>" in row]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip()


def test_the_invitations_list_shows_each_state(app, auth, ana):
    ids = make_states(app, ana)
    html = auth.client.get("/invitations").text
    assert "Not opened yet" in row_of(html, "Nora")
    olga = row_of(html, "Olga")
    assert "Opened" in olga
    assert "2 + overall comment" in olga
    rita = row_of(html, "Rita")
    assert "Revoked" in rita and " 1 " in f" {rita} "
    assert "Expired" in row_of(html, "Eve")
    # newest first, each linking to its page
    names = re.findall(r'href="/invitations/(\d+)"', html)
    assert [int(n) for n in names] == sorted(ids.values(), reverse=True)
    with app.app_context():
        expires = db.session.get(Invitation, ids["Nora"]).expires_at
    assert f"{expires.day} {expires:%b %Y}" in row_of(html, "Nora")


def test_the_list_is_empty_at_first_and_holds_only_ones_own(app, auth, ana, bobs_attempt):
    assert "No invitations yet." in auth.client.get("/invitations").text
    with app.app_context():
        bob = helpers.get_user("bob@example.com").id
        helpers.create_invitation(bob, [bobs_attempt], reviewer_name="Bobs friend")
    html = auth.client.get("/invitations").text
    assert "No invitations yet." in html
    assert "Bobs friend" not in html


def test_the_invitation_page_shows_its_state_reviews_and_overall_comment(app, auth, ana):
    ids = make_states(app, ana)
    html = auth.client.get(f"/invitations/{ids['Olga']}").text
    assert "Review by Olga" in html
    assert "Opened" in html and "first opened" in html
    assert "Lead with the result." in html
    assert "Not reviewed yet." not in html
    assert "Well done." in html
    assert "Revoke the link now" in html
    nora = auth.client.get(f"/invitations/{ids['Nora']}").text
    assert "Not opened yet" in nora
    assert nora.count("Not reviewed yet.") == 2
    rita = auth.client.get(f"/invitations/{ids['Rita']}").text
    assert "Revoked" in rita
    assert "Revoke the link now" not in rita
    assert "/extend" not in rita
    assert "Before revoking." in rita  # what came back stays


# Revoking and extending


def test_revoking_takes_effect_at_once(app, auth, ana):
    with app.app_context():
        invitation, token = helpers.create_invitation(ana["user"], [ana["first"]])
    friend = app.test_client()
    assert friend.get(f"/r/{token}").status_code == 302
    assert friend.get(f"/review/{invitation}").status_code == 200
    response = auth.client.post(f"/invitations/{invitation}/revoke")
    assert response.status_code == 302
    page = auth.client.get(f"/invitations/{invitation}").text
    assert "Link revoked: it no longer opens anything." in page
    assert "Revoked" in page
    assert friend.get(f"/review/{invitation}").status_code == 404
    assert app.test_client().get(f"/r/{token}").status_code == 404
    with app.app_context():
        revoked_at = db.session.get(Invitation, invitation).revoked_at
    assert revoked_at is not None
    # revoking again keeps the first time
    auth.client.post(f"/invitations/{invitation}/revoke")
    with app.app_context():
        assert db.session.get(Invitation, invitation).revoked_at == revoked_at


def test_extending_adds_days_to_the_expiry(app, auth, ana):
    with app.app_context():
        invitation, _token = helpers.create_invitation(ana["user"], [ana["first"]], days=3)
        before = db.session.get(Invitation, invitation).expires_at
    response = auth.client.post(f"/invitations/{invitation}/extend", data={"days": "7"})
    assert response.status_code == 302
    with app.app_context():
        after = db.session.get(Invitation, invitation).expires_at
    assert abs((after - before - timedelta(days=7)).total_seconds()) < 1
    page = auth.client.get(f"/invitations/{invitation}").text
    assert f"The link now works until {after:%d %b %Y}." in page


def test_extending_an_expired_link_opens_it_again_from_now(app, auth, ana):
    with app.app_context():
        invitation, token = helpers.create_invitation(ana["user"], [ana["first"]])
        db.session.execute(
            sa.update(Invitation)
            .where(Invitation.id == invitation)
            .values(expires_at=utcnow() - timedelta(days=5))
        )
        db.session.commit()
    assert app.test_client().get(f"/r/{token}").status_code == 404
    auth.client.post(f"/invitations/{invitation}/extend", data={"days": "2"})
    with app.app_context():
        after = db.session.get(Invitation, invitation).expires_at
    assert abs((after - utcnow() - timedelta(days=2)).total_seconds()) < 60
    assert app.test_client().get(f"/r/{token}").status_code == 302


@pytest.mark.parametrize("days", ["0", "61", "", "many"])
def test_extending_by_an_invalid_number_of_days_changes_nothing(app, auth, ana, days):
    with app.app_context():
        invitation, _token = helpers.create_invitation(ana["user"], [ana["first"]])
        before = db.session.get(Invitation, invitation).expires_at
    response = auth.client.post(f"/invitations/{invitation}/extend", data={"days": days})
    assert response.status_code == 302
    assert DAYS_MESSAGE in auth.client.get(f"/invitations/{invitation}").text
    with app.app_context():
        assert db.session.get(Invitation, invitation).expires_at == before


def test_a_revoked_link_cannot_be_extended(app, auth, ana):
    with app.app_context():
        invitation, token = helpers.create_invitation(ana["user"], [ana["first"]])
    auth.client.post(f"/invitations/{invitation}/revoke")
    with app.app_context():
        before = db.session.get(Invitation, invitation).expires_at
    auth.client.post(f"/invitations/{invitation}/extend", data={"days": "30"})
    page = auth.client.get(f"/invitations/{invitation}").text
    assert "A revoked link cannot be extended" in page
    with app.app_context():
        found = db.session.get(Invitation, invitation)
        assert found.expires_at == before
        assert found.revoked_at is not None
    assert app.test_client().get(f"/r/{token}").status_code == 404


# The inbox and the unread count


def test_the_inbox_shows_reviews_and_counts_the_unread(app, auth, ana):
    assert badge(auth.client.get("/inbox").text) == 0
    assert "No reviews yet." in auth.client.get("/inbox").text
    with app.app_context():
        invitation, _token = helpers.create_invitation(ana["user"], [ana["first"], ana["second"]])
        helpers.create_review(invitation, ana["first"], comment="Lead with **the result**.")
        helpers.create_review(invitation, ana["second"], comment="Shorter, please.")
    html = auth.client.get("/inbox").text
    assert badge(html) == 2
    assert "Lead with <strong>the result</strong>." in html
    assert "Shorter, please." in html
    assert "Sam" in html
    assert f'href="/attempts/{ana["first"]}"' in html
    assert html.count('<span class="badge">new</span>') == 2
    assert badge(auth.client.get("/applications").text) == 2  # the count is on every page

    # the reviewer leaves an overall comment: three unread
    friend = app.test_client()
    with app.app_context():
        token_invitation, token = helpers.create_invitation(ana["user"], [ana["first"]], "Kim")
    friend.get(f"/r/{token}")
    friend.post(f"/review/{token_invitation}/overall", data={"comment": "Great *overall*."})
    html = auth.client.get("/inbox").text
    assert badge(html) == 3
    assert "Overall comment from Kim" in html
    assert "Great <em>overall</em>." in html

    response = auth.client.post("/inbox/read")
    assert response.status_code == 302
    html = auth.client.get("/inbox").text
    assert "Everything in your inbox is marked read." in html
    assert badge(html) == 0
    assert '<span class="badge">new</span>' not in html
    assert "Lead with <strong>the result</strong>." in html  # read, still there

    # an edited review is unread again
    friend.post(
        f"/review/{token_invitation}/attempts/{ana['first']}",
        data={f"a{ana['first']}-comment": "Changed my mind."},
    )
    html = auth.client.get("/inbox").text
    assert badge(html) == 1
    assert "Changed my mind." in html


def test_the_inbox_holds_only_ones_own_reviews(app, auth, ana, bobs_attempt):
    with app.app_context():
        bob = helpers.get_user("bob@example.com").id
        invitation, _token = helpers.create_invitation(bob, [bobs_attempt])
        helpers.create_review(invitation, bobs_attempt, comment="For Bob only.")
    html = auth.client.get("/inbox").text
    assert "For Bob only." not in html
    assert "Bob&#39;s private" not in html
    assert badge(html) == 0
    auth.client.post("/inbox/read")
    with app.app_context():
        assert db.session.scalar(sa.select(Review.read_at)) is None  # Bob's stays unread


# Reviews beside the attempt, with the gap to one's own scores


def test_the_attempt_page_shows_reviews_and_the_gap_per_line(app, auth, ana):
    with app.app_context():
        invitation, _token = helpers.create_invitation(
            ana["user"], [ana["first"]], reviewer_name="Sam"
        )
        helpers.create_review(
            invitation,
            ana["first"],
            comment="Clear *story*.",
            scores={
                "structure": 5,
                "specificity": 1,
                "relevance": 4,
                "conciseness": 3,
                "confidence": None,
            },
        )
    html = auth.client.get(f"/attempts/{ana['first']}").text
    assert "What reviewers said" in html
    assert "Clear <em>story</em>." in html
    assert "Your scores and the reviewer&#39;s, line by line" in html or (
        "Your scores and the reviewer's, line by line" in html
    )
    table = re.search(r'<table class="gap-table">.*?</table>', html, re.S).group(0)
    rows = {
        cells[0]: cells[1:]
        for cells in (
            [
                re.sub(r"<[^>]+>", "", cell).strip()
                for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
            ]
            for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]
        )
    }
    assert rows["Structure"] == ["3", "5", "+2 (you underrate this)"]
    assert rows["Specificity"] == ["3", "1", "-2 (you overrate this)"]
    assert rows["Relevance"] == ["3", "4", "+1"]
    assert rows["Conciseness"] == ["3", "3", "0"]
    assert rows["Confidence"] == ["3", "–", "–"]
    # an unreviewed attempt has no such section
    assert "What reviewers said" not in auth.client.get(f"/attempts/{ana['second']}").text


def test_a_review_without_scores_shows_no_gap_table(app, auth, ana):
    with app.app_context():
        invitation, _token = helpers.create_invitation(ana["user"], [ana["second"]])
        helpers.create_review(
            invitation, ana["second"], comment="Words only.", scores=dict.fromkeys(LINES)
        )
    html = auth.client.get(f"/attempts/{ana['second']}").text
    assert "Words only." in html
    assert "gap-table" not in html


def test_the_gap_table_shows_dashes_before_self_scoring(app, auth, ana):
    with app.app_context():
        invitation, _token = helpers.create_invitation(ana["user"], [ana["second"]])
        helpers.create_review(invitation, ana["second"])
    html = auth.client.get(f"/attempts/{ana['second']}").text
    table = re.search(r'<table class="gap-table">.*?</table>', html, re.S).group(0)
    assert "underrate" not in table and "overrate" not in table
    assert table.count("<td>4</td>") == 5
