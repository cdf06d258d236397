"""Per-user results that are costly to compute, kept until the user's data changes.

Each user row has a `data_version`. A transaction that adds, changes or deletes a row of
a user's data (drafts excepted: they save themselves every few seconds and nothing
computed reads them) raises it by one as it commits, so a rollback leaves it as it was. A
result is kept in the process under (user, version, day), so it is never served once the
data it was computed from has changed, or once the user's day has turned; inside the
transaction that changed the data, results are computed afresh and not kept. Statements
that write without the ORM (bulk updates and deletes) call `bump` themselves.

The store is a small LRU per app and per process: each gunicorn worker keeps its own.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from flask import Flask, current_app
from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

from coach.extensions import db

T = TypeVar("T")
MAX_ENTRIES = 512
_EXTENSION = "coach.memo"
# Rows that belong to a user through a parent row, by class name: the parent's attribute.
_PARENTS = {
    "Finding": "feedback",
    "Stage": "application",
    "Review": "invitation",
    "SharedAttempt": "invitation",
    "MockItem": "mock",
    "PracticeSetItem": "practice_set",
}
_SKIPPED = {"Draft"}
_PENDING = "coach_memo_owners"


class Store:
    """A thread-safe LRU of computed results."""

    def __init__(self, size: int = MAX_ENTRIES) -> None:
        self.size = size
        self._items: OrderedDict[tuple[object, ...], object] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[object, ...]) -> tuple[bool, object]:
        with self._lock:
            if key not in self._items:
                return False, None
            self._items.move_to_end(key)
            return True, self._items[key]

    def put(self, key: tuple[object, ...], value: object) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


def init_app(app: Flask) -> None:
    app.extensions[_EXTENSION] = Store()


def remembered(name: str, user: Any, day: date, compute: Callable[[], T]) -> T:
    """`compute()`, or what it returned for this user at this data version on this day.

    The result is shared between requests: it must not be changed by the caller.
    """
    return remembered_until(name, user, day, None, lambda: (compute(), None))


def remembered_until(
    name: str,
    user: Any,
    day: date,
    now: datetime | None,
    compute: Callable[[], tuple[T, datetime | None]],
) -> T:
    """Like `remembered`, for a result that also stops being true at a moment of its own:
    `compute()` returns the result and that moment (None: not before the data changes),
    and the result is computed again once `now` reaches it."""
    if user.id in db.session.info.get(_PENDING, ()):
        value, _until = compute()  # this transaction has changed the user's data: not kept
        return value
    store: Store = current_app.extensions[_EXTENSION]
    # created_at tells apart a new account that was given a deleted account's id (SQLite
    # reuses the highest id), whose version might reach the same number
    key = (name, user.id, user.created_at, user.data_version, day)
    found, entry = store.get(key)
    if found:
        value, until = entry  # type: ignore[misc]
        if until is None or (now is not None and now < until):
            return value  # type: ignore[no-any-return]
    value, until = compute()
    store.put(key, (value, until))
    return value


def bump(user_ids: Iterable[int]) -> None:
    """Raise the data version of these users when the transaction commits (for writes
    made without the ORM)."""
    _pending(db.session).update(user_ids)


def _pending(session: Session) -> set[int]:
    """The users whose data this transaction has changed so far."""
    owners: set[int] = session.info.setdefault(_PENDING, set())
    return owners


def _bump(session: Session, user_ids: set[int]) -> None:
    if not user_ids:
        return
    from coach.models import User

    users = User.__table__
    session.connection().execute(
        sa.update(users)
        .where(users.c.id.in_(sorted(user_ids)))
        .values(data_version=users.c.data_version + 1)
    )
    for user_id in user_ids:  # the loaded rows read the new number on their next access
        loaded = session.identity_map.get(session.identity_key(User, user_id))  # type: ignore[arg-type]
        if loaded is not None:
            session.expire(loaded, ["data_version"])


def owner_id(session: Session, row: object) -> int | None:
    """The id of the user a row belongs to, or None (the shared question bank)."""
    name = type(row).__name__
    if name == "User":
        return getattr(row, "id", None)
    if name in _SKIPPED:
        return None
    parent_attribute = _PARENTS.get(name)
    if parent_attribute is None:
        return getattr(row, "user_id", None)
    parent = getattr(row, parent_attribute, None)
    if parent is None:  # a new row given its parent's id only
        relation = sa.inspect(type(row)).relationships[parent_attribute]
        (column,) = relation.local_columns
        parent_id = getattr(row, column.key, None)
        parent = session.get(relation.mapper.class_, parent_id) if parent_id else None
    return owner_id(session, parent) if parent is not None else None


@event.listens_for(Session, "before_flush")
def _collect_owners(session: Session, _context: object, _instances: object) -> None:
    owners = _pending(session)
    with session.no_autoflush:
        for row in [*session.new, *session.dirty, *session.deleted]:
            if row in session.dirty and not session.is_modified(row):
                continue
            if (user_id := owner_id(session, row)) is not None:
                owners.add(user_id)


@event.listens_for(Session, "before_commit")
def _bump_owners(session: Session) -> None:
    # The versions are raised last, after the rows: a transaction locks a user's row only
    # just before it commits, so two writers never wait on each other in a cycle.
    session.flush()
    _bump(session, session.info.pop(_PENDING, set()))


@event.listens_for(Session, "after_transaction_end")
def _forget_owners(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # committed or rolled back: nothing pending any more
        session.info.pop(_PENDING, None)
