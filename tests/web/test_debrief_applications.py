"""Applications and their stages: create, list, edit, delete, and the checks on input."""

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from coach.extensions import db
from coach.models import Application, Stage
from tests import helpers

APPLICATION = {
    "company": "Northwind Traders",
    "role_title": "Data analyst",
    "keywords": " Data Analyst,remote ,, data analyst, SQL ",
    "applied_on": "2025-03-03",
    "outcome": "rejected",
    "day_to_day": "Yes: **dashboards** all day.",
    "not_exciting": "The on-call rota.",
}
STAGE = {
    "kind": "technical",
    "held_on": "2025-03-12",
    "self_rating": "2",
    "went_well": "Explained the *query plan* clearly.",
    "do_differently": "Ask about the data first.",
}


@pytest.fixture
def ana(auth, app):
    """Ana, logged in: her user id."""
    auth.login()
    with app.app_context():
        return helpers.get_user("ana@example.com").id


def test_debrief_pages_need_no_data(client, ana):
    for path in ("/applications", "/applications/new", "/feedback/new", "/paste"):
        assert client.get(path).status_code == 200, path
    assert "No applications yet" in client.get("/applications").text


def test_create_an_application_and_see_it(client, app, ana):
    response = client.post("/applications/new", data=APPLICATION, follow_redirects=True)
    assert "Saved your application to Northwind Traders." in response.text
    assert "Data analyst at Northwind Traders" in response.text
    assert "Found by searching: data analyst, remote, sql" in response.text
    assert "<strong>dashboards</strong>" in response.text  # role fit is Markdown
    with app.app_context():
        application = db.session.scalar(sa.select(Application))
        assert application.user_id == ana
        assert application.keywords == "data analyst, remote, sql"
        assert application.applied_on == date(2025, 3, 3)
    listing = client.get("/applications").text
    assert "Data analyst at Northwind Traders" in listing
    assert "Rejected" in listing


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"company": "  "}, "This field is required."),
        ({"company": "x" * 121}, "Field cannot be longer than 120 characters."),
        ({"applied_on": "2025-02-30"}, "Enter the date as YYYY-MM-DD"),
        ({"applied_on": "yesterday"}, "Enter the date as YYYY-MM-DD"),
        ({"applied_on": (date.today() + timedelta(days=3)).isoformat()}, "cannot be in the future"),
        ({"outcome": "ghosted"}, "Choose one of the outcomes."),
    ],
)
def test_bad_application_input_is_explained_and_nothing_saved(client, app, ana, fields, message):
    response = client.post("/applications/new", data=APPLICATION | fields)
    assert response.status_code == 400
    assert message in response.text
    assert "Please correct the marked fields" in response.text
    with app.app_context():
        assert helpers.row_counts()["applications"] == 0


def test_future_date_follows_the_users_time_zone(client, app, auth):
    """Today where the user lives is accepted, even when it is still yesterday in UTC."""
    auth.create(email="kiri@example.com", timezone="Pacific/Kiritimati")  # UTC+14
    auth.login(email="kiri@example.com", create=False)
    local_today = datetime.now(ZoneInfo("Pacific/Kiritimati")).date()
    response = client.post("/applications/new", data=APPLICATION | {"applied_on": local_today})
    assert response.status_code == 302
    tomorrow = local_today + timedelta(days=1)
    response = client.post("/applications/new", data=APPLICATION | {"applied_on": tomorrow})
    assert response.status_code == 400
    assert "The date cannot be in the future." in response.text


def test_edit_an_application(client, app, ana):
    with app.app_context():
        application_id = helpers.create_application(ana, outcome="in_progress")
    form = client.get(f"/applications/{application_id}/edit").text
    assert 'value="Northwind"' in form
    response = client.post(
        f"/applications/{application_id}/edit",
        data=APPLICATION | {"company": "Contoso", "outcome": "offer"},
        follow_redirects=True,
    )
    assert "Your changes are saved." in response.text
    assert "Data analyst at Contoso" in response.text
    with app.app_context():
        assert db.session.get(Application, application_id).outcome == "offer"


