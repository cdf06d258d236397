"""Practice: the question bank, own questions, plans, development actions and drills."""

from datetime import UTC, datetime, tzinfo

from flask import Blueprint
from flask_login import current_user, login_required

from coach.analysis.taxonomy import TAGS
from coach.practice import models  # noqa: F401  (the tables join db.metadata at app creation)

bp = Blueprint("practice", __name__)


@bp.before_request
@login_required
def require_login() -> None:
    """Every practice page belongs to a logged-in user."""


@bp.app_template_filter("tag_label")
def tag_label(slug: str | None) -> str:
    """A tag's label: answer_structure becomes Answer structure."""
    tag = TAGS.get(slug or "")
    return tag.label if tag else (slug or "")


@bp.app_template_filter("local_day")
def local_day(moment: datetime | None) -> str:
    """A stored UTC time as the date in the user's time zone: 14 Mar 2025."""
    if moment is None:
        return ""
    from coach.practice.drill import user_zone

    return day_label(moment, user_zone(current_user))


def day_label(moment: datetime, zone: tzinfo) -> str:
    """A stored UTC time as the date in this time zone: 14 Mar 2025."""
    local = moment.replace(tzinfo=UTC).astimezone(zone)
    return f"{local.day} {local:%b %Y}"


from coach.practice import drill_routes, plan_routes, question_routes  # noqa: E402, F401
