"""A reviewer's access: the link's token is exchanged once for a cookie scoped to one
invitation, so the token does not linger in history, logs or Referer headers."""

from __future__ import annotations

from flask import Response, current_app, request
from itsdangerous import BadSignature, URLSafeSerializer

from coach.review.models import Invitation

SALT = "coach-review-access"


def _cookie_name(invitation_id: int) -> str:
    return f"coach_review_{invitation_id}"


def _path(invitation_id: int) -> str:
    return f"/review/{invitation_id}"


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=SALT)


def grant(response: Response, invitation: Invitation) -> Response:
    """Give the browser a cookie that opens this invitation's pages (and no other path)."""
    value = _serializer().dumps({"i": invitation.id, "h": invitation.token_hash})
    response.set_cookie(
        _cookie_name(invitation.id),
        value,
        expires=invitation.expires_at,
        path=_path(invitation.id),
        secure=current_app.config["SESSION_COOKIE_SECURE"],
        httponly=True,
        samesite="Lax",
    )
    return response


def token_hash_from_cookie(invitation_id: int) -> str | None:
    """The token hash the browser's cookie holds for this invitation, if it is genuine."""
    raw = request.cookies.get(_cookie_name(invitation_id))
    if not raw:
        return None
    try:
        data = _serializer().loads(raw)
    except BadSignature:
        return None
    if not isinstance(data, dict) or data.get("i") != invitation_id:
        return None
    token_hash = data.get("h")
    return token_hash if isinstance(token_hash, str) else None