def test_delete_an_application_after_confirming(client, app, ana):
    with app.app_context():
        helpers.populate_user(ana)
        application_id = db.session.scalar(sa.select(Application.id))
    page = client.get(f"/applications/{application_id}/delete")
    assert "Delete the application to Data analyst at Northwind?" in page.text
    assert "stages, feedback and weaknesses are deleted with it" in page.text
    with app.app_context():
        assert helpers.row_counts()["applications"] == 1  # the GET changed nothing
    response = client.post(f"/applications/{application_id}/delete", follow_redirects=True)
    assert "Deleted the application to Northwind." in response.text
    with app.app_context():
        counts = helpers.row_counts()
    assert counts["applications"] == counts["stages"] == counts["feedback"] == 0
    assert counts["findings"] == 0


def test_add_a_stage_with_markdown_notes(client, app, ana):
    with app.app_context():
        application_id = helpers.create_application(ana)
    page = client.get(f"/applications/{application_id}/stages/new").text
    assert 'type="radio"' in page and "Not rated" in page
    response = client.post(
        f"/applications/{application_id}/stages/new", data=STAGE, follow_redirects=True
    )
    assert "Added the technical stage." in response.text
    assert "Self-rating 2 of 5" in response.text
    assert "<em>query plan</em>" in response.text
    with app.app_context():
        stage = db.session.scalar(sa.select(Stage))
        assert (stage.kind, stage.self_rating, stage.held_on) == ("technical", 2, date(2025, 3, 12))


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"self_rating": "6"}, "Choose a rating from 1 to 5, or Not rated."),
        ({"self_rating": "0"}, "Choose a rating from 1 to 5, or Not rated."),
        ({"self_rating": "three"}, "Choose a rating from 1 to 5, or Not rated."),
        ({"kind": "coffee_chat"}, "Choose one of the stages."),
        ({"held_on": "12/03/2025"}, "Enter the date as YYYY-MM-DD"),
        ({"held_on": "2025-13-01"}, "Enter the date as YYYY-MM-DD"),
        ({"held_on": "2025-03-01"}, "cannot be before the application date (2025-03-03)"),
        ({"held_on": (date.today() + timedelta(days=3)).isoformat()}, "cannot be in the future"),
    ],
)
def test_bad_stage_input_is_explained_and_nothing_saved(client, app, ana, fields, message):
    with app.app_context():
        application_id = helpers.create_application(ana)
    response = client.post(f"/applications/{application_id}/stages/new", data=STAGE | fields)
    assert response.status_code == 400
    assert message in response.text
    with app.app_context():
        assert helpers.row_counts()["stages"] == 0


def test_a_stage_can_be_left_unrated(client, app, ana):
    with app.app_context():
        application_id = helpers.create_application(ana)
    client.post(f"/applications/{application_id}/stages/new", data=STAGE | {"self_rating": ""})
    with app.app_context():
        assert db.session.scalar(sa.select(Stage.self_rating)) is None


def test_application_page_ranks_stages_weakest_first(client, app, ana):
    with app.app_context():
        application_id = helpers.create_application(ana)
        for kind, rating, day in (
            ("cv_screen", None, 4),
            ("phone_screen", 4, 6),
            ("technical", 2, 10),
            ("final", 3, 14),
        ):
            helpers.create_stage(application_id, kind, date(2025, 3, day), rating)
    text = client.get(f"/applications/{application_id}").text
    order = [text.index(f"<h3 class=\"card-title\">{label}</h3>") for label in
             ("Technical", "Final", "Phone screen", "CV screen")]  # fmt: skip
    assert order == sorted(order)


def test_edit_and_delete_a_stage(client, app, ana):
    with app.app_context():
        application_id = helpers.create_application(ana)
        stage_id = helpers.create_stage(application_id, self_rating=4)
        helpers.create_feedback(ana, application_id=application_id, stage_id=stage_id)
    form = client.get(f"/stages/{stage_id}/edit").text
    assert re.search(r'<input[^>]* checked [^>]*value="4"', form)
    response = client.post(
        f"/stages/{stage_id}/edit", data=STAGE | {"self_rating": "5"}, follow_redirects=True
    )
    assert "Self-rating 5 of 5" in response.text
    assert "Feedback attached to it stays" in client.get(f"/stages/{stage_id}/delete").text
    response = client.post(f"/stages/{stage_id}/delete", follow_redirects=True)
    assert "Deleted the technical stage." in response.text
    with app.app_context():
        counts = helpers.row_counts()
    assert (counts["stages"], counts["feedback"]) == (0, 1)  # the feedback stays
