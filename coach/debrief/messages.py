"""The ready-to-send message asking for a more detailed assessment."""

from __future__ import annotations

from coach.debrief.services import chronological
from coach.models import Feedback, User


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def detailed_assessment_request(feedback: Feedback, user: User) -> str:
    """A polite message asking for stage-by-stage feedback, filled with what coach knows."""
    application = feedback.application
    if application is None:
        return (
            "Hello,\n\n"
            "Thank you for the feedback you gave me. To act on it, I would be grateful for "
            "a more detailed assessment: one or two things I did well, and one or two "
            "specific things I should work on, with an example of each if you can recall "
            "one.\n\n"
            f"Many thanks,\n{user.display_name}"
        )
    role = f"the {application.role_title} role" if application.role_title else "the role"
    stages = [stage.kind_label.lower() for stage in chronological(application.stages)]
    if stages:
        per_stage = (
            f"For each stage I took part in (the {_join(stages)}), could you tell me "
            "what went well and what I could have done better?"
        )
    else:
        per_stage = (
            "For each stage of the process, could you tell me what went well and what "
            "I could have done better?"
        )
    return (
        "Hello,\n\n"
        f"Thank you for letting me know your decision about {role} at {application.company}, "
        "and for the time you and the team gave me. I would be grateful for a more "
        "detailed assessment, so I can prepare better for my next interviews. "
        f"{per_stage} Even a few lines per stage would help me a great deal.\n\n"
        f"Many thanks,\n{user.display_name}"
    )
