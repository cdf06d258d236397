"""The weakness taxonomy: every slug coach knows, its group, label and defaults.

The slugs are a contract shared with the tests, the question bank and stored data:
new tags may be added, existing ones are never renamed.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tag:
    """One weakness tag of the taxonomy."""

    slug: str
    label: str
    group: str
    description: str
    changeable: bool
    parent: str | None = None


GROUPS = ("delivery", "preparation", "competency", "context")

_TAGS = (
    Tag(
        "answer_structure",
        "Answer structure",
        "delivery",
        "Rambling answers without a clear situation, task, action and result.",
        True,
    ),
    Tag(
        "answer_relevance",
        "Answer relevance",
        "delivery",
        "Answering a different question, or not asking a clarifying question.",
        True,
    ),
    Tag(
        "specific_examples",
        "Specific examples",
        "delivery",
        "Vague claims without a concrete example, evidence or result.",
        True,
    ),
    Tag(
        "conciseness",
        "Conciseness",
        "delivery",
        "Answers that run too long, or too short to carry substance.",
        True,
    ),
    Tag(
        "confidence",
        "Confidence",
        "delivery",
        "Nervous or hesitant delivery, underselling or overselling yourself.",
        True,
    ),
    Tag(
        "rapport",
        "Rapport",
        "delivery",
        "Connection, energy, enthusiasm, listening and body language.",
        True,
    ),
    Tag(
        "attitude_professionalism",
        "Attitude and professionalism",
        "delivery",
        "Negative about a past employer, arrogant, defensive or entitled.",
        True,
    ),
    Tag(
        "company_research",
        "Company research",
        "preparation",
        "Knowing the company, its products, market and recent news.",
        True,
    ),
    Tag(
        "role_motivation",
        "Role motivation",
        "preparation",
        "Why this role, why you are leaving, and a coherent career story.",
        True,
    ),
    Tag(
        "technical_depth",
        "Technical depth",
        "preparation",
        "Depth and accuracy in the technical skills the role needs.",
        True,
    ),
    Tag(
        "presentation_prep",
        "Presentation preparation",
        "preparation",
        "Preparing presentations, case studies and take-home tasks.",
        True,
    ),
    Tag(
        "questions_for_interviewer",
        "Questions for the interviewer",
        "preparation",
        "Asking thoughtful questions at the end of the interview.",
        True,
    ),
    Tag(
        "soft_skills",
        "Soft skills",
        "competency",
        "Behavioural competencies shown through past examples.",
        True,
    ),
    Tag(
        "teamwork",
        "Teamwork",
        "competency",
        "Working with others towards a shared goal.",
        True,
        "soft_skills",
    ),
    Tag(
        "leadership",
        "Leadership",
        "competency",
        "Setting direction, motivating and developing people.",
        True,
        "soft_skills",
    ),
    Tag(
        "conflict_resolution",
        "Conflict resolution",
        "competency",
        "Handling disagreement with colleagues, managers or clients.",
        True,
        "soft_skills",
    ),
    Tag(
        "communication",
        "Communication",
        "competency",
        "Explaining clearly to different audiences, in speech and writing.",
        True,
        "soft_skills",
    ),
    Tag(
        "problem_solving",
        "Problem solving",
        "competency",
        "Breaking a problem down, weighing options and reaching a sound answer.",
        True,
        "soft_skills",
    ),
    Tag(
        "stakeholder_management",
        "Stakeholder management",
        "competency",
        "Managing expectations and influence across people with a stake.",
        True,
        "soft_skills",
    ),
    Tag(
        "adaptability",
        "Adaptability",
        "competency",
        "Coping with change, ambiguity and shifting priorities.",
        True,
        "soft_skills",
    ),
    Tag(
        "ownership",
        "Ownership",
        "competency",
        "Taking responsibility and seeing work through without being asked.",
        True,
        "soft_skills",
    ),
    Tag(
        "learning_from_failure",
        "Learning from failure",
        "competency",
        "Owning mistakes and showing what changed afterwards.",
        True,
        "soft_skills",
    ),
    Tag(
        "customer_focus",
        "Customer focus",
        "competency",
        "Understanding and serving the needs of customers or users.",
        True,
        "soft_skills",
    ),
    Tag(
        "experience_gap",
        "Experience gap",
        "context",
        "Years, industry, client work or seniority the role asked for.",
        False,
    ),
    Tag(
        "language_or_location",
        "Language or location",
        "context",
        "Language fluency, location, visa or relocation.",
        False,
    ),
    Tag(
        "external_factor",
        "External factor",
        "context",
        "An internal candidate, a filled or frozen role, budget, a stronger candidate.",
        False,
    ),
    Tag(
        "culture_fit",
        "Culture fit",
        "context",
        "A vague 'not the right fit' with nothing specific behind it.",
        False,
    ),
    Tag(
        "salary_expectations",
        "Salary expectations",
        "context",
        "A mismatch between the salary you asked for and the budget.",
        False,
    ),
)

TAGS: dict[str, Tag] = {tag.slug: tag for tag in _TAGS}
SLUGS: tuple[str, ...] = tuple(TAGS)
CHANGEABLE: frozenset[str] = frozenset(s for s, t in TAGS.items() if t.changeable)
UNCHANGEABLE: frozenset[str] = frozenset(s for s, t in TAGS.items() if not t.changeable)
COMPETENCIES: tuple[str, ...] = tuple(s for s, t in TAGS.items() if t.parent == "soft_skills")
# Findings that say nothing the candidate can act on: with only these, coach offers a
# message asking the recruiter for a detailed assessment.
VAGUE: frozenset[str] = frozenset({"culture_fit", "external_factor"})


def get(slug: str) -> Tag:
    """Return the tag for a slug, raising KeyError for an unknown one."""
    return TAGS[slug]


def is_changeable(slug: str) -> bool:
    """Whether a weakness with this slug is changeable by default."""
    return TAGS[slug].changeable


def needs_detailed_assessment(slugs: set[str] | frozenset[str] | list[str]) -> bool:
    """True when the findings are empty or only vague ones (DESIGN.md)."""
    return not set(slugs) - VAGUE


# The kinds of interview stage an application goes through, in their usual order.
STAGES: dict[str, str] = {
    "cv_screen": "CV screen",
    "phone_screen": "Phone screen",
    "hiring_manager": "Hiring manager",
    "technical": "Technical",
    "presentation": "Presentation",
    "case_study": "Case study",
    "panel": "Panel",
    "final": "Final",
    "other": "Other",
}

# Where a piece of feedback came from.
SOURCE_KINDS: dict[str, str] = {
    "recruiter": "Recruiter",
    "interviewer": "Interviewer",
    "appraisal": "Appraisal",
    "mock": "Mock interview",
    "self": "Self-reflection",
}
