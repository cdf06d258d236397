"""Small text helpers shared by the analysis modules: normalising and clause splitting.

Normalising keeps offsets: every character maps to exactly one character, so a span
found in the normalised text is the same span in the original.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-"})

# Sentence ends: terminal punctuation, semicolons, line breaks, a dash set off by spaces
# (not one before a score: "Motivation for post - 2/5: ..."), a bar between scorecard
# fields ("Stage: Design | Recommendation: 2"), a tick or cross and a comma between
# scorecard items. A
# full stop after a few abbreviations ("e.g.") is skipped in `sentences`.
_SENTENCE_END = re.compile(
    r"[.!?]+(?=[\s\"')\]]|$)|;|\n+|\s-{1,2}\s(?!\d)|\s\|\s"
    # a space after a tick or a cross between scorecard items: "Structure ✗ Examples ✓"
    r"|(?<=[\u2713\u2714\u2717\u2718\u274c])\s+"
    # a comma before the next scorecard item: "Structure: 2/5, Examples: 4/5"
    r"|,(?=\s*[a-z][a-z &/-]{1,30}:\s)|(?<=\s[0-5]),(?=\s*[a-z][a-z &/-]{1,30}\s[0-5]\b)"
)
# A dash after this many words or fewer joins a heading to its verdict, not two sentences.
_HEADING_WORDS = 3
# A question quoted as a heading before a dash: "'Tell me about a time you...' - ".
_QUOTED_QUESTION = re.compile(r"\s*[\"'][^\"'.;\n]{3,120}[\"'?]\s*")
_ABBREVIATIONS = ("e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr")
# Contrast words start a new clause: praise before "but" must not shield a weakness after.
_CONTRAST = re.compile(
    r"\b(?:but|however|although|though|whereas|(?<!n't )(?<!not )yet(?! to\b| again\b)|except"
    r"|whilst|while|that said|"
    r"on the other hand|otherwise|despite|even so)\b"
)
# ", and" before a new subject joins two statements: each is read on its own, so that one
# finding does not give way to another made in a different statement ("he didn't lay out
# an approach, and it was hard to tell which branch he was in").
_AND_NEW_SUBJECT = re.compile(
    r",\s+and\s+(?=(?:it|he|she|they|you|we|i|the|his|her|their|your|there|when|once)\b)"
)
# A clause opened by a concessive word ends at its first comma ("although X was strong, Y").
_CONCESSIVE = re.compile(r"(?:although|though|while|whilst|despite|even though)\b[^,]*,")
_TRIM = re.compile(
    r"[\s,:;\-\"'(]*(?:(?:but|however|although|though|yet|and|so|also|whereas|while|whilst)"
    r"\b[\s,]*)?"
)
# Inside a clause, the fragment that holds a cue ends at a comma, a colon or an "and"
# that opens a new statement.
_FRAGMENT_BREAK = re.compile(
    r",\s+(?:and\s+)?|:\s+|\s+and\s+(?=(?:they|we|you|he|she|i|it|the|your|there|at)\b)"
)


@dataclass(frozen=True)
class Clause:
    """A span of the text: start and end offsets, and the sentence it belongs to."""

    start: int
    end: int
    sentence: int


def normalise(text: str) -> str:
    """Lowercase with curly quotes and dashes folded, keeping one character per character."""
    folded = text.translate(_FOLD).translate(_DASHES)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)


def sentences(norm: str) -> list[tuple[int, int]]:
    """Split normalised text into sentence spans."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(norm):
        if norm[match.start()] == "." and norm[max(0, match.start() - 4) : match.start()].endswith(
            _ABBREVIATIONS
        ):
            continue
        if (
            norm[match.start()].isspace()
            and "-" in match.group()
            and (
                len(norm[start : match.start()].split()) <= _HEADING_WORDS
                or _QUOTED_QUESTION.fullmatch(norm, start, match.start())
            )
        ):
            # a scorecard heading: "Conflict resolution - weak"; a quoted question and
            # its verdict: "'Tell us about a time you made an error' - couldn't think of one"
            continue
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(norm):
        spans.append((start, len(norm)))
    return [(s, e) for s, e in spans if norm[s:e].strip()]


