"""Recordings sent with an answer: checked, stored under a server-chosen name, served to
their owner only, counted against a quota and deleted with or without their attempt."""

import io
from pathlib import Path

import pytest
import sqlalchemy as sa

from coach.extensions import db
from coach.rehearse.models import Attempt
from tests import helpers
from tests.unit.test_audio import ebml_header

WAV_MESSAGE = "This file is not a recording coach can play (WebM, Ogg, MP4 or WAV)."
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 200


def webm_bytes(size: int) -> bytes:
    head = ebml_header(b"webm")
    return head + b"\x00" * (size - len(head))


def login(app, email: str = "ana@example.com") -> tuple:
    """A client of `app` logged in as a new user; returns (client, user id)."""
    client = app.test_client()
    actions = helpers.AuthActions(client, app)
    user_id = actions.create(email, display_name=email.split("@")[0].capitalize())
    actions.login(email, create=False)
    return client, user_id


def new_question(app) -> int:
    with app.app_context():
        return helpers.create_question(text="Tell me about a time you fixed a failing system.")


def upload(client, question: int, audio: bytes, filename: str, text: str = "", **fields):
    data = {"text": text, "audio": (io.BytesIO(audio), filename), **fields}
    return client.post(
        f"/questions/{question}/attempts", data=data, content_type="multipart/form-data"
    )


def folder(app, user_id: int) -> Path:
    return Path(app.config["UPLOAD_FOLDER"]) / str(user_id)


def files_in(app, user_id: int) -> list[Path]:
    path = folder(app, user_id)
    return sorted(path.iterdir()) if path.exists() else []


def attempts_of(user_id: int) -> list[Attempt]:
    db.session.expire_all()
    return list(
        db.session.scalars(
            sa.select(Attempt).where(Attempt.user_id == user_id).order_by(Attempt.id)
        )
    )


def fetch_audio(client, attempt_id: int):
    """GET a recording, reading and closing the response (send_file keeps the file open)."""
    with client.get(f"/attempts/{attempt_id}/audio") as response:
        response.get_data()
        return response


def attempt_id_of(response) -> int:
    assert response.status_code == 302, response.text
    return int(response.headers["Location"].rsplit("/", 1)[1])


def test_a_wav_is_stored_under_a_server_chosen_name_and_played_back(app):
    client, user_id = login(app)
    question = new_question(app)
    wav = helpers.wav_bytes(2.0)
    response = upload(client, question, wav, "../../my answer.wav", audio_duration="2")
    attempt_id = attempt_id_of(response)
    (stored,) = files_in(app, user_id)
    assert stored.read_bytes() == wav
    assert stored.suffix == ".wav" and "answer" not in stored.name
    assert len(stored.stem) == 32  # random hex, nothing from the client
    with app.app_context():
        (attempt,) = attempts_of(user_id)
        assert attempt.audio_filename == stored.name
        assert attempt.audio_type == "audio/wav" and attempt.audio_bytes == len(wav)
    page = client.get(f"/attempts/{attempt_id}").text
    assert f'<audio controls preload="metadata" src="/attempts/{attempt_id}/audio"' in page
    assert "Recording of 0:02" in page
    # no text yet: the page asks for a transcript
    assert "coach does not transcribe recordings" in page
    played = fetch_audio(client, attempt_id)
    assert played.status_code == 200
    assert played.mimetype == "audio/wav"
    assert played.data == wav
    assert "no-store" in played.headers["Cache-Control"]


def test_a_recording_is_served_to_its_owner_only(app):
    client, user_id = login(app)
    question = new_question(app)
    attempt_id = attempt_id_of(upload(client, question, helpers.wav_bytes(), "a.wav"))
    other, _bob = login(app, "bob@example.com")
    response = fetch_audio(other, attempt_id)
    assert response.status_code == 404
    assert b"RIFF" not in response.data
    anonymous = app.test_client().get(f"/attempts/{attempt_id}/audio")
    assert anonymous.status_code == 302
    assert anonymous.headers["Location"].startswith("/login")
    assert fetch_audio(client, attempt_id).status_code == 200


def test_the_wavs_own_length_wins_over_the_duration_the_page_claims(app):
    client, user_id = login(app)
    question = new_question(app)
    response = upload(
        client, question, helpers.wav_bytes(3.0), "a.wav", text=helpers.ANSWER,
        audio_duration="600",
    )  # fmt: skip
    attempt_id = attempt_id_of(response)
    with app.app_context():
        (attempt,) = attempts_of(user_id)
        assert attempt.audio_seconds == pytest.approx(3.0)
        assert attempt.speaking_seconds == pytest.approx(3.0)
    page = client.get(f"/attempts/{attempt_id}").text
    assert "Recording of 0:03" in page
    assert "0:03 (from the recording)" in page


def test_a_webm_claiming_an_hour_is_credited_with_what_its_size_can_hold(app):
    client, user_id = login(app)
    question = new_question(app)
    webm = webm_bytes(7500)  # at 6 kbit/s, 7,500 bytes hold at most 10 seconds
    response = upload(client, question, webm, "recording.webm", audio_duration="3600")
    attempt_id = attempt_id_of(response)
    (stored,) = files_in(app, user_id)
    assert stored.suffix == ".webm" and stored.read_bytes() == webm
    with app.app_context():
        (attempt,) = attempts_of(user_id)
        assert attempt.audio_type == "audio/webm"
        assert attempt.audio_seconds == pytest.approx(10.0)
    assert "Recording of 0:10" in client.get(f"/attempts/{attempt_id}").text
    assert fetch_audio(client, attempt_id).mimetype == "audio/webm"


