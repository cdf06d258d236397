"""Debrief workflows for applications and stages, and the owner-checked lookups.

Routes validate forms and call these; these add to the session; the route commits.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from coach.analysis.taxonomy import STAGES
from coach.extensions import db
from coach.models import Application, Feedback, Finding, Stage, User

APPLICATION_FIELDS = (
    "company",
    "role_title",
    "keywords",
    "applied_on",
    "outcome",
    "day_to_day",
    "not_exciting",
)
STAGE_FIELDS = ("kind", "held_on", "self_rating", "went_well", "do_differently")
STAGE_ORDER = {kind: position for position, kind in enumerate(STAGES)}


def local_today(user: User) -> date:
    """Today's date in the user's time zone."""
    try:
        zone = ZoneInfo(user.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    return datetime.now(zone).date()


# Owner-checked lookups: another user's id answers 404, exactly like a missing one.


def get_application(application_id: int, user_id: int) -> Application:
    """The user's application, or 404."""
    return db.first_or_404(
        sa.select(Application)
        .where(Application.id == application_id, Application.user_id == user_id)
        .options(
            selectinload(Application.stages),
            selectinload(Application.feedback).selectinload(Feedback.findings),
        )
    )


def get_stage(stage_id: int, user_id: int) -> Stage:
    """The stage of one of the user's applications, or 404."""
    return db.first_or_404(
        sa.select(Stage)
        .join(Stage.application)
        .where(Stage.id == stage_id, Application.user_id == user_id)
    )


def get_feedback(feedback_id: int, user_id: int) -> Feedback:
    """The user's piece of feedback, or 404."""
    return db.first_or_404(
        sa.select(Feedback)
        .where(Feedback.id == feedback_id, Feedback.user_id == user_id)
        .options(selectinload(Feedback.findings))
    )


def get_finding(finding_id: int, user_id: int) -> Finding:
    """A finding of the user's feedback, or 404."""
    return db.first_or_404(
        sa.select(Finding)
        .join(Finding.feedback)
        .where(Finding.id == finding_id, Feedback.user_id == user_id)
    )


# Applications


def list_applications(user_id: int) -> list[Application]:
    """The user's applications, newest first, with stages, feedback and findings loaded."""
    return list(
        db.session.scalars(
            sa.select(Application)
            .where(Application.user_id == user_id)
            .options(
                selectinload(Application.stages),
                selectinload(Application.feedback).selectinload(Feedback.findings),
            )
            .order_by(
                sa.func.coalesce(
                    Application.applied_on, sa.func.date(Application.created_at)
                ).desc(),
                Application.id.desc(),
            )
        )
    )


def list_standalone_feedback(user_id: int) -> list[Feedback]:
    """The user's feedback that belongs to no application, newest first."""
    return list(
        db.session.scalars(
            sa.select(Feedback)
            .where(Feedback.user_id == user_id, Feedback.application_id.is_(None))
            .options(selectinload(Feedback.findings))
            .order_by(Feedback.received_on.desc(), Feedback.id.desc())
        )
    )


def normalise_keywords(text: str | None) -> str:
    """Comma-separated keywords, trimmed, lower-case and without repeats."""
    seen: dict[str, None] = {}
    for part in (text or "").split(","):
        keyword = re.sub(r"\s+", " ", part).strip().lower()
        if keyword:
            seen.setdefault(keyword)
    return ", ".join(seen)


def keyword_list(text: str) -> list[str]:
    """The keywords of an application as a list."""
    return [k for k in normalise_keywords(text).split(", ") if k]


def create_application(user_id: int, **fields: object) -> Application:
    """Add a new application (the caller commits)."""
    application = Application(user_id=user_id)
    update_application(application, **fields)
    db.session.add(application)
    return application


def update_application(application: Application, **fields: object) -> None:
    """Copy the form's fields onto an application, keywords normalised."""
    for name in APPLICATION_FIELDS:
        if name in fields:
            setattr(application, name, fields[name])
    application.keywords = normalise_keywords(application.keywords)
    application.role_title = application.role_title or ""


def delete_application(application: Application) -> None:
    """Delete an application with its stages, feedback and findings (the caller commits)."""
    db.session.delete(application)


def find_application_by_company(user_id: int, company: str) -> Application | None:
    """The user's most recent application to this company, compared case-insensitively.

    Compared in Python: SQLite's lower() changes ASCII letters only ("SOCIÉTÉ"), and
    PostgreSQL's depends on the database's locale. One person's applications are few.
    """
    wanted = company.strip().casefold()
    rows = db.session.execute(
        sa.select(Application.id, Application.company)
        .where(Application.user_id == user_id)
        .order_by(Application.created_at.desc(), Application.id.desc())
    )
    for application_id, name in rows:
        if name.strip().casefold() == wanted:
            return db.session.get(Application, application_id)
    return None


# Stages


def create_stage(application: Application, **fields: object) -> Stage:
    """Add a stage to an application (the caller commits)."""
    stage = Stage(application=application)
    update_stage(stage, **fields)
    db.session.add(stage)
    return stage


def update_stage(stage: Stage, **fields: object) -> None:
    """Copy the form's fields onto a stage."""
    for name in STAGE_FIELDS:
        if name in fields:
            setattr(stage, name, fields[name])


def delete_stage(stage: Stage) -> None:
    """Delete a stage; its feedback stays with the application (the caller commits)."""
    db.session.delete(stage)


def chronological(stages: list[Stage]) -> list[Stage]:
    """Stages in the order they happened: by date, then by the usual order of kinds."""
    return sorted(
        stages,
        key=lambda s: (s.held_on or date.max, STAGE_ORDER.get(s.kind, len(STAGES)), s.id or 0),
    )


def weakest_first(stages: list[Stage]) -> list[Stage]:
    """Stages ranked by self-rating, lowest first; unrated ones last, in date order."""
    ordered = chronological(stages)
    return sorted(ordered, key=lambda s: (s.self_rating is None, s.self_rating or 0))


def last_stage(stages: list[Stage]) -> Stage | None:
    """The stage at which a process ended: the last one by date and order."""
    ordered = chronological(stages)
    return ordered[-1] if ordered else None
