"""The factory, settings, database connection, error pages and security headers."""

import pytest
import sqlalchemy as sa
from flask import abort

from coach import create_app
from coach.config import normalise_database_url
from coach.extensions import db
from coach.security import CONTENT_SECURITY_POLICY
from tests import helpers


def test_secret_key_is_generated_once_and_kept(tmp_path, monkeypatch):
    instance = tmp_path / "deep" / "instance"
    monkeypatch.setenv("COACH_INSTANCE_PATH", str(instance))
    monkeypatch.delenv("COACH_SECRET_KEY", raising=False)
    first = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})
    second = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})
    assert instance.is_dir()
    assert len(first.config["SECRET_KEY"]) == 64
    assert first.config["SECRET_KEY"] == second.config["SECRET_KEY"]
    assert (instance / "secret_key").stat().st_mode & 0o077 == 0


def test_settings_come_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("COACH_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("COACH_SECRET_KEY", "from-env")
    monkeypatch.setenv("COACH_REGISTRATION_OPEN", "false")
    monkeypatch.setenv("DATABASE_URL", "postgres://u:p@db.internal/coach")
    app = create_app()
    assert app.config["SECRET_KEY"] == "from-env"
    assert app.config["REGISTRATION_OPEN"] is False
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u:p@db.internal/coach"


def test_default_database_is_sqlite_in_the_instance_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("COACH_INSTANCE_PATH", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    app = create_app()
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path}/coach.sqlite3"
    assert normalise_database_url("sqlite:///x.db") == "sqlite:///x.db"


def test_sqlite_connections_use_wal_busy_timeout_and_foreign_keys(tmp_path, monkeypatch):
    monkeypatch.setenv("COACH_INSTANCE_PATH", str(tmp_path))
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/p.sqlite3"})
    with app.app_context():
        assert db.session.scalar(sa.text("PRAGMA journal_mode")) == "wal"
        assert db.session.scalar(sa.text("PRAGMA busy_timeout")) >= 15000
        assert db.session.scalar(sa.text("PRAGMA foreign_keys")) == 1
        db.engine.dispose()


def test_healthz_queries_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok"}


def test_security_headers_on_pages_and_errors(client):
    for path in ("/", "/login", "/no-such-page", "/healthz"):
        response = client.get(path)
        assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "same-origin"


def test_landing_page_explains_the_product(client):
    text = client.get("/").text
    assert "Turn the feedback into practice" in text
    assert "Create a free account" in text


def test_not_found_page_is_in_the_layout(client):
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert "There is nothing here" in response.text
    assert 'class="site-header"' in response.text


def test_too_large_request_gets_the_413_page(make_app):
    app = make_app(MAX_CONTENT_LENGTH=1024)
    response = app.test_client().post("/login", data={"email": "a@b.c", "password": "x" * 4096})
    assert response.status_code == 413
    assert "too large" in response.text


def test_server_error_page_rolls_back(make_app):
    app = make_app()

    @app.get("/boom")
    def boom():
        raise RuntimeError("boom")

    app.testing = False
    response = app.test_client().get("/boom")
    assert response.status_code == 500
    assert "was not saved" in response.text


def test_http_errors_use_the_layout(make_app):
    app = make_app()

    @app.get("/forbidden")
    def forbidden():
        abort(403)

    response = app.test_client().get("/forbidden")
    assert response.status_code == 403
    assert "not allowed" in response.text


def test_proxy_fix_only_when_configured(make_app):
    headers = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "coach.example.org"}
    for behind_proxy, expected in (
        (True, "https://coach.example.org/"),
        (False, "http://localhost/"),
    ):
        app = make_app(BEHIND_PROXY=behind_proxy)

        @app.get("/where")
        def where():
            from flask import request

            return request.url_root

        assert app.test_client().get("/where", headers=headers).text == expected


@pytest.mark.parametrize(
    "url", ["postgresql:///coach", "postgresql://u@h/coach_test_copy", "sqlite:///real.db"]
)
def test_tests_refuse_a_database_not_named_test(url):
    with pytest.raises(ValueError, match="must end in _test"):
        helpers.checked_test_database_url(url)


def test_tests_accept_a_test_database():
    url = helpers.checked_test_database_url("postgresql:///coach_test")
    assert url == "postgresql+psycopg:///coach_test"
