"""Word-level differences between two attempts at an answer: what changed since last time.

Texts are split into words and punctuation marks, each carrying the whitespace after it.
The words alone are compared, so a changed line break never hides an unchanged word, and
joining the texts of the equal and deleted operations gives back the old text exactly,
while the equal and inserted ones give back the new text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

DiffKind = Literal["equal", "insert", "delete"]

# A word keeps inner apostrophes, hyphens and the separators of numbers ("don't",
# "follow-up", "3.5", "1,200"); other punctuation is a token of one mark, or of a mark
# repeated as Markdown does ("**", "---", "...").
_WORD = r"\w+(?:[-'\u2019.,:/]\w+)*"
_TOKEN = re.compile(rf"(?P<core>{_WORD}|(?P<mark>[^\w\s])(?P=mark)*)(?P<space>\s*)")
_WORD_RE = re.compile(_WORD)
_LEADING_SPACE = re.compile(r"\s*")


@dataclass(frozen=True)
class DiffOp:
    """One run of the difference: text kept ("equal"), added ("insert") or removed ("delete")."""

    kind: DiffKind
    text: str


@dataclass(frozen=True)
class _Token:
    core: str
    space: str


def _tokenise(text: str) -> tuple[str, list[_Token]]:
    """The leading whitespace of text, and its tokens with the whitespace after each."""
    lead = _LEADING_SPACE.match(text)
    start = lead.end() if lead else 0
    tokens = [_Token(m["core"], m["space"]) for m in _TOKEN.finditer(text, start)]
    return text[:start], tokens


def _joined(tokens: list[_Token]) -> str:
    return "".join(token.core + token.space for token in tokens)


class _Builder:
    """Collects operations: the changes between two equal runs become one deletion and one
    insertion, so no two adjacent operations are of the same kind."""

    def __init__(self) -> None:
        self.ops: list[DiffOp] = []
        self._deleted: list[str] = []
        self._inserted: list[str] = []

    def change(self, old: str, new: str) -> None:
        """Old text replaced by new text; equal texts are kept as they are."""
        if old == new:
            self.equal(old)
        else:
            self._deleted.append(old)
            self._inserted.append(new)

    def equal(self, text: str) -> None:
        """Text found in both."""
        if not text:
            return
        self._flush()
        if self.ops and self.ops[-1].kind == "equal":
            self.ops[-1] = DiffOp("equal", self.ops[-1].text + text)
        else:
            self.ops.append(DiffOp("equal", text))

    def _flush(self) -> None:
        deleted, inserted = "".join(self._deleted), "".join(self._inserted)
        if deleted:
            self.ops.append(DiffOp("delete", deleted))
        if inserted:
            self.ops.append(DiffOp("insert", inserted))
        self._deleted.clear()
        self._inserted.clear()

    def result(self) -> list[DiffOp]:
        """The operations collected."""
        self._flush()
        return self.ops


def word_diff(old: str, new: str) -> list[DiffOp]:
    """The word-level operations that turn old into new, adjacent ones of a kind merged."""
    old_lead, old_tokens = _tokenise(old)
    new_lead, new_tokens = _tokenise(new)
    builder = _Builder()
    builder.change(old_lead, new_lead)
    matcher = SequenceMatcher(
        None, [t.core for t in old_tokens], [t.core for t in new_tokens], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for old_token, new_token in zip(old_tokens[i1:i2], new_tokens[j1:j2], strict=True):
                builder.equal(old_token.core)
                builder.change(old_token.space, new_token.space)
        else:
            builder.change(_joined(old_tokens[i1:i2]), _joined(new_tokens[j1:j2]))
    return builder.result()


def count_words(text: str) -> int:
    """How many words text holds (punctuation and Markdown marks are not words)."""
    return len(_WORD_RE.findall(text))


def diff_stats(ops: list[DiffOp]) -> tuple[int, int]:
    """(words added, words removed) over a diff."""
    added = sum(count_words(op.text) for op in ops if op.kind == "insert")
    removed = sum(count_words(op.text) for op in ops if op.kind == "delete")
    return added, removed
