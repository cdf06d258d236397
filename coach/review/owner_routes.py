"""The owner's side of peer review: inviting, the invitations, and the inbox."""

from urllib.parse import quote

from flask import current_app, flash, redirect, render_template, request, session, url_for
from flask_login import current_user
from wtforms import SelectChoice

from coach.analysis.rubric import RUBRIC
from coach.extensions import db
from coach.forms import ConfirmForm
from coach.models import utcnow
from coach.review import invitations, owner_bp
from coach.review.forms import ExtendForm, InvitationForm

NEW_LINK = "new_invitation_link"


def attempt_label(attempt) -> str:
    text = attempt.question.text
    short = text if len(text) <= 90 else text[:87] + "…"
    return f"{short} ({attempt.created_at:%d %b %Y}, {attempt.word_count} words)"


def invitation_form(chosen: list[int]) -> InvitationForm:
    form = InvitationForm()
    offered = invitations.shareable_attempts(current_user.id, chosen)
    form.attempts.choices = [
        SelectChoice(attempt.id, attempt_label(attempt)) for attempt in offered
    ]
    if request.method == "GET":
        form.attempts.data = chosen
    return form


@owner_bp.route("/invitations/new", methods=["GET", "POST"])
def new_invitation():
    args = request.args
    chosen = invitations.preselected(
        current_user.id,
        args.getlist("attempt", type=int),
        args.get("question", type=int),
        args.get("mock", type=int),
    )
    form = invitation_form(chosen)
    if form.validate_on_submit():
        try:
            invitation, token = invitations.create_invitation(
                current_user,
                form.attempts.data,
                form.note.data or "",
                form.reviewer_name.data or "",
                form.days.data,
            )
        except invitations.InvitationError as error:
            form.attempts.errors = [str(error)]
        else:
            db.session.commit()
            # shown once, on the next page: only the token's hash is stored
            session[NEW_LINK] = [invitation.id, token]
            return redirect(url_for("invitations.invitation", invitation_id=invitation.id))
    status = 400 if form.errors else 200
    return render_template("review/new_invitation.html", form=form), status


def review_link(token: str) -> str:
    base = current_app.config["BASE_URL"].rstrip("/")
    return base + url_for("review.exchange", token=token)


def mailto(link: str, note: str) -> str:
    subject = "Could you review my interview answers?"
    body = f"Hello,\n\nCould you listen to or read my practice answers and score them?\n\n{link}\n"
    if note:
        body += f"\n{note}\n"
    return f"mailto:?subject={quote(subject)}&body={quote(body)}"


@owner_bp.get("/invitations/<int:invitation_id>")
def invitation(invitation_id: int):
    found = invitations.get_invitation(invitation_id, current_user.id)
    link = None
    stored = session.get(NEW_LINK)
    if stored and stored[0] == found.id:
        link = review_link(stored[1])
    reviews = invitations.reviews_of(found)
    return render_template(
        "review/invitation.html",
        invitation=found,
        state=found.state(utcnow()),
        link=link,
        mailto=mailto(link, found.note) if link else None,
        reviews=reviews,
        rubric=RUBRIC,
        extend_form=ExtendForm(formdata=None),
        confirm=ConfirmForm(formdata=None),
    )


@owner_bp.post("/invitations/<int:invitation_id>/link-copied")
def forget_link(invitation_id: int):
    """Stop showing a new link (it cannot be shown again: only its hash is kept)."""
    found = invitations.get_invitation(invitation_id, current_user.id)
    if ConfirmForm().validate_on_submit():
        session.pop(NEW_LINK, None)
    return redirect(url_for("invitations.invitation", invitation_id=found.id))


@owner_bp.get("/invitations")
def invitation_list():
    return render_template(
        "review/invitations.html",
        rows=invitations.invitations_of(current_user.id),
        now=utcnow(),
    )


@owner_bp.post("/invitations/<int:invitation_id>/revoke")
def revoke(invitation_id: int):
    found = invitations.get_invitation(invitation_id, current_user.id)
    if ConfirmForm().validate_on_submit():
        invitations.revoke(found)
        db.session.commit()
        if session.get(NEW_LINK, [None])[0] == found.id:
            session.pop(NEW_LINK)  # the link opens nothing now
        flash("Link revoked: it no longer opens anything.", "success")
    return redirect(url_for("invitations.invitation", invitation_id=found.id))


@owner_bp.post("/invitations/<int:invitation_id>/extend")
def extend(invitation_id: int):
    found = invitations.get_invitation(invitation_id, current_user.id)
    form = ExtendForm()
    if not form.validate():
        flash(" ".join(form.days.errors) or "Choose how many days to add.", "error")
    elif found.revoked_at is not None:
        flash("A revoked link cannot be extended: invite the reviewer again.", "error")
    else:
        invitations.extend(found, form.days.data)
        db.session.commit()
        flash(f"The link now works until {found.expires_at:%d %b %Y}.", "success")
    return redirect(url_for("invitations.invitation", invitation_id=found.id))


@owner_bp.get("/inbox")
def inbox():
    reviews, overall = invitations.inbox(current_user.id)
    return render_template(
        "review/inbox.html",
        reviews=reviews,
        overall=overall,
        rubric=RUBRIC,
        confirm=ConfirmForm(formdata=None),
    )


@owner_bp.post("/inbox/read")
def mark_read():
    if ConfirmForm().validate_on_submit():
        invitations.mark_all_read(current_user.id)
        db.session.commit()
        flash("Everything in your inbox is marked read.", "success")
    return redirect(url_for("invitations.inbox"))
