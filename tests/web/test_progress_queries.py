"""The progress, priorities, drill, brief and history pages run a fixed number of SQL
statements, whatever the amount of practice, reviews, feedback and drill logs."""

from datetime import UTC, datetime, time, timedelta

from coach.extensions import db
from coach.practice.models import DrillLog
from tests import helpers

TAGS = ("answer_structure", "conciseness", "confidence")
PAGES = ["/progress", "/priorities", "/drill", "/brief", "/questions/{history}/history"]
# what each page shows once the user has data, so an empty page cannot pass
SHOWN = {
    "/progress": "Answer structure",
    "/priorities": "Answer structure",
    "/drill": "Due question",
    "/brief": "Your best answer",
    "/questions/{history}/history": "The question with a history?",
}


def at(days_ago: int, hour: int = 10) -> datetime:
    today = datetime.now(UTC).date()
    return datetime.combine(today - timedelta(days=days_ago), time(hour))


def fill(user_id: int, scale: int) -> dict[str, int]:
    """Feedback, questions, scored attempts (some in a mock), reviews, drill logs and due
    cards, `scale` times over."""
    questions = [
        helpers.create_question(text=f"Question {n} on {TAGS[n % 3]}?", tags=(TAGS[n % 3],))
        for n in range(3 * scale)
    ]
    history = helpers.create_question(
        user_id, text="The question with a history?", tags=("answer_structure",)
    )
    for n in range(scale):
        helpers.create_feedback(
            user_id,
            received_on=at(n).date(),
            source_kind="interviewer" if n % 2 else "mock",
            findings=[(TAGS[n % 3], "confirmed"), ("experience_gap", "proposed")],
        )
    mock = helpers.create_mock(user_id, questions[:scale], finished=True)
    mock_items = helpers.mock_item_ids(mock)
    attempts = []
    for n, question in enumerate(questions):
        value = 2 + n % 4
        attempts.append(
            helpers.create_attempt(
                user_id,
                question,
                scores=dict.fromkeys(helpers.RUBRIC_LINES, value),
                mock_item_id=mock_items[n] if n < scale else None,
                created_at=at(n % 30, 8 + n % 10),
            )
        )
    for n in range(2 * scale):
        attempts.append(
            helpers.create_attempt(
                user_id,
                history,
                text=f"Attempt {n}: {helpers.ANSWER}",
                scores=dict.fromkeys(helpers.RUBRIC_LINES, 2 + n % 4),
                created_at=at(2 * scale - n),
            )
        )
    shared = attempts[:scale] + attempts[-scale:]
    invitation, _token = helpers.create_invitation(user_id, shared)
    for attempt_id in shared:
        helpers.create_review(invitation, attempt_id)
    for n in range(scale):
        log = helpers.create_drill_log(user_id, questions[n])
        db.session.get(DrillLog, log).reviewed_at = at(n, 20)
        question = helpers.create_question(text=f"Due question {n}?", tags=(TAGS[n % 3],))
        helpers.create_review_card(user_id, question, TAGS[n % 3], due=at(1))
    db.session.commit()
    return {"history": history}


def page_counts(make_app, scale: int) -> dict[str, int]:
    app = make_app()
    client = app.test_client()
    email = f"user{scale}@example.com"
    with app.app_context():
        records = fill(helpers.create_user(email), scale)
    client.post("/login", data={"email": email, "password": helpers.PASSWORD})
    counts = {}
    for page in PAGES:
        with app.app_context(), helpers.count_queries() as statements:
            response = client.get(page.format(**records))
        assert response.status_code == 200, page
        assert SHOWN[page] in response.text, page
        counts[page] = len(statements)
    return counts


def test_query_counts_do_not_grow_with_the_data(make_app):
    small = page_counts(make_app, 2)
    large = page_counts(make_app, 20)
    assert small == large
    assert all(count <= 10 for count in small.values()), small
