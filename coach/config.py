"""Settings: defaults here, overridden from the environment (COACH_* and DATABASE_URL)."""

import os
import secrets
from pathlib import Path

from flask import Flask

MEGABYTE = 1024 * 1024


class Config:
    """Defaults; every key can be set as COACH_<KEY> in the environment."""

    BASE_URL = "http://127.0.0.1:5000"
    REGISTRATION_OPEN = True
    BEHIND_PROXY = False
    MAX_CONTENT_LENGTH = 12 * MEGABYTE
    AUDIO_MAX_BYTES = 10 * MEGABYTE
    AUDIO_QUOTA_BYTES = 200 * MEGABYTE  # recordings kept per user
    RATELIMIT_STORAGE_URI = "memory://"
    RATELIMIT_HEADERS_ENABLED = True
    LOGIN_LIMIT_PER_IP = "20 per minute"
    LOGIN_LIMIT_PER_ACCOUNT = "10 per minute; 50 per hour"
    REVIEW_TOKEN_LIMIT = "30 per minute"  # review links tried from one address
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    WTF_CSRF_TIME_LIMIT = 3600 * 8


def database_url(instance_path: str) -> str:
    """The database to use: DATABASE_URL, or a SQLite file in the instance folder."""
    url = os.environ.get("DATABASE_URL") or os.environ.get("COACH_DATABASE_URL")
    if not url:
        return "sqlite:///" + os.path.join(instance_path, "coach.sqlite3")
    return normalise_database_url(url)


def normalise_database_url(url: str) -> str:
    """Point plain PostgreSQL URLs at the psycopg 3 driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def load_config(app: Flask, test_config: dict | None) -> None:
    """Fill app.config from defaults, the environment and an optional test mapping."""
    app.config.from_object(Config)
    app.config.from_prefixed_env("COACH")
    app.config.setdefault("SQLALCHEMY_DATABASE_URI", database_url(app.instance_path))
    app.config.setdefault("UPLOAD_FOLDER", os.path.join(app.instance_path, "uploads"))
    if test_config:
        app.config.update(test_config)
    secure = app.config["BASE_URL"].startswith("https://")
    for key in ("SESSION_COOKIE_SECURE", "REMEMBER_COOKIE_SECURE"):
        app.config[key] = bool(app.config.get(key)) or secure
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = instance_secret_key(Path(app.instance_path))


def instance_secret_key(instance: Path) -> str:
    """Read the instance's secret key, creating it once with 256 random bits."""
    path = instance / "secret_key"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    key = secrets.token_hex(32)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key
