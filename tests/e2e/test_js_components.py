"""The page scripts alone, in Chromium: static fixture pages under the app's CSP.

The fixture pages in js_harness/ and the scripts in static/js are served by a plain
http.server on 127.0.0.1 with the app's Content-Security-Policy; the JSON endpoints the
scripts call are stubbed with page.route, so no app or database is involved.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Page, Route, expect

from coach.security import CONTENT_SECURITY_POLICY

ROOT = Path(__file__).resolve().parents[2]
HARNESS = Path(__file__).resolve().parent / "js_harness"
BLOCKED = (
    "Microphone blocked: allow it in your browser's site settings, or type your answer instead."
)


class HarnessHandler(SimpleHTTPRequestHandler):
    """Serve /static/ from the project and everything else from the harness folder."""

    def translate_path(self, path: str) -> str:
        if path.startswith("/static/"):
            return str(ROOT) + path.split("?", 1)[0]
        return str(HARNESS) + path.split("?", 1)[0]

    def do_GET(self) -> None:
        if self.path == "/favicon.ico":
            self.send_response(204)
            self.end_headers()
            return
        super().do_GET()

    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""


@pytest.fixture(scope="module")
def harness_url():
    """The harness served on a free port of 127.0.0.1."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), HarnessHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def problems(page: Page):
    """Console errors, CSP violations and uncaught exceptions seen by the page.

    A test that makes a request fail on purpose lists the expected message in `allowed`.
    """
    seen: list[str] = []
    allowed: list[str] = []
    page.on(
        "console",
        lambda message: (
            seen.append(f"{message.type}: {message.text}")
            if message.type == "error" or "Content Security Policy" in message.text
            else None
        ),
    )
    page.on("pageerror", lambda error: seen.append(f"pageerror: {error}"))
    yield allowed
    unexpected = [p for p in seen if not any(a in p for a in allowed)]
    assert not unexpected
    assert not [p for p in seen if "Content Security Policy" in p]


def test_the_policy_served_is_the_apps(page: Page, harness_url, problems):
    response = page.goto(harness_url + "/timer.html")
    assert response is not None
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY


def test_pages_without_the_components_load_quietly(page: Page, harness_url, problems):
    page.goto(harness_url + "/empty.html")
    page.get_by_role("textbox").fill("Typing still works.")
    expect(page.get_by_role("textbox")).to_have_value("Typing still works.")


# Timer


def test_timer_runs_think_then_answer_then_time_is_up(page: Page, harness_url, problems):
    page.goto(harness_url + "/timer.html")
    timer = page.locator("[data-timer]")
    phase = page.locator("[data-timer-phase]")
    expect(timer).to_be_visible()
    expect(phase).to_have_attribute("aria-live", "polite")
    expect(page.locator("[data-timer-display]")).to_have_attribute("aria-live", "off")
    page.evaluate(
        """() => {
            window.events = [];
            for (const name of ["coach:answer-start", "coach:time-up"]) {
                document.addEventListener(name, (e) => window.events.push(name));
            }
        }"""
    )
    page.get_by_role("button", name="Start").click()
    expect(phase).to_have_text("Think")
    expect(timer).to_have_attribute("data-timer-state", "think")
    expect(phase).to_have_text("Answer", timeout=3000)
    expect(page.locator("[data-timer-display]")).to_have_text(re.compile(r"0:0[12]"))
    expect(phase).to_have_text("Time is up", timeout=4000)
    expect(page.locator("[data-timer-display]")).to_have_text("0:00")
    expect(timer).to_have_attribute("data-elapsed-seconds", "2")
    expect(page.locator("[data-timer-elapsed]")).to_have_value("2")
    assert page.evaluate("window.events") == ["coach:answer-start", "coach:time-up"]


def test_timer_can_skip_think_time_and_reset(page: Page, harness_url, problems):
    page.goto(harness_url + "/timer.html")
    phase = page.locator("[data-timer-phase]")
    page.get_by_role("button", name="Start").click()
    page.get_by_role("button", name="Start answering now").click()
    expect(phase).to_have_text("Answer")
    expect(page.get_by_role("button", name="Start")).to_be_disabled()
    page.get_by_role("button", name="Reset").click()
    expect(phase).to_have_text("Ready")
    expect(page.get_by_role("button", name="Start")).to_be_enabled()
    page.wait_for_timeout(2500)
    expect(phase).to_have_text("Ready")


