"""Deleting an account removes every row and file of that user, and nothing else."""

from coach.auth.services import user_upload_folder
from tests import helpers


def test_every_user_table_is_covered_by_the_builder(app):
    """A new table must join helpers.populate_user, so deletion is checked for it."""
    with app.app_context():
        helpers.populate_user(helpers.create_user())
        empty = [
            name
            for name, count in helpers.row_counts().items()
            if count == 0 and name not in helpers.SHARED_TABLES
        ]
    assert empty == []


def test_delete_account_removes_all_rows_and_files(app, auth):
    with app.app_context():
        ana = helpers.create_user("ana@example.com")
        bob = helpers.create_user("bob@example.com")
        helpers.populate_user(ana)
        helpers.populate_user(bob)
        for user_id in (ana, bob):
            folder = user_upload_folder(user_id)
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "answer.webm").write_bytes(b"\x1aE\xdf\xa3")
        before = helpers.row_counts()
    auth.login(create=False)
    response = auth.client.post(
        "/account/delete",
        data={"password": helpers.PASSWORD, "confirm_delete": "y"},
        follow_redirects=True,
    )
    assert "all its data have been deleted" in response.text
    with app.app_context():
        after = helpers.row_counts()
        assert not user_upload_folder(ana).exists()
        assert (user_upload_folder(bob) / "answer.webm").exists()
    for table, count in before.items():
        if table not in helpers.SHARED_TABLES:
            assert after[table] == count // 2, table
    assert auth.client.get("/account").status_code == 302
