"""Export everything a user owns (JSON and Markdown), and import it into another account."""

import base64
import copy
import hashlib
import io
import json
from collections import Counter
from datetime import date

import pytest
import sqlalchemy as sa

from coach.account_data import services
from coach.account_data.export import TABLES, build_export, section_counts
from coach.auth.services import user_upload_folder
from coach.extensions import db
from coach.models import User
from tests import helpers

# Columns that are the database's bookkeeping, not the user's data.
SKIPPED_COLUMNS = {"id", "user_id", "token_hash"}


def _user_tables() -> list[sa.Table]:
    """Every table that holds rows a user owns."""
    return [
        table
        for table in db.metadata.sorted_tables
        if table.name not in helpers.SHARED_TABLES and table.name != "users"
    ]


def owned_rows(user_id: int) -> dict[str, dict[int, dict]]:
    """Every row of the user, by table: rows with the user's id, and rows that hang from
    them by a foreign key (stages, findings, items, reviews...). Bank questions are shared."""
    owned: dict[str, dict[int, dict]] = {}
    with db.engine.connect() as connection:
        for table in _user_tables():  # parents come before their children
            keep = {}
            for row in connection.execute(sa.select(table)).mappings():
                if "user_id" in table.c:
                    mine = row["user_id"] == user_id
                else:
                    mine = any(
                        row[fk.parent.name] in owned.get(fk.column.table.name, {})
                        for fk in table.foreign_keys
                        if fk.column.table.name != "questions"
                    )
                if mine:
                    keep[row["id"]] = dict(row)
            owned[table.name] = keep
    return owned


def normalised(user_id: int) -> dict[str, Counter]:
    """The user's data with every id replaced by what it points to, every recording by the
    hash of its bytes: two accounts holding the same data compare equal, field by field."""
    owned = owned_rows(user_id)
    tables = {table.name: table for table in db.metadata.sorted_tables}
    folder = user_upload_folder(user_id)

    def referenced(table: sa.Table, row_id: int):
        row = owned.get(table.name, {}).get(row_id)
        if row is None:  # a bank question
            with db.engine.connect() as connection:
                row = connection.execute(sa.select(table).where(table.c.id == row_id)).mappings()
                row = dict(row.one())
        return freeze(table, row)

    def freeze(table: sa.Table, row: dict):
        values = []
        for column in table.columns:
            value = row[column.name]
            if column.name in SKIPPED_COLUMNS:
                continue
            if column.name == "audio_filename" and value is not None:
                value = hashlib.sha256((folder / value).read_bytes()).hexdigest()
            elif column.foreign_keys and value is not None:
                value = referenced(next(iter(column.foreign_keys)).column.table, value)
            values.append((column.name, value))
        return tuple(values)

    return {
        name: Counter(freeze(tables[name], row) for row in rows.values())
        for name, rows in owned.items()
    }


@pytest.fixture
def ana(app):
    """A user with rows in every table a user can own, bank questions among them."""
    with app.app_context():
        user_id = helpers.create_user("ana@example.com")
        helpers.populate_user(user_id)
        bank = helpers.create_question(text="Tell me about a failure.", bank_id="test-failure")
        helpers.hide_question(user_id, bank)
        helpers.create_practice_set(user_id, [(bank, "learning_from_failure")], kind="tags")
        helpers.create_plan_action(user_id, "conciseness", "Time answers", date(2025, 4, 1))
        helpers.rehearsal_records(user_id, bank)  # recorded and scored attempts, mocks, a draft
        helpers.create_feedback(
            user_id,
            "Appraisal: café meetings ran long — «trop long».",
            received_on=date(2025, 1, 9),
            findings=[("conciseness", "added", "ran long"), ("rapport", "removed")],
        )
        helpers.create_application(user_id, company="Globex", outcome="offer", applied_on=None)
    return user_id


def _export(app, user_id: int) -> dict:
    with app.app_context():
        return json.loads(services.export_json(db.session.get(User, user_id)))


def _upload(client, document, name: str = "export.json"):
    raw = document if isinstance(document, bytes) else json.dumps(document).encode()
    return client.post(
        "/account/import",
        data={"file": (io.BytesIO(raw), name)},
        content_type="multipart/form-data",
    )


def _files(app, user_id: int) -> list:
    with app.app_context():
        folder = user_upload_folder(user_id)
        return sorted(folder.iterdir()) if folder.exists() else []


# Export