def clauses(norm: str, spans: list[tuple[int, int]] | None = None) -> list[Clause]:
    """Split normalised text (or its given sentence spans) into clauses at contrast words."""
    result: list[Clause] = []
    for index, (s_start, s_end) in enumerate(sentences(norm) if spans is None else spans):
        cuts = [s_start]
        for match in _CONTRAST.finditer(norm, s_start, s_end):
            cuts.append(match.start())
            concessive = _CONCESSIVE.match(norm, match.start(), s_end)
            if concessive:
                cuts.append(concessive.end())
        cuts.extend(m.start() for m in _AND_NEW_SUBJECT.finditer(norm, s_start, s_end))
        cuts = sorted(set(cuts))
        cuts.append(s_end)
        for start, end in zip(cuts, cuts[1:], strict=False):
            if norm[start:end].strip():
                result.append(Clause(start, end, index))
    return result


def fragment(norm: str, start: int, end: int, at: int) -> tuple[int, int]:
    """The comma- or "and"-delimited part of the span start..end that holds offset `at`."""
    lo, hi = start, end
    for match in _FRAGMENT_BREAK.finditer(norm, start, end):
        if match.end() <= at:
            lo = match.end()
        elif match.start() > at:
            hi = match.start()
            break
    return (lo, hi) if len(norm[lo:hi].split()) >= 3 else (start, end)


