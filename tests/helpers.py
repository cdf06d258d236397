"""Builders for tests: users and, as features grow, everything a user can own."""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.engine import make_url

from coach.auth import services as accounts
from coach.config import normalise_database_url
from coach.extensions import db
from coach.models import Application, Feedback, Finding, Stage, User

RUBRIC_LINES = ("structure", "specificity", "relevance", "conciseness", "confidence")
PASSWORD = "correct horse battery"
# Tables that hold shared data rather than a user's: account deletion keeps them.
SHARED_TABLES = {"alembic_version", "bank_state"}


def checked_test_database_url(url: str) -> str:
    """The test database URL, refusing any database whose name does not end in _test."""
    url = normalise_database_url(url)
    name = make_url(url).database or ""
    if not name.endswith("_test"):
        raise ValueError(f"Refusing to run tests on database {name!r}: its name must end in _test.")
    return url


def wipe_database() -> None:
    """Delete every row of every table (the schema stays)."""
    with db.engine.begin() as connection:
        for table in reversed(db.metadata.sorted_tables):
            connection.execute(table.delete())


def create_user(
    email: str = "ana@example.com",
    password: str = PASSWORD,
    display_name: str = "Ana",
    timezone: str = "UTC",
) -> int:
    """Create a user (inside an app context) and return its id."""
    user = accounts.register_user(email, display_name, password, timezone)
    db.session.commit()
    return user.id


def get_user(email: str) -> User | None:
    return db.session.scalar(sa.select(User).where(User.email == email))


def create_application(
    user_id: int,
    company: str = "Northwind",
    role_title: str = "Data analyst",
    keywords: str = "data analyst, remote",
    outcome: str = "rejected",
    applied_on: date | None = date(2025, 3, 3),
    **fields: object,
) -> int:
    """Create an application (inside an app context) and return its id."""
    application = Application(
        user_id=user_id,
        company=company,
        role_title=role_title,
        keywords=keywords,
        outcome=outcome,
        applied_on=applied_on,
        **fields,
    )
    db.session.add(application)
    db.session.commit()
    return application.id


def create_stage(
    application_id: int,
    kind: str = "phone_screen",
    held_on: date | None = date(2025, 3, 10),
    self_rating: int | None = 3,
    **fields: object,
) -> int:
    """Create a stage of an application and return its id."""
    stage = Stage(
        application_id=application_id, kind=kind, held_on=held_on, self_rating=self_rating, **fields
    )
    db.session.add(stage)
    db.session.commit()
    return stage.id


def create_feedback(
    user_id: int,
    text: str = "Your answers lacked structure and were hard to follow.",
    application_id: int | None = None,
    stage_id: int | None = None,
    source_kind: str | None = None,
    received_on: date = date(2025, 3, 14),
    findings: list[tuple] | None = None,
) -> int:
    """Create a piece of feedback without running the analysis; return its id.

    `findings` are (tag, status) or (tag, status, evidence), stored as given, changeable
    as the taxonomy says.
    """
    from coach.analysis.taxonomy import TAGS

    feedback = Feedback(
        user_id=user_id,
        application_id=application_id,
        stage_id=stage_id,
        source_kind=source_kind or ("recruiter" if application_id else "self"),
        received_on=received_on,
        text=text,
    )
    for tag, status, *evidence in findings or []:
        feedback.findings.append(
            Finding(
                tag=tag,
                actionable=TAGS[tag].changeable,
                evidence=evidence[0] if evidence else None,
                status=status,
            )
        )
    db.session.add(feedback)
    db.session.commit()
    return feedback.id


def finding_ids(feedback_id: int) -> dict[str, int]:
    """The ids of a feedback's findings, by tag."""
    rows = db.session.execute(
        sa.select(Finding.tag, Finding.id).where(Finding.feedback_id == feedback_id)
    )
    return {tag: finding_id for tag, finding_id in rows}


def findings_of(feedback_id: int) -> dict[str, tuple[str, bool]]:
    """A feedback's findings as {tag: (status, actionable)}."""
    db.session.expire_all()
    rows = db.session.execute(
        sa.select(Finding.tag, Finding.status, Finding.actionable).where(
            Finding.feedback_id == feedback_id
        )
    )
    return {tag: (status, actionable) for tag, status, actionable in rows}


