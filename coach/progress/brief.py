"""The interview brief: one printable page to read before the next interview."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from coach.analysis import progress
from coach.analysis.priorities import Priority
from coach.analysis.taxonomy import TAGS
from coach.debrief.overview import priority_report
from coach.extensions import db
from coach.models import User
from coach.progress import services
from coach.rehearse.models import Attempt

TOP = 3

# Questions worth asking at the end of an interview, each with what the answer tells you.
QUESTIONS_TO_ASK = (
    ("What would a great first six months in this role look like to you?", "how success is judged"),
    ("What is the hardest problem the team is working on this year?", "what you would walk into"),
    (
        "How does the team decide what to work on next, and who has the final say?",
        "how decisions are made",
    ),
    ("When something goes wrong, what usually happens next?", "how mistakes are handled"),
    ("Why is this role open now?", "growth, or a gap someone left"),
    (
        "Is there anything in my background you would like me to say more about?",
        "a concern you can still answer",
    ),
)


@dataclass(frozen=True)
class BriefArea:
    """A top priority, with the user's best scored answer on it (if any)."""

    priority: Priority
    label: str
    best: Attempt | None
    best_score: float | None


def interview_brief(user: User) -> dict[str, object]:
    """The top priorities, the best answer per weak area, and questions to ask."""
    tz = user.timezone or "UTC"
    attempts = services.practice_attempts(user)
    report = priority_report(user, progress.practice_results(attempts, tz=tz))
    top = list(report.priorities[:TOP])
    top_tags = {p.tag for p in top}
    best_ids: dict[str, tuple[float, str]] = {}
    for attempt in attempts:
        score = progress.combined_score(attempt)
        if score is None:
            continue
        for tag in attempt.tags:
            if tag in top_tags and score >= best_ids.get(tag, (0.0, ""))[0]:
                best_ids[tag] = (score, attempt.attempt_id)
    wanted = [int(attempt_id) for _score, attempt_id in best_ids.values()]
    found = (
        {
            a.id: a
            for a in db.session.scalars(
                sa.select(Attempt)
                .where(Attempt.id.in_(wanted), Attempt.user_id == user.id)
                .options(joinedload(Attempt.question))
            )
        }
        if wanted
        else {}
    )
    areas = []
    for priority in top:
        score, attempt_id = best_ids.get(priority.tag, (None, None))
        areas.append(
            BriefArea(
                priority,
                TAGS[priority.tag].label if priority.tag in TAGS else priority.tag,
                found.get(int(attempt_id)) if attempt_id else None,
                score,
            )
        )
    return {"areas": areas, "context": report.context[:3], "questions": QUESTIONS_TO_ASK}
