"""Helpers shared by the forms of every feature."""

from flask_wtf import FlaskForm


def strip(value: object) -> object:
    """Strip surrounding white space from text input; leave other data alone."""
    return value.strip() if isinstance(value, str) else value


def normalise_email(value: object) -> object:
    """Emails compare case-insensitively: keep them stripped and lower-case."""
    return value.strip().lower() if isinstance(value, str) else value


class ConfirmForm(FlaskForm):
    """A form with only the CSRF token: delete, hide, swap and toggle buttons."""
