"""Error pages in the app's layout: never a bare traceback or a blank page."""

from flask import Flask, current_app, render_template
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from coach.extensions import db

MESSAGES = {
    400: "The request could not be understood.",
    403: "You are not allowed to do that.",
    404: "There is nothing here. The link may be mistyped, or the page was deleted.",
    405: "That action is not allowed here.",
    413: (
        "That upload is too large. Recordings can be up to {audio_mb} MB: record a shorter "
        "answer or choose a smaller file. Anything you typed is kept as a draft: go back to "
        "find it."
    ),
    429: "Too many attempts. Wait a minute, then try again.",
}


def _render(code: int, message: str):
    return render_template("errors/error.html", code=code, message=message), code


def handle_http_error(error: HTTPException):
    code = error.code or 500
    message = MESSAGES.get(code, error.description or "Something went wrong.")
    audio_mb = current_app.config["AUDIO_MAX_BYTES"] // (1024 * 1024)
    return _render(code, message.replace("{audio_mb}", str(audio_mb)))


def handle_csrf_error(error: CSRFError):
    return _render(
        400,
        "This form had expired or was sent without its security token. "
        "Go back, reload the page and send it again.",
    )


def handle_server_error(error: Exception):
    db.session.rollback()
    return _render(500, "Something went wrong on our side. Your last change was not saved.")


def init_app(app: Flask) -> None:
    """Register the error handlers."""
    app.register_error_handler(CSRFError, handle_csrf_error)
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(500, handle_server_error)
