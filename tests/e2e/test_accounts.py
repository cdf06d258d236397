"""A person registers, logs out and in, changes the password and deletes the account."""

from playwright.sync_api import expect

PASSWORD = "a long passphrase"


def register(page, base, email="lee@example.com", password=PASSWORD):
    page.goto(base + "/")
    page.get_by_role("link", name="Create a free account").click()
    page.get_by_label("Email").fill(email)
    page.get_by_label("Display name").fill("Lee")
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_label("Repeat password").fill(password)
    page.get_by_role("button", name="Create account").click()


def log_in(page, base, email="lee@example.com", password=PASSWORD):
    page.goto(base + "/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def test_smoke_account_life_cycle(page, live_server):
    register(page, live_server)
    expect(page.get_by_text("Welcome, Lee. Your account is ready.")).to_be_visible()

    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_text("You are logged out.")).to_be_visible()

    log_in(page, live_server, password="wrong password")
    expect(page.get_by_text("do not match an account")).to_be_visible()
    log_in(page, live_server)
    expect(page.get_by_text("Welcome back, Lee.")).to_be_visible()

    page.get_by_role("link", name="Account", exact=True).click()
    page.get_by_label("Current password").fill(PASSWORD)
    page.get_by_label("New password", exact=True).fill("an even longer passphrase")
    page.get_by_label("Repeat new password").fill("an even longer passphrase")
    page.get_by_role("button", name="Change password").click()
    expect(page.get_by_text("Password changed.")).to_be_visible()

    page.get_by_label("Your password").fill("an even longer passphrase")
    page.get_by_label("I understand").check()
    page.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_text("all its data have been deleted")).to_be_visible()

    log_in(page, live_server, password="an even longer passphrase")
    expect(page.get_by_text("do not match an account")).to_be_visible()


def test_registration_errors_are_shown_beside_the_fields(page, live_server):
    register(page, live_server, password="short")
    expect(page.get_by_text("Use between 8 and 256 characters.")).to_be_visible()
    expect(page.get_by_label("Email")).to_have_value("lee@example.com")


def test_time_zone_is_preselected_from_the_browser(browser, live_server):
    context = browser.new_context(timezone_id="America/Chicago")
    page = context.new_page()
    page.goto(live_server + "/register")
    expect(page.get_by_label("Time zone")).to_have_value("America/Chicago")
    context.close()
