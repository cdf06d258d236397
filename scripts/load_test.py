#!/usr/bin/env python3
"""Load test: concurrent reads and writes against gunicorn, then check no write was lost
or duplicated.

A fresh database (a SQLite file in a temporary instance folder, or the PostgreSQL database
given by --database-url, whose name must end in _bench) gets the real question bank and
four users, each with a fiftieth of bench_app.py's heavy user (400 scored answers, 40
feedback texts, 100 reviews...), so that the pages cost what they would for a user a few
weeks in. Each user has an invitation sharing 250 of their
answers; its link is exchanged once for the reviewer's cookie, as a friend's browser would.
gunicorn (4 workers) serves the app, and 32 client threads send requests for 60 seconds:
one in five a write, alternately an answer saved with POST /questions/<id>/attempts and a
reviewer's comment posted on a not-yet-reviewed shared answer (a reviewer's second
comment on an answer replaces the first, so each goes to a new one), each carrying a unique
marker; the rest GETs of the main pages. Afterwards the database is read: every write
acknowledged with a 302 must be there exactly once, no unacknowledged write twice, and no
answer may be a 5xx.

    .venv/bin/python scripts/load_test.py [--seconds 60] [--clients 32] [--workers 4]
                                          [--database-url postgresql:///coach_bench]

Last line: `load: requests=N errors=E writes_acked=W lost=L duplicated=D`. Errors are
5xx answers, unexpected statuses and failed connections. The temporary folder and
gunicorn are removed at the end, also after Ctrl-C; the PostgreSQL database is emptied
at the start and left as it is at the end.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import random
import re
import statistics
import sys
import threading
import time
import uuid

import _serve

USERS = 4
SHARED_PER_USER = 250
READS = [
    "/progress",
    "/priorities",
    "/drill",
    "/questions/{rehearse}/rehearse",
    "/questions/{history}/history",
    "/attempts",
    "/applications",
    "/questions",
    "/plan",
]
ANSWER = (
    "Last spring our checkout kept failing. My job was to fix it before the sale. I rewrote "
    "the retry logic and tested it with the team. As a result, failed payments fell by 40%."
)
MARKER = re.compile(r"LOADMARK-[0-9a-f]{32}")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60, help="how long to send requests")
    parser.add_argument("--clients", type=int, default=32, help="concurrent client threads")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    parser.add_argument("--write-share", type=float, default=0.2, help="share of writes")
    parser.add_argument(
        "--database-url",
        help="PostgreSQL database (name ending in _bench); default: a temporary SQLite file",
    )
    return parser.parse_args()


class Account:
    """What the threads of one user share: cookies, CSRF tokens and review slots."""

    def __init__(self, email: str, records: dict, invitation_id: int, slots: list[int]):
        self.email = email
        self.records = records
        self.invitation_id = invitation_id
        self.slots = iter(slots)
        self.lock = threading.Lock()
        self.owner_cookies: dict[str, str] = {}
        self.owner_token = ""
        self.reviewer_cookies: dict[str, str] = {}
        self.reviewer_token = ""

    def next_slot(self) -> int | None:
        with self.lock:
            return next(self.slots, None)


def prepare(app, database_url: str) -> list[tuple[Account, str]]:
    """Users with data, and for each an invitation (and its token) for the reviewer."""
    import sqlalchemy as sa

    from coach.extensions import db
    from coach.models import User
    from coach.rehearse.models import Attempt
    from coach.review.invitations import create_invitation
    from coach.review.models import SharedAttempt

    _serve.reset_database(app)
    accounts = []
    with app.app_context():
        for n in range(USERS):
            email = f"load{n}@example.com"
            user_id = _serve.create_user(email)
            records = _serve.populate(user_id, 0.02, seed=n)
            reviewed = sa.select(SharedAttempt.attempt_id)
            free = list(
                db.session.scalars(
                    sa.select(Attempt.id)
                    .where(Attempt.user_id == user_id, Attempt.id.not_in(reviewed))
                    .order_by(Attempt.id)
                    .limit(SHARED_PER_USER)
                )
            )
            user = db.session.get(User, user_id)
            invitation, token = create_invitation(user, free, "Load test", "Friend", 14)
            db.session.commit()
            accounts.append((Account(email, records, invitation.id, free), token))
        db.engine.dispose()
    return accounts


def open_sessions(port: int, accounts: list[tuple[Account, str]]) -> None:
    """Log each owner in and exchange each review link once (both are rate-limited)."""
    for account, token in accounts:
        owner = _serve.Client(port, timeout=120)
        _serve.login(owner, account.email)
        page = owner.get(f"/questions/{account.records['rehearse']}/rehearse")
        account.owner_token = _serve.csrf_token(page.text)
        account.owner_cookies = dict(owner.cookies)
        owner.close()
        reviewer = _serve.Client(port, timeout=120)
        exchanged = reviewer.get(f"/r/{token}")
        if exchanged.status != 302:
            raise RuntimeError(f"review link exchange answered {exchanged.status}")
        page = reviewer.get(f"/review/{account.invitation_id}")
        account.reviewer_token = _serve.csrf_token(page.text)
        account.reviewer_cookies = dict(reviewer.cookies)
        reviewer.close()


class Results:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.statuses: collections.Counter = collections.Counter()
        self.errors: collections.Counter = collections.Counter()
        self.latencies: dict[str, list[float]] = collections.defaultdict(list)
        self.writes: list[tuple[str, str, int | None]] = []  # kind, marker, status

    def record(self, kind: str, status: int | None, seconds: float, expected: int) -> None:
        with self.lock:
            self.statuses[(kind, status)] += 1
            self.latencies[kind].append(seconds)
            if status is None or status >= 500 or status != expected:
                self.errors[(kind, status)] += 1


def client_thread(
    number: int, port: int, account: Account, deadline: float, share: float, results: Results
) -> None:
    rng = random.Random(number)
    owner = _serve.Client(port)
    owner.cookies = dict(account.owner_cookies)
    reviewer = _serve.Client(port)
    reviewer.cookies = dict(account.reviewer_cookies)
    records = account.records
    kinds = itertools.cycle(["attempt", "review"])
    while time.monotonic() < deadline:
        if rng.random() < share:
            kind = next(kinds)
            marker = f"LOADMARK-{uuid.uuid4().hex}"
            slot = account.next_slot() if kind == "review" else None
            if kind == "review" and slot is not None:
                client, path = reviewer, f"/review/{account.invitation_id}/attempts/{slot}"
                form = {
                    "csrf_token": account.reviewer_token,
                    f"a{slot}-comment": f"Good **structure**. {marker}",
                    f"a{slot}-structure": "4",
                }
            else:
                kind = "attempt"
                client, path = owner, f"/questions/{records['rehearse']}/attempts"
                form = {
                    "csrf_token": account.owner_token,
                    "text": f"{ANSWER} {marker}",
                    "target_seconds": "120",
                }
            method, expected = "POST", 302
        else:
            kind, client, form = "read", owner, None
            path = rng.choice(READS).format(**records)
            method, expected = "GET", 200
        started = time.monotonic()
        try:
            status = client.request(method, path, form).status
        except Exception:  # a refused or broken connection, a timeout
            status = None
        results.record(kind, status, time.monotonic() - started, expected)
        if form is not None:
            with results.lock:
                results.writes.append((kind, marker, status))
    owner.close()
    reviewer.close()


def stored_markers(app) -> tuple[collections.Counter, collections.Counter]:
    """How many times each marker is in the attempts and in the reviews."""
    import sqlalchemy as sa

    from coach.extensions import db
    from coach.rehearse.models import Attempt
    from coach.review.models import Review

    found: dict[str, collections.Counter] = {}
    with app.app_context():
        for kind, column in (("attempt", Attempt.text), ("review", Review.comment)):
            counter: collections.Counter = collections.Counter()
            for text in db.session.scalars(sa.select(column).where(column.like("%LOADMARK-%"))):
                counter.update(MARKER.findall(text))
            found[kind] = counter
        db.engine.dispose()
    return found["attempt"], found["review"]


def percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    args = parse_args()
    _serve.interruptible()
    with _serve.temp_instance("coach-load-") as instance:
        url = _serve.checked_database_url(args.database_url, instance)
        app = _serve.make_app(instance, url)
        backend = url.split(":", 1)[0]
        print(f"database: {backend} ({url.rsplit('/', 1)[-1]})")
        accounts = prepare(app, url)
        results = Results()
        with _serve.Server(instance, url, args.workers) as server:
            open_sessions(server.port, accounts)
            print(f"load before: {_serve.uptime()}")
            deadline = time.monotonic() + args.seconds
            threads = [
                threading.Thread(
                    target=client_thread,
                    args=(n, server.port, accounts[n % USERS][0], deadline, args.write_share),
                    kwargs={"results": results},
                    daemon=True,
                )
                for n in range(args.clients)
            ]
            started = time.monotonic()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.monotonic() - started
            print(f"load after:  {_serve.uptime()}")
        attempts, reviews = stored_markers(app)

    stored = {"attempt": attempts, "review": reviews}
    acked = [(kind, marker) for kind, marker, status in results.writes if status == 302]
    unacked = [(kind, marker) for kind, marker, status in results.writes if status != 302]
    lost = [m for kind, m in acked if stored[kind][m] == 0]
    duplicated = [m for kind, m in acked + unacked if stored[kind][m] > 1]
    unacked_stored = sum(1 for kind, m in unacked if stored[kind][m] == 1)
    requests = sum(results.statuses.values())
    errors = sum(results.errors.values())
    fivexx = sum(c for (_, s), c in results.statuses.items() if s is not None and s >= 500)

    print(
        f"\n{args.clients} clients, {args.workers} gunicorn workers, {elapsed:.1f} s: "
        f"{requests} requests, {requests / elapsed:.1f} req/s"
    )
    for kind in ("read", "attempt", "review"):
        times = results.latencies.get(kind, [])
        if times:
            median, p95 = statistics.median(times) * 1000, percentile(times, 0.95) * 1000
            print(
                f"  {kind:<8} {len(times):6d} requests  median {median:7.1f} ms  "
                f"p95 {p95:7.1f} ms  max {max(times) * 1000:7.1f} ms"
            )
    ordered = sorted(results.statuses.items(), key=lambda item: (item[0][0], item[0][1] or 0))
    print("  statuses: " + ", ".join(f"{kind} {status}: {n}" for (kind, status), n in ordered))
    print(f"  5xx: {fivexx}; errors by kind/status: {dict(results.errors) or 'none'}")
    print(
        f"  writes: {len(results.writes)} sent, {len(acked)} acknowledged "
        f"({sum(1 for k, _ in acked if k == 'attempt')} answers, "
        f"{sum(1 for k, _ in acked if k == 'review')} reviews); {len(unacked)} not acknowledged, "
        f"of which {unacked_stored} stored once"
    )
    print(
        f"load: requests={requests} errors={errors} writes_acked={len(acked)} "
        f"lost={len(lost)} duplicated={len(duplicated)}"
    )
    return 0 if not (lost or duplicated or fivexx) else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