def test_every_user_owned_table_is_exported(app, ana):
    """A new table a user owns fails here until the export carries its rows."""
    document = _export(app, ana)
    counts = section_counts(document)
    exported = {TABLES[section]: count for section, count in counts.items()}
    with app.app_context():
        owned = owned_rows(ana)
    missing = sorted(set(owned) - set(exported))
    assert missing == [], f"tables not exported: {missing}"
    for table, rows in owned.items():
        assert rows, f"the test user has no {table}: extend helpers.populate_user"
        assert exported[table] == len(rows), table


def test_the_export_holds_no_password_session_or_token_secret(app, ana, auth):
    auth.login(create=False)
    response = auth.client.get("/account/export.json")
    text = response.get_data(as_text=True)
    with app.app_context():
        user = db.session.get(User, ana)
        secrets = [user.password_hash, user.session_token]
        secrets += list(db.session.scalars(sa.text("SELECT token_hash FROM invitations")))
    assert secrets and all(secret not in text for secret in secrets)
    for key in ("password_hash", "session_token", "token_hash", "audio_filename"):
        assert f'"{key}"' not in text


def test_the_json_download_is_an_attachment_dated_today(app, ana, auth):
    auth.login(create=False)
    response = auth.client.get("/account/export.json")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert f"coach-export-{date.today().isoformat()}.json" in disposition
    document = response.get_json()
    assert (document["format"], document["version"]) == ("coach-export", 1)
    assert document["account"]["email"] == "ana@example.com"


def test_recordings_are_exported_byte_for_byte(app, ana):
    document = _export(app, ana)
    recorded = [a for a in document["attempts"] if a["audio"]]
    assert len(recorded) >= 2
    with app.app_context():
        folder = user_upload_folder(ana)
        on_disk = sorted((folder / name).read_bytes() for name in _audio_names(ana) if name)
    exported = sorted(base64.b64decode(a["audio"]["base64"]) for a in recorded)
    assert exported == on_disk
    assert {a["audio"]["type"] for a in recorded} == {"audio/wav"}


def _audio_names(user_id: int) -> list[str]:
    return list(
        db.session.scalars(
            sa.text("SELECT audio_filename FROM attempts WHERE user_id = :u"), {"u": user_id}
        )
    )


def test_bank_questions_are_named_by_bank_id(app, ana):
    document = _export(app, ana)
    refs = [a["question"] for a in document["attempts"]]
    assert any("bank" in ref for ref in refs) and any("own" in ref for ref in refs)
    bank_ids = {q["bank"] for q in document["bank_questions"]}
    assert {ref["bank"] for ref in refs if "bank" in ref} <= bank_ids
    own_ids = {q["id"] for q in document["questions"]}
    assert {ref["own"] for ref in refs if "own" in ref} <= own_ids


def test_the_markdown_report_reads_as_a_plan(app, ana, auth):
    auth.login(create=False)
    response = auth.client.get("/account/export.md")
    assert response.status_code == 200
    assert response.mimetype == "text/markdown"
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert ".md" in response.headers["Content-Disposition"]
    report = response.get_data(as_text=True)
    for expected in (
        "# Interview practice report: Ana",
        "## Development priorities",
        "**Answer structure**",
        "### Data analyst at Northwind",
        "Globex",
        "Your answers lacked structure and were hard to follow.",
        "Weak areas: Answer structure (confirmed)",
        'Conciseness (added by you): "ran long"',
        "Practise **STAR** answers with a friend on Thursdays.",
        "### Tell me about a deadline you nearly missed.",
        "mean 3.0 (Structure 3",
        "Sam's scores: mean 4.0",
        "> Lead with the result.",
    ):
        assert expected in report, expected
    assert "Rapport (" not in report  # a removed finding is no weak area


def test_export_runs_a_fixed_number_of_queries(app):
    def queries_for(applications: int) -> int:
        with app.app_context():
            user_id = helpers.create_user(f"u{applications}@example.com")
            for n in range(applications):
                application = helpers.create_application(user_id, company=f"C{n}")
                stage = helpers.create_stage(application)
                helpers.create_feedback(
                    user_id,
                    application_id=application,
                    stage_id=stage,
                    findings=[("answer_structure", "confirmed")],
                )
                question = helpers.create_question(user_id)
                helpers.create_attempt(user_id, question)
            user = db.session.get(User, user_id)
            db.session.expire_all()
            with helpers.count_queries() as statements:
                build_export(user)
            return len(statements)

    assert queries_for(2) == queries_for(20)


# Import


