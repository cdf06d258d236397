"""The flask --app coach commands."""

import re

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
