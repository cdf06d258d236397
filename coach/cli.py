"""flask --app coach ... commands: setup, load-questions, demo, reset-password, backup, restore."""

import secrets
from pathlib import Path

import click
import sqlalchemy as sa
from flask import Flask, current_app
from flask.cli import with_appcontext
from flask_migrate import upgrade

from coach import backup
from coach.auth import services as accounts
from coach.demo import populate_demo
from coach.demo_rehearsal import populate_rehearsal_demo
from coach.extensions import db
from coach.models import User
from coach.practice import bank
from coach.question_bank import BankError

DEMO_EMAIL = "demo@example.com"


@click.command("setup")
@with_appcontext
def setup_command() -> None:
    """Apply the database migrations (and load the question bank when it changed)."""
    upgrade()
    click.echo("Database is up to date.")
    if bank.bank_changed():
        _load_bank()
    else:
        click.echo("Question bank is up to date.")


def _load_bank() -> None:
    """Load the bank in one transaction; a broken file leaves the database as it was."""
    try:
        report = bank.load_questions()
    except BankError as error:
        db.session.rollback()
        raise click.ClickException(f"Question bank not loaded: {error}") from error
    db.session.commit()
    click.echo(f"Question bank loaded: {report}.")


@click.command("load-questions")
@with_appcontext
def load_questions_command() -> None:
    """Insert or update the question bank by id; retire questions removed from the files."""
    _load_bank()


@click.command("demo")
@with_appcontext
def demo_command() -> None:
    """Create (or recreate) the demo account, with a debrief to explore, and print its login."""
    existing = db.session.scalar(sa.select(User).where(User.email == DEMO_EMAIL))
    if existing is not None:
        accounts.delete_account(existing)
        db.session.flush()
        accounts.remove_user_files(existing.id)
    password = secrets.token_urlsafe(9)
    user = accounts.register_user(DEMO_EMAIL, "Demo user", password, "Europe/London")
    db.session.flush()
    populate_demo(user)
    if not populate_rehearsal_demo(user):
        click.echo("The question bank is not loaded: the demo has no practice. Run setup first.")
    db.session.commit()
    click.echo(f"Demo account ready. Email: {DEMO_EMAIL}  Password: {password}")


@click.command("reset-password")
@with_appcontext
@click.argument("email")
@click.option("--password", help="The new password (a random one is made when omitted).")
def reset_password_command(email: str, password: str | None) -> None:
    """Set a new password for EMAIL and end all of that user's sessions."""
    user = db.session.scalar(sa.select(User).where(User.email == email.strip().lower()))
    if user is None:
        raise click.ClickException(f"No account has the email {email}.")
    if password is not None and not 8 <= len(password) <= 256:
        raise click.ClickException("A password needs between 8 and 256 characters.")
    new_password = password or secrets.token_urlsafe(12)
    accounts.change_password(user, new_password)
    db.session.commit()
    shown = "" if password else f" New password: {new_password}"
    click.echo(f"Password reset for {user.email}.{shown}")


@click.command("backup")
@with_appcontext
@click.argument("folder", type=click.Path(path_type=Path))
def backup_command(folder: Path) -> None:
    """Copy the database and the recordings into FOLDER, while the app keeps running."""
    try:
        written = backup.backup(
            current_app.config["SQLALCHEMY_DATABASE_URI"],
            Path(current_app.config["UPLOAD_FOLDER"]),
            folder,
        )
    except backup.BackupError as error:
        raise click.ClickException(str(error)) from error
    click.echo("Backup written: " + ", ".join(str(path) for path in written))


@click.command("restore")
@with_appcontext
@click.argument("folder", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--yes", is_flag=True, help="Do not ask before replacing the current data.")
def restore_command(folder: Path, yes: bool) -> None:
    """Replace the database and the recordings with the backup in FOLDER (stop the app first)."""
    if not yes:
        click.confirm("This replaces every account's data with the backup. Go on?", abort=True)
    db.engine.dispose()
    try:
        backup.restore(
            current_app.config["SQLALCHEMY_DATABASE_URI"],
            Path(current_app.config["UPLOAD_FOLDER"]),
            folder,
        )
    except backup.BackupError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Restored from {folder}.")


def init_app(app: Flask) -> None:
    """Register the commands on the app."""
    for command in (
        setup_command,
        load_questions_command,
        demo_command,
        reset_password_command,
        backup_command,
        restore_command,
    ):
        app.cli.add_command(command)