# Recorder


def test_recording_two_seconds_attaches_a_file_and_its_duration(page: Page, harness_url, problems):
    page.goto(harness_url + "/recorder.html")
    toggle = page.get_by_role("button", name="Record", exact=True)
    status = page.locator("[data-recorder-status]")
    toggle.click()
    stop = page.get_by_role("button", name="Stop")
    expect(page.locator("[data-recorder]")).to_have_attribute("data-recording", "true")
    page.wait_for_timeout(2000)
    stop.click()
    expect(status).to_contain_text("Recorded 0:02")
    again = page.get_by_role("button", name="Record again")
    expect(page.locator("[data-recorder]")).to_have_attribute("data-recording", "false")

    attached = page.locator("[data-recorder-file]").evaluate(
        "input => ({n: input.files.length, size: input.files[0].size,"
        " type: input.files[0].type, name: input.files[0].name})"
    )
    assert attached["n"] == 1
    assert attached["size"] > 1000
    assert attached["type"].startswith("audio/webm")
    assert attached["name"] == "recording.webm"
    duration = float(page.locator("[data-recorder-duration]").input_value())
    assert 1.8 <= duration <= 3.0
    preview = page.locator("[data-recorder-preview]")
    expect(preview).to_be_visible()
    expect(preview).to_have_attribute("src", re.compile(r"^blob:"))
    first_url = preview.get_attribute("src")

    # Record again: the new take replaces the first one.
    again.click()
    page.wait_for_timeout(1000)
    page.get_by_role("button", name="Stop").click()
    expect(status).to_contain_text("Recorded 0:01")
    assert preview.get_attribute("src") != first_url
    assert page.locator("[data-recorder-file]").evaluate("i => i.files.length") == 1
    assert float(page.locator("[data-recorder-duration]").input_value()) < 1.6

    page.get_by_role("button", name="Remove recording").click()
    assert page.locator("[data-recorder-file]").evaluate("i => i.files.length") == 0
    expect(page.locator("[data-recorder-duration]")).to_have_value("")
    expect(preview).to_be_hidden()


def test_submitting_while_recording_stops_and_sends_the_take(page: Page, harness_url, problems):
    posted: list[bytes] = []

    def capture(route: Route) -> None:
        posted.append(route.request.post_data_buffer or b"")
        route.fulfill(status=200, content_type="text/html", body="<h1>Attempt saved</h1>")

    page.route("**/nowhere", capture)
    page.goto(harness_url + "/recorder.html")
    page.get_by_role("button", name="Record", exact=True).click()
    page.wait_for_timeout(1200)
    page.get_by_role("button", name="Save attempt").click()
    page.wait_for_url("**/nowhere")
    expect(page.get_by_role("heading", name="Attempt saved")).to_be_visible()
    assert len(posted) == 1
    body = posted[0]
    assert b'name="audio"; filename="recording.webm"' in body
    assert b"Content-Type: audio/webm" in body
    assert re.search(rb'name="audio_duration"\r\n\r\n1\.\d', body)


def test_a_blocked_microphone_says_so_and_typing_still_works(page: Page, harness_url, problems):
    page.add_init_script(
        """navigator.mediaDevices.getUserMedia = () =>
            Promise.reject(new DOMException("Permission denied", "NotAllowedError"));"""
    )
    page.goto(harness_url + "/recorder.html")
    page.get_by_role("button", name="Record", exact=True).click()
    expect(page.get_by_role("status")).to_have_text(BLOCKED)
    expect(page.get_by_role("button", name="Record", exact=True)).to_be_enabled()
    page.get_by_label("Your answer").fill("I typed it instead.")
    expect(page.get_by_label("Your answer")).to_have_value("I typed it instead.")
    assert page.locator("[data-recorder-file]").evaluate("i => i.files.length") == 0


