"""The priorities page over all sources, its query count, and the demo account's debrief."""

import re
from datetime import date, timedelta

import pytest

from tests import helpers


@pytest.fixture
def ana(auth, app):
    auth.login()
    with app.app_context():
        return helpers.get_user("ana@example.com").id


def days_ago(days: int) -> date:
    return date.today() - timedelta(days=days)


def debrief(user_id: int, applications: int = 2) -> None:
    """Applications each with a rated stage and feedback, and one standalone mock."""
    for number in range(applications):
        application = helpers.create_application(
            user_id, company=f"Company {number}", applied_on=days_ago(40)
        )
        technical = helpers.create_stage(application, "technical", days_ago(30), 2)
        helpers.create_feedback(
            user_id,
            application_id=application,
            stage_id=technical if number == 0 else None,
            source_kind="recruiter" if number == 0 else "interviewer",
            received_on=days_ago(20 - number % 10),
            findings=[
                ("answer_structure", "confirmed" if number == 0 else "proposed"),
                ("experience_gap", "proposed"),
                ("specific_examples", "removed"),
            ],
        )
    helpers.create_feedback(
        user_id, "Ran long.", source_kind="mock", received_on=days_ago(3),
        findings=[("conciseness", "added")],
    )  # fmt: skip


def test_priorities_without_findings_explains_what_to_do(client, ana):
    text = client.get("/priorities").text
    assert "No weaknesses yet." in text
    assert "Paste the feedback you got" in text


def test_priorities_rank_changeable_weaknesses_and_set_the_others_apart(client, app, ana):
    with app.app_context():
        debrief(ana)
        bob = helpers.create_user("bob@example.com")
        helpers.create_feedback(bob, findings=[("leadership", "confirmed")])
    html = client.get("/priorities").text
    work = html[html.index("What to work on") : html.index("Not for drilling")]
    apart = html[html.index("Not for drilling") :]
    titles = re.findall(r'<h3 class="card-title">(.*?)</h3>', work)
    assert titles == ["Answer structure", "Conciseness"]  # removed ones do not count
    assert "Leadership" not in html  # another user's findings
    assert "Named by 1 interviewer and 1 recruiter in 2 sources" in work
    assert "recurring" in work and "Recurring" in work
    assert "low self-rating at the technical stage" in work
    assert re.search(r"<dt>Times named</dt><dd>2</dd>\s*<dt>Sources</dt><dd>2</dd>", work)
    assert "<dd>Technical</dd>" in work
    assert f"<dd>{days_ago(19).day} {days_ago(19):%b %Y}</dd>" in work  # last seen
    assert "Named by 1 mock interview in 1 source, latest 3 days ago" in work
    assert "Experience gap" in apart
    assert "Named 2 times in\n" in apart or "Named 2 times in" in apart
    assert "Refine the search" in apart
    assert "Experience gap" not in work  # never drilled


def test_today_is_the_users_today(client, app, auth):
    """A finding received today where the user lives reads as "today", not "-1 days"."""
    auth.create(email="kiri@example.com", timezone="Pacific/Kiritimati")
    auth.login(email="kiri@example.com", create=False)
    from datetime import datetime
    from zoneinfo import ZoneInfo

    local_today = datetime.now(ZoneInfo("Pacific/Kiritimati")).date()
    with app.app_context():
        user_id = helpers.get_user("kiri@example.com").id
        helpers.create_feedback(
            user_id, received_on=local_today, findings=[("confidence", "confirmed")]
        )
    assert "latest today" in client.get("/priorities").text


@pytest.mark.parametrize("page", ["/priorities", "/insights", "/applications"])
def test_overview_pages_run_a_fixed_number_of_queries(make_app, page):
    """The number of SQL statements does not grow with the number of applications."""
    counts = []
    for size in (2, 20):
        app = make_app()
        client = app.test_client()
        email = f"user{size}@example.com"
        with app.app_context():
            debrief(helpers.create_user(email), applications=size)
        client.post("/login", data={"email": email, "password": helpers.PASSWORD})
        with app.app_context(), helpers.count_queries() as statements:
            response = client.get(page)
        assert response.status_code == 200
        assert response.text.count("Company ") >= (size if page == "/applications" else 0)
        counts.append(len(statements))
    assert counts[0] == counts[1], counts
    assert counts[0] <= 8


def test_the_demo_account_shows_recurring_themes(runner, client):
    result = runner.invoke(args=["demo"])
    password = re.search(r"Password: (\S+)", result.output).group(1)
    client.post("/login", data={"email": "demo@example.com", "password": password})
    applications = client.get("/applications").text
    assert applications.count('class="card application-card"') == 4
    assert "Appraisal feedback" in applications and "Mock interview feedback" in applications
    html = client.get("/priorities").text
    work = html[html.index("What to work on") : html.index("Not for drilling")]
    titles = re.findall(r'<h3 class="card-title">(.*?)</h3>', work)
    assert {"Answer structure", "Specific examples"} <= set(titles[:3])
    assert work.count("Recurring") >= 2
    assert "Experience gap" in html[html.index("Not for drilling") :]
    insights = client.get("/insights").text
    assert "remote" in insights and "Final 1" in insights
