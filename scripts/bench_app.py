#!/usr/bin/env python3
"""Throughput of the main pages for a heavy user, and SQL queries per page at 1x and 10x.

A fresh SQLite database in a temporary instance folder gets the real question bank and two
synthetic users (bulk inserts): the heavy one (200 applications, 2,000 feedback texts with
findings, 20,000 attempts, 5,000 reviewer comments, practice sets, review cards due in the
drill and drill logs) and a light one with a tenth of that. Then:

1. SQL statements per page, in process (Flask test client and a before_cursor_execute
   listener), for the light user (1x) and the heavy one (10x): they must be equal. Each
   page is counted cold (coach.memo's kept results forgotten, as after a change to the
   user's data) and warm; the last line gives the cold counts.
2. gunicorn (2 workers on 127.0.0.1, restarted for each URL so that requests still
   queued behind a slow page do not weigh on the next) serves the app; the script logs in
   with a real POST (CSRF token from /login) and runs wrk (32 connections, 2 threads, 10 s
   per URL) with the session cookie on /healthz, /progress, /priorities, /drill, a
   rehearse page and the history page of a question with 50 attempts. Requests/s are
   printed with their ratio to /healthz, and the time of one request made alone just
   before the run (the best of three).
3. With --profile, pages whose ratio is below 0.3 are profiled in process (pyinstrument,
   if installed) and the top of the profile is printed.

    .venv/bin/python scripts/bench_app.py [--seconds 10] [--connections 32] [--threads 2]
                                          [--workers 2] [--profile]

Needs wrk (apt-get install -y wrk) and gunicorn (pip install -e '.[bench]'). The last line
is `bench: min_page_ratio=R queries_1x=A queries_10x=B` (counts joined by "/" in page
order). Everything it creates is removed at the end, also after Ctrl-C.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import time

import _serve

PAGES = [
    "/healthz",
    "/progress",
    "/priorities",
    "/drill",
    "/questions/{rehearse}/rehearse",
    "/questions/{history}/history",
]
HEAVY, LIGHT = "heavy@example.com", "light@example.com"
SLOW_RATIO = 0.3


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=10, help="wrk duration per URL")
    parser.add_argument("--connections", type=int, default=32, help="wrk connections")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument(
        "--profile", action="store_true", help="profile pages below 0.3 of /healthz"
    )
    return parser.parse_args()


def in_process_login(client, email: str) -> None:
    token = _serve.csrf_token(client.get("/login").get_data(as_text=True))
    response = client.post(
        "/login", data={"csrf_token": token, "email": email, "password": _serve.PASSWORD}
    )
    assert response.status_code == 302, response.status_code


def query_counts(
    app, email: str, records: dict[str, int]
) -> tuple[list[int], list[int], list[float]]:
    """SQL statements run by one GET of each page after a warm-up GET: cold (the results
    kept per user forgotten first, as after a change to the user's data) and warm; and the
    time of the cold GET in ms."""
    import sqlalchemy as sa

    from coach.extensions import db

    client = app.test_client()
    in_process_login(client, email)
    cold, warm, cold_ms = [], [], []
    with app.app_context():
        engine = db.engine
    for page in PAGES:
        url = page.format(**records)
        client.get(url)
        for counts, forget in ((cold, True), (warm, False)):
            if forget:
                app.extensions["coach.memo"].clear()
            statements: list[str] = []

            def count(_conn, _cursor, statement, *_args, statements=statements):
                statements.append(statement)

            sa.event.listen(engine, "before_cursor_execute", count)
            started = time.perf_counter()
            try:
                response = client.get(url)
            finally:
                sa.event.remove(engine, "before_cursor_execute", count)
            if forget:
                cold_ms.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"{url} answered {response.status_code}")
            counts.append(len(statements))
    return cold, warm, cold_ms


def run_wrk(url: str, cookie: str, args: argparse.Namespace) -> tuple[float, str]:
    """Requests per second for one URL, and wrk's warning about non-2xx answers if any."""
    command = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.seconds}s"]
    command += ["--timeout", "30s", "-H", f"Cookie: {cookie}", url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: .*", output)
    notes = []
    if bad:
        notes.append(f"non-2xx {bad.group(1)}")
    if errors:
        notes.append(errors.group(0))
    return rate, "; ".join(notes)


def profile(app, email: str, url: str) -> None:
    """Print where the time of one page goes (pyinstrument), five requests in a row."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        print(f"  (pyinstrument is not installed: {url} not profiled)")
        return
    client = app.test_client()
    in_process_login(client, email)
    client.get(url)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for _ in range(5):
        client.get(url)
    profiler.stop()
    print(f"\nprofile of {url} (5 requests, in process):")
    print(profiler.output_text(unicode=False, color=False, show_all=False))


def main() -> int:
    args = parse_args()
    _serve.interruptible()
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: apt-get install -y wrk")
    with _serve.temp_instance("coach-bench-") as instance:
        url = _serve.checked_database_url(None, instance)
        app = _serve.make_app(instance, url)
        _serve.reset_database(app)
        started = time.monotonic()
        with app.app_context():
            from coach.extensions import db

            heavy = _serve.populate(_serve.create_user(HEAVY), 1.0, seed=1)
            light = _serve.populate(_serve.create_user(LIGHT), 0.1, seed=2)
            db.engine.dispose()
        print(
            f"data: heavy user {heavy['attempts']} attempts, light user {light['attempts']}, "
            f"generated in {time.monotonic() - started:.1f} s"
        )

        counts_1x, warm_1x, _ms = query_counts(app, LIGHT, light)
        counts_10x, warm_10x, cold_ms = query_counts(app, HEAVY, heavy)
        print(
            "\nSQL statements per page, 1x / 10x: cold (after a change to the user's data) "
            "and warm; the heavy user's cold request in process"
        )
        for page, small, large, small_warm, large_warm, ms in zip(
            PAGES, counts_1x, counts_10x, warm_1x, warm_10x, cold_ms, strict=True
        ):
            grows = small != large or small_warm != large_warm
            flag = "   <-- grows with the data" if grows else ""
            print(
                f"  {page.format(**heavy):<28} cold {small:>2} / {large:<2}  "
                f"warm {small_warm:>2} / {large_warm:<2}  cold request {ms:6.0f} ms{flag}"
            )

        print(f"\nload before wrk: {_serve.uptime()}")
        rates: dict[str, float] = {}
        cookie = ""
        print(
            f"\nwrk: {args.connections} connections, {args.threads} threads, "
            f"{args.seconds} s per URL, gunicorn {args.workers} workers (restarted per URL, "
            "so requests still queued after a slow page do not slow the next)"
        )
        for page in PAGES:
            path = page.format(**heavy)
            with _serve.Server(instance, url, args.workers) as server:
                client = _serve.Client(server.port, timeout=120)
                if not cookie:
                    _serve.login(client, HEAVY)
                    cookie = client.cookie_header()
                client.cookies = dict(c.split("=", 1) for c in cookie.split("; "))
                alone = float("inf")
                for _ in range(3):  # both workers warm; the best of three
                    started = time.monotonic()
                    check = client.get(path)
                    alone = min(alone, (time.monotonic() - started) * 1000)
                client.close()
                if check.status != 200:
                    raise RuntimeError(f"{path} answered {check.status} before the run")
                rate, notes = run_wrk(server.base + path, cookie, args)
            rates[page] = rate
            ratio = rate / rates[PAGES[0]]
            print(
                f"  {path:<28} {rate:8.1f} req/s  ratio {ratio:5.3f}  "
                f"(one request alone: {alone:6.0f} ms)  {notes}".rstrip()
            )
        print(f"load after wrk: {_serve.uptime()}")

        ratios = {page: rates[page] / rates[PAGES[0]] for page in PAGES[1:]}
        slow = [page for page, ratio in ratios.items() if ratio < SLOW_RATIO]
        if slow:
            print(f"\npages below {SLOW_RATIO} of /healthz: {', '.join(slow)}")
            if args.profile:
                for page in slow:
                    profile(app, HEAVY, page.format(**heavy))
        with app.app_context():
            db.engine.dispose()

    print(
        f"bench: min_page_ratio={min(ratios.values()):.3f} "
        f"queries_1x={'/'.join(map(str, counts_1x))} "
        f"queries_10x={'/'.join(map(str, counts_10x))}"
    )
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
