"""Feedback: saving runs the analysis, the user's choices on findings, re-analysis, capture."""

import re
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from coach.extensions import db
from coach.models import Application, Feedback
from tests import helpers


@dataclass(frozen=True)
class FakeWeakness:
    tag: str
    actionable: bool
    evidence: str


class FakeAnalysis:
    """Stands in for identify_weaknesses: proposes the given (tag, evidence) pairs."""

    def __init__(self) -> None:
        self.proposals: list[tuple[str, str]] = []
        self.calls = 0

    def __call__(self, text: str) -> list[FakeWeakness]:
        self.calls += 1
        from coach.analysis.taxonomy import TAGS

        return [FakeWeakness(tag, TAGS[tag].changeable, ev) for tag, ev in self.proposals]


@pytest.fixture
def analysis(monkeypatch):
    fake = FakeAnalysis()
    monkeypatch.setattr("coach.debrief.findings.identify_weaknesses", fake)
    return fake


@pytest.fixture
def ana(auth, app):
    auth.login()
    with app.app_context():
        return helpers.get_user("ana@example.com").id


@pytest.fixture
def application_id(app, ana):
    with app.app_context():
        return helpers.create_application(ana, company="Northwind", role_title="Data analyst")


TEXT = "Thanks for your time. Your answers rambled, and we chose someone with more experience."


def post_feedback(client, **fields):
    data = {
        "application_id": "",
        "stage_id": "",
        "source_kind": "recruiter",
        "received_on": "2025-03-14",
        "text": TEXT,
    }
    return client.post("/feedback/new", data=data | fields)


def only_feedback_id() -> int:
    return db.session.scalar(sa.select(Feedback.id))


def test_saving_feedback_proposes_weaknesses_highlighted_in_the_text(
    client, app, ana, application_id, analysis
):
    analysis.proposals = [
        ("answer_structure", "answers rambled"),
        ("experience_gap", "someone with more experience"),
    ]
    with app.app_context():
        stage_id = helpers.create_stage(application_id)
    response = post_feedback(client, application_id=application_id, stage_id=stage_id)
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).text
    assert "Recruiter feedback: Data analyst at Northwind, Phone screen" in page
    assert re.search(r'<mark class="evidence evidence-proposed">answers rambled '
                     r'<span class="mark-label">Answer structure</span></mark>', page)  # fmt: skip
    assert "someone with more experience <span" in page
    assert "Cannot change" in page and "Can change" in page
    assert "names nothing specific" not in page
    with app.app_context():
        findings = helpers.findings_of(only_feedback_id())
    assert findings == {
        "answer_structure": ("proposed", True),
        "experience_gap": ("proposed", False),
    }


def test_highlighting_escapes_the_users_text(client, app, ana, analysis):
    analysis.proposals = [("confidence", "<b>nervous</b>")]
    text = "<script>alert(1)</script> You seemed <b>nervous</b> & quiet."
    response = post_feedback(client, source_kind="self", text=text)
    page = client.get(response.headers["Location"]).text
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert '<mark class="evidence evidence-proposed">&lt;b&gt;nervous&lt;/b&gt; <span' in page
    assert "&amp; quiet." in page


def test_standalone_feedback_comes_from_an_appraisal_a_mock_or_yourself(client, app, ana, analysis):
    response = post_feedback(client, source_kind="appraisal")
    assert response.status_code == 302
    response = post_feedback(client, source_kind="recruiter")
    assert response.status_code == 400
    assert "belongs to an application" in response.text
    with app.app_context():
        assert helpers.row_counts()["feedback"] == 1
    listing = client.get("/applications").text
    assert "Appraisal feedback" in listing


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"received_on": ""}, "Enter a date."),
        ({"received_on": "14 March"}, "Enter the date as YYYY-MM-DD"),
        ({"received_on": "2025-02-29"}, "Enter the date as YYYY-MM-DD"),
        ({"received_on": str(date.today() + timedelta(days=2))}, "cannot be in the future"),
        ({"text": "   "}, "This field is required."),
        ({"text": "x" * 20_001}, "under 20,000 characters"),
        ({"source_kind": "oracle"}, "Choose where the feedback came from."),
    ],
)
def test_bad_feedback_input_is_explained_and_nothing_saved(
    client, app, application_id, analysis, fields, message
):
    response = post_feedback(client, application_id=application_id, **fields)
    assert response.status_code == 400
    assert message in response.text
    with app.app_context():
        assert helpers.row_counts()["feedback"] == 0


