"""Invitations and reviews: sharing attempts by link, and what the reviewer leaves."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from coach import memo
from coach.analysis.rubric import RUBRIC_KEYS, rubric_mean
from coach.analysis.scheduling import grade_from_score
from coach.extensions import db
from coach.models import User, utcnow
from coach.practice import drill
from coach.rehearse.models import Attempt
from coach.review.models import Invitation, Review, SharedAttempt

TOKEN_BYTES = 32  # 256 random bits in every link
DEFAULT_DAYS = 14


def hash_token(token: str) -> str:
    """The stored form of a link's token: its SHA-256, in hex."""
    return hashlib.sha256(token.encode()).hexdigest()


class InvitationError(Exception):
    """An invitation that cannot be made; the message says why."""


# The owner's side


def create_invitation(
    user: User, attempt_ids: list[int], note: str, reviewer_name: str, days: int
) -> tuple[Invitation, str]:
    """A new invitation for the user's chosen attempts and its token (shown once; the
    caller commits)."""
    owned = set(
        db.session.scalars(
            sa.select(Attempt.id).where(Attempt.user_id == user.id, Attempt.id.in_(attempt_ids))
        )
    )
    chosen = [attempt_id for attempt_id in dict.fromkeys(attempt_ids) if attempt_id in owned]
    if not chosen:
        raise InvitationError("Choose at least one of your answers to share.")
    token = secrets.token_urlsafe(TOKEN_BYTES)
    invitation = Invitation(
        user_id=user.id,
        token_hash=hash_token(token),
        note=note,
        reviewer_name=reviewer_name,
        expires_at=utcnow() + timedelta(days=days),
    )
    for position, attempt_id in enumerate(chosen):
        invitation.items.append(SharedAttempt(attempt_id=attempt_id, position=position))
    db.session.add(invitation)
    return invitation, token


def get_invitation(invitation_id: int, user_id: int) -> Invitation:
    """One of the user's invitations with its attempts, or 404."""
    return db.first_or_404(
        sa.select(Invitation)
        .where(Invitation.id == invitation_id, Invitation.user_id == user_id)
        .options(
            selectinload(Invitation.items)
            .joinedload(SharedAttempt.attempt)
            .joinedload(Attempt.question)
        )
    )


@dataclass(frozen=True)
class InvitationRow:
    invitation: Invitation
    attempts: int
    reviews: int


def invitations_of(user_id: int) -> list[InvitationRow]:
    """The user's invitations, newest first, with how many attempts and reviews each has."""
    shared = (
        sa.select(SharedAttempt.invitation_id, sa.func.count().label("n"))
        .group_by(SharedAttempt.invitation_id)
        .subquery()
    )
    reviewed = (
        sa.select(Review.invitation_id, sa.func.count().label("n"))
        .group_by(Review.invitation_id)
        .subquery()
    )
    rows = db.session.execute(
        sa.select(Invitation, sa.func.coalesce(shared.c.n, 0), sa.func.coalesce(reviewed.c.n, 0))
        .outerjoin(shared, shared.c.invitation_id == Invitation.id)
        .outerjoin(reviewed, reviewed.c.invitation_id == Invitation.id)
        .where(Invitation.user_id == user_id)
        .order_by(Invitation.created_at.desc(), Invitation.id.desc())
    )
    return [
        InvitationRow(invitation, n_shared, n_reviews) for invitation, n_shared, n_reviews in rows
    ]


def revoke(invitation: Invitation) -> None:
    if invitation.revoked_at is None:
        invitation.revoked_at = utcnow()


def extend(invitation: Invitation, days: int) -> None:
    """Open the link for `days` more days from now (or from its expiry, if later)."""
    start = max(invitation.expires_at, utcnow())
    invitation.expires_at = start + timedelta(days=days)


