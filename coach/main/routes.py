"""The landing page and the health check."""

import sqlalchemy as sa
from flask import render_template

from coach.extensions import db
from coach.main import bp


@bp.get("/")
def landing():
    return render_template("main/landing.html")


@bp.get("/healthz")
def healthz():
    """Liveness and database check, through the same request hooks as every page."""
    db.session.execute(sa.text("SELECT 1"))
    return {"status": "ok"}
