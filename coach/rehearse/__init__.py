"""Rehearsal: answering a question (typed and spoken), attempts, history and mock interviews."""

from datetime import UTC, datetime

from flask import Blueprint
from flask_login import current_user, login_required

from coach.rehearse import models  # noqa: F401  (the tables join db.metadata at app creation)

bp = Blueprint("rehearse", __name__)


@bp.before_request
@login_required
def require_login() -> None:
    """Every rehearsal page belongs to a logged-in user."""


@bp.app_template_filter("clock")
def clock(seconds: float | None) -> str:
    """Seconds as minutes and seconds: 95 becomes 1:35."""
    whole = round(seconds or 0)
    return f"{whole // 60}:{whole % 60:02d}"


@bp.app_template_filter("local_time")
def local_time(moment: datetime | None) -> str:
    """A stored UTC time in the user's time zone: 14 Mar 2025, 18:30."""
    if moment is None:
        return ""
    from coach.practice.drill import user_zone

    local = moment.replace(tzinfo=UTC).astimezone(user_zone(current_user))
    return f"{local.day} {local:%b %Y}, {local:%H:%M}"


from coach.rehearse import attempt_routes, mock_routes, routes  # noqa: E402, F401