def reviews_by_attempt(attempt_ids: list[int]) -> dict[int, list[Review]]:
    """The reviews of the given attempts, by attempt (one query)."""
    found: dict[int, list[Review]] = {}
    if not attempt_ids:
        return found
    rows = db.session.scalars(
        sa.select(Review)
        .where(Review.attempt_id.in_(attempt_ids))
        .options(joinedload(Review.invitation))
        .order_by(Review.created_at)
    )
    for review in rows:
        found.setdefault(review.attempt_id, []).append(review)
    return found


def inbox(user_id: int) -> tuple[list[Review], list[Invitation]]:
    """The reviews and overall comments left on the user's invitations, newest first."""
    reviews = list(
        db.session.scalars(
            sa.select(Review)
            .join(Review.invitation)
            .where(Invitation.user_id == user_id)
            .options(
                joinedload(Review.invitation),
                joinedload(Review.attempt).joinedload(Attempt.question),
            )
            .order_by(Review.updated_at.desc(), Review.id.desc())
            .limit(200)
        )
    )
    overall = list(
        db.session.scalars(
            sa.select(Invitation)
            .where(Invitation.user_id == user_id, Invitation.overall_comment != "")
            .order_by(Invitation.overall_updated_at.desc())
        )
    )
    return reviews, overall


UNREAD_SHOWN = 99  # the navigation shows "99+" beyond this


def unread_count(user_id: int) -> int:
    """Reviews and overall comments the owner has not read since they last changed, counted
    up to UNREAD_SHOWN + 1 (one query: the navigation shows it on every page; the reviews
    are counted on their partial index of unread rows)."""
    total = db.session.scalar(_unread_statement(), {"user_id": user_id})
    return min(int(total or 0), UNREAD_SHOWN + 1)


@cache
def _unread_statement() -> sa.Select:
    """Built once: the navigation runs it on every page."""
    owner = sa.bindparam("user_id")
    reviews = (
        sa.select(Review.id)
        .join(Review.invitation)
        .where(
            Invitation.user_id == owner,
            sa.or_(Review.read_at.is_(None), Review.updated_at > Review.read_at),
        )
        .limit(UNREAD_SHOWN + 1)
        .subquery()
    )
    overall = (
        sa.select(Invitation.id)
        .where(
            Invitation.user_id == owner,
            Invitation.overall_comment != "",
            sa.or_(
                Invitation.overall_read_at.is_(None),
                Invitation.overall_updated_at > Invitation.overall_read_at,
            ),
        )
        .limit(UNREAD_SHOWN + 1)
        .subquery()
    )
    count = sa.select(sa.func.count()).select_from
    return sa.select(count(reviews).scalar_subquery() + count(overall).scalar_subquery())


def mark_all_read(user_id: int) -> None:
    now = utcnow()
    invitation_ids = sa.select(Invitation.id).where(Invitation.user_id == user_id)
    reviews = db.session.execute(
        sa.update(Review).where(Review.invitation_id.in_(invitation_ids)).values(read_at=now)
    )
    overall = db.session.execute(
        sa.update(Invitation).where(Invitation.user_id == user_id).values(overall_read_at=now)
    )
    if reviews.rowcount or overall.rowcount:  # type: ignore[attr-defined]
        memo.bump([user_id])  # the unread count is kept until the user's data changes


# The reviewer's side


def find_open_invitation(token: str, now: datetime) -> Invitation | None:
    """The open invitation a link's token names, or None (wrong, expired or revoked)."""
    invitation = db.session.scalar(
        sa.select(Invitation).where(Invitation.token_hash == hash_token(token))
    )
    return invitation if invitation is not None and invitation.is_open(now) else None


def open_invitation(invitation_id: int, token_hash: str, now: datetime) -> Invitation | None:
    """The invitation a reviewer's cookie names, if it is still open."""
    invitation = db.session.scalar(
        sa.select(Invitation)
        .where(Invitation.id == invitation_id, Invitation.token_hash == token_hash)
        .options(
            selectinload(Invitation.items)
            .joinedload(SharedAttempt.attempt)
            .joinedload(Attempt.question)
        )
    )
    return invitation if invitation is not None and invitation.is_open(now) else None


