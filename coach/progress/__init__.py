"""Progress: trends per weakness over sessions, calibration, and the interview brief."""

from flask import Blueprint, render_template
from flask_login import current_user, login_required

bp = Blueprint("progress", __name__)


@bp.before_request
@login_required
def require_login() -> None:
    """Progress belongs to a logged-in user."""


@bp.get("/progress")
def dashboard():
    from coach.progress.dashboard import dashboard as build

    return render_template("progress/dashboard.html", **build(current_user))


@bp.get("/brief")
def brief():
    from coach.progress.brief import interview_brief

    return render_template("progress/brief.html", **interview_brief(current_user))
