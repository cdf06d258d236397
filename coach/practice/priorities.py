"""The user's development priorities, as selection and scheduling need them.

The ranking is the debrief's priorities report (coach.analysis.priorities over the user's
findings); this module only reshapes it. Context findings (experience gap, location...)
are never practised, so they never appear here.
"""

from __future__ import annotations

from coach.analysis.selection import WeightedTag
from coach.debrief.overview import priority_report
from coach.models import User


def weighted_priorities(user: User) -> list[WeightedTag]:
    """The user's changeable priorities with their scores, top first (a fixed few queries)."""
    report = priority_report(user)
    return [WeightedTag(p.tag, p.score) for p in report.priorities if p.score > 0]


def priority_rank(priorities: list[WeightedTag]) -> dict[str, int]:
    """Each priority's place, 0 for the top one."""
    return {p.tag: rank for rank, p in enumerate(priorities)}
