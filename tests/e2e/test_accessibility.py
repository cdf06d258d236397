"""Every page passes axe-core without serious or critical violations, on phone and desktop."""

from datetime import date

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests import helpers
from tests.e2e.conftest import screenshot

# Every page joins one of these lists as it is built. {placeholders} name the records that
# the `records` fixture makes for the logged-in user.
PUBLIC_PAGES = ["/", "/login", "/register", "/no-such-page", "/r/not-a-real-review-link"]
USER_PAGES = [
    "/account",
    "/applications",
    "/applications/new",
    "/applications/{application}",
    "/applications/{application}/edit",
    "/applications/{application}/delete",
    "/applications/{application}/stages/new",
    "/stages/{stage}/edit",
    "/stages/{stage}/delete",
    "/feedback/new",
    "/feedback/{feedback}",
    "/feedback/{vague_feedback}",
    "/feedback/{feedback}/edit",
    "/feedback/{feedback}/delete",
    "/paste",
    "/priorities",
    "/insights",
    "/questions",
    "/questions?show=hidden",
    "/questions/new",
    "/questions/{own_question}",
    "/questions/{own_question}/edit",
    "/questions/{own_question}/delete",
    "/questions/{bank_question}",
    "/plan",
    "/plan/sets/{practice_set}",
    "/plan/actions/{action}/edit",
    "/drill",
    "/questions/{own_question}/rehearse",
    "/questions/{bank_question}/rehearse?think=10&answer=90",
    "/questions/{own_question}/history",
    "/attempts",
    "/attempts/{attempt}",
    "/attempts/{recorded_attempt}",
    "/attempts/{attempt}/delete",
    "/mock",
    "/mock/{mock}",
    "/mock/{finished_mock}/summary",
    "/invitations",
    "/invitations/new",
    "/invitations/new?attempt={attempt}",
    "/invitations/{invitation}",
    "/inbox",
]

axe = Axe()


def assert_accessible(page, path):
    results = axe.run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], f"{path}: " + "; ".join(
        f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes)" for v in serious
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_are_accessible(page, live_server, path, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(live_server + path)
    assert_accessible(page, path)


@pytest.fixture
def records(app, user):
    """A debrief for the user: an application with stages, and feedback with findings."""
    with app.app_context():
        user_id = helpers.get_user(user[0]).id
        application = helpers.create_application(user_id, day_to_day="Yes, *mostly*.")
        stage = helpers.create_stage(application, "technical", self_rating=2)
        helpers.create_stage(application, "phone_screen", date(2025, 3, 5), 4, went_well="Calm.")
        feedback = helpers.create_feedback(
            user_id,
            "Your answers lacked structure. We went with someone with more experience.",
            application_id=application,
            stage_id=stage,
            findings=[
                ("answer_structure", "confirmed", "answers lacked structure"),
                ("experience_gap", "proposed", "someone with more experience"),
                ("conciseness", "removed"),
            ],
        )
        vague = helpers.create_feedback(
            user_id,
            "It was a close call, but you were not quite the right fit.",
            application_id=application,
            findings=[("culture_fit", "proposed", "not quite the right fit")],
        )
        helpers.create_feedback(user_id, "Mock: ran long.", findings=[("conciseness", "added")])
        practice = helpers.practice_records(user_id)
        rehearsal = helpers.rehearsal_records(user_id, practice["own_question"])
        invitation, token = helpers.create_invitation(
            user_id, [rehearsal["attempt"], rehearsal["recorded_attempt"]]
        )
        helpers.create_review(invitation, rehearsal["attempt"], comment="Lead with *the result*.")
        helpers.create_review(
            invitation,
            rehearsal["recorded_attempt"],
            comment="Clearer, please.",
            scores={"structure": 5, "specificity": 1},
        )
    return {
        **rehearsal,
        "invitation": invitation,
        "review_token": token,
        "application": application,
        "stage": stage,
        "feedback": feedback,
        "vague_feedback": vague,
        **practice,
    }


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", USER_PAGES)
def test_user_pages_are_accessible(logged_in, live_server, records, path, scheme):
    logged_in.emulate_media(color_scheme=scheme)
    logged_in.goto(live_server + path.format(**records))
    assert_accessible(logged_in, path)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_forms_with_errors_are_accessible(logged_in, live_server, records, scheme):
    page = logged_in
    page.emulate_media(color_scheme=scheme)
    page.goto(live_server + f"/applications/{records['application']}/stages/new")
    page.get_by_label("Date", exact=True).fill("2000-01-01")
    page.get_by_role("button", name="Save stage").click()
    assert page.get_by_text("cannot be before the application date").is_visible()
    assert_accessible(page, "stage form with errors")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_rehearse_and_rubric_errors_are_accessible(logged_in, live_server, records, scheme):
    page = logged_in
    page.emulate_media(color_scheme=scheme)
    page.goto(live_server + f"/questions/{records['bank_question']}/rehearse")
    page.get_by_role("button", name="Save answer").click()
    assert page.get_by_text("Type your answer, or record it, before saving.").is_visible()
    assert_accessible(page, "rehearse with errors")
    page.goto(live_server + f"/attempts/{records['unscored_attempt']}")
    page.locator("#structure-0").check()
    page.get_by_role("button", name="Save my scores").click()
    assert page.get_by_text("Score specificity from 1 to 5.").is_visible()
    assert_accessible(page, "rubric with errors")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_reviewer_page_is_accessible(browser, live_server, records, scheme):
    """A friend's browser, without an account: the link's token, then the review page."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.emulate_media(color_scheme=scheme)
        page.goto(live_server + "/r/" + records["review_token"])
        page.wait_for_url(f"{live_server}/review/{records['invitation']}")
        assert_accessible(page, "reviewer page")
        # emptied of scores and comment, the review is refused with a message
        attempt = records["attempt"]
        page.locator(f"#a{attempt}-comment").fill("")
        page.locator(f"#answer-{attempt} form.review-form").evaluate(
            "form => form.querySelectorAll('input[type=radio]').forEach(r => r.checked = false)"
        )
        page.get_by_role("button", name="Update my review of answer 1").click()
        assert page.get_by_text("Score at least one line or write a comment.").is_visible()
        assert_accessible(page, "reviewer page with errors")
    finally:
        context.close()


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_on_phone_and_desktop(logged_in, live_server, records, width, scheme):
    page = logged_in
    page.set_viewport_size({"width": width, "height": 800})
    page.emulate_media(color_scheme=scheme)
    for name, path in (
        ("landing", "/"),
        ("account", "/account"),
        ("applications", "/applications"),
        ("application", "/applications/{application}"),
        ("feedback", "/feedback/{feedback}"),
        ("feedback-vague", "/feedback/{vague_feedback}"),
        ("priorities", "/priorities"),
        ("insights", "/insights"),
        ("questions", "/questions"),
        ("question", "/questions/{own_question}"),
        ("question-form", "/questions/{own_question}/edit"),
        ("plan", "/plan"),
        ("drill", "/drill"),
        ("rehearse", "/questions/{own_question}/rehearse"),
        ("attempt", "/attempts/{recorded_attempt}"),
        ("history", "/questions/{own_question}/history"),
        ("mock", "/mock/{mock}"),
        ("mock-summary", "/mock/{finished_mock}/summary"),
        ("invitation", "/invitations/{invitation}"),
        ("inbox", "/inbox"),
    ):
        page.goto(live_server + path.format(**records))
        # nothing overflows sideways on a phone
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert screenshot(page, f"{name}-{width}-{scheme}").stat().st_size > 0
