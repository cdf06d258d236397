"""flask backup / restore: a consistent copy taken while the app writes, and brought back."""

import sqlite3
import threading

import pytest
import sqlalchemy as sa

from coach.auth.services import user_upload_folder
from coach.extensions import db
from coach.models import Application
from tests import helpers


@pytest.fixture
def sqlite_app(make_app, tmp_path):
    """An app on its own SQLite file (the backup reads the file, whatever the suite runs on)."""
    app = make_app(SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'live.sqlite3'}")
    with app.app_context():
        db.create_all()
    return app


def count_applications(path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT count(*) FROM applications").fetchone()[0]


def test_a_backup_taken_under_writes_restores_whole(sqlite_app, tmp_path):
    app = sqlite_app
    with app.app_context():
        user_id = helpers.create_user()
        question = helpers.create_question(user_id)
        helpers.create_attempt(user_id, question, audio=helpers.wav_bytes())
        for n in range(20):
            helpers.create_application(user_id, company=f"Before {n}")
    stop = threading.Event()
    written: list[int] = []

    def write() -> None:
        with app.app_context():
            while not stop.is_set():
                written.append(helpers.create_application(user_id, company="During"))

    writer = threading.Thread(target=write)
    writer.start()
    try:
        while len(written) < 10:
            stop.wait(0.01)
        result = app.test_cli_runner().invoke(args=["backup", str(tmp_path / "copy")])
    finally:
        stop.set()
        writer.join()
    assert result.exit_code == 0, result.output
    copy = tmp_path / "copy" / "database.sqlite3"
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    in_copy = count_applications(copy)
    assert 20 + 10 <= in_copy <= 20 + len(written)  # a snapshot from during the writes

    # wipe the live data, then restore the copy into it
    with app.app_context():
        db.session.execute(sa.delete(Application))
        db.session.commit()
        uploads = user_upload_folder(user_id)
        recordings = sorted(p.name for p in uploads.iterdir())
        for path in uploads.iterdir():
            path.unlink()
    result = app.test_cli_runner().invoke(args=["restore", str(tmp_path / "copy"), "--yes"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Application)) == in_copy
        assert sorted(p.name for p in uploads.iterdir()) == recordings


def test_backup_refuses_a_folder_with_files_in_it(sqlite_app, tmp_path):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "something").write_text("keep me")
    result = sqlite_app.test_cli_runner().invoke(args=["backup", str(tmp_path / "full")])
    assert result.exit_code != 0
    assert "is not empty" in result.output
    assert (tmp_path / "full" / "something").read_text() == "keep me"


def test_restore_asks_before_replacing_and_needs_a_backup(sqlite_app, tmp_path):
    runner = sqlite_app.test_cli_runner()
    (tmp_path / "empty").mkdir()
    refused = runner.invoke(args=["restore", str(tmp_path / "empty")], input="n\n")
    assert refused.exit_code != 0 and "Aborted" in refused.output
    missing = runner.invoke(args=["restore", str(tmp_path / "empty"), "--yes"])
    assert missing.exit_code != 0 and "database.sqlite3 is missing" in missing.output
