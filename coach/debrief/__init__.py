"""Rejection debrief: applications, stages, feedback, weaknesses, priorities, insights."""

from datetime import date

from flask import Blueprint
from flask_login import login_required

bp = Blueprint("debrief", __name__)


@bp.before_request
@login_required
def require_login() -> None:
    """Every debrief page belongs to a logged-in user."""


@bp.app_template_filter("day")
def format_day(value: date | None) -> str:
    """A date as people write it: 14 Mar 2025."""
    return f"{value.day} {value:%b %Y}" if value else ""


from coach.debrief import (  # noqa: E402, F401
    application_routes,
    feedback_routes,
    overview_routes,
)
