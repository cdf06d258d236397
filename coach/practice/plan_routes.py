"""The plan page: practice sets from priorities or chosen tags, swaps, development actions."""

from flask import flash, redirect, render_template, url_for
from flask_login import current_user

from coach.extensions import db
from coach.forms import ConfirmForm
from coach.practice import bp, plans
from coach.practice.forms import ActionForm, BuildPlanForm, TagSetForm
from coach.practice.priorities import weighted_priorities


def _plan_page(status: int = 200, **forms):
    """The plan page with fresh forms, or the given ones carrying their errors."""
    priorities = weighted_priorities(current_user)
    sections, other_actions = plans.development_plan(current_user.id, priorities)
    recent = plans.recent_sets(current_user.id)
    latest = plans.latest_set(current_user.id) if recent else None
    forms.setdefault("build_form", BuildPlanForm(formdata=None))
    forms.setdefault("tag_form", TagSetForm(formdata=None))
    forms.setdefault("action_form", ActionForm(formdata=None))
    page = render_template(
        "practice/plan.html",
        priorities=priorities,
        latest=latest,
        earlier=recent[1:],
        sections=sections,
        other_actions=other_actions,
        form=ConfirmForm(formdata=None),
        **forms,
    )
    return page, status


@bp.get("/plan")
def plan():
    return _plan_page()


@bp.post("/plan/build")
def build_plan():
    form = BuildPlanForm()
    if not form.validate():
        return _plan_page(400, build_form=form)
    return _built(lambda: plans.build_plan(current_user, form.size.data), "Your plan")


@bp.post("/plan/build-by-tags")
def build_tag_set():
    form = TagSetForm()
    if not form.validate():
        return _plan_page(400, tag_form=form)
    return _built(
        lambda: plans.build_tag_set(current_user, form.tags.data, form.stage.data, form.size.data),
        "Your set",
    )


def _built(build, what: str):
    """Build a set, commit and go to it; or say why nothing could be built."""
    try:
        practice_set = build()
    except plans.NothingToPractise as reason:
        flash(str(reason), "error")
        return redirect(url_for("practice.plan"))
    db.session.commit()
    count = len(practice_set.items)
    flash(f"{what} is ready: {count} questions, due in your drill now.", "success")
    return redirect(url_for("practice.plan"))


@bp.get("/plan/sets/<int:set_id>")
def practice_set(set_id: int):
    return render_template(
        "practice/set.html",
        practice_set=plans.get_set(set_id, current_user.id),
        form=ConfirmForm(formdata=None),
    )


@bp.post("/plan/items/<int:item_id>/swap")
def swap_item(item_id: int):
    item = plans.get_item(item_id, current_user.id)
    if plans.swap_item(current_user, item) is None:
        flash(f"No other question on {item.tag_label} is left to swap in.", "info")
    else:
        db.session.commit()
        flash(f"Swapped in another question on {item.tag_label}.", "success")
    return redirect(url_for("practice.practice_set", set_id=item.practice_set_id))


@bp.post("/plan/actions")
def add_action():
    form = ActionForm()
    if not form.validate():
        return _plan_page(400, action_form=form)
    plans.add_action(current_user.id, form.tag.data, form.text.data, form.target_date.data)
    db.session.commit()
    flash("Action added to your development plan.", "success")
    return redirect(url_for("practice.plan") + "#development-plan")


@bp.route("/plan/actions/<int:action_id>/edit", methods=["GET", "POST"])
def edit_action(action_id: int):
    action = plans.get_action(action_id, current_user.id)
    form = ActionForm(obj=action)
    if form.validate_on_submit():
        plans.update_action(action, form.text.data, form.target_date.data)
        db.session.commit()
        flash("Your action is saved.", "success")
        return redirect(url_for("practice.plan") + "#development-plan")
    page = render_template("practice/action_form.html", form=form, action=action)
    return page, 400 if form.errors else 200


@bp.post("/plan/actions/<int:action_id>/toggle")
def toggle_action(action_id: int):
    action = plans.get_action(action_id, current_user.id)
    plans.toggle_action(action)
    db.session.commit()
    flash("Marked as done." if action.done else "Marked as not done yet.", "success")
    return redirect(url_for("practice.plan") + f"#action-{action.id}")


@bp.post("/plan/actions/<int:action_id>/delete")
def delete_action(action_id: int):
    action = plans.get_action(action_id, current_user.id)
    plans.delete_action(action)
    db.session.commit()
    flash("Action deleted.", "info")
    return redirect(url_for("practice.plan") + "#development-plan")
