"""Loading the question bank into the database: insert, update in place, retire, refuse."""

from pathlib import Path

import sqlalchemy as sa

from coach.extensions import db
from coach.practice.models import BankState, Question
from tests import helpers

QUESTION = """
[[question]]
id = "{qid}"
text = "{text}"
tags = ["{tag}"]
stages = ["phone_screen"]
difficulty = 1
listen_for = ["A clear point", "A concrete example"]
"""


def write_bank(folder: Path, *questions: tuple[str, str, str]) -> Path:
    """A bank folder with one file holding (id, text, tag) questions."""
    folder.mkdir(exist_ok=True)
    body = "".join(QUESTION.format(qid=q, text=t, tag=tag) for q, t, tag in questions)
    (folder / "small.toml").write_text(body)
    return folder


def bank_rows() -> dict[str, tuple[str, str, bool]]:
    db.session.expire_all()
    rows = db.session.execute(
        sa.select(Question.bank_id, Question.text, Question.tags, Question.retired).where(
            Question.bank_id.is_not(None)
        )
    )
    return {bank_id: (text, tags, retired) for bank_id, text, tags, retired in rows}


def test_the_real_bank_loads_once_and_then_is_unchanged(app):
    with app.app_context():
        first = helpers.load_bank()
        assert first.added == len(bank_rows()) >= 240
        again = helpers.load_bank()
        assert (again.added, again.updated, again.retired) == (0, 0, 0)
        assert again.unchanged == first.added


def test_an_edited_question_changes_in_place_and_keeps_its_cards(app, tmp_path):
    folder = write_bank(tmp_path / "bank", ("why-us", "Why us?", "company_research"))
    with app.app_context():
        helpers.load_bank(folder)
        question_id = helpers.bank_question_id("why-us")
        user = helpers.create_user()
        helpers.create_review_card(user, question_id, tag="company_research")
        helpers.create_drill_log(user, question_id)

        write_bank(folder, ("why-us", "Why do you want to work here?", "role_motivation"))
        report = helpers.load_bank(folder)
        assert report.updated == 1
        assert helpers.bank_question_id("why-us") == question_id
        assert bank_rows()["why-us"] == ("Why do you want to work here?", "role_motivation", False)
        assert helpers.row_counts()["review_cards"] == 1
        assert helpers.row_counts()["drill_logs"] == 1


def test_a_removed_question_is_retired_not_deleted(app, tmp_path):
    folder = write_bank(
        tmp_path / "bank", ("keep", "Kept?", "confidence"), ("gone", "Gone?", "confidence")
    )
    with app.app_context():
        helpers.load_bank(folder)
        user = helpers.create_user()
        helpers.create_review_card(user, helpers.bank_question_id("gone"))
        write_bank(folder, ("keep", "Kept?", "confidence"))
        report = helpers.load_bank(folder)
        assert report.retired == 1
        assert bank_rows()["gone"][2] is True
        assert helpers.row_counts()["review_cards"] == 1
        # it comes back to life when it returns to the files
        write_bank(folder, ("keep", "Kept?", "confidence"), ("gone", "Gone?", "confidence"))
        assert helpers.load_bank(folder).updated == 1
        assert bank_rows()["gone"][2] is False


def test_a_broken_bank_stops_the_load_and_changes_nothing(app, runner, tmp_path, monkeypatch):
    folder = write_bank(tmp_path / "bank", ("first", "First?", "confidence"))
    with app.app_context():
        helpers.load_bank(folder)
        before = bank_rows()
    write_bank(
        folder, ("first", "Changed?", "confidence"), ("second", "Second?", "salary_expectations")
    )
    monkeypatch.setattr("coach.practice.bank.bank_folder", lambda: folder)
    result = runner.invoke(args=["load-questions"])
    assert result.exit_code != 0
    assert "small.toml" in result.output and "'second'" in result.output
    assert "salary_expectations" in result.output
    with app.app_context():
        assert bank_rows() == before


def test_load_questions_command_reports_what_changed(runner, app, tmp_path, monkeypatch):
    folder = write_bank(tmp_path / "bank", ("one", "One?", "confidence"))
    monkeypatch.setattr("coach.practice.bank.bank_folder", lambda: folder)
    result = runner.invoke(args=["load-questions"])
    assert result.exit_code == 0, result.output
    assert "1 added, 0 updated, 0 retired, 0 unchanged" in result.output


def test_setup_loads_the_bank_only_when_new_or_changed(runner, app, tmp_path, monkeypatch):
    folder = write_bank(tmp_path / "bank", ("one", "One?", "confidence"))
    monkeypatch.setattr("coach.practice.bank.bank_folder", lambda: folder)
    first = runner.invoke(args=["setup"])
    assert first.exit_code == 0, first.output
    assert "Question bank loaded: 1 added" in first.output
    second = runner.invoke(args=["setup"])
    assert "Question bank is up to date." in second.output
    write_bank(folder, ("one", "One, edited?", "confidence"))
    third = runner.invoke(args=["setup"])
    assert "Question bank loaded: 0 added, 1 updated" in third.output
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(BankState)) == 1


def test_setup_loads_the_real_bank(runner, app):
    result = runner.invoke(args=["setup"])
    assert result.exit_code == 0, result.output
    assert "Question bank loaded:" in result.output
    with app.app_context():
        assert len(bank_rows()) >= 240
        assert not any(retired for _text, _tags, retired in bank_rows().values())
