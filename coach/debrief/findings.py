"""Feedback and its findings: analysis, re-analysis that keeps the user's choices, actions.

DESIGN.md, "Words": proposed findings count until the user removes them; re-analysis after
an edit keeps confirmed and added findings and keeps removed ones removed.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from coach.analysis.feedback import identify_weaknesses
from coach.analysis.taxonomy import TAGS, needs_detailed_assessment
from coach.debrief import services
from coach.extensions import db
from coach.models import Feedback, Finding, User

FEEDBACK_FIELDS = ("application", "stage", "source_kind", "received_on", "text")


def create_feedback(user_id: int, **fields: object) -> Feedback:
    """Add a piece of feedback and the weaknesses the analysis proposes (caller commits)."""
    feedback = Feedback(user_id=user_id)
    for name in FEEDBACK_FIELDS:
        setattr(feedback, name, fields.get(name))
    db.session.add(feedback)
    analyse(feedback)
    return feedback


def update_feedback(feedback: Feedback, **fields: object) -> bool:
    """Change a piece of feedback; re-analyse when its text changed. True if re-analysed."""
    changed = fields.get("text", feedback.text) != feedback.text
    for name in FEEDBACK_FIELDS:
        if name in fields:
            setattr(feedback, name, fields[name])
    if changed:
        analyse(feedback)
    return changed


def delete_feedback(feedback: Feedback) -> None:
    """Delete a piece of feedback and its findings (the caller commits)."""
    db.session.delete(feedback)


def quick_capture(user: User, company: str, text: str, source_kind: str) -> Feedback:
    """Save pasted feedback under the user's latest application to this company.

    A new application (outcome rejected) is made when there is none; an in-progress one
    becomes rejected, since the feedback closes it.
    """
    application = services.find_application_by_company(user.id, company)
    if application is None:
        application = services.create_application(user.id, company=company, outcome="rejected")
    elif application.outcome == "in_progress":
        application.outcome = "rejected"
    return create_feedback(
        user.id,
        application=application,
        stage=None,
        source_kind=source_kind,
        received_on=services.local_today(user),
        text=text,
    )


def analyse(feedback: Feedback) -> None:
    """Run the analysis on the feedback's text and merge its proposals with the findings."""
    proposals = {}
    for weakness in identify_weaknesses(feedback.text):
        proposals.setdefault(weakness.tag, weakness)  # one finding per tag: the first
    kept = {f.tag: f for f in feedback.findings if f.status != "proposed"}
    stale = {f.tag: f for f in feedback.findings if f.status == "proposed"}
    for tag, weakness in proposals.items():
        evidence = (weakness.evidence or "").strip() or None
        if tag in kept:
            if kept[tag].status != "removed" and not _found_in(kept[tag].evidence, feedback.text):
                kept[tag].evidence = evidence
        elif tag in stale:
            # updated in place: a delete and an insert of the same tag would clash in one flush
            finding = stale.pop(tag)
            finding.actionable, finding.evidence = weakness.actionable, evidence
        else:
            feedback.findings.append(
                Finding(tag=tag, actionable=weakness.actionable, evidence=evidence)
            )
    for finding in stale.values():
        feedback.findings.remove(finding)
    for finding in kept.values():
        if not _found_in(finding.evidence, feedback.text):
            finding.evidence = None


def _found_in(evidence: str | None, text: str) -> bool:
    return bool(evidence) and evidence.lower() in text.lower()


# The user's choices on one finding


def confirm(finding: Finding) -> None:
    """Keep a proposed (or removed) finding as the user's own."""
    finding.status = "confirmed" if finding.evidence or finding.status == "proposed" else "added"


def remove(finding: Finding) -> None:
    """Remove a finding; re-analysis will not propose its tag again for this feedback."""
    finding.status = "removed"


def flip_changeable(finding: Finding) -> None:
    """Flip whether the weakness is changeable: a choice, so the finding is kept."""
    finding.actionable = not finding.actionable
    if finding.status == "proposed":
        finding.status = "confirmed"


def add_tag(feedback: Feedback, tag: str) -> Finding | None:
    """Add a weakness the analysis missed; None when it is already listed."""
    existing = next((f for f in feedback.findings if f.tag == tag), None)
    if existing is not None:
        if existing.status != "removed":
            return None
        confirm(existing)
        return existing
    finding = Finding(tag=tag, actionable=TAGS[tag].changeable, evidence=None, status="added")
    feedback.findings.append(finding)
    return finding


# Reading a piece of feedback


def active(findings: list[Finding]) -> list[Finding]:
    """The findings that count: every one but the removed, changeable ones first."""
    return sorted(
        (f for f in findings if f.status != "removed"), key=lambda f: (not f.actionable, f.id)
    )


def names_nothing_specific(findings: list[Finding]) -> bool:
    """True when the counted findings are none or only vague ones (DESIGN.md)."""
    return needs_detailed_assessment([f.tag for f in findings if f.status != "removed"])


def highlight(text: str, findings: list[Finding]) -> Markup:
    """The feedback as HTML with each finding's evidence marked in place, labelled.

    Every piece of user text goes through escape(); overlapping evidence is merged into
    one mark carrying both labels.
    """
    spans: list[tuple[int, int, str, str]] = []
    for finding in findings:
        if finding.status == "removed" or not finding.evidence:
            continue
        start = text.find(finding.evidence)
        if start >= 0:
            spans.append((start, start + len(finding.evidence), finding.label, finding.status))
        elif found := re.search(re.escape(finding.evidence), text, re.IGNORECASE):
            spans.append((found.start(), found.end(), finding.label, finding.status))
    merged: list[list] = []
    for start, end, label, status in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(end, merged[-1][1])
            merged[-1][2].append(label)
        else:
            merged.append([start, end, [label], status])
    parts, position = [], 0
    for start, end, labels, status in merged:
        parts.append(escape(text[position:start]))
        parts.append(
            Markup(
                '<mark class="evidence evidence-{}">{} <span class="mark-label">{}</span></mark>'
            ).format(status, text[start:end], ", ".join(labels))
        )
        position = end
    parts.append(escape(text[position:]))
    return Markup("").join(parts)


def feedback_title(feedback: Feedback) -> str:
    """How a piece of feedback is named in headings and lists."""
    where = feedback.application.title if feedback.application else "Standalone"
    stage = f", {feedback.stage.kind_label}" if feedback.stage else ""
    return f"{feedback.source_label} feedback: {where}{stage}"
