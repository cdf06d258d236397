"""Builders for tests: users and, as features grow, everything a user can own."""

import re

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.engine import make_url

from coach.auth import services as accounts
from coach.config import normalise_database_url
from coach.extensions import db
from coach.models import User

PASSWORD = "correct horse battery"
# Tables that hold shared data rather than a user's: account deletion keeps them.
SHARED_TABLES = {"alembic_version"}


def checked_test_database_url(url: str) -> str:
    """The test database URL, refusing any database whose name does not end in _test."""
    url = normalise_database_url(url)
    name = make_url(url).database or ""
    if not name.endswith("_test"):
        raise ValueError(f"Refusing to run tests on database {name!r}: its name must end in _test.")
    return url


def wipe_database() -> None:
    """Delete every row of every table (the schema stays)."""
    with db.engine.begin() as connection:
        for table in reversed(db.metadata.sorted_tables):
            connection.execute(table.delete())


def create_user(
    email: str = "ana@example.com",
    password: str = PASSWORD,
    display_name: str = "Ana",
    timezone: str = "UTC",
) -> int:
    """Create a user (inside an app context) and return its id."""
    user = accounts.register_user(email, display_name, password, timezone)
    db.session.commit()
    return user.id


def get_user(email: str) -> User | None:
    return db.session.scalar(sa.select(User).where(User.email == email))


def populate_user(user_id: int) -> None:
    """Give a user one row in every table a user can own (account deletion checks it).

    Every new table joins here, so the delete-account test covers it.
    """


def row_counts() -> dict[str, int]:
    """Rows per table, for before/after comparisons."""
    with db.engine.connect() as connection:
        return {
            table.name: connection.scalar(sa.select(sa.func.count()).select_from(table))
            for table in db.metadata.sorted_tables
        }


def csrf_token(html: str) -> str:
    """The CSRF token of the first form in a page."""
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token in page"
    return match.group(1)


class AuthActions:
    """Log in and out through the real pages, as the Flask tutorial does."""

    def __init__(self, client: FlaskClient, app: Flask) -> None:
        self.client = client
        self.app = app

    def create(self, email: str = "ana@example.com", password: str = PASSWORD, **kw: str) -> int:
        with self.app.app_context():
            return create_user(email, password, **kw)

    def login(self, email: str = "ana@example.com", password: str = PASSWORD, create=True):
        if create:
            with self.app.app_context():
                if get_user(email) is None:
                    create_user(email, password)
        return self.client.post("/login", data={"email": email, "password": password})

    def logout(self):
        return self.client.post("/logout")
