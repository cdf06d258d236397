"""The demo account's debrief: a few applications, stages and feedback with recurring themes.

Every text here is original. Dates are relative to today, so the priorities look recent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from coach.debrief import findings, services
from coach.models import User


@dataclass(frozen=True)
class DemoFeedback:
    source_kind: str
    days_ago: int
    text: str
    stage: str | None = None  # the kind of stage it is about
    tags: tuple[str, ...] = ()  # what a careful reader confirms (added when the analysis missed it)


@dataclass(frozen=True)
class DemoApplication:
    company: str
    role_title: str
    keywords: str
    outcome: str
    days_ago: int
    stages: tuple[tuple[str, int, int | None, str, str], ...]  # kind, days ago, rating, notes
    feedback: tuple[DemoFeedback, ...] = ()
    day_to_day: str = ""
    not_exciting: str = ""


APPLICATIONS = (
    DemoApplication(
        "Brightwater Energy",
        "Product analyst",
        "product analyst, energy, hybrid",
        "rejected",
        62,
        (
            ("cv_screen", 55, 4, "", ""),
            ("phone_screen", 50, 4, "Friendly call; my *why this company* answer landed.", ""),
            ("technical", 44, 3, "Finished the SQL task with time to spare.", ""),
            (
                "final",
                36,
                2,
                "Good rapport with the head of product.",
                "Lead with the result. Have one number ready for the **pricing project**.",
            ),
        ),
        (
            DemoFeedback(
                "recruiter",
                30,
                "Thanks again for coming in for the final round. The panel enjoyed meeting "
                "you and were impressed by the SQL exercise. However, they felt your answers "
                "were long and hard to follow, and they did not get a clear picture of what "
                "you personally did on the pricing project or what changed as a result. In "
                "the end they offered the role to a candidate with more experience in the "
                "energy sector.",
                stage="final",
                tags=("answer_structure", "specific_examples", "experience_gap"),
            ),
        ),
        day_to_day="Mostly yes: the analysis work, less so the weekly reporting.",
        not_exciting="Three days a week in the office, an hour each way.",
    ),
    DemoApplication(
        "Kestrel Logistics",
        "Data analyst",
        "data analyst, logistics, remote",
        "rejected",
        40,
        (
            ("phone_screen", 33, 4, "Clear about my notice period and salary range.", ""),
            (
                "hiring_manager",
                25,
                2,
                "",
                "Read their annual report and two recent news stories first.",
            ),
        ),
        (
            DemoFeedback(
                "interviewer",
                20,
                "The hiring manager felt you had not researched the business: you were "
                "unsure what we ship and who our main customers are. Your examples were "
                "rather general, and we would have liked to hear numbers, such as how much "
                "time your dashboard saved the team.",
                stage="hiring_manager",
                tags=("company_research", "specific_examples"),
            ),
        ),
    ),
    DemoApplication(
        "Lumen Health",
        "Business intelligence developer",
        "bi developer, healthcare",
        "rejected",
        28,
        (
            ("cv_screen", 24, None, "", ""),
            ("phone_screen", 19, 3, "", ""),
            (
                "presentation",
                12,
                2,
                "The slides looked good.",
                "Rehearse out loud and time it: I ran ten minutes over.",
            ),
        ),
        (
            DemoFeedback(
                "recruiter",
                8,
                "Unfortunately we will not be taking your application further. It was a "
                "close decision, but we felt you were not quite the right fit for the team "
                "at this time. We wish you the best of luck with your search.",
            ),
        ),
    ),
    DemoApplication(
        "Harbour Street Bank",
        "Analytics engineer",
        "analytics engineer, fintech, remote",
        "in_progress",
        10,
        (("phone_screen", 4, 4, "Good questions about their data platform.", ""),),
    ),
)

STANDALONE = (
    DemoFeedback(
        "appraisal",
        120,
        "Annual review. Reliable and careful work all year. Development point: in steering "
        "meetings you tend to give a lot of detail before reaching the point, and senior "
        "stakeholders lose the thread. Leading with your recommendation would help.",
        tags=("answer_structure", "stakeholder_management"),
    ),
    DemoFeedback(
        "mock",
        5,
        "Mock interview with Priya. Strong opening answer. The conflict story had no clear "
        "result, and you said 'we' throughout, so it was hard to tell what you did yourself. "
        "Your answers also ran long: two of them took over four minutes.",
        tags=("specific_examples", "conflict_resolution", "conciseness"),
    ),
)


def _review(feedback, tags: tuple[str, ...]) -> None:
    """Act as the user: confirm what the analysis got right, remove the rest, add what it missed.

    Feedback with no tags is left as the analysis read it.
    """
    if not tags:
        return
    for finding in list(feedback.findings):
        if finding.tag in tags:
            findings.confirm(finding)
        else:
            findings.remove(finding)
    for tag in tags:
        findings.add_tag(feedback, tag)


def populate_demo(user: User, today: date | None = None) -> None:
    """Give the demo user applications, stages and feedback (the caller commits)."""
    today = today or services.local_today(user)
    for demo in APPLICATIONS:
        application = services.create_application(
            user.id,
            company=demo.company,
            role_title=demo.role_title,
            keywords=demo.keywords,
            outcome=demo.outcome,
            applied_on=today - timedelta(days=demo.days_ago),
            day_to_day=demo.day_to_day,
            not_exciting=demo.not_exciting,
        )
        stages = {}
        for kind, days_ago, rating, went_well, differently in demo.stages:
            stages[kind] = services.create_stage(
                application,
                kind=kind,
                held_on=today - timedelta(days=days_ago),
                self_rating=rating,
                went_well=went_well,
                do_differently=differently,
            )
        for item in demo.feedback:
            _add_feedback(user, item, today, application, stages.get(item.stage or ""))
    for item in STANDALONE:
        _add_feedback(user, item, today, None, None)


def _add_feedback(user: User, item: DemoFeedback, today: date, application, stage) -> None:
    feedback = findings.create_feedback(
        user.id,
        application=application,
        stage=stage,
        source_kind=item.source_kind,
        received_on=today - timedelta(days=item.days_ago),
        text=item.text,
    )
    _review(feedback, item.tags)
