"""The demo account's practice: a plan, and weeks of rehearsed answers that get better.

Every answer here is original. Nothing is added when the question bank is not loaded.
"""

from __future__ import annotations

import io
import math
import struct
from array import array
from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa

from coach.analysis.answers import WORDS_PER_MINUTE
from coach.extensions import db
from coach.models import User, utcnow
from coach.practice import drill, plans
from coach.practice.models import Question
from coach.rehearse import attempts
from coach.rehearse.models import MockInterview, MockItem


@dataclass(frozen=True)
class DemoAttempt:
    days_ago: int
    scores: tuple[
        int, int, int, int, int
    ]  # structure, specificity, relevance, conciseness, confidence
    text: str
    recorded: bool = False


MEASURABLE = "examples-measurable-difference"
DEADLINE = "structure-tight-deadline-star"
CONFLICT = "conflict-with-colleague"
PROUDEST = "concise-proudest-achievement-60s"

ANSWERS: dict[str, tuple[DemoAttempt, ...]] = {
    MEASURABLE: (
        DemoAttempt(
            86,
            (2, 1, 3, 3, 2),
            "I improved a lot of our reporting, it made things much better for the "
            "business and people were happy with it.",
        ),
        DemoAttempt(
            72,
            (3, 3, 3, 3, 3),
            "At Northgate the weekly sales report took a whole day to build by hand. I "
            "automated it with a scheduled query, so it now takes about an hour.",
        ),
        DemoAttempt(
            58,
            (4, 4, 4, 4, 3),
            "Last year at Northgate the weekly sales report took a full day of my time. My "
            "goal was to get that day back for analysis. I rebuilt it as a scheduled query "
            "with a check on the totals. It went from eight hours to forty minutes, and I "
            "used the time to start the churn work.",
        ),
    ),
    DEADLINE: (
        DemoAttempt(
            41,
            (2, 2, 3, 2, 2),
            "So, um, deadlines happen a lot in analytics, basically every month end is a "
            "deadline. I think the pricing one was the worst, we had loads going on and the "
            "data was kind of a mess, so we just worked late and got it over the line in "
            "the end, I guess it went fine.",
            True,
        ),
        DemoAttempt(
            27,
            (3, 3, 4, 3, 3),
            "Last year at Northgate the pricing review moved forward by two weeks. I was "
            "asked to have the customer-segment analysis ready for the board pack. I cut the "
            "scope to the three segments the board cared about and reused last quarter's "
            "model. We made the deadline and the board approved the new tariffs.",
        ),
        DemoAttempt(
            13,
            (4, 4, 4, 4, 4),
            "Last spring at Northgate, the board brought the pricing review forward by two "
            "weeks. My task was to deliver the customer-segment analysis for the board pack "
            "in eight working days instead of eighteen. I agreed with my manager to cover "
            "only the three segments that drove 80% of revenue, reused the previous "
            "quarter's model, and booked two half-hour checkpoints with finance so nothing "
            "came back late. I delivered a day early; the board approved the new tariffs, "
            "which added 3% to margin in the next quarter.",
            True,
        ),
        DemoAttempt(
            3,
            (5, 4, 5, 4, 4),
            "At Northgate last spring the board moved the pricing review two weeks earlier. "
            "I was responsible for the segment analysis and had eight working days. I cut "
            "the scope to the three segments behind 80% of revenue, reused the last model "
            "and set two short checkpoints with finance. I delivered a day early, the "
            "board approved the tariffs, and margin rose 3% the next quarter. Since then I "
            "agree the scope on day one of any rushed piece.",
            True,
        ),
    ),
    CONFLICT: (
        DemoAttempt(
            34,
            (2, 2, 3, 3, 2),
            "We had a disagreement in the team about the dashboard. We talked it through in "
            "the end and we sort of found a compromise, and we get on fine now.",
        ),
        DemoAttempt(
            13,
            (3, 3, 4, 4, 3),
            "At Northgate a data engineer and I disagreed about rebuilding the sales "
            "dashboard: he wanted a full rewrite, I wanted quick fixes. I booked an hour "
            "with him and we listed what users complained about. We agreed to fix the top "
            "three first, and the complaints stopped.",
            True,
        ),
        DemoAttempt(
            6,
            (4, 4, 4, 4, 4),
            "Last year at Northgate, Sam, a data engineer, wanted to rewrite the sales "
            "dashboard from scratch, while I had promised the sales team fixes within a "
            "month. My goal was to keep that promise without losing Sam's support. I asked "
            "him for an hour, and we sorted the forty user complaints by how often they "
            "came up. I proposed fixing the top three now and scoping his rewrite for the "
            "next quarter, and I credited his design in the plan. Complaints fell from 40 "
            "to 6 in a month, and the rewrite was approved in the next budget.",
        ),
    ),
    PROUDEST: (
        DemoAttempt(
            24,
            (3, 3, 4, 2, 3),
            "I'm proudest of the pricing work, which started when the company wanted to "
            "understand churn, and then there was a lot of context about tariffs and how "
            "the market had changed, and the regulator, and then the team changed too, and "
            "in the end I built a model that the board used, which was great.",
        ),
        DemoAttempt(
            9,
            (4, 4, 4, 5, 4),
            "My churn model at Northgate. My task was to explain why customers left after "
            "a price rise. I joined billing and complaints data, found that one tariff "
            "caused most exits, and proposed a cheaper fixed option. Churn fell by a fifth "
            "in six months.",
            True,
        ),
    ),
}

