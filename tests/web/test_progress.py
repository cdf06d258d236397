"""The progress page, calibration, the interview brief, and practice moving priorities."""

import re
from datetime import UTC, date, datetime, time, timedelta

import pytest

from coach.extensions import db
from coach.practice.models import DrillLog
from tests import helpers

TAG = "answer_structure"
QUESTION = "Walk me through how you planned your last project."
BEST = "Situation, task, action and a result: we shipped two weeks early, saving 12%."


def scores(*values: int) -> dict[str, int]:
    """Rubric scores, one value per line (the last value repeated)."""
    values = values + (values[-1],) * (len(helpers.RUBRIC_LINES) - len(values))
    return dict(zip(helpers.RUBRIC_LINES, values, strict=True))


FLAT_2 = scores(2)
FLAT_3 = scores(3)
MEAN_4_4 = scores(4, 4, 5, 4, 5)  # 22 / 5


def today() -> date:
    return datetime.now(UTC).date()


def at(days_ago: int, hour: int = 10) -> datetime:
    """A naive UTC moment `days_ago` days before today (the users here live in UTC)."""
    return datetime.combine(today() - timedelta(days=days_ago), time(hour))


@pytest.fixture
def ana(auth, app):
    auth.login()
    with app.app_context():
        user_id = helpers.get_user("ana@example.com").id
        question = helpers.create_question(text=QUESTION, tags=(TAG,))
    return {"user": user_id, "question": question}


def sessions(user_id: int, question_id: int, score_sets, start: int = 5, **extra) -> list[int]:
    """One scored attempt per day, oldest first, the last one `start - len + 1` days ago."""
    ids = []
    for n, given in enumerate(score_sets):
        ids.append(
            helpers.create_attempt(
                user_id,
                question_id,
                text=extra.get("texts", {}).get(n, helpers.ANSWER),
                scores=given,
                created_at=at(start - n * 2),
            )
        )
    return ids


def section(html: str, start: str, end: str | None = None) -> str:
    part = html[html.index(start) :]
    return part[: part.index(end)] if end else part


def trend_card(html: str, tag: str = TAG) -> str:
    match = re.search(rf'<article class="card trend-card" aria-labelledby="trend-{tag}">', html)
    assert match, f"no trend card for {tag}"
    return html[match.start() : html.index("</article>", match.start())]


# The page without data


def test_progress_without_data_explains_what_to_do(client, ana):
    response = client.get("/progress")
    assert response.status_code == 200
    html = response.text
    assert "<h1>Progress</h1>" in html
    assert "No scored answers yet." in html
    assert "Build a plan" in html
    assert "Next: <strong>Build a practice plan from your priorities</strong>" in html
    assert "<dt>Sessions</dt><dd>0</dd>" in html
    assert "<dt>Current streak</dt><dd>0 days</dd>" in html
    assert "<dt>Drills due now</dt><dd>0</dd>" in html
    assert "No reviewed attempts yet" in html
    assert "Questions you practised" not in html
    assert 'id="sessions-per-week-title"' in html  # the weekly chart, all zeros
    assert "Practice sessions per week (the last 8 weeks)" in html


def test_brief_without_data_explains_what_to_do(client, ana):
    response = client.get("/brief")
    assert response.status_code == 200
    assert "No priorities yet" in response.text
    assert "Questions to ask them" in response.text


def test_progress_pages_need_login(client):
    for page in ("/progress", "/brief"):
        response = client.get(page)
        assert response.status_code == 302
        assert response.headers["Location"].startswith("/login")


# Trends per weakness


