"""Backups: a consistent copy of the database and the recordings, taken while the app runs.

A backup is a folder: `database.sqlite3` (SQLite's online backup API, a snapshot even while
other connections write) or `database.pgdump` (pg_dump's custom format, one transaction),
beside `uploads/`, a copy of the recordings. The database is copied first: recordings are
written before their rows and deleted after them, so every row in the copy has its file,
unless it was deleted in the seconds between the two copies.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

SQLITE_FILE = "database.sqlite3"
PG_FILE = "database.pgdump"
UPLOADS = "uploads"


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why."""


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        raise BackupError("An in-memory SQLite database cannot be backed up.")
    return Path(parsed.database)


def _pg_url(url: str) -> str:
    """The URL in the form pg_dump understands (no SQLAlchemy driver name)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _run(command: list[str]) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError(f"{command[0]} is not installed (apt-get install postgresql-client).")
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def _copy_sqlite(source: Path, target: Path) -> None:
    """Copy one SQLite database into another with the online backup API."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.execute("PRAGMA busy_timeout = 15000")
        src.backup(dst)
        (result,) = dst.execute("PRAGMA integrity_check").fetchone()
    if result != "ok":
        raise BackupError(f"The copy failed its integrity check: {result}")


def backup(url: str, uploads: Path, folder: Path) -> list[Path]:
    """Back the database at url and the uploads folder up into folder (new or empty)."""
    if folder.exists() and any(folder.iterdir()):
        raise BackupError(f"{folder} is not empty: choose a new folder for the backup.")
    folder.mkdir(parents=True, exist_ok=True)
    sqlite_path = _sqlite_path(url)
    if sqlite_path is not None:
        database = folder / SQLITE_FILE
        _copy_sqlite(sqlite_path, database)
    else:
        database = folder / PG_FILE
        _run(["pg_dump", "--format=custom", "--no-owner", f"--file={database}", _pg_url(url)])
    copied = folder / UPLOADS
    if uploads.is_dir():
        shutil.copytree(uploads, copied)
    else:
        copied.mkdir()
    return [database, copied]


def restore(url: str, uploads: Path, folder: Path) -> None:
    """Put a backup folder back: the database, then the recordings (stop the app first)."""
    sqlite_path = _sqlite_path(url)
    if sqlite_path is not None:
        source = folder / SQLITE_FILE
        if not source.is_file():
            raise BackupError(f"{source} is missing: is {folder} a SQLite backup?")
        sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        _copy_sqlite(source, sqlite_path)
    else:
        source = folder / PG_FILE
        if not source.is_file():
            raise BackupError(f"{source} is missing: is {folder} a PostgreSQL backup?")
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                f"--dbname={_pg_url(url)}",
                str(source),
            ]
        )
    saved = folder / UPLOADS
    if saved.is_dir():
        if uploads.exists():
            shutil.rmtree(uploads)
        shutil.copytree(saved, uploads)
