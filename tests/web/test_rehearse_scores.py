"""Scoring an attempt on the rubric grades it in the drill once; editing its text analyses
it again; the history compares attempts side by side and word by word."""

import re

import pytest
import sqlalchemy as sa

from coach.analysis.rubric import RUBRIC_KEYS
from coach.extensions import db
from coach.practice.models import DrillLog, ReviewCard
from coach.rehearse.models import Attempt
from tests import helpers

WEAK = "Um, I think I basically helped the team, sort of."


def form(*values: int) -> dict[str, str]:
    return {key: str(value) for key, value in zip(RUBRIC_KEYS, values, strict=True)}


@pytest.fixture
def ana(app):
    """Ana with one unscored attempt at a bank question."""
    with app.app_context():
        user_id = helpers.create_user()
        question = helpers.create_question(
            text="Tell me about a project you rescued.", tags=("answer_structure",)
        )
        attempt = helpers.create_attempt(user_id, question, text=WEAK)
    return {"user": user_id, "question": question, "attempt": attempt}


def attempt(attempt_id: int) -> Attempt:
    db.session.expire_all()
    return db.session.get(Attempt, attempt_id)


def drill_logs(user_id: int) -> list[DrillLog]:
    return list(db.session.scalars(sa.select(DrillLog).where(DrillLog.user_id == user_id)))


def card(user_id: int, question_id: int) -> ReviewCard | None:
    return db.session.scalar(
        sa.select(ReviewCard).where(
            ReviewCard.user_id == user_id, ReviewCard.question_id == question_id
        )
    )


@pytest.mark.parametrize("missing", ["structure", "relevance", "confidence"])
def test_every_rubric_line_must_be_scored(auth, app, ana, missing):
    auth.login(create=False)
    data = form(4, 4, 4, 4, 4)
    del data[missing]
    response = auth.client.post(f"/attempts/{ana['attempt']}/scores", data=data)
    assert response.status_code == 400
    assert f"Score {missing} from 1 to 5." in response.text
    assert response.text.count('<p class="error"') == 1
    # the other scores stay ticked
    assert 'checked id="specificity-3"' in response.text
    assert f'checked id="{missing}-' not in response.text
    with app.app_context():
        assert attempt(ana["attempt"]).scores == dict.fromkeys(RUBRIC_KEYS)
        assert drill_logs(ana["user"]) == []
        assert card(ana["user"], ana["question"]) is None


def test_a_score_outside_one_to_five_is_refused(auth, app, ana):
    auth.login(create=False)
    response = auth.client.post(f"/attempts/{ana['attempt']}/scores", data=form(4, 4, 4, 4, 9))
    assert response.status_code == 400
    with app.app_context():
        assert attempt(ana["attempt"]).scores == dict.fromkeys(RUBRIC_KEYS)
        assert drill_logs(ana["user"]) == []


@pytest.mark.parametrize(
    ("scores", "mean", "grade"),
    [
        ((1, 2, 2, 2, 2), "1.8", "again"),
        ((2, 2, 2, 2, 2), "2.0", "hard"),
        ((3, 3, 3, 3, 2), "2.8", "hard"),
        ((3, 3, 3, 3, 3), "3.0", "good"),
        ((5, 5, 4, 4, 4), "4.4", "good"),
        ((5, 5, 5, 4, 4), "4.6", "easy"),
    ],
)
def test_the_mean_score_grades_the_question_in_the_drill(auth, app, ana, scores, mean, grade):
    auth.login(create=False)
    response = auth.client.post(
        f"/attempts/{ana['attempt']}/scores", data=form(*scores), follow_redirects=True
    )
    assert (
        f"Scored {mean} of 5: the drill grades this question {grade.capitalize()}." in response.text
    )
    assert f"Your scores average {mean} of 5; the drill graded this question" in response.text
    with app.app_context():
        scored = attempt(ana["attempt"])
        assert tuple(scored.scores.values()) == scores
        assert scored.grade == grade
        (log,) = drill_logs(ana["user"])
        assert (log.grade, log.origin, log.question_id) == (grade, "rehearse", ana["question"])
        review = card(ana["user"], ana["question"])
        assert review.reviews == 1 and review.due == log.next_due