def test_three_rising_sessions_read_as_improving_with_the_numbers(client, app, ana):
    with app.app_context():
        helpers.create_feedback(
            ana["user"], received_on=today() - timedelta(days=30), findings=[(TAG, "confirmed")]
        )
        sessions(ana["user"], ana["question"], [FLAT_2, FLAT_3, MEAN_4_4])
    html = client.get("/progress").text
    card = trend_card(html)
    assert "Answer structure" in card
    assert '<span class="status status-improving">Improving</span>' in card
    assert "Mean score rose from 2.0 in your first session to 4.4 in your latest (3 sessions)." in (
        card
    )
    assert "First session 2.0, latest 4.4 (3 scored sessions)." in card

    svg = re.search(r"<svg .*?</svg>", card, re.S).group(0)
    assert 'role="img"' in svg
    assert 'aria-labelledby="trend-answer_structure-title trend-answer_structure-desc"' in svg
    assert (
        '<title id="trend-answer_structure-title">Answer structure: rubric scores per session'
        "</title>"
    ) in svg
    assert '<desc id="trend-answer_structure-desc">Your score: 2.0' in svg
    assert "style=" not in html  # the CSP forbids inline styles
    assert not re.search(r"(src|href)=\"(https?:)?//", html)  # no CDN
    assert "http://" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")

    # the table alternative: one row per session, both series as columns
    table = re.search(r'<table class="chart-table">.*?</table>', card, re.S).group(0)
    assert "<caption>Answer structure: scores per session</caption>" in table
    assert '<th scope="col">Your score</th><th scope="col">Reviewers&#39; score</th>' in table
    rows = re.findall(
        r'<tr><th scope="row">([^<]+)</th><td>([^<]+)</td><td>([^<]+)</td></tr>', table
    )
    labels = [f"{d.day} {d:%b}" for d in (at(5), at(3), at(1))]
    assert rows == [
        (labels[0], "2.0", "no data"),
        (labels[1], "3.0", "no data"),
        (labels[2], "4.4", "no data"),
    ]
    # the answer-analysis figures per session
    figures = re.search(r'<table class="chart-table figures-table">.*?</table>', card, re.S)
    assert (
        figures and "STAR parts" in figures.group(0) and "Filler words per 100" in figures.group(0)
    )
    assert figures.group(0).count('<th scope="row">') == 3
    assert "4.0 of 4" in figures.group(0)  # the helper's answer has all four STAR parts


def test_reviewer_scores_are_a_second_series(client, app, ana):
    with app.app_context():
        ids = sessions(ana["user"], ana["question"], [FLAT_2, FLAT_3, FLAT_3])
        invitation, _token = helpers.create_invitation(ana["user"], ids[1:])
        helpers.create_review(invitation, ids[1], scores=scores(5))
        helpers.create_review(invitation, ids[2], scores=scores(4))
    card = trend_card(client.get("/progress").text)
    svg = re.search(r"<svg .*?</svg>", card, re.S).group(0)
    assert svg.count('class="series series-self"') == 1
    assert svg.count('class="series series-reviewer"') == 1
    assert "Reviewers&#39; score: 5.0" in svg  # in the description
    rows = re.findall(r'<tr><th scope="row">[^<]+</th><td>([^<]+)</td><td>([^<]+)</td></tr>', card)
    assert rows[:3] == [("2.0", "no data"), ("3.0", "5.0"), ("3.0", "4.0")]
    # combined: 2.0 first; 3.5 latest (self 3, reviewer 4 weigh half each)
    assert '<span class="status status-improving">Improving</span>' in card
    assert "from 2.0 in your first session to 3.5 in your latest" in card


def test_falling_scores_read_as_worse(client, app, ana):
    with app.app_context():
        helpers.create_feedback(
            ana["user"], received_on=today() - timedelta(days=30), findings=[(TAG, "confirmed")]
        )
        sessions(ana["user"], ana["question"], [scores(4), FLAT_3, FLAT_2])
    html = client.get("/progress").text
    card = trend_card(html)
    assert '<span class="status status-worse">Worse</span>' in card
    assert "Mean score fell from 4.0 in your first session to 2.0 in your latest (3 sessions)." in (
        card
    )
    # with nothing due, the next action is the top priority that got worse
    assert (
        "Next: <strong>Rehearse an answer on Answer structure: your score fell from 4.0 to 2.0"
        in html
    )


def test_steady_scores_read_as_flat(client, app, ana):
    with app.app_context():
        sessions(ana["user"], ana["question"], [FLAT_3, scores(3, 3, 3, 4, 4), FLAT_3])
    card = trend_card(client.get("/progress").text)
    assert '<span class="status status-flat">Flat</span>' in card
    assert "a change under 0.5 counts as flat" in card


def test_one_session_is_not_enough_for_a_trend(client, app, ana):
    with app.app_context():
        sessions(ana["user"], ana["question"], [FLAT_3])
    card = trend_card(client.get("/progress").text)
    assert "Not enough data" in card
    assert "One scored session so far (mean 3.0): one more shows a trend." in card