def populate_user(user_id: int) -> None:
    """Give a user one row in every table a user can own (account deletion checks it).

    Every new table joins here, so the delete-account test covers it.
    """
    application_id = create_application(user_id)
    stage_id = create_stage(application_id)
    create_feedback(
        user_id,
        application_id=application_id,
        stage_id=stage_id,
        findings=[("answer_structure", "confirmed")],
    )
    populate_practice(user_id)
    populate_rehearsal(user_id)
    populate_review(user_id)


# Practice: questions, hiding, sets, plan actions, review cards and drill logs


def load_bank(folder=None):
    """Load the question bank (the real one unless a folder is given) and commit."""
    from coach.practice import bank

    report = bank.load_questions(folder)
    db.session.commit()
    return report


def bank_question_id(bank_id: str) -> int:
    """The database id of a bank question."""
    from coach.practice.models import Question

    return db.session.scalar(sa.select(Question.id).where(Question.bank_id == bank_id))


def create_question(
    user_id: int | None = None,
    text: str = "Tell me about a time you led a project.",
    tags: tuple[str, ...] = ("leadership",),
    stages: tuple[str, ...] = ("hiring_manager",),
    bank_id: str | None = None,
    **fields: object,
) -> int:
    """Create a question (own with a user_id, else a bank one) and return its id."""
    import secrets

    from coach.practice.models import Question, join_slugs

    if user_id is None and bank_id is None:
        bank_id = f"test-{secrets.token_hex(6)}"
    fields.setdefault("listen_for", "A clear situation\nA result with a number")
    fields.setdefault("source", "bank" if user_id is None else "")
    question = Question(
        user_id=user_id,
        bank_id=bank_id,
        text=text,
        tags=join_slugs(tags),
        stages=join_slugs(stages),
        **fields,
    )
    db.session.add(question)
    db.session.commit()
    return question.id


def hide_question(user_id: int, question_id: int) -> int:
    from coach.practice.models import HiddenQuestion

    hidden = HiddenQuestion(user_id=user_id, question_id=question_id)
    db.session.add(hidden)
    db.session.commit()
    return hidden.id


def create_practice_set(
    user_id: int, picks: list[tuple[int, str]], seed: int = 1, kind: str = "priorities"
) -> int:
    """Create a practice set of (question id, target tag) picks and return its id."""
    from coach.practice.models import PracticeSet, PracticeSetItem

    practice_set = PracticeSet(user_id=user_id, kind=kind, seed=seed, size=len(picks))
    for position, (question_id, tag) in enumerate(picks):
        practice_set.items.append(
            PracticeSetItem(question_id=question_id, tag=tag, position=position)
        )
    db.session.add(practice_set)
    db.session.commit()
    return practice_set.id


def set_item_ids(set_id: int) -> list[int]:
    from coach.practice.models import PracticeSetItem

    return list(
        db.session.scalars(
            sa.select(PracticeSetItem.id)
            .where(PracticeSetItem.practice_set_id == set_id)
            .order_by(PracticeSetItem.position)
        )
    )


def create_plan_action(
    user_id: int,
    tag: str = "answer_structure",
    text: str = "Practise **STAR** answers with a friend on Thursdays.",
    target_date: date | None = None,
    done: bool = False,
) -> int:
    from coach.practice.models import PlanAction

    action = PlanAction(user_id=user_id, tag=tag, text=text, target_date=target_date, done=done)
    db.session.add(action)
    db.session.commit()
    return action.id


def create_review_card(user_id: int, question_id: int, tag: str | None = None, **fields) -> int:
    """A review card, due now unless `due` is given."""
    from coach.practice.models import ReviewCard

    card = ReviewCard(user_id=user_id, question_id=question_id, tag=tag, **fields)
    db.session.add(card)
    db.session.commit()
    return card.id


def create_drill_log(user_id: int, question_id: int, grade: str = "good") -> int:
    from coach.models import utcnow
    from coach.practice.models import DrillLog

    log = DrillLog(user_id=user_id, question_id=question_id, grade=grade, next_due=utcnow())
    db.session.add(log)
    db.session.commit()
    return log.id


def populate_practice(user_id: int) -> None:
    """One row of every practice table a user owns."""
    question = create_question(user_id, text="Why do you want to work in logistics?")
    hide_question(user_id, question)
    create_practice_set(user_id, [(question, "leadership")])
    create_plan_action(user_id)
    create_review_card(user_id, question, tag="leadership")
    create_drill_log(user_id, question)


