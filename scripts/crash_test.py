#!/usr/bin/env python3
"""Crash test: SIGKILL gunicorn in the middle of writes, 20 times, and check that the
SQLite database stays sound and keeps every acknowledged write.

A fresh SQLite database in a temporary instance folder gets the real question bank and one
user. Each round starts gunicorn (2 workers), and client threads save answers
(POST /questions/<id>/attempts, with the CSRF token) each carrying a unique marker, noting
every marker acknowledged with a 302. At a random moment (0.3 to 3 s in) the whole
gunicorn process group, master and workers, is killed with SIGKILL. Then the database is
opened afresh: `PRAGMA integrity_check` must say ok and every acknowledged marker must be
stored. The server is restarted for the next round.

    .venv/bin/python scripts/crash_test.py [--kills 20] [--workers 2] [--clients 4] [--seed N]

SQLite only (the embedded default; PostgreSQL's durability is its own). Last line:
`crash: kills=K integrity_ok=I acked=N missing=M`. The temporary folder and gunicorn are
removed at the end, also after Ctrl-C.
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import sys
import threading
import time
import uuid

import _serve

MARKER = re.compile(r"CRASHMARK-[0-9a-f]{32}")
ANSWER = "I led the migration, set a two-week deadline and cut errors by 30%."


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=20, help="rounds of write, kill, check")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (1 or 2)")
    parser.add_argument("--clients", type=int, default=4, help="writer threads")
    parser.add_argument("--seed", type=int, default=None, help="seed for the kill moments")
    return parser.parse_args()


def writer(port: int, cookies: dict, token: str, path: str, stop: threading.Event, acked: list):
    """Save answers until stopped; append each acknowledged marker to `acked`."""
    client = _serve.Client(port, timeout=10)
    client.cookies = dict(cookies)
    while not stop.is_set():
        marker = f"CRASHMARK-{uuid.uuid4().hex}"
        form = {"csrf_token": token, "text": f"{ANSWER} {marker}", "target_seconds": "120"}
        try:
            if client.post(path, form).status == 302:
                acked.append(marker)
        except Exception:  # the server died under us: expected
            time.sleep(0.02)
    client.close()


def check(database: str) -> tuple[bool, set[str]]:
    """integrity_check on a fresh connection, and the markers stored."""
    connection = sqlite3.connect(database, timeout=30)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        texts = connection.execute(
            "SELECT text FROM attempts WHERE text LIKE '%CRASHMARK-%'"
        ).fetchall()
    finally:
        connection.close()
    stored = {marker for (text,) in texts for marker in MARKER.findall(text)}
    return integrity == [("ok",)], stored


def main() -> int:
    args = parse_args()
    _serve.interruptible()
    rng = random.Random(args.seed)
    with _serve.temp_instance("coach-crash-") as instance:
        url = _serve.checked_database_url(None, instance)
        database = url.removeprefix("sqlite:///")
        app = _serve.make_app(instance, url)
        _serve.reset_database(app)
        with app.app_context():
            from coach.extensions import db

            records = _serve.populate(_serve.create_user("crash@example.com"), 0.01)
            db.engine.dispose()
        path = f"/questions/{records['rehearse']}/attempts"
        print(f"load before: {_serve.uptime()}")

        all_acked: set[str] = set()
        integrity_ok = missing_total = 0
        cookies: dict[str, str] = {}
        token = ""
        for round_number in range(1, args.kills + 1):
            server = _serve.Server(instance, url, args.workers)
            stop, acked, threads = threading.Event(), [], []
            try:
                server.start()
                if not cookies:  # the session cookie outlives restarts (same secret key)
                    client = _serve.Client(server.port)
                    _serve.login(client, "crash@example.com")
                    token = _serve.csrf_token(client.get(path.replace("attempts", "rehearse")).text)
                    cookies = dict(client.cookies)
                    client.close()
                threads = [
                    threading.Thread(
                        target=writer, args=(server.port, cookies, token, path, stop, acked)
                    )
                    for _ in range(args.clients)
                ]
                for thread in threads:
                    thread.start()
                wait = rng.uniform(0.3, 3.0)
                time.sleep(wait)
                server.kill()
            finally:
                server.kill()
                stop.set()
            for thread in threads:
                thread.join()
            ok, stored = check(database)
            missing = set(acked) - stored
            integrity_ok += ok
            missing_total += len(missing)
            all_acked.update(acked)
            unacked_stored = len(stored - all_acked)
            print(
                f"kill {round_number:2d} after {wait:4.2f} s: {len(acked):4d} acked, "
                f"integrity {'ok' if ok else 'FAILED'}, missing {len(missing)}, "
                f"stored without an acknowledgement so far {unacked_stored}"
            )
        ok, stored = check(database)
        final_missing = len(all_acked - stored)
        print(f"after all rounds: {len(stored)} markers stored, {final_missing} acked missing")
        print(f"load after:  {_serve.uptime()}")

    print(
        f"crash: kills={args.kills} integrity_ok={integrity_ok} acked={len(all_acked)} "
        f"missing={missing_total}"
    )
    return 0 if integrity_ok == args.kills and missing_total == 0 else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
