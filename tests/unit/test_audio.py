"""Unit tests for coach.audio: recordings recognised by their content, sizes and durations."""

from __future__ import annotations

import io
import math
import re
import wave

import pytest

from coach.audio import (
    MAX_DURATION_SECONDS,
    SNIFF_BYTES,
    AudioError,
    check_audio,
    clamp_duration,
    new_audio_filename,
    sniff_audio_type,
    wav_duration,
)

MEGABYTE = 1024 * 1024


def ebml_header(doctype: bytes) -> bytes:
    """The EBML header Chrome's MediaRecorder writes, followed by the start of a Segment."""
    body = (
        b"\x42\x86\x81\x01"  # EBMLVersion 1
        b"\x42\xf7\x81\x01"  # EBMLReadVersion 1
        b"\x42\xf2\x81\x04"  # EBMLMaxIDLength 4
        b"\x42\xf3\x81\x08"  # EBMLMaxSizeLength 8
        + b"\x42\x82"
        + bytes([0x80 | len(doctype)])
        + doctype
        + b"\x42\x87\x81\x04"  # DocTypeVersion 4
        b"\x42\x85\x81\x02"  # DocTypeReadVersion 2
    )
    segment = b"\x18\x53\x80\x67\x01\xff\xff\xff\xff\xff\xff\xff"
    return b"\x1a\x45\xdf\xa3" + bytes([0x80 | len(body)]) + body + segment


