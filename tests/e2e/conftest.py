"""Real-browser tests: the app served on 127.0.0.1, driven by Playwright in Chromium."""

import os
import shutil
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from tests import helpers

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-results"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Use the system Chromium: Playwright cannot download its own browser here."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        message = "Chromium is not installed (apt-get install chromium)"
        if os.environ.get("COACH_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    return {**browser_type_launch_args, "executable_path": chromium, "args": CHROMIUM_FLAGS}


def closing(app):
    """The app, closing each response body itself: werkzeug's development server skips
    `close()` when the browser drops the connection mid-body (Chromium cancels audio range
    requests), which leaves a recording's file open (gunicorn, in production, closes it)."""

    def wrapped(environ, start_response):
        body = app(environ, start_response)
        try:
            yield from body
        finally:
            if hasattr(body, "close"):
                body.close()

    return wrapped


@pytest.fixture
def live_server(app):
    """Serve the test app on a free port of 127.0.0.1 for the length of one test."""
    server = make_server("127.0.0.1", 0, closing(app), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture
def user(app):
    """An existing account: (email, password)."""
    with app.app_context():
        helpers.create_user("ana@example.com", helpers.PASSWORD)
    return "ana@example.com", helpers.PASSWORD


@pytest.fixture
def logged_in(page, live_server, user):
    """A page logged in as the user."""
    email, password = user
    page.goto(live_server + "/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(live_server + "/")
    return page


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot under test-results/ and return its path."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
