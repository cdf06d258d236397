"""Account workflows: the routes validate forms, these change the data."""

import shutil
from pathlib import Path

import sqlalchemy as sa
from flask import current_app

from coach.extensions import db
from coach.models import User


def load_user(session_token: str) -> User | None:
    """Flask-Login's loader: a session names its user by the user's session token."""
    return db.session.scalar(_USER_BY_TOKEN, {"token": session_token})


# Built once: every logged-in request runs it.
_USER_BY_TOKEN = sa.select(User).where(User.session_token == sa.bindparam("token"))


def register_user(email: str, display_name: str, password: str, timezone: str) -> User:
    """Add a new user to the session (the caller commits)."""
    user = User(email=email, display_name=display_name, timezone=timezone)
    user.set_password(password)
    db.session.add(user)
    return user


def authenticate(email: str, password: str) -> User | None:
    """The user with this email and password, or None."""
    user = db.session.scalar(sa.select(User).where(User.email == email))
    if user is None or not user.check_password(password):
        return None
    return user


def change_password(user: User, new_password: str) -> None:
    """Set a new password and end every other session of the user."""
    user.set_password(new_password)
    user.end_other_sessions()


def user_upload_folder(user_id: int) -> Path:
    """The folder that holds a user's files (audio recordings)."""
    return Path(current_app.config["UPLOAD_FOLDER"]) / str(user_id)


def delete_account(user: User) -> None:
    """Delete the user's rows; every owned table cascades from users (caller commits)."""
    db.session.execute(sa.delete(User).where(User.id == user.id))


def remove_user_files(user_id: int) -> None:
    """Remove a deleted user's files, once the rows are gone."""
    shutil.rmtree(user_upload_folder(user_id), ignore_errors=True)