def test_feedback_cannot_point_at_a_stage_of_another_application(
    client, app, ana, application_id, analysis
):
    with app.app_context():
        other = helpers.create_application(ana, company="Contoso")
        other_stage = helpers.create_stage(other)
    response = post_feedback(client, application_id=application_id, stage_id=other_stage)
    assert response.status_code == 400
    assert "That stage belongs to another application." in response.text
    with app.app_context():
        assert helpers.row_counts()["feedback"] == 0


def test_feedback_cannot_point_at_another_users_application_or_stage(
    client, app, ana, application_id, analysis
):
    with app.app_context():
        bob = helpers.create_user("bob@example.com")
        bobs_application = helpers.create_application(bob)
        bobs_stage = helpers.create_stage(bobs_application)
    response = post_feedback(client, application_id=bobs_application)
    assert "Choose one of your applications." in response.text
    response = post_feedback(client, application_id=application_id, stage_id=bobs_stage)
    assert "Choose one of your stages." in response.text
    assert "Bob" not in response.text
    with app.app_context():
        assert helpers.row_counts()["feedback"] == 0


def test_the_new_feedback_form_is_prefilled_from_the_application(
    client, app, application_id, analysis
):
    with app.app_context():
        stage_id = helpers.create_stage(application_id)
    page = client.get(f"/feedback/new?application_id={application_id}&stage_id={stage_id}").text
    assert re.search(rf'<option selected value="{application_id}">', page)
    assert re.search(rf'<option selected value="{stage_id}">', page)


def test_confirm_remove_restore_flip_and_add(client, app, ana, analysis):
    analysis.proposals = [("answer_structure", "answers rambled"), ("culture_fit", "fit")]
    post_feedback(client, source_kind="self")
    with app.app_context():
        feedback_id = only_feedback_id()
        ids = helpers.finding_ids(feedback_id)

    response = client.post(f"/findings/{ids['answer_structure']}/confirm")
    assert response.headers["Location"] == f"/feedback/{feedback_id}#findings"
    client.post(f"/findings/{ids['culture_fit']}/flip")
    response = client.post(f"/feedback/{feedback_id}/findings", data={"tag": "company_research"})
    assert response.status_code == 302
    with app.app_context():
        assert helpers.findings_of(feedback_id) == {
            "answer_structure": ("confirmed", True),
            "culture_fit": ("confirmed", True),  # flipping is a choice: it is kept
            "company_research": ("added", True),
        }

    page = client.post(f"/findings/{ids['answer_structure']}/remove", follow_redirects=True).text
    assert "Removed Answer structure" in page
    assert "Removed (1)" in page
    assert '<mark class="evidence evidence-confirmed">answers rambled' not in page
    client.post(f"/findings/{ids['answer_structure']}/confirm")  # restore
    with app.app_context():
        assert helpers.findings_of(feedback_id)["answer_structure"] == ("confirmed", True)

    page = client.post(
        f"/feedback/{feedback_id}/findings", data={"tag": "company_research"}, follow_redirects=True
    ).text
    assert "That weakness is already listed." in page
    page = client.post(
        f"/feedback/{feedback_id}/findings", data={"tag": "charisma"}, follow_redirects=True
    ).text
    assert "Choose one of the weaknesses in the list." in page
    with app.app_context():
        assert helpers.row_counts()["findings"] == 3


