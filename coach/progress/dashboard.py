"""What the progress page shows: trends per weakness with charts, the week, and calibration."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from markupsafe import Markup

from coach import charts, memo
from coach.analysis import progress
from coach.analysis.taxonomy import TAGS
from coach.debrief.overview import priority_report
from coach.models import User, utcnow
from coach.progress import services

STATUS_CLASSES = {
    "improving": "status-improving",
    "flat": "status-flat",
    "worse": "status-worse",
    "not enough data": "status-none",
}


@dataclass(frozen=True)
class WeaknessView:
    """One weakness on the dashboard: its trend, a chart and the chart's numbers."""

    tag: str
    label: str
    trend: progress.Trend
    chart: Markup
    table: Markup
    figures: Markup
    status_class: str


SHOWN_AREAS = 8  # weak areas with a chart, the priorities first; the rest in one table
SHOWN_SESSIONS = 12  # per weakness, in its chart and tables
SHOWN_QUESTIONS = 10  # the most recently practised; every answer is under Answers


def _session_label(point: progress.TrendPoint) -> str:
    return f"{point.day.day} {point.day:%b}"


def _unique_labels(points: tuple[progress.TrendPoint, ...]) -> list[str]:
    """Session labels by day, numbered when one day has several sessions."""
    labels: list[str] = []
    for point in points:
        label = _session_label(point)
        n = sum(1 for existing in labels if existing.split(" (")[0] == label)
        labels.append(f"{label} ({n + 1})" if n else label)
    return labels


def weakness_view(tag: str, trend: progress.Trend) -> WeaknessView:
    """A weakness's card: the chart and tables show the latest SHOWN_SESSIONS sessions (the
    status and first-against-latest read them all)."""
    points = trend.points[-SHOWN_SESSIONS:]
    labels = _unique_labels(points)
    series = charts.score_series(
        labels, [p.self_score for p in points], [p.reviewer_score for p in points]
    )
    label = TAGS[tag].label if tag in TAGS else tag
    shown = (
        f" (the latest {len(points)} of {len(trend.points)})"
        if len(points) < len(trend.points)
        else ""
    )
    chart = charts.line_chart(
        series,
        title=f"{label}: rubric scores per session",
        x_label="Session",
        y_label="Score (1 to 5)",
        chart_id=f"trend-{tag}",
    )
    table = charts.render_table(
        charts.line_chart_table(series, caption=f"{label}: scores per session{shown}")
    )
    figures = charts.render_table(
        charts.ChartTable(
            f"{label}: what the analysis found, per session{shown}",
            (
                "Session",
                "Attempts",
                "STAR parts",
                "Result with a number",
                "Filler words per 100",
                "Words",
            ),
            tuple(
                (
                    name,
                    str(p.attempts),
                    f"{p.star_parts:.1f} of 4",
                    f"{p.quantified_share:.0%}",
                    f"{p.fillers_per_100:.1f}" if p.fillers_per_100 is not None else "–",
                    f"{p.words:.0f}",
                )
                for name, p in zip(labels, points, strict=True)
            ),
        ),
        css_class="chart-table figures-table",
    )
    return WeaknessView(tag, label, trend, chart, table, figures, STATUS_CLASSES[trend.status])


def dashboard(user: User) -> dict[str, object]:
    """Everything the progress page needs, in a fixed number of queries. What the user's
    history gives is kept until their data changes; what is due is read each time."""
    today = services.today_for(user)
    history = memo.remembered("progress", user, today, lambda: _history(user, today))
    due = services.due_by_tag(user, utcnow())
    priority_tags = [p.tag for p in history["priorities"]]
    return {
        **history,
        "due": sum(due.values()),
        "next_action": progress.next_best_action(
            {tag: n for tag, n in due.items() if tag}, priority_tags, history["trends"]
        ),
        "shown_questions": SHOWN_QUESTIONS,
    }


def _history(user: User, today: date) -> dict[str, Any]:
    tz = user.timezone or "UTC"
    attempts = services.practice_attempts(user)
    report = priority_report(user, progress.practice_results(attempts, tz=tz))
    tags = services.tracked_tags([p.tag for p in report.priorities], attempts)
    trends = progress.weakness_trends(attempts, tags, tz=tz)
    practised = [tag for tag in tags if trends[tag].points]
    drills = services.drill_sessions(user)
    weeks = progress.sessions_per_week([*attempts, *drills], tz, today)
    week_bars = [(f"{w.week_start.day} {w.week_start:%b}", float(w.sessions)) for w in weeks]
    return {
        "weaknesses": [weakness_view(tag, trends[tag]) for tag in practised[:SHOWN_AREAS]],
        "other_areas": [
            (TAGS[tag].label if tag in TAGS else tag, trends[tag])
            for tag in practised[SHOWN_AREAS:]
        ],
        "unpractised": [TAGS[tag].label for tag in tags if not trends[tag].points and tag in TAGS],
        "trends": trends,
        "streak": progress.current_streak([*attempts, *drills], tz, today),
        "weeks_chart": charts.bar_chart(
            week_bars,
            title="Practice sessions per week",
            x_label="Week starting",
            y_label="Sessions",
            chart_id="sessions-per-week",
        ),
        "weeks_table": charts.render_table(
            charts.bar_chart_table(
                week_bars,
                caption="Practice sessions per week (the last 8 weeks)",
                label_heading="Week starting",
                value_heading="Sessions",
            )
        ),
        "sessions": len({a.session_key for a in [*attempts, *drills]}),
        "calibration": progress.calibration(attempts),
        "questions": services.practised_questions(attempts, services.question_texts(attempts)),
        "priorities": report.priorities,
    }