def test_scoring_again_updates_the_scores_without_grading_twice(auth, app, ana):
    auth.login(create=False)
    url = f"/attempts/{ana['attempt']}/scores"
    first = auth.client.post(url, data=form(2, 2, 2, 2, 2), follow_redirects=True)
    assert "the drill grades this question Hard." in first.text
    with app.app_context():
        due = card(ana["user"], ana["question"]).due
    response = auth.client.post(url, data=form(5, 5, 5, 5, 5), follow_redirects=True)
    assert "Scores updated: 5.0 of 5." in response.text
    assert "the drill grades this question" not in response.text
    with app.app_context():
        rescored = attempt(ana["attempt"])
        assert rescored.self_mean == 5.0 and rescored.grade == "hard"
        assert [log.grade for log in drill_logs(ana["user"])] == ["hard"]
        review = card(ana["user"], ana["question"])
        assert review.reviews == 1 and review.due == due


def test_editing_the_text_analyses_it_again(auth, app, ana):
    auth.login(create=False)
    with app.app_context():
        before = attempt(ana["attempt"])
        assert (before.word_count, before.star_parts, before.filler_count) == (10, 1, 3)
    response = auth.client.post(
        f"/attempts/{ana['attempt']}/text", data={"text": helpers.ANSWER}, follow_redirects=True
    )
    page = response.text
    assert "Text saved and analysed again." in page
    assert "<dt>Words</dt><dd>37</dd>" in page and "Missing" not in page
    assert "<q>As a result, failed payments fell by 40%.</q>" in page
    with app.app_context():
        after = attempt(ana["attempt"])
        assert after.text == helpers.ANSWER
        assert (after.word_count, after.star_parts, after.filler_count) == (37, 4, 0)
        assert after.quantified_result


def test_a_text_edit_with_a_nul_character_is_refused(auth, app, ana):
    auth.login(create=False)
    response = auth.client.post(
        f"/attempts/{ana['attempt']}/text", data={"text": helpers.ANSWER + "\x00"}
    )
    assert response.status_code == 400
    assert "This text contains a NUL character" in response.text
    with app.app_context():
        assert attempt(ana["attempt"]).text == WEAK


# History


@pytest.fixture
def history(app, ana):
    """Three attempts by Ana at one question (the second recorded), and one by Bob."""
    with app.app_context():
        second = helpers.create_attempt(
            ana["user"],
            ana["question"],
            text="Our checkout failed. I rewrote the retry logic.",
            audio=helpers.wav_bytes(),
            scores=dict(zip(RUBRIC_KEYS, (3, 3, 4, 3, 2), strict=True)),
        )
        third = helpers.create_attempt(
            ana["user"],
            ana["question"],
            text="Our checkout failed at a retailer. I rewrote the retry logic quickly.",
            scores=dict(zip(RUBRIC_KEYS, (5, 4, 5, 4, 4), strict=True)),
        )
        bob = helpers.create_user("bob@example.com", display_name="Bob")
        bobs = helpers.create_attempt(bob, ana["question"], text="Bob's secret zebra answer.")
    return {**ana, "first": ana["attempt"], "second": second, "third": third, "bobs": bobs}


def diff_of(page: str) -> str:
    match = re.search(r'<p class="diff"[^>]*>(.*?)</p>', page, re.S)
    assert match, "no diff on the page"
    return match.group(1)


def test_the_history_shows_attempts_side_by_side(auth, history):
    auth.login(create=False)
    page = auth.client.get(f"/questions/{history['question']}/history").text
    row = re.search(r'<th scope="row">Structure</th>(.*?)</tr>', page).group(1)
    assert row == "<td>–</td><td>3</td><td>5</td>"
    row = re.search(r'<th scope="row">Mean</th>(.*?)</tr>', page).group(1)
    assert row == "<td>–</td><td>3.0</td><td>4.4</td>"
    row = re.search(r'<th scope="row">Words</th>(.*?)</tr>', page).group(1)
    assert row == "<td>10</td><td>8</td><td>12</td>"
    # only the recorded attempt has a player
    assert page.count("<audio") == 1
    assert f'src="/attempts/{history["second"]}/audio"' in page
    assert 'aria-label="Recording of attempt 2"' in page
    assert "zebra" not in page


