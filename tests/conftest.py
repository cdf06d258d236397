"""Fixtures shared by every test: a migrated test database, the app, a client, auth."""

import os

import pytest
import sqlalchemy as sa
from flask_migrate import upgrade

from coach import create_app
from coach.extensions import db
from tests import helpers


def _test_database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = os.environ.get("COACH_TEST_DATABASE_URL")
    if not url:
        return "sqlite:///" + str(tmp_path_factory.mktemp("db") / "coach_test.sqlite3")
    try:
        return helpers.checked_test_database_url(url)
    except ValueError as error:
        pytest.exit(str(error), 2)


def _make_app(url: str, **overrides: object):
    config = {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "SQLALCHEMY_DATABASE_URI": url,
        "WTF_CSRF_ENABLED": False,
        "RATELIMIT_ENABLED": False,
        "SERVER_NAME": None,
    }
    config.update(overrides)
    return create_app(config)


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A test database, emptied and brought to the latest migration once per run."""
    url = _test_database_url(tmp_path_factory)
    os.environ["COACH_INSTANCE_PATH"] = str(tmp_path_factory.mktemp("instance"))
    app = _make_app(url)
    with app.app_context():
        db.drop_all()
        with db.engine.begin() as connection:
            connection.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
        upgrade()
        db.engine.dispose()
    return url


@pytest.fixture
def make_app(database_url, tmp_path, monkeypatch):
    """Build an app on the test database with extra settings; rows are wiped afterwards."""
    monkeypatch.setenv("COACH_INSTANCE_PATH", str(tmp_path / "instance"))
    built = []

    def factory(**overrides: object):
        app = _make_app(database_url, **overrides)
        built.append(app)
        return app

    yield factory
    if built:
        with built[0].app_context():
            helpers.wipe_database()
            db.engine.dispose()
        for other in built[1:]:
            with other.app_context():
                db.engine.dispose()


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def auth(client, app):
    return helpers.AuthActions(client, app)
