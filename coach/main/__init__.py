"""Public pages: the landing page and the health check."""

from flask import Blueprint, current_app, url_for

bp = Blueprint("main", __name__)

NAV = (
    ("debrief.applications", "Debrief"),
    ("debrief.quick_capture", "Paste feedback"),
    ("debrief.priorities", "Priorities"),
    ("debrief.search_insights", "Insights"),
    ("practice.browse", "Questions"),
    ("practice.plan", "Plan"),
    ("practice.drill_page", "Drill"),
    ("rehearse.attempt_list", "Answers"),
    ("rehearse.mock_start", "Mock interview"),
    ("invitations.inbox", "Reviews"),
    ("progress.dashboard", "Progress"),
    ("auth.account", "Account"),
)


@bp.app_context_processor
def navigation() -> dict[str, object]:
    """The logged-in navigation as (endpoint, URL, label), built once per app."""
    links = current_app.extensions.get("coach.nav")
    if links is None:
        links = current_app.extensions["coach.nav"] = [
            (endpoint, url_for(endpoint), label) for endpoint, label in NAV
        ]
    return {"nav_links": links}


from coach.main import routes  # noqa: E402, F401
