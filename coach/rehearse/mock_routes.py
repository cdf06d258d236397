"""Mock interviews: choose the questions, answer them in a row, then see the summary."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from wtforms import SelectChoice

from coach.analysis.rubric import RUBRIC
from coach.extensions import db
from coach.forms import ConfirmForm
from coach.practice.plans import NothingToPractise, recent_sets
from coach.rehearse import attempts, bp, mocks
from coach.rehearse.forms import AnswerForm, MockForm, TimerForm
from coach.rehearse.routes import commit_or_remove, rehearse_page, uploaded_recording


def mock_form() -> MockForm:
    form = MockForm()
    sources = [SelectChoice(mocks.PRIORITIES, "My priorities")]
    for summary in recent_sets(current_user.id):
        label = f"{summary.practice_set.title} ({summary.questions} questions)"
        sources.append(SelectChoice(str(summary.practice_set.id), label))
    form.source.choices = sources
    return form


def mock_title(form: MockForm) -> str:
    return next(c.label for c in form.source.choices or [] if c.value == form.source.data)


@bp.get("/mock")
def mock_start():
    form = mock_form()
    chosen = request.args.get("set", "")
    if chosen in {choice.value for choice in form.source.choices or []}:
        form.source.data = chosen
    return render_template(
        "rehearse/mock_start.html",
        form=form,
        mocks=mocks.recent_mocks(current_user.id),
    )


@bp.post("/mock")
def create_mock():
    form = mock_form()
    if form.validate():
        try:
            mock = mocks.start_mock(
                current_user,
                form.source.data,
                form.size.data,
                form.think.data,
                form.answer.data,
                mock_title(form),
            )
        except NothingToPractise as error:
            form.source.errors = [str(error)]
        else:
            db.session.commit()
            return redirect(url_for("rehearse.mock_question", mock_id=mock.id))
    page = render_template(
        "rehearse/mock_start.html", form=form, mocks=mocks.recent_mocks(current_user.id)
    )
    return page, 400


def mock_question_page(mock, form: AnswerForm, status: int = 200):
    answered = mocks.answers_of(mock)
    item = mocks.current_item(mock, answered)
    if item is None:
        return redirect(url_for("rehearse.mock_summary", mock_id=mock.id))
    timer = TimerForm(formdata=None, think=mock.think_seconds, answer=mock.answer_seconds)
    return rehearse_page(
        item.question,
        form,
        timer,
        status,
        mock=mock,
        item=item,
        answered=len(answered) + sum(1 for i in mock.items if i.skipped),
        confirm=ConfirmForm(formdata=None),
    )


@bp.get("/mock/<int:mock_id>")
def mock_question(mock_id: int):
    return mock_question_page(mocks.get_mock(mock_id, current_user.id), AnswerForm())


def mock_item_of(mock, item_id: int):
    """The unanswered question of this mock, or 404: a finished one takes no answers."""
    item = next((i for i in mock.items if i.id == item_id), None)
    if item is None:
        abort(404)
    return item


@bp.post("/mock/<int:mock_id>/items/<int:item_id>/answer")
def answer_mock_item(mock_id: int, item_id: int):
    mock = mocks.get_mock(mock_id, current_user.id)
    item = mock_item_of(mock, item_id)
    if item.id in mocks.answers_of(mock) or mock.finished_at is not None:
        flash("That question was already answered in this mock interview.", "error")
        return redirect(url_for("rehearse.mock_question", mock_id=mock.id))
    form = AnswerForm()
    if form.validate():
        try:
            attempt = attempts.save_attempt(
                current_user,
                item.question,
                form.text.data or "",
                uploaded_recording(form),
                form.answer_seconds.data,
                mock.answer_seconds,
                mock_item=item,
            )
        except attempts.AttemptError as error:
            form[error.field].errors = [error.message]
        else:
            db.session.flush()
            mocks.finish_if_done(mock, mocks.answers_of(mock))
            commit_or_remove(attempt)
            return redirect(url_for("rehearse.mock_question", mock_id=mock.id))
    return mock_question_page(mock, form, 400)


def expired_mock_answer(message: str):
    """The mock question again with the posted text, after an expired CSRF token."""
    mock = mocks.get_mock(request.view_args["mock_id"], current_user.id)
    form = AnswerForm(meta={"csrf": False})
    form.validate()
    flash(message, "error")
    return mock_question_page(mock, form, 400)


@bp.post("/mock/<int:mock_id>/items/<int:item_id>/skip")
def skip_mock_item(mock_id: int, item_id: int):
    mock = mocks.get_mock(mock_id, current_user.id)
    item = mock_item_of(mock, item_id)
    if ConfirmForm().validate_on_submit() and mock.finished_at is None:
        item.skipped = True
        mocks.finish_if_done(mock, mocks.answers_of(mock))
        db.session.commit()
    return redirect(url_for("rehearse.mock_question", mock_id=mock.id))


@bp.post("/mock/<int:mock_id>/end")
def end_mock(mock_id: int):
    mock = mocks.get_mock(mock_id, current_user.id)
    if ConfirmForm().validate_on_submit():
        mocks.end_mock(mock)
        db.session.commit()
    return redirect(url_for("rehearse.mock_summary", mock_id=mock.id))


@bp.get("/mock/<int:mock_id>/summary")
def mock_summary(mock_id: int):
    mock = mocks.get_mock(mock_id, current_user.id)
    if mock.finished_at is None:
        flash("This mock interview is not finished: here is how far it got.", "info")
    rows = mocks.summary(mock)
    return render_template(
        "rehearse/mock_summary.html",
        mock=mock,
        rows=rows,
        rubric=RUBRIC,
    )
