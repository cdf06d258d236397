"""The rehearse page: a question, timers, the editor and recorder, drafts and saving."""

from flask import abort, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import NotFound

from coach.errors import handle_csrf_error
from coach.extensions import db
from coach.markdown import render_markdown
from coach.practice.questions import get_question
from coach.rehearse import attempts, bp
from coach.rehearse.forms import MAX_ANSWER_CHARS, AnswerForm, TimerForm

EXPIRED_MESSAGE = (
    "This page had been open too long and its security token expired, so nothing was saved. "
    "Your answer is kept below: press Save answer again."
)


def uploaded_recording(form: AnswerForm) -> attempts.Upload | None:
    """The recording sent with the answer form, if a file was chosen or recorded."""
    file = form.audio.data
    if file is None or not getattr(file, "filename", ""):
        return None
    return attempts.Upload(file.stream, form.audio_duration.data)


def timer_settings(answer: int | None = None) -> TimerForm:
    """The timers from the query string, defaults where it says nothing usable; a given
    answer time (the one an answer was saved with) wins."""
    timer = TimerForm(request.args if request.method == "GET" else None)
    asked = "think" in request.args or "answer" in request.args
    if asked and not timer.validate():
        for name in ("think", "answer"):
            if timer[name].errors:
                timer[name].data = timer[name].default
    if answer is not None:
        timer.answer.data = answer
    return timer


def rehearse_page(
    question,
    form: AnswerForm,
    timer: TimerForm,
    status: int = 200,
    draft: attempts.DraftState | None = None,
    **context,
):
    """Render the rehearse page (also for a mock interview's question, given mock=...)."""
    if draft is None:
        draft = attempts.draft_state(current_user.id, question.id)
    if form.text.data is None:
        form.text.data = draft.text
    form.target_seconds.data = str(timer.answer.data)
    page = render_template(
        "rehearse/rehearse.html",
        question=question,
        form=form,
        timer=timer,
        saved_at=draft.saved_at.isoformat() if draft.saved_at else "",
        previous=draft.latest_attempt_at,
        **context,
    )
    return page, status


@bp.get("/questions/<int:question_id>/rehearse")
def rehearse(question_id: int):
    question, draft = attempts.question_with_draft(question_id, current_user.id)
    return rehearse_page(question, AnswerForm(), timer_settings(), draft=draft)


@bp.post("/questions/<int:question_id>/attempts")
def save_answer(question_id: int):
    question = get_question(question_id, current_user.id)
    form = AnswerForm()
    if form.validate():
        try:
            attempt = attempts.save_attempt(
                current_user,
                question,
                form.text.data or "",
                uploaded_recording(form),
                form.answer_seconds.data,
                form.target(),
            )
        except attempts.AttemptError as error:
            form[error.field].errors = [error.message]
        else:
            commit_or_remove(attempt)
            flash("Answer saved. Read the analysis, then score it.", "success")
            return redirect(url_for("rehearse.attempt_page", attempt_id=attempt.id))
    return rehearse_page(question, form, timer_settings(form.target()), 400)


def commit_or_remove(attempt) -> None:
    """Commit a new attempt; if that fails, its recording must not linger on disk."""
    try:
        db.session.commit()
    except Exception:
        db.session.rollback()
        attempts.remove_file(attempt.user_id, attempt.audio_filename)
        raise


def json_text() -> str:
    """The "text" of a JSON request, or a 400 with a JSON message."""
    data = request.get_json(silent=True)
    text = data.get("text") if isinstance(data, dict) else None
    if not isinstance(text, str):
        abort(400)
    if len(text) > MAX_ANSWER_CHARS or "\x00" in text:
        abort(400)
    return text


@bp.post("/questions/<int:question_id>/draft")
def save_draft(question_id: int):
    question = get_question(question_id, current_user.id)
    draft = attempts.save_draft(current_user.id, question.id, json_text())
    db.session.commit()
    return jsonify(saved_at=draft.updated_at.isoformat() + "+00:00")


@bp.post("/preview")
def preview():
    return jsonify(html=str(render_markdown(json_text())))


@bp.errorhandler(CSRFError)
def expired_form(error: CSRFError):
    """A long answer posted with an expired token comes back with its text, not lost."""
    if not current_user.is_authenticated:
        return handle_csrf_error(error)
    try:
        return expired_answer(error)
    except NotFound:  # not the user's question or mock: the plain refusal
        return handle_csrf_error(error)


def expired_answer(error: CSRFError):
    if request.endpoint == "rehearse.save_answer":
        question = get_question(request.view_args["question_id"], current_user.id)
        form = AnswerForm(meta={"csrf": False})
        form.validate()
        flash(EXPIRED_MESSAGE, "error")
        if uploaded_recording(form) is not None:
            form.audio.errors = ["Attach the recording again: files cannot be kept."]
        return rehearse_page(question, form, timer_settings(form.target()), 400)
    if request.endpoint == "rehearse.answer_mock_item":
        from coach.rehearse.mock_routes import expired_mock_answer

        return expired_mock_answer(EXPIRED_MESSAGE)
    if request.is_json:
        return jsonify(error="The page has expired: reload it to carry on."), 400
    return handle_csrf_error(error)
