"""Checks for uploaded recordings: the type read from the content, size, name and duration.

Pure standard library, no Flask: the upload route reads the first bytes and the size of
the file, calls `check_audio`, stores it under `new_audio_filename`, and keeps the duration
the page measured only as far as `clamp_duration` allows.
"""

from __future__ import annotations

import math
import secrets

SNIFF_BYTES = 512
"""How many leading bytes `sniff_audio_type` needs to recognise every supported type."""

MAX_DURATION_SECONDS = 30 * 60.0
"""No recording is credited with more speaking time than this."""

_EXTENSIONS = {
    "audio/webm": ".webm",
    "audio/ogg": ".ogg",
    "audio/mp4": ".m4a",
    "audio/wav": ".wav",
}

# The lowest bitrate (bits per second) a real recording of each type plausibly has, so a
# file of n bytes cannot hold more than n * 8 / rate seconds. Opus (WebM, Ogg, and MP4 from
# some browsers) goes down to 6 kbit/s; WAV is usually 64 kbit/s PCM or more, but compressed
# WAV codecs (GSM, ADPCM) go lower, so allow 8 kbit/s.
_MIN_BITS_PER_SECOND = {
    "audio/webm": 6_000,
    "audio/ogg": 6_000,
    "audio/mp4": 6_000,
    "audio/wav": 8_000,
}

_EBML_MAGIC = b"\x1a\x45\xdf\xa3"
_EBML_DOCTYPE_ID = 0x4282
_EBML_UNKNOWN_SIZE = -1


class AudioError(Exception):
    """A recording that cannot be accepted; its message is shown to the user as it is."""

    @property
    def message(self) -> str:
        """The user-facing explanation."""
        return str(self.args[0]) if self.args else ""


def _base_type(mime: str) -> str:
    return mime.split(";", 1)[0].strip().lower()


def _read_vint(data: bytes, pos: int, keep_marker: bool) -> tuple[int, int] | None:
    """Read an EBML variable-length integer at pos: (value, next position), or None."""
    if pos >= len(data) or data[pos] == 0:
        return None
    first = data[pos]
    length = 8 - first.bit_length() + 1
    if pos + length > len(data):
        return None
    value = first if keep_marker else first & ((1 << (8 - length)) - 1)
    for byte in data[pos + 1 : pos + length]:
        value = (value << 8) | byte
    if not keep_marker and value == (1 << (7 * length)) - 1:
        value = _EBML_UNKNOWN_SIZE
    return value, pos + length


def _ebml_doctype(head: bytes) -> str | None:
    """The DocType of an EBML header ("webm", "matroska"), or None if it cannot be read."""
    size = _read_vint(head, len(_EBML_MAGIC), keep_marker=False)
    if size is None:
        return None
    header_size, pos = size
    end = len(head) if header_size == _EBML_UNKNOWN_SIZE else min(len(head), pos + header_size)
    while pos < end:
        element = _read_vint(head, pos, keep_marker=True)
        if element is None:
            return None
        element_id, pos = element
        length = _read_vint(head, pos, keep_marker=False)
        if length is None or length[0] == _EBML_UNKNOWN_SIZE:
            return None
        element_size, pos = length
        if element_id == _EBML_DOCTYPE_ID:
            if pos + element_size > len(head):
                return None
            return head[pos : pos + element_size].rstrip(b"\x00").decode("ascii", "replace")
        pos += element_size
    return None


def sniff_audio_type(head: bytes) -> str | None:
    """The audio type the leading bytes of a file show, or None if it is no known recording."""
    if head.startswith(_EBML_MAGIC):
        return "audio/webm" if _ebml_doctype(head) == "webm" else None
    if head.startswith(b"OggS\x00"):
        return "audio/ogg"
    if len(head) >= 12 and head[4:8] == b"ftyp" and int.from_bytes(head[:4], "big") >= 8:
        return "audio/mp4"
    if len(head) >= 12 and head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "audio/wav"
    return None


def _format_size(size_bytes: int) -> str:
    megabytes = size_bytes / (1024 * 1024)
    if megabytes >= 1:
        return f"{megabytes:.1f}".removesuffix(".0") + " MB"
    return f"{max(1, round(size_bytes / 1024))} KB"


def check_audio(head: bytes, size: int, max_bytes: int) -> str:
    """The type of an uploaded recording, or AudioError saying why it is refused."""
    if size > max_bytes:
        raise AudioError(f"The recording is larger than {_format_size(max_bytes)}.")
    if size <= 0 or not head:
        raise AudioError("The recording is empty: record again, or choose another file.")
    mime = sniff_audio_type(head)
    if mime is None:
        raise AudioError("This file is not a recording coach can play (WebM, Ogg, MP4 or WAV).")
    return mime


def clamp_duration(claimed_seconds: float | None, size_bytes: int, mime: str) -> float | None:
    """The duration the page measured, limited to what a file of this size can hold.

    None when nothing usable was claimed (missing, negative, not a number): the caller then
    estimates speaking time from the words instead.
    """
    if claimed_seconds is None:
        return None
    try:
        claimed = float(claimed_seconds)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(claimed) or claimed < 0:
        return None
    rate = _MIN_BITS_PER_SECOND.get(_base_type(mime), min(_MIN_BITS_PER_SECOND.values()))
    most = max(0, size_bytes) * 8 / rate
    return round(min(claimed, most, MAX_DURATION_SECONDS), 2)


def new_audio_filename(mime: str) -> str:
    """A random file name chosen by the server, with the extension of the audio type."""
    extension = _EXTENSIONS.get(_base_type(mime))
    if extension is None:
        raise ValueError(f"not a supported audio type: {mime!r}")
    return secrets.token_hex(16) + extension


def wav_duration(data: bytes) -> float | None:
    """The duration in seconds of a whole WAV file, from its header; None if unreadable."""
    if len(data) < 12 or not data.startswith(b"RIFF") or data[8:12] != b"WAVE":
        return None
    pos = 12
    byte_rate = 0
    while pos + 8 <= len(data):
        chunk_id = data[pos : pos + 4]
        chunk_size = int.from_bytes(data[pos + 4 : pos + 8], "little")
        body = pos + 8
        if chunk_id == b"fmt " and chunk_size >= 16 and body + 16 <= len(data):
            byte_rate = int.from_bytes(data[body + 8 : body + 12], "little")
        elif chunk_id == b"data":
            if byte_rate <= 0:
                return None
            available = len(data) - body
            # Streamed WAV files leave the size 0 or 0xFFFFFFFF; a cut file claims too much.
            if chunk_size in (0, 0xFFFFFFFF) or chunk_size > available:
                chunk_size = available
            return round(chunk_size / byte_rate, 3)
        pos = body + chunk_size + (chunk_size & 1)
    return None
