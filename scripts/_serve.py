"""Shared helpers for the benchmark scripts (bench_app.py, load_test.py, crash_test.py).

Not a script: it starts and stops gunicorn in its own process group, prepares a fresh
database (migrations plus the real question bank), fills it with a synthetic user through
bulk inserts, and speaks plain HTTP with cookies and CSRF tokens, using only the standard
library.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import random
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BIN = ROOT / ".venv" / "bin"
PASSWORD = "bench password 123"
SECRET_KEY = "bench-" + secrets.token_hex(16)

# ---------------------------------------------------------------------------------------
# Databases and instance folders


def checked_database_url(url: str | None, instance: Path) -> str:
    """The database to use: a SQLite file in `instance`, or a PostgreSQL database whose
    name ends in _bench (anything else is refused, so a real database is never wiped)."""
    if not url:
        return "sqlite:///" + str(instance / "coach.sqlite3")
    from sqlalchemy.engine import make_url

    from coach.config import normalise_database_url

    url = normalise_database_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql" and not (parsed.database or "").endswith("_bench"):
        raise SystemExit(
            f"Refusing to use database {parsed.database!r}: its name must end in _bench."
        )
    if parsed.get_backend_name() not in ("postgresql", "sqlite"):
        raise SystemExit(f"Unsupported database: {parsed.get_backend_name()}")
    if parsed.get_backend_name() == "postgresql":
        # createdb is idempotent enough: "already exists" is fine
        subprocess.run(
            ["createdb", parsed.database], capture_output=True, check=False, env=os.environ
        )
    return url


@contextlib.contextmanager
def temp_instance(prefix: str) -> Iterator[Path]:
    """A temporary instance folder, removed afterwards (also after Ctrl-C)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def app_env(instance: Path, database_url: str) -> dict[str, str]:
    """The environment the app (in-process or under gunicorn) is configured from."""
    env = dict(os.environ)
    env["COACH_INSTANCE_PATH"] = str(instance)
    env["COACH_SECRET_KEY"] = SECRET_KEY
    env["DATABASE_URL"] = database_url
    return env


def make_app(instance: Path, database_url: str):
    """An in-process app on the same database and settings as the served one."""
    os.environ.update(app_env(instance, database_url))
    from coach import create_app

    return create_app()


def reset_database(app) -> None:
    """Drop everything, apply the migrations and load the real question bank."""
    import sqlalchemy as sa
    from flask_migrate import upgrade

    from coach.extensions import db
    from coach.practice.bank import load_questions

    with app.app_context():
        db.drop_all()
        with db.engine.begin() as connection:
            connection.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
        upgrade()
        load_questions()
        db.session.commit()


def create_user(email: str, display_name: str = "Bench user") -> int:
    """A user with PASSWORD (inside an app context); returns its id."""
    from coach.auth.services import register_user
    from coach.extensions import db

    user = register_user(email, display_name, PASSWORD, "Europe/London")
    db.session.commit()
    return user.id


# ---------------------------------------------------------------------------------------
# Synthetic data (bulk inserts)


def _jsonl(name: str) -> list[dict]:
    path = ROOT / "tests" / "data" / name
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _insert(model, rows: list[dict], ids: bool = False) -> list[int]:
    """Insert rows in bulk; with ids=True return the new ids in row order."""
    import sqlalchemy as sa

    from coach.extensions import db

    if not rows:
        return []
    if ids:
        statement = sa.insert(model).returning(model.id, sort_by_parameter_order=True)
        return list(db.session.scalars(statement, rows))
    db.session.execute(sa.insert(model), rows)
    return []


