"""The user's own data: export everything (JSON and a Markdown report) and import it again."""

from flask import Blueprint
from flask_login import login_required

bp = Blueprint("account_data", __name__)


@bp.before_request
@login_required
def require_login() -> None:
    """Every page here shows or changes one logged-in user's data."""


def _add_commands(state) -> None:
    from coach.account_data.cli import export_command, import_command

    state.app.cli.add_command(export_command)
    state.app.cli.add_command(import_command)


bp.record_once(_add_commands)

from coach.account_data import routes  # noqa: E402, F401