def test_reanalysis_after_an_edit_keeps_the_users_choices(client, app, ana, analysis):
    analysis.proposals = [
        ("answer_structure", "rambled"),
        ("experience_gap", "more experience"),
        ("conciseness", "Thanks"),
        ("rapport", "your time"),
    ]
    post_feedback(client, source_kind="self")
    with app.app_context():
        feedback_id = only_feedback_id()
        ids = helpers.finding_ids(feedback_id)
    client.post(f"/findings/{ids['answer_structure']}/confirm")
    client.post(f"/findings/{ids['experience_gap']}/remove")
    client.post(f"/findings/{ids['conciseness']}/flip")
    client.post(f"/feedback/{feedback_id}/findings", data={"tag": "leadership"})

    # the new text no longer shows structure or rapport; it names research and experience
    analysis.proposals = [
        ("experience_gap", "more experience"),
        ("company_research", "knew little about us"),
        ("conciseness", "Thanks"),
    ]
    new_text = "Thanks. You knew little about us, and we chose someone with more experience."
    response = client.post(
        f"/feedback/{feedback_id}/edit",
        data={
            "application_id": "",
            "stage_id": "",
            "source_kind": "self",
            "received_on": "2025-03-14",
            "text": new_text,
        },  # fmt: skip
        follow_redirects=True,
    )
    assert "The weaknesses were read again; your own choices are kept." in response.text
    with app.app_context():
        findings = helpers.findings_of(feedback_id)
        evidence = dict(
            db.session.execute(
                sa.text("SELECT tag, evidence FROM findings WHERE feedback_id = :id"),
                {"id": feedback_id},
            ).all()
        )
    assert findings == {
        "answer_structure": ("confirmed", True),  # confirmed: kept
        "experience_gap": ("removed", False),  # removed: not proposed again
        "conciseness": ("confirmed", False),  # flipped: kept as the user left it
        "leadership": ("added", True),  # added: kept
        "company_research": ("proposed", True),  # new proposal
    }  # rapport was only proposed and is gone
    assert evidence["answer_structure"] is None  # its phrase left the text
    assert "knew little about us <span" in response.text


def test_editing_without_changing_the_text_does_not_reanalyse(
    client, app, ana, application_id, analysis
):
    analysis.proposals = [("answer_structure", "rambled")]
    post_feedback(client, source_kind="self")
    with app.app_context():
        feedback_id = only_feedback_id()
    assert analysis.calls == 1
    form = client.get(f"/feedback/{feedback_id}/edit").text
    assert "Your answers rambled" in form
    response = client.post(
        f"/feedback/{feedback_id}/edit",
        data={
            "application_id": application_id,
            "stage_id": "",
            "source_kind": "interviewer",
            "received_on": "2025-03-15",
            "text": TEXT,
        },  # fmt: skip
        follow_redirects=True,
    )
    assert "Your changes are saved." in response.text
    assert "Interviewer feedback: Data analyst at Northwind" in response.text
    assert analysis.calls == 1


def test_feedback_naming_nothing_specific_offers_a_message_to_the_recruiter(
    client, app, ana, application_id, analysis
):
    with app.app_context():
        helpers.create_stage(application_id, "final", date(2025, 3, 20))
        helpers.create_stage(application_id, "phone_screen", date(2025, 3, 10))
    response = post_feedback(
        client, application_id=application_id, text="Unfortunately we will not progress."
    )
    page = client.get(response.headers["Location"]).text
    assert "This feedback names nothing specific" in page
    assert "It gives no reason you can act on." in page
    textarea = re.search(r"<textarea[^>]*readonly[^>]*>(.*?)</textarea>", page, re.S)
    assert textarea
    message = textarea.group(1)
    assert "the Data analyst role at Northwind" in message
    assert "(the phone screen and final)" in message
    assert "Ana" in message
    assert "js/copy.js" in page
    assert "data-copy-target" in page


def test_only_vague_findings_still_offer_the_message_and_removing_the_rest_too(
    client, app, ana, application_id, analysis
):
    analysis.proposals = [("culture_fit", "Thanks"), ("answer_structure", "rambled")]
    post_feedback(client, application_id=application_id)
    with app.app_context():
        feedback_id = only_feedback_id()
        ids = helpers.finding_ids(feedback_id)
    page = client.get(f"/feedback/{feedback_id}").text
    assert "names nothing specific" not in page
    assert "js/copy.js" not in page
    page = client.post(f"/findings/{ids['answer_structure']}/remove", follow_redirects=True).text
    assert "This feedback names nothing specific" in page
    assert "It only gives vague reasons" in page


