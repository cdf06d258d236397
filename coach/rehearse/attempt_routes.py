"""Attempts: the analysis and scores of one, its recording, deleting, and the history."""

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user
from markupsafe import Markup

from coach.analysis.rubric import RUBRIC
from coach.analysis.taxonomy import TAGS
from coach.extensions import db
from coach.forms import ConfirmForm
from coach.practice.questions import get_question
from coach.rehearse import attempts, bp
from coach.rehearse.forms import ScoreForm, TranscriptForm
from coach.rehearse.history import chosen_pair, comparison, question_history
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


@bp.get("/questions/<int:question_id>/history")
def history(question_id: int):
    question = get_question(question_id, current_user.id)
    found = question_history(current_user, question.id)
    old, new = chosen_pair(
        found.rows, request.args.get("old", type=int), request.args.get("new", type=int)
    )
    diff, stats = comparison(current_user, old, new) if old and new else (Markup(""), (0, 0))
    return render_template(
        "rehearse/history.html",
        timeline=found.timeline,
        reviewer_scores=found.reviewer_scores,
        question=question,
        attempts=found.rows,
        side_by_side=found.rows[-SIDE_BY_SIDE:],
        rubric=RUBRIC,
        old=old,
        new=new,
        diff=diff,
        stats=stats,
    )
