"""Security rules that every route must keep: login required and CSRF on every POST."""

import re

import pytest

from tests import helpers

# Routes reachable without logging in (DESIGN.md, "Security rules"). Adding one here is a
# decision: the review pages reached by an invitation token are the only expected additions.
PUBLIC_ENDPOINTS = {
    "static",
    "main.landing",
    "main.healthz",
    "auth.login",
    "auth.register",
    # the reviewer's pages: a link's token, then a cookie scoped to one invitation
    "review.exchange",
    "review.review_page",
    "review.save_review",
    "review.delete_review",
    "review.save_overall",
    "review.audio",
}


def _url_for_rule(rule) -> str:
    """A concrete URL for a rule, with a placeholder value for each argument."""
    return re.sub(r"<(?:(\w+):)?(\w+)>", lambda m: "1" if m.group(1) == "int" else "x", rule.rule)


def _rules(app):
    return [rule for rule in app.url_map.iter_rules() if rule.endpoint not in PUBLIC_ENDPOINTS]


def test_public_endpoints_exist(app):
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    assert endpoints >= PUBLIC_ENDPOINTS


def test_review_pages_without_their_cookie_answer_404(app, client):
    """The reviewer's pages are public only to a browser holding that invitation's cookie."""
    checked = 0
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith("review."):
            continue
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            response = client.open(_url_for_rule(rule), method=method)
            assert response.status_code in (400, 404), f"{method} {rule.rule}"
            checked += 1
    assert checked >= 6


def test_every_other_route_requires_login(app, client):
    checked = 0
    for rule in _rules(app):
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            response = client.open(_url_for_rule(rule), method=method)
            assert response.status_code in (302, 401), f"{method} {rule.rule} is public"
            if response.status_code == 302:
                assert response.headers["Location"].startswith("/login"), rule.rule
            checked += 1
    assert checked >= 5


@pytest.fixture
def csrf_client(make_app):
    app = make_app(WTF_CSRF_ENABLED=True)
    return app, app.test_client()


def test_every_post_without_csrf_token_is_refused(csrf_client):
    app, client = csrf_client
    helpers.AuthActions(client, app).create()
    # log in with a real token, then post to every route without one
    token = helpers.csrf_token(client.get("/login").text)
    client.post(
        "/login",
        data={"email": "ana@example.com", "password": helpers.PASSWORD, "csrf_token": token},
    )
    assert client.get("/account").status_code == 200
    posts = [rule for rule in app.url_map.iter_rules() if "POST" in rule.methods]
    assert posts
    for rule in posts:
        response = client.post(_url_for_rule(rule), data={"anything": "1"})
        assert response.status_code == 400, rule.rule
        assert "security token" in response.text


def test_a_stale_csrf_token_is_refused_with_a_message(csrf_client):
    app, client = csrf_client
    helpers.AuthActions(client, app).create()
    other = app.test_client()
    foreign_token = helpers.csrf_token(other.get("/login").text)  # another session's token
    response = client.post(
        "/login",
        data={
            "email": "ana@example.com",
            "password": helpers.PASSWORD,
            "csrf_token": foreign_token,
        },
    )
    assert response.status_code == 400
    assert "reload the page" in response.text
    assert client.get("/account").status_code == 302