def test_a_missing_microphone_says_so(page: Page, harness_url, problems):
    page.add_init_script(
        """navigator.mediaDevices.getUserMedia = () =>
            Promise.reject(new DOMException("Requested device not found", "NotFoundError"));"""
    )
    page.goto(harness_url + "/recorder.html")
    page.get_by_role("button", name="Record", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("No microphone found")


def test_a_browser_without_media_devices_says_so(page: Page, harness_url, problems):
    page.add_init_script("Object.defineProperty(navigator, 'mediaDevices', {value: undefined})")
    page.goto(harness_url + "/recorder.html")
    expect(page.get_by_role("status")).to_contain_text("type your answer instead")
    expect(page.get_by_role("button", name="Record", exact=True)).to_be_disabled()


# Autosave


def stub_draft(page: Page, replies: list[dict], fail: list[bool]) -> None:
    """Answer POST /api/draft: record the request; abort it while fail[0] is True."""

    def handle(route: Route) -> None:
        request = route.request
        if fail[0]:
            route.abort()
            return
        replies.append({"body": json.loads(request.post_data or "{}"), "headers": request.headers})
        route.fulfill(
            status=200,
            content_type="application/json",
            body=json.dumps({"saved_at": "2030-01-01T12:00:00+00:00"}),
        )

    page.route("**/api/draft", handle)


def local_draft(page: Page, key: str = "coach:draft:harness"):
    return page.evaluate(f"JSON.parse(localStorage.getItem({json.dumps(key)}))")


def test_autosave_posts_the_draft_then_keeps_it_locally_when_offline(
    page: Page, harness_url, problems
):
    problems.append("Failed to load resource")
    replies: list[dict] = []
    fail = [False]
    stub_draft(page, replies, fail)
    page.goto(harness_url + "/autosave.html")
    status = page.locator("[data-autosave-status]")
    answer = page.get_by_label("Your answer")
    expect(answer).to_have_value("Server draft.")

    answer.fill("At my last job I ran the help desk.")
    expect(status).to_have_text(re.compile(r"^Saved at \d\d:\d\d$"), timeout=4000)
    assert replies[-1]["body"] == {
        "text": "At my last job I ran the help desk.",
        "question_id": "12",
        "mode": "drill",
    }
    assert replies[-1]["headers"]["x-csrftoken"] == "harness-csrf-token"
    assert replies[-1]["headers"]["content-type"] == "application/json"
    assert local_draft(page) is None
    count = len(replies)
    page.wait_for_timeout(1500)
    assert len(replies) == count, "an unchanged draft is not posted again"

    fail[0] = True
    answer.fill("At my last job I ran the help desk for forty people.")
    expect(status).to_have_text("Not saved: server unreachable, kept in this browser", timeout=4000)
    assert local_draft(page)["text"] == "At my last job I ran the help desk for forty people."

    # Reopening the page finds the browser's copy, newer than the server's.
    page.reload()
    expect(answer).to_have_value("At my last job I ran the help desk for forty people.")
    expect(status).to_contain_text("Restored your unsaved draft from this browser")

    # Once the server answers again the restored draft is sent and the local copy cleared.
    fail[0] = False
    expect(status).to_have_text(re.compile(r"^Saved at"), timeout=4000)
    assert replies[-1]["body"]["text"] == "At my last job I ran the help desk for forty people."
    assert local_draft(page) is None


def test_autosave_reports_a_server_error(page: Page, harness_url, problems):
    problems.append("Failed to load resource")
    page.route(
        "**/api/draft",
        lambda route: route.fulfill(status=400, content_type="text/html", body="<p>CSRF</p>"),
    )
    page.goto(harness_url + "/autosave.html")
    page.get_by_label("Your answer").fill("Text that must not be lost.")
    expect(page.locator("[data-autosave-status]")).to_have_text(
        "Not saved: the page has expired, kept in this browser. Reload the page to carry on.",
        timeout=4000,
    )
    assert local_draft(page)["text"] == "Text that must not be lost."


def test_autosave_ignores_a_browser_copy_older_than_the_server(page: Page, harness_url, problems):
    page.add_init_script(
        """localStorage.setItem("coach:draft:harness", JSON.stringify(
            {text: "An old draft.", savedAt: Date.parse("2019-06-01T00:00:00Z")}));"""
    )
    page.goto(harness_url + "/autosave.html")
    expect(page.get_by_label("Your answer")).to_have_value("Server draft.")
    expect(page.locator("[data-autosave-status]")).to_have_text("")
    assert local_draft(page) is None


# Editor


def test_editor_previews_markdown_through_the_server(page: Page, harness_url, problems):
    requests: list[dict] = []

    def preview(route: Route) -> None:
        requests.append(
            {"body": json.loads(route.request.post_data or "{}"), "headers": route.request.headers}
        )
        route.fulfill(
            status=200,
            content_type="application/json",
            body=json.dumps({"html": "<p>I <strong>led</strong> it.</p>"}),
        )

    page.route("**/api/preview", preview)
    page.goto(harness_url + "/editor.html")
    write = page.get_by_role("tab", name="Write")
    preview_tab = page.get_by_role("tab", name="Preview")
    expect(write).to_have_attribute("aria-selected", "true")
    page.get_by_label("Your answer").fill("I **led** it.")

    preview_tab.click()
    expect(preview_tab).to_have_attribute("aria-selected", "true")
    expect(write).to_have_attribute("aria-selected", "false")
    panel = page.get_by_role("tabpanel")
    expect(panel.locator("strong")).to_have_text("led")
    expect(page.get_by_label("Your answer")).to_be_hidden()
    assert [request["body"] for request in requests] == [{"text": "I **led** it."}]
    assert requests[0]["headers"]["x-csrftoken"] == "harness-csrf-token"

    # Keyboard: arrows move between the tabs and select them.
    preview_tab.focus()
    page.keyboard.press("ArrowLeft")
    expect(write).to_be_focused()
    expect(write).to_have_attribute("aria-selected", "true")
    expect(page.get_by_label("Your answer")).to_be_visible()
    page.keyboard.press("ArrowRight")
    expect(preview_tab).to_be_focused()
    expect(panel.locator("strong")).to_have_text("led")
    assert len(requests) == 1, "an unchanged text is not rendered twice"


def test_editor_preview_failure_keeps_the_text(page: Page, harness_url, problems):
    problems.append("Failed to load resource")
    page.route("**/api/preview", lambda route: route.abort())
    page.goto(harness_url + "/editor.html")
    page.get_by_label("Your answer").fill("Still here.")
    page.get_by_role("tab", name="Preview").click()
    expect(page.get_by_role("tabpanel")).to_contain_text("The preview is not available")
    page.get_by_role("tab", name="Write").click()
    expect(page.get_by_label("Your answer")).to_have_value("Still here.")


# All together, as the rehearse page will use them


def test_all_components_share_one_answer_form(page: Page, harness_url, problems):
    replies: list[dict] = []
    stub_draft(page, replies, [False])
    page.route(
        "**/api/preview",
        lambda route: route.fulfill(
            status=200, content_type="application/json", body='{"html": "<p>ok</p>"}'
        ),
    )
    page.goto(harness_url + "/rehearse.html")
    page.get_by_role("button", name="Start").click()
    expect(page.locator("[data-timer-phase]")).to_have_text("Answer")
    page.get_by_label("Your answer (Markdown)").fill("I rang every client myself.")
    page.get_by_role("button", name="Record", exact=True).click()
    page.wait_for_timeout(1000)
    page.get_by_role("button", name="Stop").click()
    expect(page.locator("[data-recorder-status]")).to_contain_text("Recorded")
    expect(page.locator("[data-autosave-status]")).to_have_text(
        re.compile(r"^Saved at"), timeout=4000
    )
    assert replies[-1]["body"] == {"text": "I rang every client myself.", "question_id": "7"}
    page.get_by_role("tab", name="Preview").click()
    expect(page.get_by_role("tabpanel")).to_have_text("ok")
    assert float(page.locator("[data-timer]").get_attribute("data-elapsed-seconds") or 0) > 0
