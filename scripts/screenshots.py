"""Screenshots of the main pages, taken from the demo account in Chromium.

Usage: .venv/bin/python scripts/screenshots.py [OUT_DIR]   (default: docs/screenshots)

Builds a throwaway instance (SQLite, the question bank, `flask demo`), serves it on
127.0.0.1, logs in as the demo user and saves one PNG per page, desktop width, light
theme. Needs the system Chromium (apt-get install chromium) and the test extra.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGES = (
    ("debrief", "/applications/{application}"),
    ("feedback", "/feedback/{feedback}"),
    ("priorities", "/priorities"),
    ("rehearse", "/questions/{question}/rehearse"),
    ("attempt", "/attempts/{attempt}"),
    ("history", "/questions/{question}/history"),
    ("review", "{review_link}"),
    ("inbox", "/inbox"),
    ("progress", "/progress"),
    ("brief", "/brief"),
)
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def build_instance(folder: Path):
    """An app on a fresh SQLite database with the bank and the demo account."""
    import os

    os.environ["COACH_INSTANCE_PATH"] = str(folder)
    from coach import create_app

    app = create_app({"SECRET_KEY": "screenshots", "BASE_URL": "http://127.0.0.1"})
    runner = app.test_cli_runner()
    for args in (["setup"], ["demo"]):
        result = runner.invoke(args=args)
        if result.exit_code != 0:
            raise SystemExit(result.output)
    password = re.search(r"Password: (\S+)", result.output).group(1)
    return app, password


def records(app) -> dict[str, object]:
    """Ids of the demo's records to put in the URLs, and a fresh review link."""
    import sqlalchemy as sa

    from coach.extensions import db
    from coach.models import Application, Feedback, User
    from coach.rehearse.models import Attempt
    from coach.review import invitations

    with app.app_context():
        user = db.session.scalar(sa.select(User))
        latest = db.session.scalar(
            sa.select(Attempt)
            .where(Attempt.audio_filename.is_not(None))
            .order_by(Attempt.created_at.desc())
        )
        application = db.session.scalar(sa.select(Application).order_by(Application.id))
        feedback = db.session.scalar(
            sa.select(Feedback).where(Feedback.application_id == application.id)
        )
        _invitation, token = invitations.create_invitation(
            user, [latest.id], "Listen for the result at the end.", "Priya", 14
        )
        db.session.commit()
        return {
            "application": application.id,
            "feedback": feedback.id,
            "question": latest.question_id,
            "attempt": latest.id,
            "review_link": f"/r/{token}",
        }


def main() -> None:
    from playwright.sync_api import sync_playwright
    from werkzeug.serving import make_server

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("Chromium is not installed: apt-get install chromium")
    with tempfile.TemporaryDirectory() as tmp:
        app, password = build_instance(Path(tmp))
        ids = records(app)
        server = make_server("127.0.0.1", 0, app, threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_port}"
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=FLAGS)
            owner = browser.new_page(viewport={"width": 1100, "height": 900})
            owner.goto(base + "/login")
            owner.get_by_label("Email").fill("demo@example.com")
            owner.get_by_label("Password").fill(password)
            owner.get_by_role("button", name="Log in").click()
            owner.wait_for_url(base + "/")
            friend = browser.new_page(viewport={"width": 1100, "height": 900})
            for name, path in PAGES:
                page = friend if name == "review" else owner
                page.goto(base + path.format(**ids))
                target = out / f"{name}.png"
                page.screenshot(path=str(target))
                print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
            browser.close()
        server.shutdown()


if __name__ == "__main__":
    main()
