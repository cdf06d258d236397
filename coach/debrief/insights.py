"""Search insights: outcomes by role title and by search keyword, and where each ended."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from coach.analysis.taxonomy import STAGES
from coach.debrief.services import keyword_list, last_stage, list_applications
from coach.models import OUTCOMES, Application

NO_STAGE = "No stage logged"
NO_TITLE = "No role title"


@dataclass
class Group:
    """The applications sharing one role title or one search keyword."""

    label: str
    applications: int = 0
    interviews: int = 0  # applications that went past the CV screen
    outcomes: Counter[str] = field(default_factory=Counter)
    ended_at: Counter[str] = field(default_factory=Counter)

    def add(self, application: Application) -> None:
        self.applications += 1
        self.outcomes[application.outcome_label] += 1
        end = last_stage(application.stages)
        self.ended_at[end.kind_label if end else NO_STAGE] += 1
        if any(stage.kind != "cv_screen" for stage in application.stages):
            self.interviews += 1

    @property
    def outcome_list(self) -> list[tuple[str, int]]:
        """Outcomes in their usual order."""
        order = list(OUTCOMES.values())
        return sorted(self.outcomes.items(), key=lambda item: order.index(item[0]))

    @property
    def ended_list(self) -> list[tuple[str, int]]:
        """Where the processes ended, most frequent first, then in the usual stage order."""
        rank = {label: i for i, label in enumerate([*STAGES.values(), NO_STAGE])}
        return sorted(self.ended_at.items(), key=lambda item: (-item[1], rank.get(item[0], 99)))


def _group(
    applications: Iterable[Application], keys: Callable[[Application], list[str]]
) -> list[Group]:
    groups: dict[str, Group] = {}
    for application in applications:
        for label in keys(application):
            groups.setdefault(label.lower(), Group(label)).add(application)
    return sorted(groups.values(), key=lambda g: (-g.applications, g.label.lower()))


@dataclass(frozen=True)
class SearchInsights:
    """What the insights page shows."""

    count: int
    by_title: list[Group]
    by_keyword: list[Group]


def search_insights(user_id: int) -> SearchInsights:
    """The user's applications grouped by role title and by keyword (a fixed few queries)."""
    applications = list_applications(user_id)
    return SearchInsights(
        count=len(applications),
        by_title=_group(applications, lambda a: [" ".join(a.role_title.split()) or NO_TITLE]),
        by_keyword=_group(applications, lambda a: keyword_list(a.keywords)),
    )
