"""Pages for applications and their stages."""

from flask import flash, redirect, render_template, url_for
from flask_login import current_user

from coach.debrief import bp, services
from coach.debrief.forms import ApplicationForm, StageForm
from coach.extensions import db
from coach.forms import ConfirmForm


@bp.get("/applications")
def applications():
    return render_template(
        "debrief/applications.html",
        applications=services.list_applications(current_user.id),
        standalone=services.list_standalone_feedback(current_user.id),
    )


@bp.route("/applications/new", methods=["GET", "POST"])
def new_application():
    form = ApplicationForm()
    if form.validate_on_submit():
        application = services.create_application(current_user.id, **form.values())
        db.session.commit()
        flash(f"Saved your application to {application.company}.", "success")
        return redirect(url_for("debrief.application", application_id=application.id))
    return render_template("debrief/application_form.html", form=form), 400 if form.errors else 200


@bp.get("/applications/<int:application_id>")
def application(application_id: int):
    application = services.get_application(application_id, current_user.id)
    return render_template(
        "debrief/application.html",
        application=application,
        stages=services.weakest_first(application.stages),
        keywords=services.keyword_list(application.keywords),
    )


@bp.route("/applications/<int:application_id>/edit", methods=["GET", "POST"])
def edit_application(application_id: int):
    application = services.get_application(application_id, current_user.id)
    form = ApplicationForm(obj=application)
    if form.validate_on_submit():
        services.update_application(application, **form.values())
        db.session.commit()
        flash("Your changes are saved.", "success")
        return redirect(url_for("debrief.application", application_id=application.id))
    page = render_template("debrief/application_form.html", form=form, application=application)
    return page, 400 if form.errors else 200


@bp.route("/applications/<int:application_id>/delete", methods=["GET", "POST"])
def delete_application(application_id: int):
    application = services.get_application(application_id, current_user.id)
    form = ConfirmForm()
    if form.validate_on_submit():
        services.delete_application(application)
        db.session.commit()
        flash(f"Deleted the application to {application.company}.", "info")
        return redirect(url_for("debrief.applications"))
    return render_template(
        "debrief/confirm_delete.html",
        form=form,
        what=f"the application to {application.title}",
        consequence="Its stages, feedback and weaknesses are deleted with it.",
        cancel=url_for("debrief.application", application_id=application.id),
    )


@bp.route("/applications/<int:application_id>/stages/new", methods=["GET", "POST"])
def new_stage(application_id: int):
    application = services.get_application(application_id, current_user.id)
    form = StageForm(application=application)
    if form.validate_on_submit():
        stage = services.create_stage(application, **form.values())
        db.session.commit()
        flash(f"Added the {stage.kind_label.lower()} stage.", "success")
        return redirect(url_for("debrief.application", application_id=application.id))
    page = render_template("debrief/stage_form.html", form=form, application=application)
    return page, 400 if form.errors else 200


@bp.route("/stages/<int:stage_id>/edit", methods=["GET", "POST"])
def edit_stage(stage_id: int):
    stage = services.get_stage(stage_id, current_user.id)
    form = StageForm(obj=stage, application=stage.application)
    if not form.is_submitted():
        form.self_rating.data = str(stage.self_rating or "")
    if form.validate_on_submit():
        services.update_stage(stage, **form.values())
        db.session.commit()
        flash("Your changes to the stage are saved.", "success")
        return redirect(url_for("debrief.application", application_id=stage.application_id))
    page = render_template(
        "debrief/stage_form.html", form=form, application=stage.application, stage=stage
    )
    return page, 400 if form.errors else 200


@bp.route("/stages/<int:stage_id>/delete", methods=["GET", "POST"])
def delete_stage(stage_id: int):
    stage = services.get_stage(stage_id, current_user.id)
    form = ConfirmForm()
    if form.validate_on_submit():
        services.delete_stage(stage)
        db.session.commit()
        flash(f"Deleted the {stage.kind_label.lower()} stage.", "info")
        return redirect(url_for("debrief.application", application_id=stage.application_id))
    return render_template(
        "debrief/confirm_delete.html",
        form=form,
        what=f"the {stage.kind_label.lower()} stage of {stage.application.title}",
        consequence="Feedback attached to it stays with the application.",
        cancel=url_for("debrief.application", application_id=stage.application_id),
    )
