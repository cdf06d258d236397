"""Public pages: the landing page and the health check."""

from flask import Blueprint

bp = Blueprint("main", __name__)

from coach.main import routes  # noqa: E402, F401