def test_attempts_on_one_day_are_one_session(client, app, ana):
    with app.app_context():
        for hour, given in ((9, FLAT_2), (11, scores(4))):
            helpers.create_attempt(
                ana["user"], ana["question"], scores=given, created_at=at(2, hour)
            )
        helpers.create_attempt(ana["user"], ana["question"], scores=scores(4), created_at=at(1))
    html = client.get("/progress").text
    card = trend_card(html)
    assert "from 3.0 in your first session to 4.0 in your latest (2 sessions)" in card
    assert "<dt>Sessions</dt><dd>2</dd>" in html
    assert re.search(r'<th scope="row">[^<]+</th><td>2</td><td>4.0 of 4</td>', card)  # 2 attempts


def test_another_users_practice_stays_out(client, app, ana):
    with app.app_context():
        bob = helpers.create_user("bob@example.com")
        question = helpers.create_question(text="Bob's question?", tags=("teamwork",))
        for n in range(3):
            helpers.create_attempt(
                bob, question, text="Bob's answer", scores=scores(5), created_at=at(n)
            )
        helpers.create_feedback(bob, findings=[("teamwork", "confirmed")])
    for page in ("/progress", "/brief", "/priorities"):
        html = client.get(page).text
        assert "Bob" not in html and "Teamwork" not in html, page
    assert "<dt>Sessions</dt><dd>0</dd>" in client.get("/progress").text


# The week: sessions, streak, drills due and the next action


def test_sessions_streak_drills_due_and_next_action(client, app, ana):
    now = datetime.now(UTC).replace(tzinfo=None)
    with app.app_context():
        helpers.create_feedback(
            ana["user"],
            received_on=today() - timedelta(days=20),
            findings=[(TAG, "confirmed"), ("conciseness", "confirmed")],
        )
        other = helpers.create_question(text="Keep it short?", tags=("conciseness",))
        # rehearsed today and yesterday (one session each), and 3 days ago
        for days in (0, 1, 3):
            helpers.create_attempt(
                ana["user"], ana["question"], scores=FLAT_3, created_at=at(days, 8)
            )
        # a drill 2 days ago closes the gap: the streak runs today back to 3 days ago
        log = helpers.create_drill_log(ana["user"], other)
        db.session.get(DrillLog, log).reviewed_at = at(2, 8)
        # two conciseness cards due, one answer_structure card later
        for n in range(2):
            question = helpers.create_question(text=f"Due {n}?", tags=("conciseness",))
            helpers.create_review_card(
                ana["user"], question, "conciseness", due=now - timedelta(hours=1)
            )
        helpers.create_review_card(ana["user"], other, TAG, due=now + timedelta(days=3))
        untagged = helpers.create_question(text="Anything else?", tags=())
        helpers.create_review_card(ana["user"], untagged, None, due=now - timedelta(hours=2))
        db.session.commit()
    html = client.get("/progress").text
    # 3 rehearsal days + 1 drill day
    assert "<dt>Sessions</dt><dd>4</dd>" in html
    assert "<dt>Current streak</dt><dd>4 days</dd>" in html
    # the rehearsals' own cards are due later; two conciseness cards and an untagged one
    # are due now (the untagged one counts, but the next action names a weak area)
    assert "<dt>Drills due now</dt><dd>3</dd>" in html
    assert "Next: <strong>2 drills due on Conciseness</strong>." in html
    weeks = re.search(
        r'<table class="chart-table"><caption>Practice sessions per week.*?</table>', html, re.S
    ).group(0)
    counts = [int(n) for n in re.findall(r"<td>(\d+)</td>", weeks)]
    assert len(counts) == 8 and sum(counts) == 4
    monday = today() - timedelta(days=today().weekday())
    this_week = sum(1 for days in (0, 1, 2, 3) if today() - timedelta(days=days) >= monday)
    assert counts[-1] == this_week


def test_a_streak_broken_two_days_ago_counts_from_yesterday(client, app, ana):
    with app.app_context():
        for days in (1, 3, 4):
            helpers.create_attempt(ana["user"], ana["question"], scores=FLAT_3, created_at=at(days))
    assert "<dt>Current streak</dt><dd>1 day</dd>" in client.get("/progress").text


def test_practised_questions_link_to_their_timelines(client, app, ana):
    with app.app_context():
        sessions(ana["user"], ana["question"], [FLAT_2, FLAT_3, MEAN_4_4])
    html = client.get("/progress").text
    practised = section(html, "Questions you practised")
    assert f'href="/questions/{ana["question"]}/history">{QUESTION}</a>' in practised
    assert "3 attempts" in practised and "scored 4.4" in practised
    history = client.get(f"/questions/{ana['question']}/history")
    assert history.status_code == 200