def populate(user_id: int, scale: float, seed: int = 1) -> dict[str, int]:
    """Fill one user's account, `scale` times the heavy user (scale=1.0):
    200 applications (2 stages each), 2,000 feedback texts with their findings, 20,000
    scored attempts (50 of them on one question), 100 invitations sharing 50 attempts
    each with a reviewer's comment on every one (5,000 reviews), 20 practice sets,
    300 review cards (a third due) and 5,000 drill logs. Returns ids worth visiting."""
    import sqlalchemy as sa

    from coach.analysis.answers import analyse_answer
    from coach.analysis.feedback import identify_weaknesses
    from coach.analysis.taxonomy import STAGES
    from coach.extensions import db
    from coach.models import Application, Feedback, Finding, Stage
    from coach.practice.models import (
        DrillLog,
        PlanAction,
        PracticeSet,
        PracticeSetItem,
        Question,
        ReviewCard,
        split_slugs,
    )
    from coach.rehearse.models import Attempt
    from coach.review.invitations import hash_token
    from coach.review.models import Invitation, Review, SharedAttempt

    rng = random.Random(seed)
    now = datetime.now(UTC).replace(tzinfo=None)

    def n(count: int) -> int:
        return max(1, round(count * scale))

    def ago(days: float) -> datetime:
        return now - timedelta(days=days, seconds=rng.randrange(86400))

    questions = list(
        db.session.execute(sa.select(Question.id, Question.tags).where(Question.user_id.is_(None)))
    )
    question_ids = [q.id for q in questions]
    question_tag = {q.id: (split_slugs(q.tags) or ("answer_structure",))[0] for q in questions}
    stage_kinds = list(STAGES)

    # Debrief: applications, stages, feedback and the findings the analysis proposes
    app_ids = _insert(
        Application,
        [
            {
                "user_id": user_id,
                "company": f"Company {i}",
                "role_title": rng.choice(["Data analyst", "Product manager", "Engineer"]),
                "keywords": "remote, analyst",
                "applied_on": ago(rng.randrange(365)).date(),
                "outcome": rng.choice(["rejected", "rejected", "in_progress", "withdrawn"]),
                "created_at": now,
            }
            for i in range(n(200))
        ],
        ids=True,
    )
    stage_rows = [
        {
            "application_id": app_id,
            "kind": stage_kinds[k],
            "held_on": ago(rng.randrange(365)).date(),
            "self_rating": rng.randint(1, 5),
            "went_well": "Good rapport with the panel.",
            "do_differently": "Give a concrete example with numbers.",
            "created_at": now,
        }
        for app_id in app_ids
        for k in range(2)
    ]
    stage_ids = _insert(Stage, stage_rows, ids=True)
    stage_app = [
        (sid, row["application_id"]) for sid, row in zip(stage_ids, stage_rows, strict=True)
    ]
    labelled = _jsonl("feedback_dev.jsonl")
    texts = [row["text"] for row in labelled]
    try:  # the findings the analysis proposes, with their evidence
        weaknesses = {
            text: {w.tag: (w.actionable, w.evidence) for w in identify_weaknesses(text)}
            for text in texts
        }
    except Exception as error:  # the analysis is being changed: use the labelled tags
        print(f"(feedback analysis failed: {error!r}; using the labelled tags)", file=sys.stderr)
        weaknesses = {
            row["text"]: {label["tag"]: (label["actionable"], None) for label in row["labels"]}
            for row in labelled
        }
    feedback_rows = []
    for i in range(n(2000)):
        text = texts[i % len(texts)]
        stage_id, app_id = rng.choice(stage_app) if i % 4 else (None, None)
        feedback_rows.append(
            {
                "user_id": user_id,
                "application_id": app_id,
                "stage_id": stage_id,
                "source_kind": "recruiter" if app_id else rng.choice(["appraisal", "mock", "self"]),
                "received_on": ago(rng.randrange(365)).date(),
                "text": text,
                "created_at": now,
            }
        )
    feedback_ids = _insert(Feedback, feedback_rows, ids=True)
    _insert(
        Finding,
        [
            {
                "feedback_id": feedback_id,
                "tag": tag,
                "actionable": actionable,
                "evidence": evidence,
                "status": rng.choice(["proposed", "proposed", "confirmed", "removed"]),
                "created_at": now,
            }
            for feedback_id, row in zip(feedback_ids, feedback_rows, strict=True)
            for tag, (actionable, evidence) in weaknesses[row["text"]].items()
        ],
    )

    # Rehearsal: scored attempts, 50 (at full scale) on the history question
    answers = [row["text"] for row in _jsonl("answers_dev.jsonl")]
    figures = {}
    for text in answers:
        report = analyse_answer(text)
        figures[text] = {
            "word_count": report.word_count,
            "speaking_seconds": round(report.speaking_seconds, 2),
            "filler_count": report.filler_count,
            "hedge_count": report.hedge_count,
            "star_parts": 4 - len(report.missing_parts),
            "quantified_result": report.quantified_result,
        }
    history, rehearse = question_ids[0], question_ids[1]
    others = question_ids[1:]
    total, on_history = n(20000), n(50)
    attempt_rows = []
    for i in range(total):
        text = answers[i % len(answers)]
        score = rng.randint(1, 5)
        attempt_rows.append(
            {
                "user_id": user_id,
                "question_id": history if i < on_history else rng.choice(others),
                "text": text,
                "created_at": ago(rng.random() * 180),
                "target_seconds": 120,
                "audio_bytes": 0,
                **figures[text],
                **dict.fromkeys(
                    ("structure", "specificity", "relevance", "conciseness", "confidence"),
                    score if i % 5 else None,
                ),
                "grade": rng.choice(["again", "hard", "good", "easy"]) if i % 5 else None,
            }
        )
    attempt_ids = _insert(Attempt, attempt_rows, ids=True)

    # Review: invitations, each sharing 50 attempts, each with the reviewer's comment
    shared_rows, review_rows = [], []
    invitation_ids = _insert(
        Invitation,
        [
            {
                "user_id": user_id,
                "token_hash": hash_token(secrets.token_urlsafe(32)),
                "reviewer_name": f"Friend {i}",
                "note": "Please be blunt.",
                "created_at": ago(30),
                "expires_at": now + timedelta(days=14),
            }
            for i in range(n(100))
        ],
        ids=True,
    )
    for k, invitation_id in enumerate(invitation_ids):
        chosen = attempt_ids[k * 50 % len(attempt_ids) :][:50]
        for position, attempt_id in enumerate(chosen):
            shared_rows.append(
                {"invitation_id": invitation_id, "attempt_id": attempt_id, "position": position}
            )
            score = rng.randint(1, 5)
            review_rows.append(
                {
                    "invitation_id": invitation_id,
                    "attempt_id": attempt_id,
                    "comment": "Clear **situation**, but say what *you* did and the result.",
                    **dict.fromkeys(
                        ("structure", "specificity", "relevance", "conciseness", "confidence"),
                        score,
                    ),
                    "created_at": ago(20),
                    "updated_at": ago(10),
                    "read_at": ago(5) if rng.random() < 0.5 else None,
                }
            )
    _insert(SharedAttempt, shared_rows)
    _insert(Review, review_rows)

    # Practice: sets, plan actions, review cards (a third due) and drill logs
    set_ids = _insert(
        PracticeSet,
        [
            {"user_id": user_id, "kind": "priorities", "seed": i, "size": 10, "created_at": now}
            for i in range(n(20))
        ],
        ids=True,
    )
    _insert(
        PracticeSetItem,
        [
            {"practice_set_id": set_id, "question_id": q, "tag": question_tag[q], "position": p}
            for set_id in set_ids
            for p, q in enumerate(rng.sample(question_ids, 10))
        ],
    )
    _insert(
        PlanAction,
        [
            {"user_id": user_id, "tag": "answer_structure", "text": f"Action {i}", "done": False}
            for i in range(n(10))
        ],
    )
    carded = rng.sample(question_ids, min(n(300), len(question_ids)))
    _insert(
        ReviewCard,
        [
            {
                "user_id": user_id,
                "question_id": q,
                "tag": question_tag[q],
                "due": ago(2) if i % 3 == 0 else now + timedelta(days=rng.randint(1, 30)),
                "stability": 3.0,
                "difficulty": 5.0,
                "last_review": ago(10),
                "reviews": 3,
                "created_at": ago(60),
            }
            for i, q in enumerate(carded)
        ],
    )
    _insert(
        DrillLog,
        [
            {
                "user_id": user_id,
                "question_id": rng.choice(carded),
                "grade": rng.choice(["again", "hard", "good", "easy"]),
                "reviewed_at": ago(rng.random() * 90),
                "next_due": now + timedelta(days=3),
                "origin": "drill",
            }
            for _ in range(n(5000))
        ],
    )
    db.session.commit()
    return {"history": history, "rehearse": rehearse, "attempts": len(attempt_ids)}


