"""The taxonomy matches the contract in DESIGN.md."""

from __future__ import annotations

import pytest

from coach.analysis import taxonomy

# slug -> (group, changeable by default), as the DESIGN.md table lists them.
DESIGN = {
    "answer_structure": ("delivery", True),
    "answer_relevance": ("delivery", True),
    "specific_examples": ("delivery", True),
    "conciseness": ("delivery", True),
    "confidence": ("delivery", True),
    "rapport": ("delivery", True),
    "attitude_professionalism": ("delivery", True),
    "company_research": ("preparation", True),
    "role_motivation": ("preparation", True),
    "technical_depth": ("preparation", True),
    "presentation_prep": ("preparation", True),
    "questions_for_interviewer": ("preparation", True),
    "soft_skills": ("competency", True),
    "teamwork": ("competency", True),
    "leadership": ("competency", True),
    "conflict_resolution": ("competency", True),
    "communication": ("competency", True),
    "problem_solving": ("competency", True),
    "stakeholder_management": ("competency", True),
    "adaptability": ("competency", True),
    "ownership": ("competency", True),
    "learning_from_failure": ("competency", True),
    "customer_focus": ("competency", True),
    "experience_gap": ("context", False),
    "language_or_location": ("context", False),
    "external_factor": ("context", False),
    "culture_fit": ("context", False),
    "salary_expectations": ("context", False),
}
COMPETENCIES = {
    "teamwork",
    "leadership",
    "conflict_resolution",
    "communication",
    "problem_solving",
    "stakeholder_management",
    "adaptability",
    "ownership",
    "learning_from_failure",
    "customer_focus",
}


@pytest.mark.parametrize(("slug", "expected"), sorted(DESIGN.items()))
def test_design_slug_has_its_group_and_default(slug: str, expected: tuple[str, bool]) -> None:
    tag = taxonomy.get(slug)
    assert (tag.group, tag.changeable) == expected
    assert taxonomy.is_changeable(slug) is expected[1]
    assert tag.label


def test_every_design_slug_is_present_and_groups_are_known() -> None:
    assert set(DESIGN) <= set(taxonomy.SLUGS)
    assert all(t.group in taxonomy.GROUPS for t in taxonomy.TAGS.values())
    assert taxonomy.CHANGEABLE.isdisjoint(taxonomy.UNCHANGEABLE)


def test_competencies_have_soft_skills_as_parent() -> None:
    assert set(taxonomy.COMPETENCIES) == COMPETENCIES
    for slug in COMPETENCIES:
        assert taxonomy.get(slug).parent == "soft_skills"
    assert taxonomy.get("soft_skills").parent is None


def test_unknown_slug_raises() -> None:
    with pytest.raises(KeyError):
        taxonomy.get("charisma")


@pytest.mark.parametrize(
    ("slugs", "expected"),
    [
        ([], True),
        (["culture_fit"], True),
        (["external_factor", "culture_fit"], True),
        (["culture_fit", "experience_gap"], False),
        (["rapport"], False),
        (frozenset({"external_factor", "technical_depth"}), False),
    ],
)
def test_needs_detailed_assessment_only_when_empty_or_vague(
    slugs: list[str], expected: bool
) -> None:
    assert taxonomy.needs_detailed_assessment(slugs) is expected
