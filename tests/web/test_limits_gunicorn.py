"""The login limit across gunicorn workers, its counts in Redis; and the 413 page there.

A real server: gunicorn with two workers on 127.0.0.1, CSRF on, a SQLite database set up
with `flask --app coach setup`, and the rate limiter's storage in a redis-server this
module starts on a free port. With counts kept per worker (memory://), a brute force
would get twice the attempts; with Redis, the limit answers at the configured count
whichever worker takes the request.

redis-server (Debian: apt-get install redis-server) and gunicorn (the test extra) must be
installed: without them these tests fail under CI or COACH_REQUIRE_BROWSER, else skip.
"""

import concurrent.futures
import http.cookiejar
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest

from tests import helpers

IP_LIMIT = 5
PASSWORD = helpers.PASSWORD
MAX_CONTENT_LENGTH = 200_000
TOO_LARGE = "That upload is too large."
TOO_MANY = "Too many attempts."


def _missing(what: str, how: str) -> None:
    message = f"{what} is needed for the gunicorn and Redis tests: {how}"
    if os.environ.get("CI") or os.environ.get("COACH_REQUIRE_BROWSER"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until(ready, what: str, process: subprocess.Popen, log: Path, seconds: float = 30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"{what} exited early:\n{log.read_text(errors='replace')}")
        if ready():
            return
        time.sleep(0.1)
    raise AssertionError(f"{what} did not start in {seconds} s:\n{log.read_text(errors='replace')}")


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    server = shutil.which("redis-server")
    if server is None:
        _missing("redis-server", "install it with apt-get install redis-server")
    try:
        import redis
    except ImportError:
        _missing("The redis package", "pip install -e '.[test]'")
    port = _free_port()
    log = tmp_path_factory.mktemp("redis") / "redis.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [
                server,
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    client = redis.Redis(host="127.0.0.1", port=port)

    def ready() -> bool:
        try:
            return bool(client.ping())
        except redis.ConnectionError:
            return False

    try:
        _wait_until(ready, "redis-server", process, log)
        yield f"redis://127.0.0.1:{port}"
    finally:
        client.close()
        _stop(process)


@pytest.fixture(scope="module")
def server(redis_url, tmp_path_factory):
    """gunicorn with two workers on a fresh instance folder; yields its base URL."""
    try:
        import gunicorn  # noqa: F401
    except ImportError:
        _missing("gunicorn", "pip install -e '.[test]'")
    folder = tmp_path_factory.mktemp("gunicorn")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("COACH_") and key not in ("DATABASE_URL", "FLASK_APP")
    }
    env.update(
        COACH_INSTANCE_PATH=str(folder / "instance"),
        COACH_SECRET_KEY=uuid.uuid4().hex,
        COACH_RATELIMIT_STORAGE_URI=redis_url,
        COACH_LOGIN_LIMIT_PER_IP=f"{IP_LIMIT} per minute",
        COACH_MAX_CONTENT_LENGTH=str(MAX_CONTENT_LENGTH),
    )
    setup = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "coach", "setup"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert setup.returncode == 0, setup.stdout + setup.stderr
    port = _free_port()
    log = folder / "gunicorn.log"
    access = folder / "access.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{port}",
                "--access-logfile",
                str(access),
                "--access-logformat",
                "%(p)s %(m)s %(U)s %(s)s",
                "coach:create_app()",
            ],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"

    def ready() -> bool:
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=2) as response:
                return response.status == 200
        except OSError:
            return False

    try:
        _wait_until(ready, "gunicorn", process, log, seconds=60)
        yield {"base": base, "access": access, "redis": redis_url}
    finally:
        _stop(process)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """A cookie jar and the CSRF token of the last page read, over plain HTTP."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect()
        )

    def request(self, path: str, data: bytes | None = None, headers: dict | None = None):
        request = urllib.request.Request(self.base + path, data=data, headers=headers or {})
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def get(self, path: str) -> tuple[int, str]:
        return self.request(path)

    def token(self, path: str) -> str:
        status, page = self.get(path)
        assert status == 200, (path, status)
        return helpers.csrf_token(page)

    def post(self, path: str, fields: dict[str, str]) -> tuple[int, str]:
        return self.request(path, urllib.parse.urlencode(fields).encode())


def _register(base: str, email: str) -> Browser:
    browser = Browser(base)
    token = browser.token("/register")
    status, _page = browser.post(
        "/register",
        {
            "csrf_token": token,
            "email": email,
            "display_name": "Ana",
            "password": PASSWORD,
            "confirm": PASSWORD,
            "timezone": "UTC",
        },
    )
    assert status == 302, "registration failed"
    return browser


def _login_posts(access: Path) -> list[tuple[str, str]]:
    """(worker pid, status) of every POST /login in the access log."""
    lines = access.read_text().splitlines() if access.exists() else []
    return [
        (pid, status)
        for pid, method, path, status in (line.split() for line in lines if line.count(" ") == 3)
        if method == "POST" and path == "/login"
    ]


def test_login_limit_is_shared_by_the_workers_through_redis(server):
    import redis

    base, access = server["base"], server["access"]
    _register(base, "ana@example.com")
    attacker = Browser(base)
    token = attacker.token("/login")  # a GET is never counted

    def wrong(_n: int) -> tuple[int, str]:
        return attacker.post(
            "/login",
            {"csrf_token": token, "email": "ana@example.com", "password": "wrong password"},
        )

    # the first attempts at once, so both workers take some of them
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(wrong, range(IP_LIMIT + 1)))
    statuses = sorted(status for status, _page in answers)
    assert statuses == [200] * IP_LIMIT + [429], statuses
    assert all("do not match" in page for status, page in answers if status == 200)
    assert all(TOO_MANY in page for status, page in answers if status == 429)

    # and one at a time after that: refused, whichever worker answers
    for _ in range(4):
        status, page = wrong(0)
        assert status == 429 and TOO_MANY in page

    time.sleep(0.5)  # gunicorn writes the access log after answering
    posts = _login_posts(access)
    assert len(posts) == IP_LIMIT + 5, posts
    assert len({pid for pid, _status in posts}) == 2, f"one worker took every login: {posts}"
    assert [status for _pid, status in posts].count("200") == IP_LIMIT

    # the right password is refused too while the window lasts
    status, page = attacker.post(
        "/login", {"csrf_token": token, "email": "ana@example.com", "password": PASSWORD}
    )
    assert status == 429 and TOO_MANY in page
    assert attacker.get("/account")[0] == 302  # not logged in

    # the counts live in Redis, for at most the window's minute
    store = redis.Redis.from_url(server["redis"])
    try:
        keys = store.keys("*")
        per_ip = [key for key in keys if b"127.0.0.1" in key and key.endswith(b"/minute")]
        assert per_ip, keys
        assert all(0 < store.ttl(key) <= 60 for key in per_ip)
        store.delete(*keys)  # the window passes (and the account's hour)
    finally:
        store.close()
    status, _page = attacker.post(
        "/login", {"csrf_token": token, "email": "ana@example.com", "password": PASSWORD}
    )
    assert status == 302
    assert attacker.get("/account")[0] == 200


def test_a_request_over_the_size_limit_gets_the_413_page(server):
    base = server["base"]
    ana = _register(base, "bob@example.com")
    status, page = ana.get("/questions")
    assert status == 200
    question = re.search(r'href="/questions/(\d+)"', page)
    assert question, "no question in the bank"
    path = f"/questions/{question.group(1)}"
    token = ana.token(path + "/rehearse")

    boundary = uuid.uuid4().hex
    recording = helpers.wav_bytes(seconds=20.0)  # 320 KB
    assert len(recording) > 300_000
    body = b"".join(
        [
            f'--{boundary}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n'.encode(),
            token.encode(),
            f'\r\n--{boundary}\r\nContent-Disposition: form-data; name="text"\r\n\r\n'.encode(),
            b"My answer.",
            f"\r\n--{boundary}\r\n".encode(),
            b'Content-Disposition: form-data; name="audio"; filename="answer.wav"\r\n',
            b"Content-Type: audio/wav\r\n\r\n",
            recording,
            f"\r\n--{boundary}--\r\n".encode(),
        ]
    )
    status, page = ana.request(
        path + "/attempts",
        body,
        {"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert status == 413
    assert TOO_LARGE in page
    assert "<html" in page  # the app's page, not gunicorn's bare answer