def test_a_weakness_card_charts_its_latest_twelve_sessions_and_compares_all(client, app, ana):
    with app.app_context():
        sessions(ana["user"], ana["question"], [FLAT_2] + [FLAT_3] * 13 + [MEAN_4_4], start=40)
    card = trend_card(client.get("/progress").text)
    assert "scores per session (the latest 12 of 15)" in card
    assert "what the analysis found, per session (the latest 12 of 15)" in card
    figures = section(card, "what the analysis found")
    assert figures.count("<tr>") == 13  # the heading and twelve sessions
    assert "First session 2.0, latest 4.4 (15 scored sessions)" in card


def test_eight_weak_areas_get_a_chart_the_others_a_row_of_one_table(client, app, ana):
    from coach.analysis.taxonomy import CHANGEABLE

    areas = sorted(CHANGEABLE)[:10]
    with app.app_context():
        for n, tag in enumerate(areas):
            question = helpers.create_question(ana["user"], text=f"On {tag}?", tags=(tag,))
            helpers.create_attempt(ana["user"], question, scores=FLAT_3, created_at=at(n + 1))
    html = client.get("/progress").text
    assert html.count('<article class="card trend-card"') == 8
    others = section(html, "Your other weak areas, first session against latest", "</table>")
    assert others.count('<th scope="row">') == 2
    assert "<td>Not enough data</td>" in others and "<td>3.0</td>" in others


def test_practised_questions_show_the_most_recent_ten_and_link_to_every_answer(client, app, ana):
    with app.app_context():
        for n in range(12):
            question = helpers.create_question(ana["user"], text=f"Question number {n}?")
            helpers.create_attempt(ana["user"], question, created_at=at(20 - n))
    practised = section(client.get("/progress").text, "Questions you practised")
    assert "Question number 11?" in practised and "Question number 2?" in practised
    assert "Question number 1?" not in practised and "Question number 0?" not in practised
    assert "The 10 most recent of 12 questions" in practised
    assert 'href="/attempts"' in practised


# Calibration


def test_calibration_compares_self_scores_with_reviewers(client, app, ana):
    with app.app_context():
        ids = sessions(ana["user"], ana["question"], [scores(4, 4, 4, 4, 2), scores(4, 4, 4, 4, 2)])
        invitation, _token = helpers.create_invitation(ana["user"], ids)
        for attempt_id in ids:
            helpers.create_review(invitation, attempt_id, scores=scores(3, 4, 4, 4, 4))
    html = client.get("/progress").text
    calibration = section(html, "Your scores and your reviewers", "</section>")
    assert (
        "You score yourself 2.0 lower than reviewers on confidence and 1.0 higher on structure."
    ) in calibration
    rows = re.findall(
        r'<tr><th scope="row">(\w+)</th><td>(\d+)</td>\s*<td>([^<]+)</td>\s*<td>([^<]+)</td>'
        r"\s*<td>([^<]+)</td></tr>",
        calibration,
    )
    assert rows == [
        ("Structure", "2", "4.0", "3.0", "+1.0"),
        ("Specificity", "2", "4.0", "4.0", "+0.0"),
        ("Relevance", "2", "4.0", "4.0", "+0.0"),
        ("Conciseness", "2", "4.0", "4.0", "+0.0"),
        ("Confidence", "2", "2.0", "4.0", "-2.0"),
    ]


def test_calibration_within_half_a_point_says_so(client, app, ana):
    with app.app_context():
        ids = sessions(ana["user"], ana["question"], [FLAT_3])
        invitation, _token = helpers.create_invitation(ana["user"], ids)
        helpers.create_review(invitation, ids[0], scores=scores(3))
    assert "Your self-scores are within 0.5 of reviewers" in client.get("/progress").text


# The interview brief