def test_quick_capture_creates_a_rejected_application_and_shows_the_findings(
    client, app, ana, analysis
):
    analysis.proposals = [("answer_structure", "rambled")]
    page = client.get("/paste").text
    assert "Paste feedback" in page
    response = client.post("/paste", data={"company": " Fabrikam ", "text": TEXT})
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).text
    assert "Recruiter feedback: Fabrikam" in page
    assert '<mark class="evidence evidence-proposed">rambled' in page
    with app.app_context():
        application = db.session.scalar(sa.select(Application))
        feedback = db.session.scalar(sa.select(Feedback))
        assert (application.company, application.outcome) == ("Fabrikam", "rejected")
        assert feedback.application_id == application.id
        assert feedback.received_on == date.today() or feedback.received_on is not None


def test_quick_capture_reuses_the_latest_application_to_the_same_company(
    client, app, ana, analysis
):
    with app.app_context():
        helpers.create_application(ana, company="Fabrikam", outcome="rejected")
        latest = helpers.create_application(ana, company="Fabrikam", outcome="in_progress")
    client.post("/paste", data={"company": "FABRIKAM", "text": TEXT, "source_kind": "interviewer"})
    with app.app_context():
        feedback = db.session.scalar(sa.select(Feedback))
        assert feedback.application_id == latest
        assert feedback.source_kind == "interviewer"
        assert db.session.get(Application, latest).outcome == "rejected"
        assert helpers.row_counts()["applications"] == 2


@pytest.mark.parametrize(
    ("saved", "typed"),
    [("Société Générale", "SOCIÉTÉ GÉNÉRALE"), ("Großmann Bau", "GROSSMANN BAU  "), ("Åbo", "åbo")],
)
def test_quick_capture_matches_companies_whatever_their_letters(
    client, app, ana, analysis, saved, typed
):
    with app.app_context():
        existing = helpers.create_application(ana, company=saved, outcome="rejected")
    client.post("/paste", data={"company": typed, "text": TEXT, "source_kind": "recruiter"})
    with app.app_context():
        feedback = db.session.scalar(sa.select(Feedback))
        assert feedback.application_id == existing
        assert helpers.row_counts()["applications"] == 1


def test_quick_capture_needs_a_company_and_the_text(client, app, ana, analysis):
    response = client.post("/paste", data={"company": "", "text": ""})
    assert response.status_code == 400
    assert response.text.count("This field is required.") == 2
    with app.app_context():
        assert helpers.row_counts()["applications"] == 0


def test_delete_feedback_after_confirming(client, app, ana, application_id, analysis):
    analysis.proposals = [("answer_structure", "rambled")]
    post_feedback(client, application_id=application_id)
    with app.app_context():
        feedback_id = only_feedback_id()
    assert "Delete recruiter feedback from" in client.get(f"/feedback/{feedback_id}/delete").text
    response = client.post(f"/feedback/{feedback_id}/delete")
    assert response.headers["Location"] == f"/applications/{application_id}"
    with app.app_context():
        counts = helpers.row_counts()
    assert (counts["feedback"], counts["findings"], counts["applications"]) == (0, 0, 1)


def test_the_real_analysis_runs_when_feedback_is_saved(client, app, ana):
    text = (
        "The team felt that your answers lacked structure and at times it was difficult "
        "to follow the thread of your examples."
    )
    response = client.post("/paste", data={"company": "Northwind", "text": text})
    page = client.get(response.headers["Location"]).text
    assert '<mark class="evidence' in page
    assert "Answer structure" in page


def test_moving_feedback_out_of_its_application_keeps_it(client, app, ana, application_id):
    with app.app_context():
        feedback_id = helpers.create_feedback(
            ana, "The recruiter said I rambled.", application_id=application_id
        )
    response = client.post(
        f"/feedback/{feedback_id}/edit",
        data={
            "application_id": "",
            "stage_id": "",
            "source_kind": "self",
            "received_on": "2025-03-14",
            "text": "The recruiter said I rambled.",
        },
        follow_redirects=True,
    )
    assert response.status_code == 200
    page = client.get(f"/feedback/{feedback_id}")
    assert page.status_code == 200
    assert "The recruiter said I rambled." in page.text
    with app.app_context():
        assert db.session.get(Feedback, feedback_id).application_id is None