def trim_span(norm: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding spaces, punctuation and a leading conjunction."""
    head = _TRIM.match(norm, start, end)
    if head:
        start = head.end()
    tail = re.search(r"[\s,:;\-\"'(]+$", norm[start:end])
    if tail:
        end = start + tail.start()
    return start, max(start, end)


def compile_fast(pattern: str) -> re.Pattern[str]:
    """Compile a cue pattern without the `\\b` that opens its branches.

    Python's `re` skips ahead quickly only when every branch starts with a literal; the
    caller checks the opening word boundary instead, with `starts_word`.
    """
    return re.compile(re.sub(r"(?:(?<=\|)|(?<=\(\?:)|^)\\b", "", pattern))


def starts_word(norm: str, start: int) -> bool:
    """Whether a match at `start` begins a word (or is the "n't" of a contraction)."""
    if start == 0 or not norm[start].isalnum() or not norm[start - 1].isalnum():
        return True
    return norm.startswith("n't", start)


# --- Gating: run a cue pattern only when the text holds a possible start of a match. ---

_parser: Any = importlib.import_module("re._parser")
_KEY = 6  # characters of a match's possible openings used as keys
_MAX_KEYS = 20000  # past this, a pattern is keyed on fewer characters (looser, slower)
_Prefixes = tuple[set[str], set[str]]  # (open: whole match so far, closed: cannot extend)


def _item_prefixes(op: Any, av: Any, k: int) -> _Prefixes | None:
    name = str(op)
    if name == "LITERAL":
        return {chr(av)}, set()
    if name == "IN":
        chars: set[str] = set()
        for sub_op, sub_av in av:
            if str(sub_op) == "LITERAL":
                chars.add(chr(sub_av))
            elif str(sub_op) == "CATEGORY" and str(sub_av) == "CATEGORY_DIGIT":
                chars.update("0123456789")
            elif str(sub_op) == "RANGE" and sub_av[1] - sub_av[0] < 40:
                chars.update(chr(c) for c in range(sub_av[0], sub_av[1] + 1))
            else:
                return None
        return chars, set()
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return {""}, set()
    if name == "SUBPATTERN":
        return _seq_prefixes(av[-1], k)
    if name == "BRANCH":
        opened: set[str] = set()
        closed: set[str] = set()
        for branch in av[1]:
            found = _seq_prefixes(branch, k)
            if found is None:
                return None
            opened |= found[0]
            closed |= found[1]
        return opened, closed
    if name in ("MAX_REPEAT", "MIN_REPEAT"):
        low, high, sub = av
        opened, closed = set(), set()
        for count in range(min(low, k), min(high, k) + 1):
            found = _seq_prefixes(list(sub) * count, k)
            if found is None:
                return None
            opened |= found[0]
            closed |= found[1]
        return opened, closed
    return None


def _seq_prefixes(items: Any, k: int) -> _Prefixes | None:
    opened, closed = {""}, set()
    for op, av in items:
        grown: set[str] = set()
        for head in opened:
            found = _item_prefixes(op, av, k - len(head))
            if found is None:
                if not head:
                    return None
                closed.add(head)
                continue
            for tail in found[0]:
                (closed if len(head + tail) >= k else grown).add((head + tail)[:k])
            closed.update((head + tail)[:k] for tail in found[1])
        opened = grown
        if len(opened) + len(closed) > _MAX_KEYS:
            return None
        if not opened:
            break
    return opened, closed


def match_openings(pattern: str) -> frozenset[str] | None:
    """The strings (up to `_KEY` characters) every match must start with, or None if unbounded.

    A pattern with too many such openings (`_MAX_KEYS`) is keyed on
    its first two characters or its first one instead.
    """
    try:
        parsed = _parser.parse(pattern)
    except Exception:  # a private module: if it ever changes, just run the pattern always
        return None
    for length in (_KEY, 2, 1):
        try:
            found = _seq_prefixes(parsed, length)
        except Exception:
            return None
        if found is None:
            continue
        keys = found[0] | found[1]
        return None if "" in keys or not keys else frozenset(keys)
    return None


class Gate:
    """Tell, for a text, which of many named patterns could match it at a word start."""

    def __init__(self, patterns: dict[str, str]) -> None:
        self.always: frozenset[str] = frozenset(
            name for name, source in patterns.items() if match_openings(source) is None
        )
        self._keys: dict[str, set[str]] = {}
        for name, source in patterns.items():
            for key in match_openings(source) or ():
                self._keys.setdefault(key, set()).add(name)
        self._lengths = sorted({len(key) for key in self._keys})
        self._longest = self._lengths[-1] if self._lengths else 0

    @lru_cache(maxsize=65536)  # noqa: B019 - one Gate per module, kept for the process
    def _names_at(self, chunk: str) -> tuple[str, ...]:
        """The patterns that may match where the text goes on with `chunk` (as many
        characters as the longest opening): those of every opening it starts with."""
        names: dict[str, None] = {}
        for length in self._lengths:
            for name in self._keys.get(chunk[:length], ()):
                names[name] = None
        return tuple(names)

    def positions(self, norm: str) -> dict[str, list[int]]:
        """For each pattern, the offsets in the text where one of its matches may start."""
        found: dict[str, list[int]] = {}
        longest = self._longest
        for opening in _OPENING.finditer(norm):
            i = opening.start()
            for name in self._names_at(norm[i : i + longest]):
                where = found.get(name)
                if where is None:
                    found[name] = [i]
                elif where[-1] != i:
                    where.append(i)
        return found

    def present_in(
        self, where: dict[str, list[int]], spans: list[tuple[int, int]]
    ) -> list[set[str]]:
        """For each of several sorted, disjoint spans, the gated patterns with a possible
        match start inside it."""
        found: list[set[str]] = [set() for _ in spans]
        starts = [start for start, _ in spans]
        for name, offsets in where.items():
            for pos in offsets:
                k = bisect_right(starts, pos) - 1
                if k >= 0 and pos < spans[k][1]:
                    found[k].add(name)
        return found

    def finditer(
        self,
        name: str,
        pattern: re.Pattern[str],
        norm: str,
        span: tuple[int, int],
        where: dict[str, list[int]],
    ) -> Iterator[re.Match[str]]:
        """Matches of a gated pattern that start a word inside the span."""
        start, end = span
        if name in self.always:
            for match in pattern.finditer(norm, start, end):
                if starts_word(norm, match.start()):
                    yield match
            return
        offsets = where.get(name, ())
        for k in range(bisect_left(offsets, start), bisect_left(offsets, end)):
            pos = offsets[k]
            at = pattern.match(norm, pos, end)
            if at and starts_word(norm, pos):
                yield at


# Where a match may start: a word, a contraction's "n't", or a punctuation mark.
_OPENING = re.compile(r"(?<![a-z0-9])[a-z0-9]|n't|[^\sa-z0-9]")
