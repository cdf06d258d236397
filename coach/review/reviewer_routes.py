"""The reviewer's side: no account, only the invitation's link and then its cookie."""

from flask import abort, current_app, flash, redirect, render_template, url_for
from werkzeug.exceptions import NotFound

from coach.analysis.rubric import RUBRIC
from coach.extensions import db, limiter
from coach.forms import ConfirmForm
from coach.models import User, utcnow
from coach.rehearse import attempts
from coach.review import access, invitations, reviewer_bp
from coach.review.forms import OverallForm, ReviewForm

GONE = (
    "This review link does not open anything: it may have expired or been revoked, or it "
    "was copied incompletely. Ask the person who sent it for a new one."
)


class ReviewLinkGone(NotFound):
    description = GONE


@reviewer_bp.errorhandler(ReviewLinkGone)
def link_gone(error: ReviewLinkGone):
    return render_template("review/gone.html", message=GONE), 404


def token_limit() -> str:
    return current_app.config["REVIEW_TOKEN_LIMIT"]


@reviewer_bp.get("/r/<token>")
@limiter.limit(token_limit)
def exchange(token: str):
    """Trade the link's token for a cookie scoped to its invitation, then drop the token."""
    now = utcnow()
    invitation = invitations.find_open_invitation(token, now)
    if invitation is None:
        raise ReviewLinkGone()
    invitations.record_visit(invitation, now)
    db.session.commit()
    response = redirect(url_for("review.review_page", invitation_id=invitation.id))
    return access.grant(response, invitation)


def reviewer_invitation(invitation_id: int):
    """The invitation the browser's cookie opens, or the helpful 404."""
    token_hash = access.token_hash_from_cookie(invitation_id)
    invitation = (
        invitations.open_invitation(invitation_id, token_hash, utcnow()) if token_hash else None
    )
    if invitation is None:
        raise ReviewLinkGone()
    return invitation


def shared_or_404(invitation, attempt_id: int):
    attempt = invitations.shared_attempt(invitation, attempt_id)
    if attempt is None:
        abort(404)
    return attempt


def review_page_view(invitation, forms: dict | None = None, overall_form=None, status=200):
    reviews = invitations.reviews_of(invitation)
    forms = dict(forms or {})
    for item in invitation.items:
        if item.attempt_id not in forms:
            review = reviews.get(item.attempt_id)
            data = {"comment": review.comment} if review else {}
            if review:
                data.update({k: str(v) for k, v in review.scores.items() if v is not None})
            forms[item.attempt_id] = ReviewForm(
                formdata=None, data=data, prefix=f"a{item.attempt_id}"
            )
    owner = db.session.get(User, invitation.user_id)
    page = render_template(
        "review/review.html",
        invitation=invitation,
        owner_name=owner.display_name if owner else "",
        reviews=reviews,
        forms=forms,
        overall_form=overall_form or OverallForm(formdata=None, comment=invitation.overall_comment),
        confirm=ConfirmForm(formdata=None),
        rubric=RUBRIC,
    )
    return page, status


@reviewer_bp.get("/review/<int:invitation_id>")
def review_page(invitation_id: int):
    invitation = reviewer_invitation(invitation_id)
    invitations.record_visit(invitation, utcnow())
    db.session.commit()
    return review_page_view(invitation)


@reviewer_bp.post("/review/<int:invitation_id>/attempts/<int:attempt_id>")
def save_review(invitation_id: int, attempt_id: int):
    invitation = reviewer_invitation(invitation_id)
    attempt = shared_or_404(invitation, attempt_id)
    form = ReviewForm(prefix=f"a{attempt.id}")
    if not form.validate():
        return review_page_view(invitation, forms={attempt.id: form}, status=400)
    invitations.save_review(invitation, attempt, form.comment.data or "", form.scores())
    db.session.commit()
    flash("Thank you: your review of that answer is saved.", "success")
    return redirect(
        url_for("review.review_page", invitation_id=invitation.id) + f"#answer-{attempt.id}"
    )


@reviewer_bp.post("/review/<int:invitation_id>/attempts/<int:attempt_id>/delete")
def delete_review(invitation_id: int, attempt_id: int):
    invitation = reviewer_invitation(invitation_id)
    attempt = shared_or_404(invitation, attempt_id)
    if ConfirmForm().validate_on_submit() and invitations.delete_review(invitation, attempt):
        db.session.commit()
        flash("Your review of that answer is deleted.", "success")
    return redirect(url_for("review.review_page", invitation_id=invitation.id))


@reviewer_bp.post("/review/<int:invitation_id>/overall")
def save_overall(invitation_id: int):
    invitation = reviewer_invitation(invitation_id)
    form = OverallForm()
    if not form.validate():
        return review_page_view(invitation, overall_form=form, status=400)
    invitations.save_overall(invitation, form.comment.data or "")
    db.session.commit()
    flash(
        "Your overall comment is saved." if form.comment.data else "Overall comment removed.",
        "success",
    )
    return redirect(url_for("review.review_page", invitation_id=invitation.id))


@reviewer_bp.get("/review/<int:invitation_id>/attempts/<int:attempt_id>/audio")
def audio(invitation_id: int, attempt_id: int):
    invitation = reviewer_invitation(invitation_id)
    attempt = shared_or_404(invitation, attempt_id)
    return attempts.recording_response(attempt)
