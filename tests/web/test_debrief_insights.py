"""Search insights: outcomes by role title and by keyword, and where each process ended."""

import re
from datetime import date

import pytest

from tests import helpers


@pytest.fixture
def ana(auth, app):
    auth.login()
    with app.app_context():
        return helpers.get_user("ana@example.com").id


def row(html: str, caption: str, label: str) -> list[str]:
    """The cells of the row headed `label` in the table with this caption."""
    table = html[html.index(f"<caption>{caption}</caption>") :]
    table = table[: table.index("</table>")]
    for match in re.finditer(r"<tr>(.*?)</tr>", table, re.S):
        found = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", match.group(1), re.S)
        cells = [re.sub(r"\s+", " ", cell).strip() for cell in found]
        if cells[0] == label:
            return cells[1:]
    raise AssertionError(f"no row {label!r} in {caption!r}")


def test_insights_without_applications_explains_what_to_do(client, ana):
    text = client.get("/insights").text
    assert "No applications yet" in text


def test_outcomes_by_role_title_and_keyword_with_the_stage_each_ended_at(client, app, ana):
    with app.app_context():
        first = helpers.create_application(
            ana, role_title="Data analyst", keywords="data analyst, remote", outcome="rejected"
        )
        helpers.create_stage(first, "technical", date(2025, 3, 17))
        helpers.create_stage(first, "phone_screen", date(2025, 3, 10))
        second = helpers.create_application(
            ana, role_title=" Data  analyst", keywords="Data Analyst,fintech", outcome="offer"
        )
        helpers.create_stage(second, "cv_screen", None)
        helpers.create_stage(second, "final", None)  # undated: the usual order decides
        helpers.create_application(
            ana, role_title="Product analyst", keywords="REMOTE", outcome="withdrawn"
        )
        bob = helpers.create_user("bob@example.com")
        helpers.create_application(bob, role_title="Data analyst", keywords="remote")
    html = client.get("/insights").text
    assert "your 3 applications" in html
    by_title = "Outcomes by role title"
    assert row(html, by_title, "Data analyst") == [
        "2",
        "2",
        "Rejected 1, Offer 1",
        "Technical 1, Final 1",
    ]
    assert row(html, by_title, "Product analyst") == ["1", "0", "Withdrawn 1", "No stage logged 1"]
    by_keyword = "Outcomes by search keyword"
    assert row(html, by_keyword, "remote") == [
        "2",
        "1",
        "Rejected 1, Withdrawn 1",
        "Technical 1, No stage logged 1",
    ]
    assert row(html, by_keyword, "data analyst")[:3] == ["2", "2", "Rejected 1, Offer 1"]
    assert row(html, by_keyword, "fintech") == ["1", "1", "Offer 1", "Final 1"]
    # the most frequent group comes first
    assert html.index('<th scope="row">Data analyst</th>') < html.index(
        '<th scope="row">Product analyst</th>'
    )
