"""Accounts: register, log in and out, settings, password and account deletion."""

from flask import Blueprint

bp = Blueprint("auth", __name__)

from coach.auth import routes  # noqa: E402, F401