@pytest.mark.parametrize(
    ("content", "filename"),
    [
        (PNG, "answer.png"),
        (PNG, "answer.webm"),
        (b"My answer, typed into a text file and renamed answer.webm\n", "answer.webm"),
        (b"<html><script>alert(1)</script></html>", "answer.wav"),
        (ebml_header(b"matroska") + b"\x00" * 100, "video.webm"),
    ],
    ids=["png", "png-renamed", "text-renamed", "html", "matroska"],
)
def test_a_file_that_is_not_a_recording_is_refused(app, content, filename):
    client, user_id = login(app)
    question = new_question(app)
    response = upload(client, question, content, filename, text=helpers.ANSWER)
    assert response.status_code == 400
    assert WAV_MESSAGE in response.text
    # the typed text is still in the form
    assert "failed payments fell by 40%" in response.text
    with app.app_context():
        assert attempts_of(user_id) == []
    assert files_in(app, user_id) == []


def test_a_recording_over_the_size_limit_is_refused(make_app):
    app = make_app(AUDIO_MAX_BYTES=4000)
    client, user_id = login(app)
    question = new_question(app)
    response = upload(client, question, helpers.wav_bytes(1.0), "a.wav", text=helpers.ANSWER)
    assert response.status_code == 400
    assert "The recording is larger than 4 KB." in response.text
    with app.app_context():
        assert attempts_of(user_id) == []
    assert files_in(app, user_id) == []


def test_a_request_over_the_upload_limit_gets_the_413_page(make_app):
    app = make_app(MAX_CONTENT_LENGTH=8000)
    client, user_id = login(app)
    question = new_question(app)
    response = upload(client, question, helpers.wav_bytes(1.0), "a.wav", text=helpers.ANSWER)
    assert response.status_code == 413
    assert "That upload is too large. Recordings can be up to 10 MB" in response.text
    with app.app_context():
        assert attempts_of(user_id) == []
    assert files_in(app, user_id) == []


def test_the_quota_refuses_a_recording_until_an_old_one_is_deleted(make_app):
    wav = helpers.wav_bytes(1.0)  # 16,044 bytes
    app = make_app(AUDIO_QUOTA_BYTES=len(wav) + 1000)
    client, user_id = login(app)
    question = new_question(app)
    first = attempt_id_of(upload(client, question, wav, "a.wav", text="First try."))
    response = upload(client, question, wav, "b.wav", text=helpers.ANSWER)
    assert response.status_code == 400
    assert "Your recordings use all but 0.0 MB of your space" in response.text
    assert "delete some old recordings" in response.text
    with app.app_context():
        assert [a.id for a in attempts_of(user_id)] == [first]
    assert len(files_in(app, user_id)) == 1
    # deleting the first recording frees the space
    response = client.post(f"/attempts/{first}/audio/delete", follow_redirects=True)
    assert "Recording deleted." in response.text
    attempt_id_of(upload(client, question, wav, "b.wav", text=helpers.ANSWER))
    with app.app_context():
        assert len(attempts_of(user_id)) == 2
    assert len(files_in(app, user_id)) == 1


def test_deleting_the_recording_keeps_the_text_and_scores(app):
    client, user_id = login(app)
    question = new_question(app)
    attempt_id = attempt_id_of(
        upload(client, question, helpers.wav_bytes(2.0), "a.wav", text=helpers.ANSWER)
    )
    scores = dict.fromkeys(("structure", "specificity", "relevance", "conciseness"), "4")
    client.post(f"/attempts/{attempt_id}/scores", data={**scores, "confidence": "3"})
    (stored,) = files_in(app, user_id)
    response = client.post(f"/attempts/{attempt_id}/audio/delete", follow_redirects=True)
    page = response.text
    assert "Recording deleted. The answer&#39;s text and scores are kept." in page
    assert "<audio" not in page and "Delete the recording only" not in page
    assert "failed payments fell by 40%" in page
    assert "0:16 (estimated from the words)" in page
    assert not stored.exists()
    with app.app_context():
        (attempt,) = attempts_of(user_id)
        assert attempt.audio_filename is None and attempt.audio_bytes == 0
        assert attempt.text == helpers.ANSWER
        assert attempt.self_mean == pytest.approx(3.8) and attempt.grade == "good"
    assert fetch_audio(client, attempt_id).status_code == 404


def test_deleting_the_attempt_removes_its_row_and_file(app):
    client, user_id = login(app)
    question = new_question(app)
    attempt_id = attempt_id_of(
        upload(client, question, helpers.wav_bytes(), "a.wav", text=helpers.ANSWER)
    )
    (stored,) = files_in(app, user_id)
    confirm = client.get(f"/attempts/{attempt_id}/delete").text
    assert "Its text, scores and recording go." in confirm
    response = client.post(f"/attempts/{attempt_id}/delete")
    assert response.headers["Location"] == f"/questions/{question}/history"
    assert "Attempt deleted." in client.get(response.headers["Location"]).text
    assert not stored.exists()
    with app.app_context():
        assert attempts_of(user_id) == []
    assert client.get(f"/attempts/{attempt_id}").status_code == 404
