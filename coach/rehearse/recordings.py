"""Recordings on disk: checked by content and size, counted against a quota, named by the
server inside the owner's upload folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from coach.audio import SNIFF_BYTES, AudioError, check_audio, clamp_duration, new_audio_filename
from coach.audio import wav_duration as _wav_duration


@dataclass(frozen=True)
class StoredRecording:
    """A recording written to disk: its file name, type, size and credited duration."""

    filename: str
    mime: str
    size: int
    seconds: float | None


def _size_of(stream: IO[bytes]) -> int:
    stream.seek(0, os.SEEK_END)
    size = stream.tell()
    stream.seek(0)
    return size


def _format_megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def store_recording(
    stream: IO[bytes],
    folder: Path,
    claimed_seconds: float | None,
    max_bytes: int,
    quota_left: int,
) -> StoredRecording:
    """Check an uploaded recording and write it under a new name in folder.

    Raises AudioError (with a message for the user) when the type, size or quota is wrong.
    """
    size = _size_of(stream)
    head = stream.read(SNIFF_BYTES)
    stream.seek(0)
    mime = check_audio(head, size, max_bytes)
    if size > quota_left:
        raise AudioError(
            f"Your recordings use all but {_format_megabytes(max(quota_left, 0))} of your "
            "space: delete some old recordings (the text of their answers is kept), "
            "then save again."
        )
    seconds = clamp_duration(claimed_seconds, size, mime)
    if mime == "audio/wav":
        # a WAV file states its own length: trust it over the page
        data = stream.read()
        stream.seek(0)
        measured = _wav_duration(data)
        seconds = clamp_duration(measured, size, mime) if measured is not None else seconds
    folder.mkdir(parents=True, exist_ok=True)
    filename = new_audio_filename(mime)
    path = folder / filename
    with open(path, "xb") as out:
        while chunk := stream.read(64 * 1024):
            out.write(chunk)
    return StoredRecording(filename, mime, size, seconds)


def remove_recording(folder: Path, filename: str | None) -> None:
    """Delete a recording's file if it is there."""
    if filename:
        (folder / filename).unlink(missing_ok=True)
