"""The drill: the next due question, its guidance on request, and grading the try."""

from flask import flash, redirect, render_template, url_for
from flask_login import current_user

from coach.extensions import db
from coach.models import utcnow
from coach.practice import bp, drill
from coach.practice.forms import GradeForm

GRADE_BUTTONS = (
    ("again", "Again", "1", "could not answer"),
    ("hard", "Hard", "2", "got through it, with effort"),
    ("good", "Good", "3", "a solid answer"),
    ("easy", "Easy", "4", "easy, ready for the interview"),
)


@bp.get("/drill")
def drill_page():
    now = utcnow()
    state = drill.next_card(current_user, now)
    next_due = drill.describe_due(state.next_due, current_user, now) if state.next_due else None
    return render_template(
        "practice/drill.html",
        state=state,
        next_due=next_due,
        grades=GRADE_BUTTONS,
        form=GradeForm(formdata=None),
    )


@bp.post("/drill/cards/<int:card_id>/grade")
def grade_card(card_id: int):
    card = drill.get_card(card_id, current_user.id)
    form = GradeForm()
    if not form.validate():
        flash("Grade the try with one of the buttons: Again, Hard, Good or Easy.", "error")
        return redirect(url_for("practice.drill_page"))
    now = utcnow()
    card = drill.record_grade(current_user, card.question, form.grade.data, now)
    db.session.commit()
    when = drill.describe_due(card.due, current_user, now)
    flash(
        f"Graded {form.grade.data.capitalize()}. Next review of that question: {when}.", "success"
    )
    return redirect(url_for("practice.drill_page"))