def test_import_recreates_the_account_with_nothing_lost(app, ana, auth):
    document = _export(app, ana)
    bob = auth.create("bob@example.com")
    auth.login("bob@example.com", create=False)
    response = _upload(auth.client, document)
    assert response.status_code == 302
    page = auth.client.get(response.headers["Location"]).text
    assert "Imported 2 applications, 2 pieces of feedback" in page
    with app.app_context():
        before, after = normalised(ana), normalised(bob)
    assert all(before[table] for table in before), "every table should hold rows"
    for table in before:
        assert after[table] == before[table], table
    assert len(_files(app, bob)) == len(_files(app, ana)) >= 2


def test_a_second_import_keeps_what_the_account_already_has(app, ana, auth):
    document = _export(app, ana)
    auth.create("bob@example.com")
    auth.login("bob@example.com", create=False)
    assert _upload(auth.client, document).status_code == 302
    response = _upload(auth.client, document)
    assert response.status_code == 302
    page = auth.client.get("/account").text
    assert "kept as they were" in page  # the hidden bank question, its card and draft


def test_the_import_page_explains_itself(auth):
    auth.login()
    page = auth.client.get("/account/import")
    assert page.status_code == 200
    assert "Import your data" in page.text and 'type="file"' in page.text
    account = auth.client.get("/account").text
    for link in ("/account/export.json", "/account/export.md", "/account/import"):
        assert link in account


def _set(document, path, value):
    """Change one field of a copy of the document; path like ("attempts", 0, "text")."""
    changed = copy.deepcopy(document)
    target = changed
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return changed


BAD_FILES = [
    ("not json", lambda d: b"this is not json {", "not valid JSON"),
    ("wrong format", lambda d: _set(d, ("format",), "other-app"), "not a coach export"),
    ("newer version", lambda d: _set(d, ("version",), 2), "version 2"),
    ("a list", lambda d: [d], "not a coach export"),
    (
        "unknown slug",
        lambda d: _set(d, ("plan_actions", 0, "tag"), "telepathy"),
        "plan_actions[0].tag: unknown value 'telepathy'",
    ),
    (
        "unknown question tag",
        lambda d: _set(d, ("questions", 0, "tags"), ["leadership", "juggling"]),
        "unknown slug 'juggling'",
    ),
    (
        "too long",
        lambda d: _set(d, ("applications", 0, "company"), "x" * 121),
        "keep this under 120 characters",
    ),
    (
        "NUL byte",
        lambda d: _set(d, ("feedback", 0, "text"), "fine\x00text"),
        "NUL character",
    ),
    (
        "not audio",
        lambda d: _set(
            d,
            ("attempts", 0, "audio"),
            {"type": "audio/wav", "base64": base64.b64encode(b"<html>not audio</html>").decode()},
        ),
        "not a recording",
    ),
    (
        "audio of another type",
        lambda d: _set(d, ("attempts", 0, "audio", "type"), "audio/ogg"),
        "is audio/wav, not 'audio/ogg'",
    ),
    (
        "missing field",
        lambda d: _set(d, ("drafts",), [{k: v for k, v in d["drafts"][0].items() if k != "text"}]),
        "drafts[0].text: missing",
    ),
    (
        "broken reference",
        lambda d: _set(d, ("feedback", 0, "application"), 99999),
        "refers to a record that is not in the file",
    ),
    (
        "unknown bank question",
        lambda d: _set(d, ("drill_logs", 0, "question"), {"bank": "no-such-question"}),
        "bank questions this coach does not have",
    ),
    (
        "score out of range",
        lambda d: _set(d, ("attempts", 0, "structure"), 9),
        "from 1 to 5",
    ),
    (
        "bad date",
        lambda d: _set(d, ("feedback", 0, "received_on"), "14/03/2025"),
        "YYYY-MM-DD",
    ),
    (
        "duplicate finding",
        lambda d: _set(d, ("feedback", 0, "findings"), d["feedback"][0]["findings"] * 2),
        "appears twice",
    ),
]


@pytest.mark.parametrize(
    "mutate,message", [b[1:] for b in BAD_FILES], ids=[b[0] for b in BAD_FILES]
)
def test_a_bad_file_is_refused_with_nothing_written(app, ana, auth, mutate, message):
    document = _export(app, ana)
    bob = auth.create("bob@example.com")
    auth.login("bob@example.com", create=False)
    with app.app_context():
        before = helpers.row_counts()
    response = _upload(auth.client, mutate(document))
    assert response.status_code == 400
    assert "Nothing was imported." in response.text
    assert message in response.text.replace("&#39;", "'").replace("&#34;", '"')
    with app.app_context():
        assert helpers.row_counts() == before
    assert _files(app, bob) == []