def test_brief_shows_top_priorities_best_answers_context_and_questions(client, app, ana):
    with app.app_context():
        user = ana["user"]
        helpers.create_feedback(
            user,
            "Rambling, unstructured answers; we wanted more experience.",
            received_on=today() - timedelta(days=10),
            source_kind="interviewer",
            findings=[
                (TAG, "confirmed"),
                ("conciseness", "confirmed"),
                ("experience_gap", "confirmed"),
                ("salary_expectations", "confirmed"),
            ],
        )
        helpers.create_feedback(
            user, received_on=today() - timedelta(days=40), findings=[("confidence", "confirmed")]
        )
        helpers.create_feedback(
            user,
            received_on=today() - timedelta(days=50),
            findings=[("specific_examples", "confirmed")],
        )
        sessions(
            user,
            ana["question"],
            [FLAT_2, scores(4), FLAT_3],
            texts={0: "A weak first go.", 1: BEST, 2: "A middling third go."},
        )
    response = client.get("/brief")
    assert response.status_code == 200
    html = response.text
    titles = re.findall(r'<h2 id="area-(\w+)">(\d)\. ([^<]+)</h2>', html)
    assert titles == [
        (TAG, "1", "Answer structure"),
        ("conciseness", "2", "Conciseness"),
        ("confidence", "3", "Confidence"),
    ]  # the top three only
    assert "Specific examples" not in html
    structure = section(html, 'id="area-answer_structure"', 'id="area-conciseness"')
    assert "Named by 1 interviewer in 1 source" in structure
    assert "<strong>Your best answer</strong> (scored 4.0)" in structure
    assert QUESTION in structure and "saving 12%" in structure
    assert "A weak first go" not in html and "middling" not in html
    conciseness = section(html, 'id="area-conciseness"', 'id="area-confidence"')
    assert "No scored answer yet on this area" in conciseness
    context = section(html, "Out of your hands", "</section>")
    assert "Experience gap: Refine the search" in context
    assert "Salary expectations: Check the salary band" in context
    ask = section(html, "Questions to ask them")
    assert ask.count("<li>") == 6
    assert "Why is this role open now?" in ask
    assert "data-print hidden" in html and "print.js" in html


def test_brief_prefers_the_latest_of_equal_best_answers(client, app, ana):
    with app.app_context():
        helpers.create_feedback(ana["user"], findings=[(TAG, "confirmed")])
        sessions(
            ana["user"],
            ana["question"],
            [scores(4), scores(4)],
            texts={0: "The older one.", 1: "The newer one."},
        )
    html = client.get("/brief").text
    assert "The newer one." in html and "The older one." not in html


# Closing the loop: practice lowers a priority; new feedback raises it again


def priority_card(html: str, label: str) -> str:
    start = html.index(f'<h3 class="card-title">{label}</h3>')
    return html[start : html.index("</dl>", start)]


def ranked(html: str) -> list[str]:
    work = section(html, "What to work on", "</section>")
    return re.findall(r'<h3 class="card-title">(.*?)</h3>', work)


def two_priorities(user: int) -> None:
    """Answer structure named by an interviewer, conciseness in a mock, 20 days ago: answer
    structure ranks first until practice lowers it."""
    for kind, tag in (("interviewer", TAG), ("mock", "conciseness")):
        helpers.create_feedback(
            user,
            received_on=today() - timedelta(days=20),
            source_kind=kind,
            findings=[(tag, "confirmed")],
        )


def test_practice_lowers_a_priority_and_new_feedback_raises_it_again(client, app, ana):
    with app.app_context():
        user = ana["user"]
        two_priorities(user)
    assert ranked(client.get("/priorities").text) == ["Answer structure", "Conciseness"]

    with app.app_context():  # three sessions averaging 4.2 (4, 4.2, 4.4)
        sessions(user, ana["question"], [scores(4), scores(4, 4, 4, 4, 5), MEAN_4_4])
    html = client.get("/priorities").text
    assert ranked(html) == ["Conciseness", "Answer structure"]
    card = priority_card(html, "Answer structure")
    assert "; last 3 practice scores average 4.2: lowered." in card
    assert '<li class="tag">Lowered by practice</li>' in card
    assert "Lowered by practice" not in priority_card(html, "Conciseness")

    with app.app_context():  # a rejection names it again, after the practice
        helpers.create_feedback(
            user, received_on=today(), source_kind="interviewer", findings=[(TAG, "confirmed")]
        )
    html = client.get("/priorities").text
    assert ranked(html) == ["Answer structure", "Conciseness"]
    card = priority_card(html, "Answer structure")
    assert "named again since then (1): raised again" in card
    assert "Lowered by practice" not in card