def test_the_side_by_side_table_holds_the_latest_ten_the_timeline_all(auth, app, ana):
    with app.app_context():
        for n in range(11):
            helpers.create_attempt(
                ana["user"],
                ana["question"],
                text=f"Attempt {n + 2}.",
                scores=dict.fromkeys(RUBRIC_KEYS, 3),
            )
    auth.login(create=False)
    page = auth.client.get(f"/questions/{ana['question']}/history").text
    assert "oldest attempt first (the latest 10 of 12; the timeline shows them all)" in page
    head = re.search(r'<table class="history-table">.*?</thead>', page, re.S).group(0)
    numbers = re.findall(r'/attempts/\d+">(\d+)</a>', head)
    assert numbers == [str(n) for n in range(3, 13)]
    row = re.search(r'<th scope="row">Structure</th>(.*?)</tr>', page).group(1)
    assert row == "<td>3</td>" * 10
    assert page.count("<option") == 24  # every attempt can be compared
    timeline = re.search(r'<figure class="chart">.*?</figure>', page, re.S).group(0)
    assert ">12</th>" in timeline or ">12<" in timeline


def test_the_history_compares_the_last_two_attempts_by_default(auth, history):
    auth.login(create=False)
    page = auth.client.get(f"/questions/{history['question']}/history").text
    assert "From attempt 2 to attempt 3: 4 words added, 0 removed." in page
    assert diff_of(page) == (
        "Our checkout failed<ins> at a retailer</ins>. I rewrote the retry logic"
        "<ins> quickly</ins>."
    )


def test_the_history_compares_the_attempts_chosen(auth, history):
    auth.login(create=False)
    page = auth.client.get(
        f"/questions/{history['question']}/history?old={history['first']}&new={history['third']}"
    ).text
    assert "From attempt 1 to attempt 3:" in page
    diff = diff_of(page)
    assert re.search(r"<del>[^<]*basically", diff)
    assert re.search(r"<ins>[^<]*retailer", diff)
    assert f'<option value="{history["first"]}" selected>' in page
    assert f'<option value="{history["third"]}" selected>' in page


@pytest.mark.parametrize("query", ["old={bobs}&new={bobs}", "old={bobs}&new={second}"])
def test_another_users_attempt_ids_are_ignored_in_the_diff(auth, history, query):
    auth.login(create=False)
    page = auth.client.get(
        f"/questions/{history['question']}/history?" + query.format(**history)
    ).text
    assert "zebra" not in page and "Bob" not in page
    assert f'<option value="{history["bobs"]}"' not in page
    if "second" in query:
        assert "From attempt 1 to attempt 2:" in page
    else:
        assert "From attempt 2 to attempt 3:" in page


def test_a_single_attempt_asks_for_a_second(auth, ana):
    auth.login(create=False)
    page = auth.client.get(f"/questions/{ana['question']}/history").text
    assert "Make a second attempt to see what changed word by word." in page
    assert '<p class="diff"' not in page


def test_the_list_of_attempts_is_paginated_newest_first(auth, app):
    with app.app_context():
        user_id = helpers.create_user()
        for n in range(27):
            question = helpers.create_question(text=f"Numbered question {n:02d}?")
            helpers.create_attempt(user_id, question)
    auth.login(create=False)
    first = auth.client.get("/attempts").text
    assert "Page 1 of 2" in first and 'href="/attempts?page=2">Older</a>' in first
    numbers = re.findall(r"Numbered question (\d\d)\?", first)
    assert numbers == [f"{n:02d}" for n in range(26, 1, -1)]
    second = auth.client.get("/attempts?page=2").text
    assert re.findall(r"Numbered question (\d\d)\?", second) == ["01", "00"]
    assert "Page 2 of 2" in second and 'href="/attempts?page=1">Newer</a>' in second
    assert "Numbered question" not in auth.client.get("/attempts?page=3").text


def test_an_empty_list_of_attempts_says_how_to_start(auth):
    auth.login()
    page = auth.client.get("/attempts").text
    assert "No answers yet." in page and "Page 1" not in page