def wav_bytes(seconds: float, rate: int = 8000, channels: int = 1, width: int = 2) -> bytes:
    """A real WAV file of silence, written by the standard library."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(width)
        out.setframerate(rate)
        out.writeframes(b"\x00" * int(seconds * rate) * channels * width)
    return buffer.getvalue()


WEBM = ebml_header(b"webm") + b"\x00" * 40
OGG = b"OggS\x00\x02" + b"\x00" * 20 + b"\x01\x13OpusHead"
MP4 = b"\x00\x00\x00\x20ftypM4A \x00\x00\x02\x00M4A isomiso2" + b"\x00" * 8
WAV = wav_bytes(1.0)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (WEBM, "audio/webm"),
        (OGG, "audio/ogg"),
        (MP4, "audio/mp4"),
        (WAV, "audio/wav"),
    ],
)
def test_recognises_each_supported_type(head, expected):
    assert sniff_audio_type(head[:SNIFF_BYTES]) == expected


@pytest.mark.parametrize(
    "head",
    [
        b"<!DOCTYPE html><html><script>alert(1)</script></html>",
        b"My answer, typed into a text file and renamed answer.webm\n",
        b"",
        b"\x1a\x45\xdf\xa3",  # EBML magic and nothing else
        ebml_header(b"matroska"),  # a Matroska video, not WebM
        b"RIFF\x24\x00\x00\x00AVI LIST",  # RIFF, but a video
        b"OggS",  # cut short before the version byte
        b"%PDF-1.7\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    ],
    ids=["html", "text", "empty", "bare-ebml", "matroska", "avi", "short-ogg", "pdf", "png"],
)
def test_refuses_files_that_are_not_recordings(head):
    assert sniff_audio_type(head) is None


def test_a_webm_header_cut_short_is_refused_not_crashed():
    for end in range(len(WEBM)):
        assert sniff_audio_type(WEBM[:end]) in (None, "audio/webm")
    assert sniff_audio_type(WEBM[:20]) is None


def test_check_audio_returns_the_type():
    assert check_audio(WEBM, size=50_000, max_bytes=10 * MEGABYTE) == "audio/webm"


def test_check_audio_refuses_a_renamed_text_file_with_a_clear_message():
    with pytest.raises(AudioError) as caught:
        check_audio(b"Dear diary, today I practised.", size=30, max_bytes=10 * MEGABYTE)
    assert caught.value.message == (
        "This file is not a recording coach can play (WebM, Ogg, MP4 or WAV)."
    )


def test_check_audio_refuses_an_empty_file():
    with pytest.raises(AudioError, match="empty"):
        check_audio(b"", size=0, max_bytes=10 * MEGABYTE)


@pytest.mark.parametrize(
    ("limit", "shown"),
    [(10 * MEGABYTE, "10 MB"), (MEGABYTE * 5 // 2, "2.5 MB"), (500 * 1024, "500 KB")],
)
def test_check_audio_refuses_a_file_over_the_limit_and_names_the_real_limit(limit, shown):
    with pytest.raises(AudioError) as caught:
        check_audio(WEBM, size=limit + 1, max_bytes=limit)
    assert str(caught.value) == f"The recording is larger than {shown}."


def test_a_file_exactly_at_the_limit_is_accepted():
    assert check_audio(OGG, size=MEGABYTE, max_bytes=MEGABYTE) == "audio/ogg"


def test_clamp_keeps_a_plausible_duration():
    # 2 s of opus at 32 kbit/s is about 8 kB.
    assert clamp_duration(2.04, 8_000, "audio/webm") == 2.04


def test_clamp_limits_a_duration_the_file_is_too_small_to_hold():
    # 6,000 bytes at 6 kbit/s hold at most 8 seconds, whatever the page claims.
    assert clamp_duration(3600, 6_000, "audio/webm;codecs=opus") == 8.0
    assert clamp_duration(3600, 6_000, "audio/ogg") == 8.0


def test_clamp_never_credits_more_than_thirty_minutes():
    assert clamp_duration(5 * 3600, 10 * MEGABYTE, "audio/wav") == MAX_DURATION_SECONDS


@pytest.mark.parametrize("claimed", [None, -1.0, math.nan, math.inf, -math.inf])
def test_clamp_rejects_missing_negative_and_non_numbers(claimed):
    assert clamp_duration(claimed, 50_000, "audio/webm") is None


def test_clamp_of_an_empty_file_is_zero():
    assert clamp_duration(12.0, 0, "audio/webm") == 0.0


@pytest.mark.parametrize(
    ("mime", "extension"),
    [
        ("audio/webm", ".webm"),
        ("audio/webm;codecs=opus", ".webm"),
        ("audio/ogg", ".ogg"),
        ("audio/mp4", ".m4a"),
        ("audio/wav", ".wav"),
    ],
)
def test_new_filename_is_random_with_the_right_extension(mime, extension):
    first, second = new_audio_filename(mime), new_audio_filename(mime)
    assert re.fullmatch(r"[0-9a-f]{32}" + re.escape(extension), first)
    assert first != second


def test_new_filename_refuses_an_unknown_type():
    with pytest.raises(ValueError):
        new_audio_filename("text/html")


@pytest.mark.parametrize(
    ("seconds", "rate", "channels", "width"),
    [(1.0, 8000, 1, 2), (2.5, 16000, 1, 2), (0.5, 44100, 2, 2), (3.0, 8000, 1, 1)],
)
def test_wav_duration_reads_the_header(seconds, rate, channels, width):
    assert wav_duration(wav_bytes(seconds, rate, channels, width)) == pytest.approx(
        seconds, abs=0.001
    )


def test_wav_duration_of_a_streamed_or_cut_file_uses_the_bytes_present():
    data = bytearray(wav_bytes(2.0))
    data[40:44] = b"\xff\xff\xff\xff"  # the data chunk's size, unknown while streaming
    assert wav_duration(bytes(data)) == pytest.approx(2.0)
    assert wav_duration(wav_bytes(2.0)[: 44 + 16000]) == pytest.approx(1.0)


@pytest.mark.parametrize("data", [b"", b"RIFF", WEBM, b"RIFF\x04\x00\x00\x00WAVE", OGG])
def test_wav_duration_of_anything_else_is_none(data):
    assert wav_duration(data) is None


def test_wav_duration_agrees_with_the_clamp():
    data = wav_bytes(4.0)
    assert clamp_duration(wav_duration(data), len(data), "audio/wav") == 4.0
