"""A person debriefs a rejection in the browser and finds the weakness in their priorities."""

import re

from playwright.sync_api import expect

from tests.e2e.conftest import screenshot

FEEDBACK = (
    "Thank you for your time last week. The panel liked your SQL exercise, but felt that "
    "your answers lacked structure and were hard to follow. In the end we went with a "
    "candidate who had more experience in the sector."
)


def add_stage(page, kind: str, day: str, rating: str) -> None:
    page.get_by_role("link", name="Add a stage").click()
    page.get_by_label("Stage", exact=True).select_option(label=kind)
    page.get_by_label("Date", exact=True).fill(day)
    page.get_by_label(rating).check()
    page.get_by_role("button", name="Save stage").click()
    expect(page.get_by_text(f"Added the {kind.lower()} stage.")).to_be_visible()


def test_debrief_a_rejection_and_find_the_weakness_in_priorities(logged_in, live_server):
    page = logged_in
    page.get_by_role("link", name="Debrief", exact=True).click()
    page.get_by_role("link", name="New application").click()
    page.get_by_label("Company").fill("Northwind Traders")
    page.get_by_label("Role title").fill("Data analyst")
    page.get_by_label("Search keywords").fill("data analyst, remote")
    page.get_by_label("Date applied").fill("2025-03-03")
    page.get_by_label("Outcome").select_option(label="Rejected")
    page.get_by_role("button", name="Save application").click()
    expect(page.get_by_role("heading", name="Data analyst at Northwind Traders")).to_be_visible()

    add_stage(page, "Phone screen", "2025-03-10", "4: good")
    add_stage(page, "Technical", "2025-03-17", "2: below what I can do")
    # weakest first: the technical stage comes before the phone screen
    headings = page.locator(".stage-card h3").all_inner_texts()
    assert headings == ["Technical", "Phone screen"]

    page.get_by_role("link", name="Add feedback", exact=True).click()
    page.get_by_label("Stage (optional)").select_option(
        label="Data analyst at Northwind Traders: Technical"
    )
    page.get_by_label("Source").select_option(label="Recruiter")
    page.get_by_label("Feedback", exact=True).fill(FEEDBACK)
    page.get_by_role("button", name="Save feedback").click()

    mark = page.locator("mark.evidence", has_text="Answer structure")
    expect(mark).to_be_visible()
    expect(mark).to_contain_text(re.compile("lacked structure|hard to follow"))
    screenshot(page, "debrief-feedback")

    page.get_by_role("button", name="Confirm Answer structure").click()
    expect(page.get_by_text("Kept Answer structure.")).to_be_visible()
    expect(page.locator("#findings .finding-confirmed")).to_contain_text("Answer structure")

    page.get_by_role("link", name="Priorities", exact=True).click()
    priorities = page.locator(".priority-list")
    expect(priorities).to_contain_text("Answer structure")
    expect(page.get_by_text("Technical", exact=False).first).to_be_visible()
    screenshot(page, "debrief-priorities")


def test_paste_feedback_in_two_clicks(logged_in, live_server):
    page = logged_in
    page.get_by_role("link", name="Paste feedback").first.click()
    page.get_by_label("Company").fill("Contoso")
    page.get_by_label("Feedback").fill("Unfortunately we will not be progressing your application.")
    page.get_by_role("button", name="Save and find weaknesses").click()
    expect(page.get_by_role("heading", name="This feedback names nothing specific")).to_be_visible()
    message = page.get_by_label("Message asking for a detailed assessment")
    expect(message).to_have_value(re.compile("at Contoso"))
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.get_by_role("button", name="Copy message").click()
    expect(page.get_by_text("Copied.")).to_be_visible()