def record_visit(invitation: Invitation, now: datetime) -> None:
    invitation.first_opened_at = invitation.first_opened_at or now
    invitation.last_opened_at = now


def _item(invitation: Invitation, attempt_id: int) -> SharedAttempt | None:
    """The invitation's place for an attempt, or None."""
    return next((item for item in invitation.items if item.attempt_id == attempt_id), None)


def shared_attempt(invitation: Invitation, attempt_id: int) -> Attempt | None:
    """An attempt of this invitation's list, or None: nothing else is reachable."""
    item = _item(invitation, attempt_id)
    return item.attempt if item else None


def reviews_of(invitation: Invitation) -> dict[int, Review]:
    """The reviewer's reviews in this invitation, by attempt (one query)."""
    rows = db.session.scalars(sa.select(Review).where(Review.invitation_id == invitation.id))
    return {review.attempt_id: review for review in rows}


def save_review(
    invitation: Invitation, attempt: Attempt, comment: str, scores: dict[str, int | None]
) -> Review:
    """Create or update the reviewer's review of an attempt (the caller commits).

    The first scores given grade the question in the owner's drill, like the owner's own;
    only once per shared attempt, even when the review is deleted and written again.
    """
    review = db.session.scalar(
        sa.select(Review).where(
            Review.invitation_id == invitation.id, Review.attempt_id == attempt.id
        )
    )
    now = utcnow()
    if review is None:
        review = Review(invitation_id=invitation.id, attempt_id=attempt.id, created_at=now)
        db.session.add(review)
    review.comment = comment
    for key in RUBRIC_KEYS:
        setattr(review, key, scores.get(key))
    review.updated_at = now
    mean = rubric_mean(review.scores)
    if mean is not None and review.grade is None:
        review.grade = grade_from_score(mean)
        item = _item(invitation, attempt.id)
        if item is not None and item.graded_at is None:
            item.graded_at = now
            owner = db.session.get(User, invitation.user_id)
            drill.record_grade(owner, attempt.question, review.grade, now, origin="review")
    return review


def delete_review(invitation: Invitation, attempt: Attempt) -> bool:
    """Delete the reviewer's review of an attempt; False if there was none."""
    result = db.session.execute(
        sa.delete(Review).where(
            Review.invitation_id == invitation.id, Review.attempt_id == attempt.id
        )
    )
    if result.rowcount:
        memo.bump([invitation.user_id])  # the owner's progress reads reviewers' scores
    return bool(result.rowcount)


def save_overall(invitation: Invitation, text: str) -> None:
    invitation.overall_comment = text
    invitation.overall_updated_at = utcnow()


def shareable_attempts(user_id: int, chosen: list[int]) -> list[Attempt]:
    """The user's latest attempts, and any older ones already chosen, newest first."""
    recent = sa.select(Attempt.id).where(Attempt.user_id == user_id)
    recent = recent.order_by(Attempt.created_at.desc(), Attempt.id.desc()).limit(30)
    wanted = sa.or_(Attempt.id.in_(recent.scalar_subquery()), Attempt.id.in_(chosen))
    return list(
        db.session.scalars(
            sa.select(Attempt)
            .where(Attempt.user_id == user_id, wanted)
            .options(joinedload(Attempt.question))
            .order_by(Attempt.created_at.desc(), Attempt.id.desc())
        )
    )


def preselected(user_id: int, attempt_ids: list[int], question_id: int | None, mock_id: int | None):
    """The attempts an "Ask a friend" link points at: chosen ones, a question's, a mock's."""
    from coach.rehearse.models import MockItem

    conditions = [Attempt.id.in_(attempt_ids)]
    if question_id:
        conditions.append(Attempt.question_id == question_id)
    if mock_id:
        items = sa.select(MockItem.id).where(MockItem.mock_id == mock_id)
        conditions.append(Attempt.mock_item_id.in_(items))
    return list(
        db.session.scalars(
            sa.select(Attempt.id).where(Attempt.user_id == user_id, sa.or_(*conditions))
        )
    )