def practice_records(user_id: int) -> dict[str, int]:
    """The real bank, a practice set due in the drill, an own question, a hidden question
    and a plan action: enough for every practice page to show something."""
    from coach.practice import plans

    load_bank()
    user = db.session.get(User, user_id)
    practice_set = plans.build_tag_set(user, ["answer_structure", "conciseness"], None, 6, seed=7)
    db.session.commit()
    bank_question = practice_set.items[0].question_id
    hide_question(user_id, practice_set.items[-1].question_id)
    own = create_question(
        user_id,
        text="How would you cut our delivery times?",
        tags=("problem_solving", "company_research"),
        stages=("case_study",),
        source="job_advert",
        notes="The advert stressed **same-day** delivery.",
    )
    action = create_plan_action(user_id, target_date=date(2025, 4, 1))
    create_plan_action(user_id, text="Research the company's last annual report", done=True)
    return {
        "practice_set": practice_set.id,
        "bank_question": bank_question,
        "own_question": own,
        "action": action,
    }


# Rehearsal: drafts, attempts (with recordings) and mock interviews

ANSWER = (
    "Last spring our checkout kept failing at a retailer. My job was to fix it before the "
    "sale. I rewrote the retry logic and tested it with the team. As a result, failed "
    "payments fell by 40%."
)


def wav_bytes(seconds: float = 1.0, rate: int = 8000) -> bytes:
    """A 16-bit mono WAV recording of the given length (the demo's tone)."""
    from coach.demo_rehearsal import tone_wav

    return tone_wav(seconds, rate)


def create_attempt(
    user_id: int,
    question_id: int,
    text: str = ANSWER,
    audio: bytes | None = None,
    scores: dict[str, int] | None = None,
    mock_item_id: int | None = None,
    **fields: object,
) -> int:
    """An attempt through the service (analysis figures filled in), committed; returns its id."""
    import io

    from coach.practice.models import Question
    from coach.rehearse import attempts

    user = db.session.get(User, user_id)
    question = db.session.get(Question, question_id)
    upload = attempts.Upload(io.BytesIO(audio), None) if audio is not None else None
    attempt = attempts.save_attempt(user, question, text, upload, None, 120)
    attempt.mock_item_id = mock_item_id
    for name, value in fields.items():
        setattr(attempt, name, value)
    if scores:
        attempts.score_attempt(user, attempt, scores)
    db.session.commit()
    return attempt.id


def create_draft(user_id: int, question_id: int, text: str = "A draft in progress") -> int:
    from coach.rehearse import attempts

    draft = attempts.save_draft(user_id, question_id, text)
    db.session.commit()
    return draft.id


def create_mock(user_id: int, question_ids: list[int], finished: bool = False) -> int:
    """A mock interview over the given questions; returns its id."""
    from coach.models import utcnow
    from coach.rehearse.models import MockInterview, MockItem

    mock = MockInterview(
        user_id=user_id,
        title="Test mock",
        think_seconds=0,
        answer_seconds=60,
        finished_at=utcnow() if finished else None,
    )
    for position, question_id in enumerate(question_ids):
        mock.items.append(MockItem(question_id=question_id, tag="leadership", position=position))
    db.session.add(mock)
    db.session.commit()
    return mock.id


def mock_item_ids(mock_id: int) -> list[int]:
    from coach.rehearse.models import MockItem

    return list(
        db.session.scalars(
            sa.select(MockItem.id).where(MockItem.mock_id == mock_id).order_by(MockItem.position)
        )
    )


def populate_rehearsal(user_id: int) -> None:
    """One row of every rehearsal table a user owns, and a recording on disk."""
    question = create_question(user_id, text="Tell me about a deadline you nearly missed.")
    mock = create_mock(user_id, [question])
    create_attempt(
        user_id,
        question,
        audio=wav_bytes(),
        scores=dict.fromkeys(
            ("structure", "specificity", "relevance", "conciseness", "confidence"), 3
        ),
        mock_item_id=mock_item_ids(mock)[0],
    )
    create_draft(user_id, question)


