"""Attempts: the analysis and scores of one, its recording, deleting, and the history."""

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user

from coach import charts
from coach.analysis.diff import diff_stats, word_diff
from coach.analysis.rubric import RUBRIC
from coach.analysis.taxonomy import TAGS
from coach.extensions import db
from coach.forms import ConfirmForm
from coach.practice import day_label
from coach.practice.drill import user_zone
from coach.practice.questions import get_question
from coach.rehearse import attempts, bp
from coach.rehearse.forms import ScoreForm, TranscriptForm
from coach.review.invitations import reviews_by_attempt

SIDE_BY_SIDE = 10  # the latest attempts in the scores table; the timeline shows them all


def attempt_view(attempt, score_form=None, transcript_form=None, status=200):
    """Render one attempt with its analysis, rubric and transcript forms."""
    if score_form is None:
        score_form = ScoreForm.of(attempt)
    if transcript_form is None:
        transcript_form = TranscriptForm(formdata=None, text=attempt.text)
    page = render_template(
        "rehearse/attempt.html",
        attempt=attempt,
        report=attempts.analyse(attempt),
        rubric=RUBRIC,
        tags=TAGS,
        score_form=score_form,
        transcript_form=transcript_form,
        confirm=ConfirmForm(formdata=None),
        earlier=attempts.attempts_at(attempt.question_id, current_user.id),
        reviews=reviews_by_attempt([attempt.id]).get(attempt.id, []),
    )
    return page, status


@bp.get("/attempts/<int:attempt_id>")
def attempt_page(attempt_id: int):
    return attempt_view(attempts.get_attempt(attempt_id, current_user.id))


@bp.post("/attempts/<int:attempt_id>/scores")
def score(attempt_id: int):
    attempt = attempts.get_attempt(attempt_id, current_user.id)
    form = ScoreForm()
    if not form.validate():
        return attempt_view(attempt, score_form=form, status=400)
    grade = attempts.score_attempt(current_user, attempt, form.scores())
    db.session.commit()
    mean = f"{attempt.self_mean:.1f}"
    if grade:
        label = grade.capitalize()
        flash(f"Scored {mean} of 5: the drill grades this question {label}.", "success")
    else:
        flash(f"Scores updated: {mean} of 5.", "success")
    return redirect(url_for("rehearse.attempt_page", attempt_id=attempt.id))


@bp.post("/attempts/<int:attempt_id>/text")
def update_text(attempt_id: int):
    attempt = attempts.get_attempt(attempt_id, current_user.id)
    form = TranscriptForm()
    if not form.validate():
        return attempt_view(attempt, transcript_form=form, status=400)
    attempts.update_text(attempt, form.text.data or "")
    db.session.commit()
    flash("Text saved and analysed again.", "success")
    return redirect(url_for("rehearse.attempt_page", attempt_id=attempt.id))


@bp.get("/attempts/<int:attempt_id>/audio")
def audio(attempt_id: int):
    return attempts.recording_response(attempts.get_attempt(attempt_id, current_user.id))


@bp.post("/attempts/<int:attempt_id>/audio/delete")
def delete_audio(attempt_id: int):
    attempt = attempts.get_attempt(attempt_id, current_user.id)
    if ConfirmForm().validate_on_submit() and attempt.audio_filename:
        filename = attempts.delete_recording(attempt)
        db.session.commit()
        attempts.remove_file(attempt.user_id, filename)
        flash("Recording deleted. The answer's text and scores are kept.", "success")
    return redirect(url_for("rehearse.attempt_page", attempt_id=attempt.id))


@bp.route("/attempts/<int:attempt_id>/delete", methods=["GET", "POST"])
def delete_attempt(attempt_id: int):
    attempt = attempts.get_attempt(attempt_id, current_user.id)
    form = ConfirmForm()
    if form.validate_on_submit():
        question_id, user_id = attempt.question_id, attempt.user_id
        filename = attempts.delete_attempt(attempt)
        db.session.commit()
        attempts.remove_file(user_id, filename)
        flash("Attempt deleted.", "success")
        return redirect(url_for("rehearse.history", question_id=question_id))
    return render_template("rehearse/confirm_delete.html", attempt=attempt, form=form)


@bp.get("/attempts")
def attempt_list():
    page = attempts.recent_attempts(current_user.id, request.args.get("page", 1, type=int))
    return render_template("rehearse/attempts.html", page=page)


def chosen_pair(history, old_id: int | None, new_id: int | None):
    """The two attempts to compare: the ones asked for, else the last two."""
    by_id = {attempt.id: attempt for attempt in history}
    new = by_id.get(new_id) if new_id else None
    old = by_id.get(old_id) if old_id else None
    if new is None:
        if not history:
            return None, None
        new = history[-1]
    if old is None or old is new:
        earlier = [a for a in history if a is not new and a.created_at <= new.created_at]
        old = earlier[-1] if earlier else None
    return old, new


def reviewer_means(items, reviews) -> dict[int, float]:
    """Each attempt's reviewers' score: the mean of its reviewers' means."""
    found = {}
    for attempt in items:
        means = [r.mean for r in reviews.get(attempt.id, []) if r.mean is not None]
        if means:
            found[attempt.id] = sum(means) / len(means)
    return found


def timeline_chart(items, reviewer_scores: dict[int, float]) -> tuple:
    """The scores of every attempt at a question, as a chart and its table."""
    labels = [f"{n}" for n in range(1, len(items) + 1)]
    series = [
        charts.Series(
            "Your score",
            "series-self",
            list(zip(labels, [a.self_mean for a in items], strict=True)),
        ),
        charts.Series(
            "Reviewers' score",
            "series-reviewer",
            list(zip(labels, [reviewer_scores.get(a.id) for a in items], strict=True)),
        ),
    ]
    chart = charts.line_chart(
        series,
        title="Scores per attempt",
        x_label="Attempt",
        y_label="Score (1 to 5)",
        chart_id="timeline",
    )
    table = charts.render_table(
        charts.line_chart_table(series, caption="Scores per attempt", x_heading="Attempt")
    )
    return chart, table


@bp.get("/questions/<int:question_id>/history")
def history(question_id: int):
    question = get_question(question_id, current_user.id)
    items = attempts.attempts_at(question.id, current_user.id)
    old, new = chosen_pair(
        items, request.args.get("old", type=int), request.args.get("new", type=int)
    )
    ops = word_diff(old.text, new.text) if old and new else []
    reviewer_scores = reviewer_means(items, reviews_by_attempt([a.id for a in items]))
    zone = user_zone(current_user)
    return render_template(
        "rehearse/history.html",
        timeline=timeline_chart(items, reviewer_scores) if len(items) > 1 else None,
        reviewer_scores=reviewer_scores,
        question=question,
        attempts=items,
        side_by_side=items[-SIDE_BY_SIDE:],
        numbers={attempt.id: n for n, attempt in enumerate(items, 1)},
        days={attempt.id: day_label(attempt.created_at, zone) for attempt in items},
        rubric=RUBRIC,
        old=old,
        new=new,
        ops=ops,
        stats=diff_stats(ops) if ops else (0, 0),
    )
    ops = word_diff(old.text, new.text) if old and new else []
    reviewer_scores = reviewer_means(items, reviews_by_attempt([a.id for a in items]))
    return render_template(
        "rehearse/history.html",
        timeline=timeline_chart(items, reviewer_scores) if len(items) > 1 else None,
        reviewer_scores=reviewer_scores,
        question=question,
        attempts=items,
        rubric=RUBRIC,
        old=old,
        new=new,
        ops=ops,
        stats=diff_stats(ops) if ops else (0, 0),
    )