# ---------------------------------------------------------------------------------------
# Serving with gunicorn


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn serving coach:create_app() in its own process group."""

    def __init__(self, instance: Path, database_url: str, workers: int) -> None:
        self.env = app_env(instance, database_url)
        self.workers = workers
        self.port = free_port()
        self.log = instance / "gunicorn.log"
        self.process: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> None:
        command = [
            str(BIN / "gunicorn"),
            "--workers",
            str(self.workers),
            "--bind",
            f"127.0.0.1:{self.port}",
            "--timeout",
            "120",
            "--backlog",
            "256",
            "coach:create_app()",
        ]
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                command, cwd=ROOT, env=self.env, stdout=log, stderr=log, start_new_session=True
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited: see {self.log}\n{self.log.read_text()}")
            try:
                if Client(self.port).get("/healthz").status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError("gunicorn did not answer /healthz in time")

    def kill(self) -> None:
        """SIGKILL the whole process group (master and workers), as a crash would."""
        if self.process and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self._reap_group()

    def stop(self) -> None:
        """Shut gunicorn down gracefully (SIGKILL after 10 s)."""
        if self.process and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
        self._reap_group()

    def _reap_group(self) -> None:
        """Workers orphaned by a killed master are in the same group: end them too."""
        if self.process is None:
            return
        for _ in range(50):
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                return
            time.sleep(0.05)

    def __enter__(self) -> Server:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


# ---------------------------------------------------------------------------------------
# A small HTTP client with cookies


class Response:
    def __init__(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)


CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def csrf_token(html: str) -> str:
    match = CSRF.search(html)
    if not match:
        raise RuntimeError("no CSRF token on the page")
    return match.group(1)


class Client:
    """HTTP/1.1 to 127.0.0.1 with a cookie jar; redirects are not followed."""

    def __init__(self, port: int, timeout: float = 60.0) -> None:
        self.port = port
        self.timeout = timeout
        self.cookies: dict[str, str] = {}
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)

    def request(self, method: str, path: str, form: dict | None = None) -> Response:
        headers = {}
        body = None
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            self.connection.request(method, path, body=body, headers=headers)
            raw = self.connection.getresponse()
            data = raw.read()
        except (OSError, http.client.HTTPException):
            self.connection.close()
            raise
        if raw.will_close:
            self.connection.close()
        for key, value in raw.getheaders():
            if key.lower() == "set-cookie":
                for name, morsel in SimpleCookie(value).items():
                    self.cookies[name] = morsel.value
        return Response(raw.status, raw.getheaders(), data)

    def get(self, path: str) -> Response:
        return self.request("GET", path)

    def post(self, path: str, form: dict) -> Response:
        return self.request("POST", path, form)

    def cookie_header(self) -> str:
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())

    def close(self) -> None:
        self.connection.close()


def login(client: Client, email: str) -> None:
    """Log in with a real form POST (CSRF token from the login page)."""
    token = csrf_token(client.get("/login").text)
    response = client.post("/login", {"csrf_token": token, "email": email, "password": PASSWORD})
    if response.status != 302:
        raise RuntimeError(f"login failed: {response.status}")


def interruptible() -> None:
    """Let Ctrl-C and SIGTERM raise KeyboardInterrupt, so that the `with` blocks stop
    gunicorn and remove the temporary folder (SIGINT may arrive ignored, e.g. when started
    in the background by a non-interactive shell)."""

    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, interrupt)


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
