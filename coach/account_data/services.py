"""Export and import as the routes and the CLI use them."""

from __future__ import annotations

import json

from coach.account_data import importer
from coach.account_data.export import build_export
from coach.account_data.report import build_report
from coach.debrief.overview import priority_report
from coach.extensions import db
from coach.models import User


def export_json(user: User) -> bytes:
    """The user's export as UTF-8 JSON text."""
    return json.dumps(build_export(user), ensure_ascii=False, indent=1).encode("utf-8")


def export_markdown(user: User) -> str:
    """The user's readable report."""
    return build_report(build_export(user, with_audio=False), priority_report(user))


def import_and_commit(user: User, raw: bytes) -> importer.ImportResult:
    """Import a file into the user's account in one transaction; nothing stays on failure.

    Raises DocumentError (after rolling back) when the file cannot be imported.
    """
    try:
        result = importer.import_file(user, raw)
    except BaseException:
        db.session.rollback()
        raise
    try:
        db.session.commit()
    except BaseException:
        db.session.rollback()
        importer.discard_files(result)
        raise
    return result
