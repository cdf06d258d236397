"""The flask --app coach commands."""

import re

import sqlalchemy as sa

from coach.extensions import db
from tests import helpers


def test_setup_applies_migrations(runner):
    result = runner.invoke(args=["setup"])
    assert result.exit_code == 0, result.output
    assert "Database is up to date." in result.output


def test_demo_creates_an_account_that_can_log_in(runner, client, app):
    for _ in range(2):  # running it again recreates the account
        result = runner.invoke(args=["demo"])
        assert result.exit_code == 0, result.output
    password = re.search(r"Password: (\S+)", result.output).group(1)
    response = client.post("/login", data={"email": "demo@example.com", "password": password})
    assert response.status_code == 302
    with app.app_context():
        assert helpers.row_counts()["users"] == 1


def test_demo_has_weeks_of_rehearsed_answers_with_recordings(runner, client, app):
    with app.app_context():
        helpers.load_bank()
    result = runner.invoke(args=["demo"])
    assert result.exit_code == 0, result.output
    password = re.search(r"Password: (\S+)", result.output).group(1)
    client.post("/login", data={"email": "demo@example.com", "password": password})
    with app.app_context():
        from coach.auth.services import user_upload_folder
        from coach.rehearse.models import Attempt, MockInterview

        attempts = db.session.scalars(sa.select(Attempt).order_by(Attempt.created_at)).all()
        assert len(attempts) >= 8
        assert (attempts[-1].created_at - attempts[0].created_at).days >= 28
        recorded = [a for a in attempts if a.audio_filename]
        assert len(recorded) >= 3
        folder = user_upload_folder(attempts[0].user_id)
        assert all((folder / a.audio_filename).is_file() for a in recorded)
        assert all(a.grade for a in attempts)
        mock = db.session.scalar(sa.select(MockInterview))
        assert mock.finished_at is not None
        first_id, recorded_id, question_id = attempts[0].id, recorded[0].id, attempts[0].question_id
    history = client.get(f"/questions/{question_id}/history")
    assert "<ins>" in history.text
    assert client.get(f"/attempts/{first_id}").status_code == 200
    with client.get(f"/attempts/{recorded_id}/audio") as audio:
        assert audio.status_code == 200 and audio.mimetype == "audio/wav"
    assert "How the interview went" in client.get(f"/mock/{mock.id}/summary").text
    assert "due now" in client.get("/drill").text
    inbox = client.get("/inbox").text
    assert "Overall comment from Priya" in inbox and "eight days instead of" in inbox


def test_reset_password_sets_a_new_one_and_ends_sessions(runner, auth, app):
    auth.login()
    assert auth.client.get("/account").status_code == 200
    result = runner.invoke(args=["reset-password", "ANA@example.com", "--password", "fresh pass 1"])
    assert result.exit_code == 0, result.output
    assert auth.client.get("/account").status_code == 302
    assert auth.login(password="fresh pass 1", create=False).status_code == 302


def test_reset_password_prints_a_generated_password(runner, auth):
    auth.create()
    result = runner.invoke(args=["reset-password", "ana@example.com"])
    password = re.search(r"New password: (\S+)", result.output).group(1)
    assert auth.login(password=password, create=False).status_code == 302


def test_reset_password_errors(runner):
    result = runner.invoke(args=["reset-password", "nobody@example.com"])
    assert result.exit_code != 0
    assert "No account has the email nobody@example.com" in result.output
