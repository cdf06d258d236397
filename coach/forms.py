"""Helpers shared by the forms of every feature."""

import math

from flask_wtf import FlaskForm
from wtforms import Field
from wtforms.validators import ValidationError


def strip(value: object) -> object:
    """Strip surrounding white space from text input; leave other data alone."""
    return value.strip() if isinstance(value, str) else value


def normalise_email(value: object) -> object:
    """Emails compare case-insensitively: keep them stripped and lower-case."""
    return value.strip().lower() if isinstance(value, str) else value


class ConfirmForm(FlaskForm):
    """A form with only the CSRF token: delete, hide, swap and toggle buttons."""


def no_nul(form: FlaskForm, field: Field) -> None:
    """Refuse text with NUL characters, which no database stores, with a clear message."""
    if isinstance(field.data, str) and "\x00" in field.data:
        raise ValidationError(
            "This text contains a NUL character (often pasted from another program), "
            "which cannot be stored. Remove it and save again."
        )


def lenient_float(value: object) -> float | None:
    """A number measured by the page (a duration), or None when it is missing or garbled."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and number >= 0 else None
