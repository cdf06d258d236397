"""Computed results kept per user until the user's data changes (coach.memo)."""

from datetime import date

import pytest
import sqlalchemy as sa

from coach import memo
from coach.debrief.overview import priority_report
from coach.extensions import db
from coach.models import User
from tests import helpers


def version(user_id: int) -> int:
    return db.session.scalar(sa.select(User.data_version).where(User.id == user_id))


@pytest.fixture
def ana(app):
    with app.app_context():
        return helpers.create_user()


def test_every_change_to_a_users_data_raises_their_version_and_no_one_elses(app, ana):
    with app.app_context():
        ben = helpers.create_user("ben@example.com")
        steps = []
        application = helpers.create_application(ana)
        steps.append(version(ana))
        stage = helpers.create_stage(application)  # owned through its application
        steps.append(version(ana))
        feedback = helpers.create_feedback(ana, findings=[("answer_structure", "suggested")])
        steps.append(version(ana))
        finding = db.session.get(helpers.Finding, helpers.finding_ids(feedback)["answer_structure"])
        finding.status = "confirmed"  # owned through its feedback
        db.session.commit()
        steps.append(version(ana))
        question = helpers.create_question(ana, text="Tell me about a project.")
        attempt = helpers.create_attempt(ana, question)
        steps.append(version(ana))
        invitation, _token = helpers.create_invitation(ana, [attempt])
        steps.append(version(ana))
        helpers.create_review(invitation, attempt)  # written by the reviewer, owned by ana
        steps.append(version(ana))
        db.session.delete(db.session.get(helpers.Stage, stage))
        db.session.commit()
        steps.append(version(ana))
        assert steps == sorted(set(steps)), steps  # strictly increasing
        assert version(ben) == 0


def test_the_version_rises_at_commit_a_rollback_leaves_it_and_drafts_do_not_raise_it(app, ana):
    with app.app_context():
        question = helpers.create_question(ana, text="Tell me about a project.")
        before = version(ana)
        helpers.create_draft(ana, question)
        assert version(ana) == before
        user = db.session.get(User, ana)
        kept = priority_report(user)
        db.session.add(helpers.Application(user_id=ana, company="X", role_title="Y"))
        helpers.create_feedback(ana, findings=[("rapport", "confirmed")])
        assert version(ana) == before + 1
        db.session.add(helpers.Application(user_id=ana, company="X", role_title="Y"))
        db.session.flush()
        assert version(ana) == before + 1  # raised as the transaction commits
        inside = priority_report(user)  # this transaction changed the data: read afresh
        assert inside is not kept and inside is not priority_report(user)
        db.session.rollback()
        assert version(ana) == before + 1
        db.session.add(helpers.Application(user_id=ana, company="Z", role_title="Y"))
        db.session.commit()
        assert version(ana) == before + 2


def test_deleting_a_review_without_the_orm_raises_the_owners_version(app, ana):
    from coach.rehearse.models import Attempt
    from coach.review import invitations
    from coach.review.models import Invitation

    with app.app_context():
        question = helpers.create_question(ana, text="Tell me about a project.")
        attempt = helpers.create_attempt(ana, question)
        invitation, _token = helpers.create_invitation(ana, [attempt])
        helpers.create_review(invitation, attempt)
        before = version(ana)
        assert invitations.delete_review(
            db.session.get(Invitation, invitation), db.session.get(Attempt, attempt)
        )
        db.session.commit()
        assert version(ana) == before + 1


def test_the_report_is_kept_until_the_data_changes(app, ana):
    with app.app_context():
        user = db.session.get(User, ana)
        first = priority_report(user)
        with helpers.count_queries() as statements:
            again = priority_report(user)
        assert again is first
        assert statements == []
        helpers.create_feedback(ana, findings=[("rapport", "confirmed")])
        user = db.session.get(User, ana)
        fresh = priority_report(user)
        assert [p.tag for p in fresh.priorities] == ["rapport"]
        assert not first.priorities


def test_pages_show_a_change_at_once(client, auth, app, ana):
    auth.login()
    assert "Rapport" not in client.get("/priorities").get_data(as_text=True)
    assert "Leadership" not in client.get("/progress").get_data(as_text=True)
    with app.app_context():
        helpers.create_feedback(ana, findings=[("rapport", "confirmed")])
    assert "Rapport" in client.get("/priorities").get_data(as_text=True)
    with app.app_context():
        question = helpers.create_question(ana, tags=("leadership",))
        helpers.create_attempt(ana, question, scores=dict.fromkeys(helpers.RUBRIC_LINES, 2))
    assert "Leadership" in client.get("/progress").get_data(as_text=True)


def test_every_table_is_owned_by_a_user_or_shared(app):
    """A new table must say how its rows find their user, or the caches would go stale."""
    shared = {"Question", "BankState"}  # the bank; a user's own questions carry user_id
    for mapper in db.Model.registry.mappers:
        cls = mapper.class_
        name = cls.__name__
        owned = (
            name == "User"
            or "user_id" in mapper.columns
            or name in memo._PARENTS
            or name in memo._SKIPPED
        )
        assert owned or name in shared, f"{name}: how does a row of it find its user?"


def test_the_store_forgets_the_least_recently_used(app):
    store = memo.Store(size=2)
    store.put(("a",), 1)
    store.put(("b",), 2)
    assert store.get(("a",)) == (True, 1)
    store.put(("c",), 3)
    assert store.get(("b",)) == (False, None)
    assert len(store) == 2


def test_the_day_is_part_of_the_key(app, ana, monkeypatch):
    with app.app_context():
        user = db.session.get(User, ana)
        calls = []
        compute = lambda: calls.append(1) or len(calls)  # noqa: E731
        assert memo.remembered("x", user, date(2026, 1, 1), compute) == 1
        assert memo.remembered("x", user, date(2026, 1, 1), compute) == 1
        assert memo.remembered("x", user, date(2026, 1, 2), compute) == 2


def test_a_result_that_expires_is_computed_again_from_that_moment(app, ana):
    from datetime import datetime, timedelta

    with app.app_context():
        user = db.session.get(User, ana)
        start = datetime(2026, 1, 1, 9, 0)
        calls = []

        def compute():
            calls.append(1)
            return len(calls), start + timedelta(hours=1)

        day = date(2026, 1, 1)
        assert memo.remembered_until("y", user, day, start, compute) == 1
        assert memo.remembered_until("y", user, day, start + timedelta(minutes=59), compute) == 1
        assert memo.remembered_until("y", user, day, start + timedelta(hours=1), compute) == 2


def test_a_new_account_given_a_deleted_accounts_id_never_sees_its_results(app):
    from datetime import datetime
    from types import SimpleNamespace

    deleted = SimpleNamespace(id=7, data_version=12, created_at=datetime(2026, 1, 1, 9, 0))
    reused = SimpleNamespace(id=7, data_version=12, created_at=datetime(2026, 2, 1, 9, 0))
    day = date(2026, 2, 2)
    with app.app_context():
        assert memo.remembered("p", deleted, day, lambda: "deleted's") == "deleted's"
        assert memo.remembered("p", reused, day, lambda: "reused's") == "reused's"
