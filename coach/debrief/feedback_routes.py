"""Pages for feedback, its weaknesses, and the quick capture of pasted feedback."""

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user

from coach.debrief import bp, findings, services
from coach.debrief.forms import AddFindingForm, FeedbackForm, QuickCaptureForm
from coach.debrief.messages import detailed_assessment_request
from coach.extensions import db
from coach.forms import ConfirmForm


def _feedback_page(feedback_id: int) -> str:
    return url_for("debrief.feedback", feedback_id=feedback_id)


@bp.route("/paste", methods=["GET", "POST"])
def quick_capture():
    form = QuickCaptureForm()
    if form.validate_on_submit():
        feedback = findings.quick_capture(
            current_user, form.company.data, form.text.data, form.source_kind.data
        )
        db.session.commit()
        flash("Feedback saved. Check the weaknesses coach found below.", "success")
        return redirect(_feedback_page(feedback.id))
    return render_template("debrief/quick_capture.html", form=form), 400 if form.errors else 200


@bp.route("/feedback/new", methods=["GET", "POST"])
def new_feedback():
    form = FeedbackForm(applications=services.list_applications(current_user.id))
    if not form.is_submitted():
        form.application_id.data = request.args.get("application_id", "")
        form.stage_id.data = request.args.get("stage_id", "")
        form.received_on.data = services.local_today(current_user)
    if form.validate_on_submit():
        feedback = findings.create_feedback(current_user.id, **form.values())
        db.session.commit()
        flash("Feedback saved. Check the weaknesses coach found below.", "success")
        return redirect(_feedback_page(feedback.id))
    return render_template("debrief/feedback_form.html", form=form), 400 if form.errors else 200


@bp.get("/feedback/<int:feedback_id>")
def feedback(feedback_id: int):
    feedback = services.get_feedback(feedback_id, current_user.id)
    nothing_specific = findings.names_nothing_specific(feedback.findings)
    return render_template(
        "debrief/feedback.html",
        feedback=feedback,
        title=findings.feedback_title(feedback),
        highlighted=findings.highlight(feedback.text, feedback.findings),
        active=findings.active(feedback.findings),
        removed=[f for f in feedback.findings if f.status == "removed"],
        nothing_specific=nothing_specific,
        message=detailed_assessment_request(feedback, current_user) if nothing_specific else "",
        add_form=AddFindingForm(formdata=None),
        action_form=ConfirmForm(formdata=None),
    )


@bp.route("/feedback/<int:feedback_id>/edit", methods=["GET", "POST"])
def edit_feedback(feedback_id: int):
    feedback = services.get_feedback(feedback_id, current_user.id)
    form = FeedbackForm(obj=feedback, applications=services.list_applications(current_user.id))
    if not form.is_submitted():
        form.application_id.data = str(feedback.application_id or "")
        form.stage_id.data = str(feedback.stage_id or "")
    if form.validate_on_submit():
        if findings.update_feedback(feedback, **form.values()):
            flash("Saved. The weaknesses were read again; your own choices are kept.", "success")
        else:
            flash("Your changes are saved.", "success")
        db.session.commit()
        return redirect(_feedback_page(feedback.id))
    page = render_template("debrief/feedback_form.html", form=form, feedback=feedback)
    return page, 400 if form.errors else 200


@bp.route("/feedback/<int:feedback_id>/delete", methods=["GET", "POST"])
def delete_feedback(feedback_id: int):
    feedback = services.get_feedback(feedback_id, current_user.id)
    form = ConfirmForm()
    if form.validate_on_submit():
        findings.delete_feedback(feedback)
        db.session.commit()
        flash("Deleted the feedback and its weaknesses.", "info")
        if feedback.application_id:
            return redirect(url_for("debrief.application", application_id=feedback.application_id))
        return redirect(url_for("debrief.applications"))
    return render_template(
        "debrief/confirm_delete.html",
        form=form,
        what=findings.feedback_title(feedback).lower().replace(" feedback:", " feedback from"),
        consequence="The weaknesses found in it leave your priorities.",
        cancel=_feedback_page(feedback.id),
    )


@bp.post("/feedback/<int:feedback_id>/findings")
def add_finding(feedback_id: int):
    feedback = services.get_feedback(feedback_id, current_user.id)
    form = AddFindingForm()
    if not form.validate():
        flash(" ".join(form.tag.errors), "error")
    elif (finding := findings.add_tag(feedback, form.tag.data)) is None:
        flash("That weakness is already listed.", "info")
    else:
        db.session.commit()
        flash(f"Added {finding.label}.", "success")
    return redirect(_feedback_page(feedback.id) + "#findings")


def _finding_action(finding_id: int, change, message: str):
    """Apply one of the user's choices to a finding and go back to its feedback."""
    finding = services.get_finding(finding_id, current_user.id)
    change(finding)
    db.session.commit()
    flash(message.format(label=finding.label), "success")
    return redirect(_feedback_page(finding.feedback_id) + "#findings")


@bp.post("/findings/<int:finding_id>/confirm")
def confirm_finding(finding_id: int):
    return _finding_action(finding_id, findings.confirm, "Kept {label}.")


@bp.post("/findings/<int:finding_id>/remove")
def remove_finding(finding_id: int):
    message = "Removed {label}. It will not be proposed again for this feedback."
    return _finding_action(finding_id, findings.remove, message)


@bp.post("/findings/<int:finding_id>/flip")
def flip_finding(finding_id: int):
    message = "Changed whether {label} is something you can change."
    return _finding_action(finding_id, findings.flip_changeable, message)
