"""Accounts through the test client: register, log in and out, settings, deletion."""

import pytest

from coach.extensions import db
from tests import helpers
from tests.helpers import PASSWORD


def register(client, **fields):
    data = {
        "email": "ana@example.com",
        "display_name": "Ana",
        "password": PASSWORD,
        "confirm": PASSWORD,
        "timezone": "Europe/Paris",
    }
    data.update(fields)
    return client.post("/register", data=data, follow_redirects=True)


def test_register_logs_in_and_hashes_password(client, app):
    response = register(client, email="  Ana@Example.COM ")
    assert "Your account is ready" in response.text
    assert "Log out" in response.text
    with app.app_context():
        user = helpers.get_user("ana@example.com")
        assert user.timezone == "Europe/Paris"
        assert PASSWORD not in user.password_hash
        assert user.check_password(PASSWORD)


def test_register_duplicate_email_is_refused(client, app):
    register(client)
    client.post("/logout")
    response = register(client, email="ANA@example.com", display_name="Other")
    assert "already exists" in response.text
    with app.app_context():
        assert helpers.row_counts()["users"] == 1


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"password": "short", "confirm": "short"}, "between 8 and 256"),
        ({"password": "x" * 257, "confirm": "x" * 257}, "between 8 and 256"),
        ({"confirm": "something else"}, "The passwords differ."),
        ({"email": "not-an-email"}, "Invalid email"),
        ({"email": ""}, "This field is required."),
        ({"display_name": "   "}, "This field is required."),
        ({"display_name": "n" * 81}, "Field cannot be longer than 80 characters."),
        ({"timezone": "Mars/Olympus"}, "Not a valid choice"),
    ],
)
def test_register_bad_input_shows_message_and_creates_nothing(client, app, fields, message):
    response = register(client, **fields)
    assert response.status_code == 200
    assert message in response.text
    with app.app_context():
        assert helpers.row_counts()["users"] == 0


def test_register_accepts_a_128_character_password(client, app):
    long_password = "p" * 128
    register(client, password=long_password, confirm=long_password)
    client.post("/logout")
    response = client.post("/login", data={"email": "ana@example.com", "password": long_password})
    assert response.status_code == 302


def test_registration_can_be_closed(make_app):
    app = make_app(REGISTRATION_OPEN=False)
    client = app.test_client()
    assert "Registration is closed" in client.get("/register").text
    assert register(client).status_code == 403
    with app.app_context():
        assert helpers.row_counts()["users"] == 0


def test_login_and_logout(client, auth):
    auth.create()
    response = client.post("/login", data={"email": "ana@example.com", "password": "wrong pass"})
    assert "do not match an account" in response.text
    response = auth.login()
    assert response.headers["Location"] == "/"
    assert "Log out" in client.get("/").text
    assert client.get("/logout").status_code == 405  # a GET never logs out
    auth.logout()
    assert client.get("/account").status_code == 302


@pytest.mark.parametrize(
    ("target", "expected"),
    [("/account", "/account"), ("//evil.example/x", "/"), ("https://evil.example", "/")],
)
def test_login_redirects_only_to_local_pages(client, auth, target, expected):
    auth.create()
    response = client.post(
        f"/login?next={target}", data={"email": "ana@example.com", "password": PASSWORD}
    )
    assert response.headers["Location"] == expected


def test_session_and_remember_cookies_are_protected(client, auth):
    auth.create()
    response = client.post(
        "/login", data={"email": "ana@example.com", "password": PASSWORD, "remember": "y"}
    )
    cookies = response.headers.getlist("Set-Cookie")
    for name in ("session=", "remember_token="):
        cookie = next(c for c in cookies if c.startswith(name))
        assert "HttpOnly" in cookie
        assert "SameSite=Lax" in cookie
        assert "Secure" not in cookie


def test_cookies_are_secure_behind_https(make_app):
    app = make_app(BASE_URL="https://coach.example.org")
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert app.config["REMEMBER_COOKIE_SECURE"] is True


def test_change_password_ends_other_sessions(app, auth):
    auth.create()
    other = app.test_client()
    other.post("/login", data={"email": "ana@example.com", "password": PASSWORD})
    assert other.get("/account").status_code == 200
    auth.login()
    response = auth.client.post(
        "/account/password",
        data={
            "current_password": PASSWORD,
            "new_password": "new password 1",
            "confirm_password": "new password 1",
        },
        follow_redirects=True,
    )
    assert "Password changed" in response.text
    assert auth.client.get("/account").status_code == 200  # this session continues
    assert other.get("/account").status_code == 302  # the other one is logged out
    auth.logout()
    assert auth.login(password="new password 1", create=False).status_code == 302


def test_change_password_with_wrong_current_password(auth):
    auth.login()
    response = auth.client.post(
        "/account/password",
        data={
            "current_password": "not it at all",
            "new_password": "new password 1",
            "confirm_password": "new password 1",
        },
    )
    assert response.status_code == 400
    assert "not your current password" in response.text
    auth.logout()
    assert auth.login(create=False).status_code == 302


def test_settings_change_time_zone(auth, app):
    auth.login()
    response = auth.client.post(
        "/account",
        data={"display_name": "Ana B", "timezone": "Asia/Tokyo"},
        follow_redirects=True,
    )
    assert "settings are saved" in response.text
    with app.app_context():
        assert helpers.get_user("ana@example.com").timezone == "Asia/Tokyo"
    response = auth.client.post("/account", data={"display_name": "Ana", "timezone": "Nowhere"})
    assert "Not a valid choice" in response.text


def test_delete_account_needs_password_and_confirmation(auth, app):
    auth.login()
    response = auth.client.post("/account/delete", data={"password": PASSWORD})
    assert response.status_code == 400
    assert "Tick the box" in response.text
    response = auth.client.post(
        "/account/delete", data={"password": "wrong password", "confirm_delete": "y"}
    )
    assert "not your password" in response.text
    with app.app_context():
        assert helpers.get_user("ana@example.com") is not None


def test_login_is_rate_limited_per_account(make_app):
    app = make_app(RATELIMIT_ENABLED=True, LOGIN_LIMIT_PER_ACCOUNT="3 per minute")
    client = app.test_client()
    with app.app_context():
        helpers.create_user()
    for _ in range(3):
        client.post("/login", data={"email": "ana@example.com", "password": "wrong pass"})
    response = client.post("/login", data={"email": "ana@example.com", "password": PASSWORD})
    assert response.status_code == 429
    assert "Too many attempts" in response.text
    # another account from the same address is not blocked by this one's limit
    other = client.post("/login", data={"email": "bob@example.com", "password": "x" * 8})
    assert other.status_code == 200


def test_login_is_rate_limited_per_address(make_app):
    app = make_app(RATELIMIT_ENABLED=True, LOGIN_LIMIT_PER_IP="4 per minute")
    client = app.test_client()
    for number in range(4):
        client.post("/login", data={"email": f"u{number}@example.com", "password": "x" * 8})
    response = client.post("/login", data={"email": "new@example.com", "password": "x" * 8})
    assert response.status_code == 429
    assert client.get("/login").status_code == 200  # only attempts are counted


def test_deleted_user_session_is_gone(auth, app):
    auth.login()
    with app.app_context():
        user = helpers.get_user("ana@example.com")
        db.session.delete(user)
        db.session.commit()
    assert auth.client.get("/account").status_code == 302
