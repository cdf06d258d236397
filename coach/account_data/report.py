"""A readable Markdown report of an export: pure Python over the export document."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from coach.analysis.priorities import PriorityReport
from coach.analysis.rubric import RUBRIC
from coach.analysis.taxonomy import SOURCE_KINDS, STAGES, TAGS

OUTCOME_LABELS = {
    "in_progress": "In progress",
    "rejected": "Rejected",
    "offer": "Offer",
    "withdrawn": "Withdrawn",
}
STATUS_LABELS = {"proposed": "proposed", "confirmed": "confirmed", "added": "added by you"}


def _tag(slug: object) -> str:
    tag = TAGS.get(str(slug))
    return tag.label if tag else str(slug)


def _line(text: object) -> str:
    """User text on one line (headings, list items)."""
    return " ".join(str(text or "").split())


def _quote(text: object, indent: str = "") -> list[str]:
    """User text as a Markdown block quote, line by line."""
    lines = str(text or "").strip().splitlines() or [""]
    return [f"{indent}> {line}".rstrip() for line in lines]


def _day(value: object) -> str:
    return str(value)[:10] if value else "no date"


def _scores(record: Mapping) -> str:
    scored = [(line.label, record.get(line.key)) for line in RUBRIC]
    values = [v for _, v in scored if isinstance(v, int)]
    if not values:
        return "not scored yet"
    mean = sum(values) / len(values)
    parts = ", ".join(f"{label} {value}" for label, value in scored if value is not None)
    return f"mean {mean:.1f} ({parts})"


def build_report(document: Mapping, priorities: PriorityReport) -> str:
    """The export as a Markdown report: priorities, plan, applications, answers."""
    account = document.get("account") or {}
    lines = [f"# Interview practice report: {_line(account.get('display_name'))}", ""]
    lines += [f"Exported on {_day(document.get('exported_at'))} by coach.", ""]
    lines += _priorities(priorities) + _plan(document) + _applications(document)
    lines += _answers(document)
    return "\n".join(lines).rstrip() + "\n"


def _priorities(report: PriorityReport) -> list[str]:
    lines = ["## Development priorities", ""]
    if not report.priorities:
        lines += ["No priorities yet: debrief a rejection to see them.", ""]
    for rank, priority in enumerate(report.priorities, start=1):
        lines.append(f"{rank}. **{_tag(priority.tag)}**: {priority.reason}")
    lines += [""] if report.priorities else []
    if report.context:
        lines += ["### Not for drilling", ""]
        for item in report.context:
            times = "once" if item.count == 1 else f"{item.count} times"
            lines.append(f"- **{_tag(item.tag)}** (named {times}): {item.advice}")
        lines.append("")
    return lines


def _plan(document: Mapping) -> list[str]:
    actions = document.get("plan_actions") or []
    lines = ["## Development plan", ""]
    if not actions:
        return lines + ["No plan actions yet.", ""]
    for action in actions:
        box = "[x]" if action.get("done") else "[ ]"
        due = f" (by {_day(action['target_date'])})" if action.get("target_date") else ""
        lines.append(f"- {box} **{_tag(action.get('tag'))}**: {_line(action.get('text'))}{due}")
    return lines + [""]


def _feedback(item: Mapping, stages: Mapping) -> list[str]:
    stage = stages.get(item.get("stage"))
    where = f", {STAGES.get(stage['kind'], stage['kind'])} stage" if stage else ""
    source = SOURCE_KINDS.get(str(item.get("source_kind")), str(item.get("source_kind")))
    lines = [f"- **{source}**, {_day(item.get('received_on'))}{where}:", ""]
    lines += _quote(item.get("text"), "  ") + [""]
    weak = [f for f in item.get("findings") or [] if f.get("status") != "removed"]
    if weak:
        named = []
        for finding in weak:
            evidence = f': "{_line(finding["evidence"])}"' if finding.get("evidence") else ""
            status = STATUS_LABELS.get(finding.get("status"), finding.get("status"))
            named.append(f"{_tag(finding.get('tag'))} ({status}){evidence}")
        lines += ["  Weak areas: " + "; ".join(named) + ".", ""]
    else:
        lines += ["  Weak areas: nothing specific named.", ""]
    return lines


def _applications(document: Mapping) -> list[str]:
    applications = document.get("applications") or []
    feedback = document.get("feedback") or []
    stages = {s["id"]: s for a in applications for s in a.get("stages") or []}
    by_application = defaultdict(list)
    for item in feedback:
        by_application[item.get("application")].append(item)
    lines = ["## Applications", ""]
    if not applications:
        lines += ["No applications yet.", ""]
    for application in applications:
        title = _line(application.get("company"))
        if application.get("role_title"):
            title = f"{_line(application['role_title'])} at {title}"
        outcome = OUTCOME_LABELS.get(application.get("outcome"), application.get("outcome"))
        lines += [
            f"### {title}",
            "",
            f"{outcome}, applied on {_day(application.get('applied_on'))}.",
        ]
        if application.get("keywords"):
            lines.append(f"Search keywords: {_line(application['keywords'])}.")
        lines.append("")
        for stage in application.get("stages") or []:
            rating = stage.get("self_rating")
            rated = f", self-rating {rating}/5" if rating else ""
            kind = STAGES.get(stage.get("kind"), stage.get("kind"))
            lines.append(f"- Stage: **{kind}**, {_day(stage.get('held_on'))}{rated}")
            if stage.get("went_well"):
                lines.append(f"  - Went well: {_line(stage['went_well'])}")
            if stage.get("do_differently"):
                lines.append(f"  - Do differently: {_line(stage['do_differently'])}")
        lines += [""] if application.get("stages") else []
        for item in by_application.get(application.get("id"), []):
            lines += _feedback(item, stages)
    standalone = by_application.get(None, [])
    if standalone:
        lines += ["## Other feedback", ""]
        for item in standalone:
            lines += _feedback(item, stages)
    return lines


def _answers(document: Mapping) -> list[str]:
    texts = {("own", q["id"]): q.get("text") for q in document.get("questions") or []}
    texts.update({("bank", q["bank"]): q.get("text") for q in document.get("bank_questions") or []})
    reviews = defaultdict(list)
    for invitation in document.get("invitations") or []:
        for review in invitation.get("reviews") or []:
            reviews[review.get("attempt")].append((invitation.get("reviewer_name"), review))
    by_question = defaultdict(list)
    for attempt in document.get("attempts") or []:
        ref = attempt.get("question") or {}
        key = ("own", ref["own"]) if "own" in ref else ("bank", ref.get("bank"))
        by_question[key].append(attempt)
    lines = ["## Rehearsed answers", ""]
    if not by_question:
        return lines + ["No answers rehearsed yet.", ""]
    for key, attempts in by_question.items():
        lines += [f"### {_line(texts.get(key, key[1]))}", ""]
        for attempt in sorted(attempts, key=lambda a: str(a.get("created_at"))):
            recorded = ", recorded" if attempt.get("audio") else ""
            lines.append(
                f"- {_day(attempt.get('created_at'))}: your scores: {_scores(attempt)}; "
                f"{attempt.get('word_count', 0)} words, STAR parts {attempt.get('star_parts', 0)}/4"
                f"{recorded}."
            )
            if str(attempt.get("text") or "").strip():
                lines += [""] + _quote(attempt.get("text"), "  ") + [""]
            for name, review in reviews.get(attempt.get("id"), []):
                who = _line(name) or "Your reviewer"
                lines.append(f"  - {who}'s scores: {_scores(review)}.")
                if str(review.get("comment") or "").strip():
                    lines += _quote(review.get("comment"), "    ")
        lines.append("")
    return lines
