"""Pages for browsing questions, the user's own questions, and hiding bank ones."""

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user

from coach.analysis.taxonomy import STAGES, TAGS
from coach.extensions import db
from coach.forms import ConfirmForm
from coach.practice import bp, questions
from coach.practice.forms import OwnQuestionForm, changeable_tag_choices


def _filter_from_args() -> questions.QuestionFilter:
    tag = request.args.get("tag", "")
    stage = request.args.get("stage", "")
    return questions.QuestionFilter(
        tag=tag if tag in TAGS else "",
        stage=stage if stage in STAGES else "",
        text=request.args.get("q", "").strip()[:200],
        hidden=request.args.get("show") == "hidden",
    )


def _back(default: str) -> str:
    """The page a button came from (a local path only), else the default."""
    target = request.form.get("back", "")
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return default


@bp.get("/questions")
def browse():
    wanted = _filter_from_args()
    page = request.args.get("page", 1, type=int)
    return render_template(
        "practice/questions.html",
        wanted=wanted,
        results=questions.browse(current_user.id, wanted, max(page, 1)),
        hidden_count=questions.hidden_count(current_user.id),
        tag_choices=changeable_tag_choices(),
        stages=STAGES,
        form=ConfirmForm(formdata=None),
    )


@bp.get("/questions/<int:question_id>")
def question(question_id: int):
    found = questions.get_question(question_id, current_user.id)
    return render_template(
        "practice/question.html",
        question=found,
        hidden=questions.is_hidden(found, current_user.id),
        form=ConfirmForm(formdata=None),
    )


@bp.route("/questions/new", methods=["GET", "POST"])
def new_question():
    form = OwnQuestionForm()
    if form.validate_on_submit():
        created = questions.create_own_question(current_user.id, **form.values())
        db.session.commit()
        flash("Your question is saved. It can now join your plans and drills.", "success")
        return redirect(url_for("practice.question", question_id=created.id))
    page = render_template("practice/question_form.html", form=form)
    return page, 400 if form.errors else 200


@bp.route("/questions/<int:question_id>/edit", methods=["GET", "POST"])
def edit_question(question_id: int):
    own = questions.get_own_question(question_id, current_user.id)
    form = OwnQuestionForm(obj=own)
    if not form.is_submitted():
        form.tags.data = list(own.tag_list)
        form.stages.data = list(own.stage_list)
    if form.validate_on_submit():
        questions.update_own_question(own, **form.values())
        db.session.commit()
        flash("Your changes are saved.", "success")
        return redirect(url_for("practice.question", question_id=own.id))
    page = render_template("practice/question_form.html", form=form, question=own)
    return page, 400 if form.errors else 200


@bp.route("/questions/<int:question_id>/delete", methods=["GET", "POST"])
def delete_question(question_id: int):
    own = questions.get_own_question(question_id, current_user.id)
    form = ConfirmForm()
    if form.validate_on_submit():
        questions.delete_own_question(own)
        db.session.commit()
        flash("Deleted your question, with its place in plans and drills.", "info")
        return redirect(url_for("practice.browse"))
    return render_template("practice/confirm_delete.html", form=form, question=own)


@bp.post("/questions/<int:question_id>/hide")
def hide_question(question_id: int):
    found = questions.get_question(question_id, current_user.id)
    if found.is_own:
        flash("This is your own question: delete it instead of hiding it.", "info")
    elif questions.hide(found, current_user.id):
        db.session.commit()
        flash("Hidden. It will not appear in your lists, plans or drills.", "success")
    return redirect(_back(url_for("practice.browse")))


@bp.post("/questions/<int:question_id>/unhide")
def unhide_question(question_id: int):
    found = questions.get_question(question_id, current_user.id)
    if questions.unhide(found, current_user.id):
        db.session.commit()
        flash("Shown again. It can join your plans and drills.", "success")
    return redirect(_back(url_for("practice.browse", show="hidden")))