def test_a_recording_over_the_size_limit_is_refused(make_app):
    app = make_app(AUDIO_MAX_BYTES=4000)
    auth = helpers.AuthActions(app.test_client(), app)
    with app.app_context():
        ana = helpers.create_user("ana@example.com")
        question = helpers.create_question(ana)
        helpers.create_attempt(ana, question, audio=helpers.wav_bytes(0.1))  # 1.6 kB
    document = _export(app, ana)
    document["attempts"][0]["audio"] = {
        "type": "audio/wav",
        "base64": base64.b64encode(helpers.wav_bytes(1.0)).decode(),  # 16 kB
    }
    auth.create("bob@example.com")
    auth.login("bob@example.com", create=False)
    response = _upload(auth.client, document)
    assert response.status_code == 400
    assert "larger than" in response.text


def test_recordings_beyond_the_quota_are_refused(make_app):
    app = make_app(AUDIO_QUOTA_BYTES=20_000)
    auth = helpers.AuthActions(app.test_client(), app)
    with app.app_context():
        ana = helpers.create_user("ana@example.com")
        question = helpers.create_question(ana)
        for _ in range(2):
            helpers.create_attempt(ana, question, audio=helpers.wav_bytes(0.5))  # 8 kB each
    document = _export(app, ana)
    bob = auth.create("bob@example.com")
    auth.login("bob@example.com", create=False)
    assert _upload(auth.client, document).status_code == 302  # 16 kB fit
    response = _upload(auth.client, document)  # 32 kB do not
    assert response.status_code == 400
    assert "do not fit in the space left" in response.text
    assert len(_files(app, bob)) == 2


def test_a_file_over_the_upload_limit_gets_a_clear_page(make_app):
    app = make_app(MAX_CONTENT_LENGTH=2000)
    auth = helpers.AuthActions(app.test_client(), app)
    auth.login()
    response = _upload(auth.client, b"{" + b" " * 5000 + b"}")
    assert response.status_code == 413
    assert "Nothing was imported" in response.text
    assert "flask --app coach import" in response.text


def test_an_empty_upload_asks_for_a_file(auth):
    auth.login()
    response = auth.client.post("/account/import", data={}, content_type="multipart/form-data")
    assert response.status_code == 400
    assert "Choose the export file to import." in response.text


def test_a_failed_commit_leaves_no_rows_and_no_files(app, ana, monkeypatch):
    document = _export(app, ana)
    with app.app_context():
        bob = helpers.create_user("bob@example.com")
        before = helpers.row_counts()

        def fail() -> None:
            raise RuntimeError("the database went away")

        monkeypatch.setattr(db.session, "commit", fail)
        with pytest.raises(RuntimeError):
            services.import_and_commit(db.session.get(User, bob), json.dumps(document).encode())
        monkeypatch.undo()
        assert helpers.row_counts() == before
    assert _files(app, bob) == []


def test_the_import_needs_its_csrf_token(make_app, tmp_path):
    app = make_app(WTF_CSRF_ENABLED=True)
    client = app.test_client()
    helpers.AuthActions(client, app).create()
    token = helpers.csrf_token(client.get("/login").text)
    client.post(
        "/login",
        data={"email": "ana@example.com", "password": helpers.PASSWORD, "csrf_token": token},
    )
    with app.app_context():
        before = helpers.row_counts()
    document = {"format": "coach-export", "version": 1}
    response = _upload(client, document)
    assert response.status_code == 400
    assert "security token" in response.text
    with app.app_context():
        assert helpers.row_counts() == before


@pytest.mark.parametrize("path", ["/account/export.json", "/account/export.md", "/account/import"])
def test_the_pages_need_login(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


# Command line


def test_the_export_and_import_commands(app, ana, runner, tmp_path):
    path = tmp_path / "ana.json"
    result = runner.invoke(args=["export", "ana@example.com", str(path)])
    assert result.exit_code == 0, result.output
    assert "Exported ana@example.com" in result.output
    assert json.loads(path.read_text())["format"] == "coach-export"
    with app.app_context():
        bob = helpers.create_user("bob@example.com")
    result = runner.invoke(args=["import", "bob@example.com", str(path)])
    assert result.exit_code == 0, result.output
    assert "Imported 2 applications" in result.output
    with app.app_context():
        assert normalised(bob) == normalised(ana)


def test_the_commands_refuse_an_unknown_account_or_a_bad_file(app, ana, runner, tmp_path):
    result = runner.invoke(args=["export", "nobody@example.com", str(tmp_path / "x.json")])
    assert result.exit_code != 0 and "No account has the email" in result.output
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "coach-export", "version": 1}')
    result = runner.invoke(args=["import", "ana@example.com", str(bad)])
    assert result.exit_code != 0
    assert "Nothing was imported. applications: missing." in result.output
