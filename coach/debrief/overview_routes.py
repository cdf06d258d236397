"""Pages over all of the user's sources: priorities and search insights."""

from flask import render_template
from flask_login import current_user

from coach.debrief import bp, insights, overview


@bp.get("/priorities")
def priorities():
    return render_template("debrief/priorities.html", **overview.priorities_page(current_user))


@bp.get("/insights")
def search_insights():
    return render_template(
        "debrief/insights.html", insights=insights.search_insights(current_user.id)
    )
