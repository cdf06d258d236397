"""The rehearse page with the keyboard alone: timer, answer, recording, saving and scoring."""

import sqlalchemy as sa
from playwright.sync_api import expect

from coach.extensions import db
from coach.rehearse.models import Attempt
from tests import helpers

ANSWER = (
    "Last spring my team missed a release. My job was to get it out in a week. "
    "I split the work and shipped daily. As a result we released in five days."
)


def tab_to(page, name: str, limit: int = 80) -> None:
    """Press Tab until the focused element's accessible name or label contains `name`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
                const el = document.activeElement;
                if (!el) return "";
                const label = el.labels && el.labels.length ? el.labels[0].innerText : "";
                const radio = el.type === "radio" ? el.name + " " + el.value : "";
                return [el.innerText || "", el.getAttribute("aria-label") || "", label, radio]
                    .join(" | ");
            }"""
        )
        if name in focused:
            return
    raise AssertionError(f"Tab never reached {name!r}")


def test_rehearse_and_score_an_answer_without_a_mouse(logged_in, live_server, app):
    page = logged_in
    with app.app_context():
        user_id = helpers.get_user("ana@example.com").id
        question = helpers.create_question(user_id, text="Tell me about a missed deadline.")
    page.goto(f"{live_server}/questions/{question}/rehearse")

    tab_to(page, "Show guidance")
    page.keyboard.press("Enter")
    expect(page.get_by_text("What the interviewer listens for")).to_be_visible()

    tab_to(page, "Start the timer")
    page.keyboard.press("Enter")
    expect(page.locator("[data-timer]")).to_have_attribute("data-timer-state", "think")

    tab_to(page, "Your answer")
    page.keyboard.type(ANSWER)
    tab_to(page, "Record")
    page.keyboard.press("Enter")
    expect(page.locator("[data-recorder]")).to_have_attribute("data-recording", "true")
    page.wait_for_timeout(1200)
    page.keyboard.press("Enter")  # the focused button now reads "Stop"
    expect(page.locator("[data-recorder-status]")).to_contain_text("Recorded")

    tab_to(page, "Save answer")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Answer saved.")).to_be_visible()

    # the rubric: Tab reaches each line's radio group, arrows choose, Enter saves
    for line in ("structure", "specificity", "relevance", "conciseness", "confidence"):
        tab_to(page, f"{line} 1")
        page.keyboard.press("ArrowRight")
        page.keyboard.press("ArrowRight")
        page.keyboard.press("ArrowRight")  # 4
    tab_to(page, "Save my scores")
    page.keyboard.press("Enter")
    expect(page.get_by_text("Scored 4.0 of 5")).to_be_visible()

    with app.app_context():
        attempt = db.session.scalar(sa.select(Attempt))
        assert attempt.text == ANSWER
        assert attempt.audio_filename is not None
        assert attempt.scores == dict.fromkeys(attempt.scores, 4)
