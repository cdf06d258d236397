"""The priorities page: the user's findings loaded in a fixed few queries, then ranked.

The ranking itself is coach.analysis.priorities; this module turns rows into its records.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import contains_eager

from coach import memo
from coach.analysis import priorities as ranking
from coach.analysis.taxonomy import SOURCE_KINDS, STAGES, TAGS
from coach.debrief.services import local_today
from coach.extensions import db
from coach.models import Application, Feedback, Finding, Stage, User


def counted_findings(user_id: int) -> list[Finding]:
    """Every finding that counts (all but removed) with its feedback, application and stage.

    One joined select, whatever the number of rows.
    """
    return list(
        db.session.scalars(
            sa.select(Finding)
            .join(Finding.feedback)
            .outerjoin(Feedback.application)
            .outerjoin(Feedback.stage)
            .where(Feedback.user_id == user_id, Finding.status != "removed")
            .options(
                contains_eager(Finding.feedback).contains_eager(Feedback.application),
                contains_eager(Finding.feedback).contains_eager(Feedback.stage),
            )
            .order_by(Feedback.received_on, Finding.id)
        ).unique()
    )


def rated_stages(user_id: int) -> list[Stage]:
    """The user's rated stages with their applications (one select)."""
    return list(
        db.session.scalars(
            sa.select(Stage)
            .join(Stage.application)
            .where(Application.user_id == user_id, Stage.self_rating.is_not(None))
            .options(contains_eager(Stage.application))
        )
    )


def source_id(feedback: Feedback) -> str:
    """A source is an application, or a standalone piece of feedback (DESIGN.md, "Words")."""
    if feedback.application_id is not None:
        return f"application:{feedback.application_id}"
    return f"feedback:{feedback.id}"


def as_ranking_findings(findings: Iterable[Finding]) -> list[ranking.Finding]:
    """The stored findings as the ranking's plain records (unknown slugs are skipped)."""
    records = []
    for finding in findings:
        feedback, stage = finding.feedback, finding.feedback.stage
        if finding.tag not in TAGS or feedback.source_kind not in SOURCE_KINDS:
            continue
        records.append(
            ranking.Finding(
                tag=finding.tag,
                actionable=finding.actionable,
                source_id=source_id(feedback),
                source_kind=feedback.source_kind,
                seen_on=feedback.received_on,
                stage=stage.kind if stage is not None and stage.kind in STAGES else None,
                stage_rating=stage.self_rating if stage is not None else None,
            )
        )
    return records


def as_stage_ratings(stages: Iterable[Stage]) -> list[ranking.StageRating]:
    """The rated stages as the ranking's plain records."""
    return [
        ranking.StageRating(
            source_id=f"application:{stage.application_id}",
            stage=stage.kind,
            rating=stage.self_rating,
            rated_on=stage.held_on or stage.application.applied_on or stage.created_at.date(),
        )
        for stage in stages
        if stage.self_rating is not None and stage.kind in STAGES
    ]


def priority_report(
    user: User, practice: Iterable[ranking.PracticeResult] | None = None
) -> ranking.PriorityReport:
    """The user's ranked priorities and context findings, as of today where the user lives.

    Practice lowers a priority (DESIGN.md, step 7): unless given, the user's scored
    attempts are read too, and the report is kept until the user's data changes.
    """
    today = local_today(user)
    if practice is not None:
        return _rank(user, practice, today)
    from coach.progress.services import practice_results

    return memo.remembered(
        "priorities", user, today, lambda: _rank(user, practice_results(user), today)
    )


def _rank(
    user: User, practice: Iterable[ranking.PracticeResult], today: date
) -> ranking.PriorityReport:
    return ranking.rank_priorities(
        as_ranking_findings(counted_findings(user.id)),
        as_stage_ratings(rated_stages(user.id)),
        practice,
        today=today,
    )


def priorities_page(user: User) -> dict[str, object]:
    """What the priorities page shows."""
    report = priority_report(user)
    return {
        "priorities": report.priorities,
        "context": report.context,
        "labels": {slug: tag.label for slug, tag in TAGS.items()},
        "stage_labels": STAGES,
    }
