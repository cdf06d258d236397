"""The practice pages run a fixed number of SQL queries, whatever the amount of data."""

from contextlib import contextmanager
from datetime import date, timedelta

import sqlalchemy as sa

from coach.extensions import db
from coach.models import utcnow
from tests import helpers

PAGES = ["/questions", "/questions?tag=teamwork&stage=panel&q=team", "/plan", "/drill"]
TAGS = ("answer_structure", "teamwork", "company_research", "confidence")


def fill(user_id: int, scale: int) -> None:
    """Questions, findings, sets, actions, cards and logs, `scale` times over."""
    questions = [
        helpers.create_question(
            text=f"Question {n} about team work?", tags=(TAGS[n % 4],), stages=("panel",)
        )
        for n in range(4 * scale)
    ]
    own = helpers.create_question(user_id, text="My own team question?", tags=("teamwork",))
    for n in range(scale):
        helpers.create_feedback(
            user_id,
            received_on=date(2025, 3, 1) + timedelta(days=n),
            findings=[(TAGS[n % 4], "confirmed"), ("experience_gap", "proposed")],
        )
        helpers.create_plan_action(user_id, tag=TAGS[n % 4], text=f"Action {n}")
        helpers.create_practice_set(user_id, [(q, TAGS[0]) for q in questions[n * 2 : n * 2 + 2]])
        helpers.hide_question(user_id, questions[-1 - n])
        helpers.create_drill_log(user_id, questions[n])
    for n, question in enumerate(questions[: 3 * scale]):
        due = utcnow() + timedelta(days=n - scale)  # some due, some later
        helpers.create_review_card(user_id, question, TAGS[n % 4], due=due)
    helpers.create_review_card(user_id, own, "teamwork")


@contextmanager
def counting(app):
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    with app.app_context():
        engine = db.engine
    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)


def query_counts(app, auth, scale: int) -> dict[str, int]:
    with app.app_context():
        helpers.wipe_database()
        user_id = helpers.create_user()
        fill(user_id, scale)
    auth.login(create=False)
    counts = {}
    for page in PAGES:
        with counting(app) as statements:
            response = auth.client.get(page)
        assert response.status_code == 200, page
        assert "Question " in response.text or page == "/plan", page  # the page has data
        counts[page] = len(statements)
    auth.logout()
    return counts


def test_query_counts_do_not_grow_with_the_data(app, auth):
    small = query_counts(app, auth, 2)
    large = query_counts(app, auth, 20)
    assert small == large
    assert all(count <= 12 for count in small.values()), small
