"""A person with three sessions on one weakness sees it improving on the progress page."""

import re
from datetime import UTC, datetime, time, timedelta

import pytest
from playwright.sync_api import expect

from tests import helpers
from tests.e2e.conftest import screenshot
from tests.e2e.test_accessibility import assert_accessible

TAG = "answer_structure"
QUESTION = "Walk me through how you planned your last project."
BEST = "We shipped the migration two weeks early, which saved 12% of the budget."
# means 2.0, 3.0 and 4.4 (22 / 5)
SCORES = [(2, 2, 2, 2, 2), (3, 3, 3, 3, 3), (4, 4, 5, 4, 5)]


def at(days_ago: int) -> datetime:
    today = datetime.now(UTC).date()
    return datetime.combine(today - timedelta(days=days_ago), time(10))


def console_errors(page) -> list[str]:
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


@pytest.fixture
def three_sessions(app, user):
    """Feedback naming answer structure, then three scored sessions on three days; a
    reviewer scored the second."""
    with app.app_context():
        user_id = helpers.get_user(user[0]).id
        helpers.create_feedback(
            user_id,
            "Your answers lacked structure. We went with someone with more experience.",
            received_on=at(20).date(),
            source_kind="interviewer",
            findings=[(TAG, "confirmed"), ("experience_gap", "confirmed")],
        )
        question = helpers.create_question(text=QUESTION, tags=(TAG,))
        ids = [
            helpers.create_attempt(
                user_id,
                question,
                text=BEST if n == 2 else helpers.ANSWER,
                scores=dict(zip(helpers.RUBRIC_LINES, values, strict=True)),
                created_at=at(4 - 2 * n),
            )
            for n, values in enumerate(SCORES)
        ]
        invitation, _token = helpers.create_invitation(user_id, [ids[1]])
        helpers.create_review(invitation, ids[1], scores=dict.fromkeys(helpers.RUBRIC_LINES, 3))
    return [at(4 - 2 * n).date() for n in range(3)]


def test_three_sessions_show_an_improving_trend_chart(logged_in, live_server, three_sessions):
    page = logged_in
    errors = console_errors(page)
    page.get_by_role("link", name="Progress", exact=True).click()
    expect(page.get_by_role("heading", name="Progress", exact=True)).to_be_visible()

    card = page.locator(".trend-card", has=page.locator("#trend-answer_structure"))
    expect(card.locator("h3")).to_contain_text("Answer structure")
    expect(card.locator(".status")).to_have_text("Improving")
    expect(card).to_contain_text(
        "Mean score rose from 2.0 in your first session to 4.4 in your latest (3 sessions)."
    )

    chart = page.get_by_role(
        "img", name=re.compile(r"^Answer structure: rubric scores per session")
    )
    expect(chart).to_be_visible()
    expect(chart).to_have_attribute(
        "aria-labelledby", "trend-answer_structure-title trend-answer_structure-desc"
    )
    expect(chart.locator("title").first).to_have_text("Answer structure: rubric scores per session")
    expect(chart.locator(".series.series-self circle")).to_have_count(3)
    expect(chart.locator(".series.series-reviewer rect")).to_have_count(1)
    box = chart.bounding_box()
    assert box and box["width"] > 200 and box["height"] > 100

    # the table alternative, closed until asked for
    table = card.locator("figure table.chart-table")
    expect(table).to_be_hidden()
    card.locator("summary", has_text="The numbers").click()
    expect(table).to_be_visible()
    rows = [
        [cell.strip() for cell in row.split("\t")]
        for row in table.locator("tbody tr").all_inner_texts()
    ]
    days = [f"{day.day} {day:%b}" for day in three_sessions]
    assert rows == [
        [days[0], "2.0", "no data"],
        [days[1], "3.0", "3.0"],
        [days[2], "4.4", "no data"],
    ]
    figures = card.locator("table.figures-table")
    card.locator("summary", has_text="What the analysis found per session").click()
    expect(figures.locator("tbody tr")).to_have_count(3)
    expect(figures.locator("thead")).to_contain_text("STAR parts")
    screenshot(page, "progress-trend")

    page.get_by_role("link", name="Interview brief").click()
    expect(page.get_by_role("heading", name="1. Answer structure")).to_be_visible()
    expect(page.get_by_text("scored 4.4")).to_be_visible()
    expect(page.get_by_text(BEST)).to_be_visible()
    expect(page.get_by_role("button", name="Print this page")).to_be_visible()
    screenshot(page, "progress-brief")
    assert errors == []  # no CSP violation, no script error


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_progress_and_brief_are_accessible(logged_in, live_server, three_sessions, scheme):
    page = logged_in
    page.emulate_media(color_scheme=scheme)
    for path in ("/progress", "/brief"):
        page.goto(live_server + path)
        for summary in page.locator("summary").all():
            summary.click()  # the tables too
        assert_accessible(page, f"{path} ({scheme})")


def test_progress_without_data_is_accessible(logged_in, live_server):
    page = logged_in
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        for path in ("/progress", "/brief"):
            page.goto(live_server + path)
            assert_accessible(page, f"{path} without data ({scheme})")
    page.goto(live_server + "/progress")
    expect(page.get_by_text("No scored answers yet.")).to_be_visible()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_progress_fits_a_phone(logged_in, live_server, three_sessions, scheme):
    page = logged_in
    page.set_viewport_size({"width": 375, "height": 800})
    page.emulate_media(color_scheme=scheme)
    for name, path in (("progress", "/progress"), ("progress-brief", "/brief")):
        page.goto(live_server + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, path
        for summary in page.locator("summary").all():
            summary.click()  # the wide tables scroll inside their box, the page does not
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, f"{path} with its tables open is {width}px wide"
        assert screenshot(page, f"{name}-375-{scheme}").stat().st_size > 0


@pytest.mark.parametrize("width", [1100, 1600])
def test_the_wide_progress_page_lines_up_with_the_header(
    logged_in, live_server, three_sessions, width
):
    # The page widens for its two columns of trend cards; the header and footer go with it.
    page = logged_in
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_server + "/progress")
    brand = page.locator(".brand").bounding_box()
    heading = page.get_by_role("heading", name="Progress", exact=True).bounding_box()
    footer = page.locator(".site-footer p").bounding_box()
    assert brand and heading and footer
    assert abs(brand["x"] - heading["x"]) < 1 and abs(footer["x"] - heading["x"]) < 1
    main = page.locator("main").bounding_box()
    assert main and main["width"] == min(width, 72 * 16)
