"""A person builds a plan from their priorities and drills it from the keyboard alone."""

from datetime import date

import pytest
from playwright.sync_api import expect

from coach.extensions import db
from coach.practice.models import DrillLog, ReviewCard
from tests import helpers
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_accessibility import assert_accessible


@pytest.fixture
def debriefed(app, user):
    """The bank, and feedback naming weak answer structure twice and conciseness once."""
    with app.app_context():
        helpers.load_bank()
        user_id = helpers.get_user(user[0]).id
        application = helpers.create_application(user_id)
        for day in (10, 14):
            helpers.create_feedback(
                user_id,
                "Your answers lacked structure.",
                application_id=application,
                received_on=date(2025, 3, day),
                findings=[("answer_structure", "confirmed", "answers lacked structure")],
            )
        helpers.create_feedback(user_id, "Mock: ran long.", findings=[("conciseness", "added")])
    return user_id


def shot(page, name: str) -> None:
    """A screenshot of what is on screen, to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def test_build_a_plan_and_drill_it_with_the_keyboard(logged_in, live_server, app, debriefed):
    page = logged_in
    page.get_by_role("link", name="Plan", exact=True).click()
    expect(page.get_by_text("Your top priorities:")).to_contain_text("Answer structure")
    page.get_by_label("Number of questions").first.fill("6")
    page.get_by_role("button", name="Build my plan").click()
    expect(page.get_by_text("Your plan is ready: 6 questions")).to_be_visible()
    expect(page.get_by_text("Targets: Answer structure").first).to_be_visible()
    shot(page, "e2e-plan")

    page.get_by_role("link", name="Start the drill").click()
    expect(page.get_by_text("6 questions due now")).to_be_visible()
    expect(page.get_by_text("Trains: Answer structure")).to_be_visible()
    question = page.locator("#drill-question").inner_text()
    guidance = page.get_by_role("heading", name="What the interviewer listens for")
    expect(guidance).to_be_hidden()

    page.keyboard.press("r")
    expect(guidance).to_be_visible()
    shot(page, "e2e-drill-revealed")
    page.keyboard.press("3")
    expect(page.get_by_text("Graded Good. Next review of that question:")).to_be_visible()
    expect(page.get_by_text("5 questions due now")).to_be_visible()
    expect(page.locator("#drill-question")).not_to_have_text(question)
    expect(guidance).to_be_hidden()

    page.keyboard.press("1")
    expect(page.get_by_text("Graded Again.")).to_be_visible()
    with app.app_context():
        grades = sorted(db.session.scalars(db.select(DrillLog.grade)))
        reviewed = db.session.scalar(
            db.select(db.func.count()).select_from(ReviewCard).where(ReviewCard.reviews == 1)
        )
    assert grades == ["again", "good"]
    assert reviewed == 2


def test_the_drill_works_with_the_mouse_too(logged_in, live_server, app, debriefed):
    page = logged_in
    page.goto(live_server + "/plan")
    page.get_by_role("button", name="Build my plan").click()
    page.goto(live_server + "/drill")
    page.get_by_role("link", name="Questions", exact=True).focus()
    page.keyboard.press("Space")  # on a link, Space is the browser's: no reveal, no grade
    expect(page.get_by_role("heading", name="What the interviewer listens for")).to_be_hidden()
    page.get_by_text("Show guidance").click()
    expect(page.get_by_role("heading", name="What the interviewer listens for")).to_be_visible()
    page.get_by_role("button", name="Easy").click()
    expect(page.get_by_text("Graded Easy.")).to_be_visible()


def test_add_an_own_question_and_hide_a_bank_one(logged_in, live_server, app, debriefed):
    page = logged_in
    page.goto(live_server + "/questions")
    page.get_by_role("link", name="Add your own question").click()
    page.get_by_role("button", name="Save question").click()
    expect(page.get_by_text("Write the question.")).to_be_visible()
    expect(page.get_by_text("Choose at least one skill this question trains.")).to_be_visible()
    assert_accessible(page, "own question form with errors")
    page.get_by_label("Question", exact=True).fill("Why logistics, after ten years in retail?")
    page.get_by_label("Role motivation").check()
    page.get_by_label("Phone screen").check()
    page.get_by_label("Where it came from").select_option("job_advert")
    page.get_by_role("button", name="Save question").click()
    expect(page.get_by_text("Your question is saved.")).to_be_visible()
    shot(page, "e2e-own-question")

    page.set_viewport_size({"width": 375, "height": 900})
    page.goto(live_server + "/questions?tag=role_motivation")
    expect(page.get_by_text("Why logistics, after ten years in retail?")).to_be_visible()
    shot(page, "e2e-questions-phone")
    first_bank = page.locator(".question-card").filter(has=page.get_by_role("button", name="Hide"))
    text = first_bank.first.locator(".question-text").inner_text()
    first_bank.first.get_by_role("button", name="Hide").click()
    expect(page.get_by_text("Hidden. It will not appear")).to_be_visible()
    expect(page).to_have_url(live_server + "/questions?tag=role_motivation")
    expect(page.get_by_text(text, exact=True)).to_have_count(0)
    page.get_by_role("link", name="Show hidden questions (1)").click()
    page.get_by_role("button", name="Unhide").click()
    expect(page.get_by_text("Shown again.")).to_be_visible()
    shot(page, "e2e-questions")
