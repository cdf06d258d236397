"""flask --app coach export EMAIL PATH and import EMAIL PATH."""

from pathlib import Path

import click
import sqlalchemy as sa
from flask.cli import with_appcontext

from coach.account_data import services
from coach.account_data.schema import DocumentError
from coach.extensions import db
from coach.models import User


def _user(email: str) -> User:
    user = db.session.scalar(sa.select(User).where(User.email == email.strip().lower()))
    if user is None:
        raise click.ClickException(f"No account has the email {email}.")
    return user


@click.command("export")
@with_appcontext
@click.argument("email")
@click.argument("path", type=click.Path(dir_okay=False, writable=True, path_type=Path))
def export_command(email: str, path: Path) -> None:
    """Write everything the user with EMAIL owns to PATH as JSON (recordings included)."""
    data = services.export_json(_user(email))
    path.write_bytes(data)
    click.echo(f"Exported {email} to {path} ({len(data):,} bytes).")


@click.command("import")
@with_appcontext
@click.argument("email")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, readable=True, path_type=Path))
def import_command(email: str, path: Path) -> None:
    """Add the records of a JSON export at PATH to the account with EMAIL."""
    try:
        result = services.import_and_commit(_user(email), path.read_bytes())
    except DocumentError as error:
        raise click.ClickException(f"Nothing was imported. {error.message}") from error
    click.echo(result.summary())
