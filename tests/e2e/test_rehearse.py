"""A person rehearses an answer in Chromium: typed, drafted, recorded, analysed, scored, redone."""

import sqlalchemy as sa
from playwright.sync_api import expect

from coach.extensions import db
from coach.practice.models import DrillLog
from coach.rehearse.models import Attempt
from tests import helpers
from tests.e2e.test_accessibility import assert_accessible

FIRST = (
    "At my last job our checkout kept failing. I think we kind of, um, looked at it "
    "and fixed it in the end."
)
SECOND = (
    "Last spring our checkout failed on one order in ten. My job was to fix it before "
    "the summer sale. I traced the failures to the payment retries and rewrote them. "
    "As a result, failed payments fell by 40%."
)


def console_errors(page) -> list[str]:
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


def test_type_draft_record_save_score_and_compare_two_attempts(logged_in, live_server, app):
    page = logged_in
    errors = console_errors(page)
    with app.app_context():
        user_id = helpers.get_user("ana@example.com").id
        question = helpers.create_question(
            user_id, text="Tell me about a time you fixed something under pressure."
        )
    page.goto(f"{live_server}/questions/{question}/rehearse")
    expect(page.get_by_role("heading", name="Tell me about a time you fixed")).to_be_visible()
    expect(page.get_by_text("30 s to think, then 2 min to answer.")).to_be_visible()
    expect(page.get_by_role("timer")).to_have_text("0:30")

    # Type, wait for the draft to reach the server, reload: the draft is there.
    answer = page.get_by_label("Your answer (Markdown), or a transcript of your recording")
    answer.fill(FIRST)
    expect(page.locator("[data-autosave-status]")).to_contain_text("Saved at", timeout=15000)
    page.reload()
    expect(answer).to_have_value(FIRST)

    # Record two seconds with the fake microphone, listen back, save.
    page.get_by_role("button", name="Record", exact=True).click()
    page.wait_for_timeout(2000)
    page.get_by_role("button", name="Stop").click()
    expect(page.locator("[data-recorder-status]")).to_contain_text("Recorded 0:02")
    expect(page.locator("[data-recorder-preview]")).to_be_visible()
    page.get_by_role("button", name="Save answer").click()

    expect(page.get_by_text("Answer saved. Read the analysis, then score it.")).to_be_visible()
    expect(page.get_by_text("No task: say what you were responsible for")).to_be_visible()
    expect(page.locator(".star-missing dt", has_text="Task")).to_be_visible()
    expect(page.get_by_text("(from the recording)")).to_be_visible()
    player = page.locator("audio[src*='/audio']")
    expect(player).to_be_visible()
    duration = player.evaluate(
        "audio => new Promise(done => { if (audio.readyState >= 1) done(audio.duration);"
        " else audio.addEventListener('loadedmetadata', () => done(audio.duration)); })"
    )
    assert duration and duration > 0
    assert_accessible(page, "attempt page")

    for line in ("structure", "specificity", "relevance", "conciseness", "confidence"):
        page.locator(f"input[name={line}][value='2']").check()
    page.get_by_role("button", name="Save my scores").click()
    expect(page.get_by_text("the drill grades this question Hard")).to_be_visible()

    # A second, better attempt; the history shows what changed, word by word.
    page.get_by_role("link", name="Try again").click()
    expect(answer).to_have_value("")
    answer.fill(SECOND)
    page.get_by_role("button", name="Save answer").click()
    expect(page.get_by_text("Answer saved.")).to_be_visible()
    expect(page.locator(".star-missing")).to_have_count(0)
    page.get_by_role("link", name="All attempts and changes").click()
    expect(page.get_by_role("heading", name="What changed")).to_be_visible()
    expect(page.locator(".diff ins").first).to_be_visible()
    expect(page.locator(".diff ins", has_text="40%")).to_have_count(1)
    expect(page.locator(".diff del", has_text="um")).to_have_count(1)
    expect(page.locator("audio")).to_have_count(1)
    assert_accessible(page, "history page")

    with app.app_context():
        saved = db.session.scalars(sa.select(Attempt).order_by(Attempt.id)).all()
        assert [a.text for a in saved] == [FIRST, SECOND]
        assert saved[0].audio_type == "audio/webm"
        assert 1.5 <= saved[0].audio_seconds <= 3.0
        grades = db.session.scalars(sa.select(DrillLog.grade).where(DrillLog.origin == "rehearse"))
        assert list(grades) == ["hard"]
    assert errors == []


def test_a_mock_interview_runs_questions_in_a_row_then_sums_up(logged_in, live_server, app):
    page = logged_in
    with app.app_context():
        user_id = helpers.get_user("ana@example.com").id
        questions = [
            helpers.create_question(user_id, text=f"Mock question number {n}?") for n in (1, 2)
        ]
        practice_set = helpers.create_practice_set(
            user_id, [(q, "leadership") for q in questions], kind="tags"
        )
    page.goto(f"{live_server}/plan/sets/{practice_set}")
    page.get_by_role("link", name="Run it as a mock interview").click()
    page.get_by_label("Answer time per question (seconds)").fill("60")
    page.get_by_role("button", name="Start the interview").click()

    expect(page.get_by_text("question 1 of 2")).to_be_visible()
    expect(page.get_by_text("Show guidance")).to_have_count(0)
    expect(page.get_by_text("30 s to think, then 1 min to answer.")).to_be_visible()
    page.get_by_role("button", name="Start the timer").click()
    page.get_by_label("Your answer (Markdown), or a transcript of your recording").fill(SECOND)
    page.get_by_role("button", name="Save and go on").click()
    expect(page.get_by_text("question 2 of 2")).to_be_visible()
    page.get_by_role("button", name="Skip this question").click()

    expect(page.get_by_role("heading", name="How the interview went")).to_be_visible()
    expect(page.get_by_text("1 of 2 questions answered")).to_be_visible()
    expect(page.get_by_role("cell", name="Skipped")).to_be_visible()
    expect(page.get_by_role("cell", name="4 of 4")).to_be_visible()
    assert_accessible(page, "mock summary")
