"""Peer review: the owner invites a reviewer by link; the reviewer scores and comments."""

from flask import Blueprint
from flask_login import current_user, login_required

# Rehearsal first: its routes import coach.review.invitations, which needs the models below;
# importing a review module before coach.rehearse would otherwise meet a half-built module.
import coach.rehearse  # noqa: F401
from coach.review import models  # noqa: F401  (the tables join db.metadata at app creation)

owner_bp = Blueprint("invitations", __name__)
reviewer_bp = Blueprint("review", __name__)


@owner_bp.before_request
@login_required
def require_login() -> None:
    """Inviting and reading reviews belong to a logged-in user."""


@owner_bp.app_context_processor
def unread_reviews() -> dict[str, object]:
    """The number of unread reviews, for the navigation (kept until the user's data changes)."""

    def count() -> int:
        from coach import memo
        from coach.debrief.services import local_today
        from coach.review.invitations import unread_count

        if not current_user.is_authenticated:
            return 0
        return memo.remembered(
            "unread", current_user, local_today(current_user), lambda: unread_count(current_user.id)
        )

    return {"unread_reviews": count}


from coach.review import owner_routes, reviewer_routes  # noqa: E402, F401