def rehearsal_records(user_id: int, question_id: int) -> dict[str, int]:
    """Two scored attempts at a question (the first recorded), a draft, a mock interview in
    progress and a finished one: enough for every rehearsal page to show something."""
    first = create_attempt(
        user_id,
        question_id,
        text="I think we kind of fixed the checkout, um, it went fine I guess.",
        audio=wav_bytes(2.0),
        scores=dict.fromkeys(
            ("structure", "specificity", "relevance", "conciseness", "confidence"), 2
        ),
    )
    second = create_attempt(
        user_id,
        question_id,
        scores={
            "structure": 4,
            "specificity": 4,
            "relevance": 5,
            "conciseness": 4,
            "confidence": 3,
        },
    )
    create_draft(user_id, question_id, "Third try: start with the deadline.")
    mock = create_mock(user_id, [question_id, question_id])
    finished = create_mock(user_id, [question_id], finished=True)
    unscored = create_attempt(user_id, question_id, mock_item_id=mock_item_ids(finished)[0])
    return {
        "attempt": second,
        "recorded_attempt": first,
        "unscored_attempt": unscored,
        "mock": mock,
        "finished_mock": finished,
    }


# Peer review: invitations, their shared attempts and the reviewer's reviews


def create_invitation(
    user_id: int,
    attempt_ids: list[int],
    reviewer_name: str = "Sam",
    note: str = "Listen for my **structure**.",
    days: int = 14,
) -> tuple[int, str]:
    """An invitation sharing the attempts; returns its id and the link's token."""
    from coach.review import invitations

    user = db.session.get(User, user_id)
    invitation, token = invitations.create_invitation(user, attempt_ids, note, reviewer_name, days)
    db.session.commit()
    return invitation.id, token


def create_review(
    invitation_id: int,
    attempt_id: int,
    comment: str = "Lead with the result.",
    scores: dict[str, int | None] | None = None,
) -> int:
    """The reviewer's review of one shared attempt (scores default to 4 on every line)."""
    from coach.rehearse.models import Attempt
    from coach.review import invitations
    from coach.review.models import Invitation

    invitation = db.session.get(Invitation, invitation_id)
    attempt = db.session.get(Attempt, attempt_id)
    if scores is None:
        scores = dict.fromkeys(RUBRIC_LINES, 4)
    review = invitations.save_review(invitation, attempt, comment, scores)
    db.session.commit()
    return review.id


def set_overall_comment(invitation_id: int, text: str) -> None:
    from coach.review import invitations
    from coach.review.models import Invitation

    invitations.save_overall(db.session.get(Invitation, invitation_id), text)
    db.session.commit()


def populate_review(user_id: int) -> None:
    """One row of every review table a user owns."""
    question = create_question(user_id, text="Why this company?")
    attempt = create_attempt(user_id, question)
    invitation, _token = create_invitation(user_id, [attempt])
    create_review(invitation, attempt)


def row_counts() -> dict[str, int]:
    """Rows per table, for before/after comparisons."""
    with db.engine.connect() as connection:
        return {
            table.name: connection.scalar(sa.select(sa.func.count()).select_from(table))
            for table in db.metadata.sorted_tables
        }


def table_rows() -> dict[str, list[tuple]]:
    """Every row of every table (as strings, sorted), to prove a request changed nothing."""
    with db.engine.connect() as connection:
        return {
            table.name: sorted(tuple(map(str, row)) for row in connection.execute(sa.select(table)))
            for table in db.metadata.sorted_tables
        }


@contextmanager
def count_queries() -> Iterator[list[str]]:
    """Collect the SQL statements run on the app's engine (inside an app context)."""
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    engine = db.engine
    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)


def csrf_token(html: str) -> str:
    """The CSRF token of the first form in a page."""
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token in page"
    return match.group(1)


class AuthActions:
    """Log in and out through the real pages, as the Flask tutorial does."""

    def __init__(self, client: FlaskClient, app: Flask) -> None:
        self.client = client
        self.app = app

    def create(self, email: str = "ana@example.com", password: str = PASSWORD, **kw: str) -> int:
        with self.app.app_context():
            return create_user(email, password, **kw)

    def login(self, email: str = "ana@example.com", password: str = PASSWORD, create=True):
        if create:
            with self.app.app_context():
                if get_user(email) is None:
                    create_user(email, password)
        return self.client.post("/login", data={"email": email, "password": password})

    def logout(self):
        return self.client.post("/logout")
