"""Script-injection payloads through every Markdown field, in the owner's and the reviewer's
views, in Chromium: no script runs and the page breaks no rule of the CSP."""

from pathlib import Path

import pytest

from tests import helpers

PAYLOADS = [
    line
    for line in (Path(__file__).parents[1] / "data" / "xss_payloads.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]


def test_there_are_enough_payloads():
    assert len(PAYLOADS) >= 30


def watch(page, seen: list[str]) -> None:
    """Record dialogs (dismissed), uncaught errors and CSP violations of a page."""

    def on_dialog(dialog) -> None:
        seen.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda error: seen.append(f"pageerror: {error}"))
    page.on(
        "console",
        lambda message: (
            seen.append(f"console: {message.text}")
            if "Content Security Policy" in message.text or "Refused to" in message.text
            else None
        ),
    )


def everything_with(app, email: str, payload: str) -> dict[str, object]:
    """The payload in every Markdown field the user or a reviewer can write."""
    with app.app_context():
        user_id = helpers.get_user(email).id
        application = helpers.create_application(user_id, day_to_day=payload, not_exciting=payload)
        helpers.create_stage(application, went_well=payload, do_differently=payload)
        question = helpers.create_question(user_id, text="Hostile question?", notes=payload)
        helpers.create_plan_action(user_id, tag="leadership", text=payload)
        attempt = helpers.create_attempt(user_id, question, text=payload)
        invitation, token = helpers.create_invitation(user_id, [attempt], note=payload)
        helpers.create_review(invitation, attempt, comment=payload)
        helpers.set_overall_comment(invitation, payload)
    return {
        "owner": [
            f"/applications/{application}",
            f"/questions/{question}",
            "/plan",
            f"/questions/{question}/rehearse",
            f"/attempts/{attempt}",
            "/inbox",
            f"/invitations/{invitation}",
        ],
        "token": token,
    }


@pytest.mark.parametrize("payload", PAYLOADS, ids=[f"payload{n:02d}" for n in range(len(PAYLOADS))])
def test_no_payload_runs_in_any_view(logged_in, live_server, app, user, browser, payload):
    records = everything_with(app, user[0], payload)
    seen: list[str] = []
    watch(logged_in, seen)
    for path in records["owner"]:
        logged_in.goto(live_server + path)
        logged_in.wait_for_load_state("load")
    reviewer = browser.new_context().new_page()
    watch(reviewer, seen)
    reviewer.goto(f"{live_server}/r/{records['token']}")
    reviewer.wait_for_load_state("load")
    assert "/review/" in reviewer.url
    reviewer.context.close()
    assert seen == []
