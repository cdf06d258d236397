"""Every GET route, as its owner and as a reviewer, answers with the security headers."""

import re

from coach.security import CONTENT_SECURITY_POLICY
from tests import helpers

HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def owned_records(user_id: int) -> dict[str, object]:
    """One record of every kind the URL map names, owned by the user."""
    practice = helpers.practice_records(user_id)
    rehearsal = helpers.rehearsal_records(user_id, practice["own_question"])
    application = helpers.create_application(user_id)
    stage = helpers.create_stage(application)
    feedback = helpers.create_feedback(user_id, application_id=application, stage_id=stage)
    invitation, token = helpers.create_invitation(user_id, [rehearsal["recorded_attempt"]])
    return {
        "application_id": application,
        "stage_id": stage,
        "feedback_id": feedback,
        "question_id": practice["own_question"],
        "set_id": practice["practice_set"],
        "action_id": practice["action"],
        "attempt_id": rehearsal["recorded_attempt"],
        "mock_id": rehearsal["finished_mock"],
        "invitation_id": invitation,
        "token": token,
        "filename": "css/coach.css",
    }


def test_every_get_route_sends_the_security_headers(app, auth):
    auth.login()
    with app.app_context():
        records = owned_records(helpers.get_user("ana@example.com").id)
    reviewer = app.test_client()
    checked = []
    # the reviewer's pages need the cookie from the link: open it first
    assert reviewer.get(f"/r/{records['token']}").status_code == 302
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods:
            continue
        url = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(records[m.group(1)]), rule.rule)
        client = reviewer if rule.endpoint.startswith("review.") else auth.client
        with client.get(url) as response:
            assert response.status_code in (200, 302), url
            for name, value in HEADERS.items():
                assert response.headers.get(name) == value, (url, name)
            checked.append(url)
    assert len(checked) >= 45
