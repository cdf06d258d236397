"""coach: an interview practice coach for the week after a rejection."""

import os
from pathlib import Path

from flask import Flask

from coach.paths import resource_root


def create_app(test_config: dict | None = None) -> Flask:
    """Create and configure the coach application."""
    root = resource_root()
    instance = os.environ.get("COACH_INSTANCE_PATH")
    app = Flask(
        __name__,
        instance_path=str(Path(instance).resolve()) if instance else None,
        template_folder=str(root / "templates"),
        static_folder=str(root / "static"),
    )
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    from coach.config import load_config

    load_config(app, test_config)
    register_extensions(app, root)
    register_blueprints(app)
    register_commands(app)
    return app


def register_extensions(app: Flask, root: Path) -> None:
    from coach import errors, memo, security
    from coach.extensions import csrf, db, limiter, login_manager, migrate
    from coach.markdown import render_markdown

    db.init_app(app)
    migrate.init_app(app, db, directory=str(root / "migrations"))
    login_manager.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    security.init_app(app)
    memo.init_app(app)
    errors.init_app(app)
    app.add_template_filter(render_markdown, "markdown")


def register_blueprints(app: Flask) -> None:
    from coach import account_data, auth, debrief, main, practice, progress, rehearse, review
    from coach.auth.services import load_user
    from coach.extensions import login_manager

    login_manager.user_loader(load_user)

    app.register_blueprint(main.bp)
    app.register_blueprint(auth.bp)
    app.register_blueprint(debrief.bp)
    app.register_blueprint(practice.bp)
    app.register_blueprint(rehearse.bp)
    app.register_blueprint(review.owner_bp)
    app.register_blueprint(review.reviewer_bp)
    app.register_blueprint(account_data.bp)
    app.register_blueprint(progress.bp)


def register_commands(app: Flask) -> None:
    from coach import cli

    cli.init_app(app)