def test_three_practices_under_four_do_not_lower(client, app, ana):
    with app.app_context():
        helpers.create_feedback(ana["user"], findings=[(TAG, "confirmed")])
        sessions(ana["user"], ana["question"], [scores(5), scores(5), FLAT_2])
    html = client.get("/priorities").text
    card = priority_card(html, "Answer structure")
    assert "lowered" in card  # (5 + 5 + 2) / 3 = 4.0 is enough


def test_reviewer_scores_count_towards_lowering(client, app, ana):
    """Self-scores of 4 lower a priority, unless reviewers scored the same answers 2."""
    with app.app_context():
        helpers.create_feedback(ana["user"], findings=[(TAG, "confirmed")])
        ids = sessions(ana["user"], ana["question"], [scores(4), scores(4), scores(4)])
    card = priority_card(client.get("/priorities").text, "Answer structure")
    assert "last 3 practice scores average 4.0: lowered" in card
    with app.app_context():
        invitation, _token = helpers.create_invitation(ana["user"], ids)
        for attempt_id in ids:
            helpers.create_review(invitation, attempt_id, scores=scores(2))
    card = priority_card(client.get("/priorities").text, "Answer structure")
    assert "lowered" not in card and "Lowered by practice" not in card


def test_the_brief_and_dashboard_order_follows_the_lowered_priorities(client, app, ana):
    with app.app_context():
        user = ana["user"]
        two_priorities(user)
        sessions(user, ana["question"], [MEAN_4_4, MEAN_4_4, MEAN_4_4])
    brief = client.get("/brief").text
    assert re.findall(r'<h2 id="area-(\w+)">', brief) == ["conciseness", TAG]
    assert "lowered" in section(brief, 'id="area-answer_structure"')
    progress_page = client.get("/progress").text
    assert "Next: <strong>Rehearse an answer on Conciseness: no attempts yet</strong>" in (
        progress_page
    )


def test_sessions_and_streak_follow_the_users_time_zone(client, app, auth):
    """Kiritimati is UTC+14: 01:00 and 20:00 UTC of one day are two local days there."""
    auth.create(email="kiri@example.com", timezone="Pacific/Kiritimati")
    auth.login(email="kiri@example.com", create=False)
    from zoneinfo import ZoneInfo

    local_today = datetime.now(ZoneInfo("Pacific/Kiritimati")).date()
    utc_day = local_today - timedelta(days=2)  # 01:00 UTC is 15:00 local on this day
    with app.app_context():
        user = helpers.get_user("kiri@example.com").id
        question = helpers.create_question(text=QUESTION, tags=(TAG,))
        for hour, given in ((1, FLAT_2), (20, scores(4))):
            helpers.create_attempt(
                user, question, scores=given, created_at=datetime.combine(utc_day, time(hour))
            )
    html = client.get("/progress").text
    assert "<dt>Sessions</dt><dd>2</dd>" in html
    # the local days are two and one days ago: the streak runs to yesterday
    assert "<dt>Current streak</dt><dd>2 days</dd>" in html
    card = trend_card(html)
    assert "from 2.0 in your first session to 4.0 in your latest (2 sessions)" in card
    second = utc_day + timedelta(days=1)
    assert f'<th scope="row">{second.day} {second:%b}</th><td>4.0</td>' in card


def test_the_lean_practice_results_match_the_full_records(app, ana):
    """The priorities read practice lean; it must give the very records progress builds."""
    from coach.analysis import progress
    from coach.models import User
    from coach.progress import services

    with app.app_context():
        user_id, question = ana["user"], ana["question"]
        other = helpers.create_question(text="Another?", tags=("confidence", TAG))
        helpers.create_attempt(user_id, question, scores=FLAT_2, created_at=at(9))
        helpers.create_attempt(user_id, other, created_at=at(8))  # not scored: no record
        reviewed = helpers.create_attempt(user_id, other, scores=MEAN_4_4, created_at=at(5))
        only_reviewed = helpers.create_attempt(user_id, question, created_at=at(2))
        for attempt, given in ((reviewed, FLAT_3), (reviewed, FLAT_2), (only_reviewed, FLAT_3)):
            invitation, _token = helpers.create_invitation(user_id, [attempt])
            helpers.create_review(invitation, attempt, scores=given)
        user = db.session.get(User, user_id)
        full = progress.practice_results(services.practice_attempts(user), tz="UTC")
        lean = services.practice_results(user)
    assert lean == full
    assert len(lean) == 6  # own: 1 + 1 x 2 tags; reviewers: 1 x 2 tags + 1