# A finished mock interview 13 days ago: one answered question per entry.
MOCK_DAYS_AGO = 13
MOCK_ANSWERS = (
    (DEADLINE, 2),  # the question, and which of its attempts was given in the mock
    (CONFLICT, 1),
)


def tone_wav(seconds: float, rate: int = 8000) -> bytes:
    """A quiet 440 Hz tone as a 16-bit mono WAV file: a stand-in for a spoken answer."""
    frames = array(
        "h",
        (int(3000 * math.sin(2 * math.pi * 440 * n / rate)) for n in range(int(seconds * rate))),
    ).tobytes()
    fmt = struct.pack("<HHIIHH", 1, 1, rate, rate * 2, 2, 16)
    body = b"WAVEfmt " + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", len(frames))
    return b"RIFF" + struct.pack("<I", len(body) + len(frames)) + body + frames


def populate_rehearsal_demo(user: User) -> bool:
    """Give the demo user a plan and attempts over several weeks; False without a bank."""
    questions = {
        q.bank_id: q
        for q in db.session.scalars(sa.select(Question).where(Question.bank_id.in_(list(ANSWERS))))
    }
    if len(questions) < len(ANSWERS):
        return False
    practice_set = plans.build_plan(user, 6, seed=2025)
    now = utcnow()
    _drills(
        user, [i.question for i in practice_set.items if i.question.bank_id not in ANSWERS], now
    )
    made: dict[str, list] = {}
    for bank_id, tries in ANSWERS.items():
        for demo in tries:
            made.setdefault(bank_id, []).append(_attempt(user, questions[bank_id], demo, now))
    _mock(user, questions, made, now)
    _review(user, made, now)
    return True


def _attempt(user: User, question: Question, demo: DemoAttempt, now):
    when = now - timedelta(days=demo.days_ago, hours=2)
    upload = None
    if demo.recorded:
        # a tone as long as the words take to say: the speaking time stays plausible
        seconds = len(demo.text.split()) * 60 / WORDS_PER_MINUTE
        upload = attempts.Upload(io.BytesIO(tone_wav(seconds)), None)
    attempt = attempts.save_attempt(user, question, demo.text, upload, None, 120)
    attempt.created_at = when
    keys = ("structure", "specificity", "relevance", "conciseness", "confidence")
    # the grade belongs to the day the answer was given, not to today
    attempts.score_attempt(user, attempt, dict(zip(keys, demo.scores, strict=True)), when)
    return attempt


def _mock(user: User, questions, made, now) -> None:
    started = now - timedelta(days=MOCK_DAYS_AGO, hours=3)
    mock = MockInterview(
        user_id=user.id,
        title="My priorities",
        think_seconds=30,
        answer_seconds=120,
        created_at=started,
        finished_at=started + timedelta(minutes=9),
    )
    for position, (bank_id, _index) in enumerate(MOCK_ANSWERS):
        item = MockItem(question_id=questions[bank_id].id, tag=None, position=position)
        mock.items.append(item)
    db.session.add(mock)
    db.session.flush()
    for minutes, (item, (bank_id, index)) in enumerate(zip(mock.items, MOCK_ANSWERS, strict=True)):
        attempt = made[bank_id][index]
        attempt.mock_item_id = item.id
        attempt.created_at = started + timedelta(minutes=4 * minutes + 3)
        attempt.answer_seconds = 95.0


# A friend reviewed two answers a few days after they were shared.
REVIEWS = (
    (
        DEADLINE,
        2,
        (5, 4, 4, 4, 3),
        "Much clearer than the version you told me last month. The **eight days instead of "
        "eighteen** makes the pressure real. You rushed the last sentence, though: slow down "
        "on the 3%, it is your best line.",
    ),
    (
        CONFLICT,
        2,
        (4, 4, 5, 3, 4),
        "Good that you name Sam and what he wanted. It runs a little long: the sentence about "
        "the budget could go.",
    ),
)


def _review(user: User, made, now) -> None:
    from coach.review import invitations

    shared = [made[bank_id][index] for bank_id, index, _scores, _comment in REVIEWS]
    invitation, _token = invitations.create_invitation(
        user,
        [attempt.id for attempt in shared],
        "Could you listen for structure? I tend to bury the result.",
        "Priya",
        14,
    )
    invitation.created_at = now - timedelta(days=5)
    invitation.expires_at = invitation.created_at + timedelta(days=14)
    db.session.flush()
    keys = ("structure", "specificity", "relevance", "conciseness", "confidence")
    for attempt, (_bank_id, _index, scores, comment) in zip(shared, REVIEWS, strict=True):
        invitations.save_review(invitation, attempt, comment, dict(zip(keys, scores, strict=True)))
    invitations.record_visit(invitation, now - timedelta(days=4))
    invitations.save_overall(
        invitation,
        "You sound far more sure of yourself than in your first mock. Keep ending on a number.",
    )


DRILL_DAYS = (84, 77, 69, 62, 55, 47, 40, 33, 26, 19, 12, 4, 1)
DRILL_GRADES = ("hard", "good", "good", "easy")


def _drills(user: User, questions: list[Question], now) -> None:
    """A drill run most weeks for three months: the grades improve as the weeks go by."""
    for week, days_ago in enumerate(DRILL_DAYS):
        for n, question in enumerate(questions[:3]):
            grade = DRILL_GRADES[min(3, (week + n) // 4)]
            when = now - timedelta(days=days_ago, hours=20 - n)
            drill.record_grade(user, question, grade, when)
