"""The rehearse pages run a fixed number of SQL queries, whatever the number of attempts."""

from tests import helpers

SCORES = dict.fromkeys(("structure", "specificity", "relevance", "conciseness", "confidence"), 3)


def fill(user_id: int, scale: int) -> dict[str, str]:
    """`scale` attempts at one question (every other one recorded and scored), a finished
    mock interview of `scale` answered questions, and attempts at other questions."""
    question = helpers.create_question(text="Tell me about a deadline you nearly missed.")
    for n in range(scale):
        helpers.create_attempt(
            user_id,
            question,
            text=f"{helpers.ANSWER} Attempt number {n}.",
            audio=helpers.wav_bytes(0.2) if n % 2 else None,
            scores=SCORES if n % 2 else None,
        )
    others = [helpers.create_question(text=f"Question {n} about teamwork?") for n in range(scale)]
    mock = helpers.create_mock(user_id, others, finished=True)
    for other, item in zip(others, helpers.mock_item_ids(mock), strict=True):
        helpers.create_attempt(user_id, other, mock_item_id=item, scores=SCORES)
    latest = helpers.create_attempt(user_id, question, audio=helpers.wav_bytes(0.2))
    helpers.create_draft(user_id, question)
    return {
        "attempt page": f"/attempts/{latest}",
        "history": f"/questions/{question}/history",
        "attempt list": "/attempts",
        "mock summary": f"/mock/{mock}/summary",
        "rehearse page": f"/questions/{question}/rehearse",
    }


def query_counts(app, auth, scale: int) -> dict[str, int]:
    with app.app_context():
        helpers.wipe_database()
        user_id = helpers.create_user()
        pages = fill(user_id, scale)
    auth.login(create=False)
    counts = {}
    for name, url in pages.items():
        with app.app_context(), helpers.count_queries() as statements:
            response = auth.client.get(url)
        assert response.status_code == 200, url
        assert "deadline" in response.text or "teamwork" in response.text, url
        counts[name] = len(statements)
    auth.logout()
    return counts


def test_query_counts_do_not_grow_with_the_attempts(app, auth):
    small = query_counts(app, auth, 2)
    large = query_counts(app, auth, 20)
    assert small == large
    assert all(count <= 12 for count in small.values()), small
