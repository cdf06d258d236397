"""Analyse a rehearsed answer: STAR parts, numbers, fillers, hedges, "I" versus "we", length.

The analysis is rule-based and explainable: every figure comes from patterns over the
text, and every remark quotes the answer and names the weakness slug it trains.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from coach.analysis._answer_cues import PARTS, find_star, has_number

WORDS_PER_MINUTE = 140
DEFAULT_TARGET_SECONDS = 120.0
FILLER_REMARK_AT = 3  # total fillers that earn a remark
HEDGE_REMARK_AT = 2
LONG_FACTOR = 1.5  # spoken time above target * this is too long
SHORT_FACTOR = 0.2  # and below target * this too short


@dataclass(frozen=True)
class Remark:
    """One specific piece of advice about an answer, tagged with the weakness it trains."""

    text: str
    tag: str


@dataclass(frozen=True)
class AnswerReport:
    """What the analysis found in one answer; see DESIGN.md, "Analysis contract"."""

    word_count: int
    speaking_seconds: float
    speaking_estimated: bool
    target_seconds: float
    fillers: dict[str, int] = field(default_factory=dict)
    hedges: dict[str, int] = field(default_factory=dict)
    star: dict[str, str | None] = field(default_factory=lambda: dict.fromkeys(PARTS))
    quantified_result: bool = False
    i_count: int = 0
    we_count: int = 0
    remarks: tuple[Remark, ...] = ()

    @property
    def filler_count(self) -> int:
        """Total filler words."""
        return sum(self.fillers.values())

    @property
    def hedge_count(self) -> int:
        """Total hedges."""
        return sum(self.hedges.values())

    @property
    def missing_parts(self) -> tuple[str, ...]:
        """The STAR parts not found, in STAR order."""
        return tuple(part for part in PARTS if self.star.get(part) is None)


_I = re.IGNORECASE
_LIKE_BEFORE = frozenset(
    re.findall(r"\S+", "was were is and but so um uh er erm just or then it's")
)
_LIKE_NOT_BEFORE = frozenset(
    re.findall(r"\S+", "a an the this that these those it him her them me us my your our his their")
    + ["to", "what", "how", "when", "where"]
)
_NUMBER_WORD = re.compile(
    r"\d|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)\b", _I
)
_PREVIOUS_WORD = re.compile(r"([\w'’]+)?([^\w'’]*)$")
_NEXT_WORD = re.compile(r"^[^\w'’]*([\w'’]+)?")
_LIKE = re.compile(r"\blike\b", _I)
_NOT_AFTER_DET = r"(?<!\bwhat\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bthe\s)(?<!\ba\s)(?<!\bsome\s)"


def _phrase(phrase: str, guard: str = "") -> re.Pattern[str]:
    """Compile a whole-word, case-insensitive pattern for a phrase, plus an optional guard."""
    return re.compile(r"\b" + phrase.replace(" ", r"\s+") + r"\b" + guard, _I)


_FILLERS: dict[str, re.Pattern[str]] = {
    "um": _phrase("um+"),
    "uh": _phrase("uh+"),
    "er": _phrase("err?"),
    "erm": _phrase("erm+"),
    "you know": re.compile(
        r"(?<!\bdo\s)(?<!\bdid\s)(?<!\bif\s)"
        + _phrase("you know").pattern
        + r"(?!\s+(?:what|how|that|when|where|why|who|if|whether|about|the|him|her|them|it)\b)",
        _I,
    ),
    "sort of": re.compile(_NOT_AFTER_DET + _phrase("sort of").pattern, _I),
    "kind of": re.compile(_NOT_AFTER_DET + _phrase("kind of").pattern, _I),
    "basically": _phrase("basically"),
    "actually": _phrase("actually"),
    "literally": _phrase("literally"),
    "I mean": re.compile(r"(?<!\bwhat\s)" + _phrase("I mean", r"(?!\s+(?:it|to)\b)").pattern, _I),
    # Only an opening "so", or one after a full stop that leads into a pause or filler.
    "so": re.compile(
        r"\A\s*(?:(?:um|uh|okay|ok|right|yeah|well)[\s,]+)*so\b"
        r"|(?<=[.!?])\s+so\b(?=\s*,|\s+(?:um|uh|erm|er|yeah|basically|like|okay|ok|well)\b)",
        _I,
    ),
}
_HEDGE_PHRASES = (
    "I think, I guess, I suppose, I believe, I feel, maybe, perhaps, probably, possibly, "
    "hopefully, might, somewhat, fairly"
)
_HEDGES: dict[str, re.Pattern[str]] = {
    **{phrase: _phrase(phrase) for phrase in _HEDGE_PHRASES.split(", ")},
    # "just" as a minimiser ("I just listened"), not as a time ("just before").
    "just": _phrase("just", r"(?!\s+(?:before|after|in\s+time|as|now|then|about|in\s+case)\b)"),
    "a bit": _phrase("a (?:little )?bit"),
    "not sure": _phrase("not (?:really )?sure"),
}
_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_I_WORDS = frozenset(["i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"])
_WE_WORDS = frozenset(["we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll"])
_STRUCTURE = {
    "situation": ("No situation: say when and where this happened", "answer_structure"),
    "task": ("No task: say what you were responsible for", "answer_structure"),
    "action": ("No action: say the steps you took yourself", "specific_examples"),
    "result": ("No result: say what changed, and by how much", "specific_examples"),
}


def _is_filler_like(text: str, match: re.Match[str]) -> bool:
    """Whether this "like" is a filler rather than a verb or a comparison."""
    before = _PREVIOUS_WORD.search(text[: match.start()])
    after = _NEXT_WORD.search(text[match.end() :])
    prev_word = (before.group(1) or "").lower() if before else ""
    gap = before.group(2) if before else ""
    next_word = (after.group(1) or "").lower() if after else ""
    if next_word in _LIKE_NOT_BEFORE:
        return False
    if _NUMBER_WORD.match(next_word):
        return True
    return not prev_word or any(c in gap for c in ",.!?") or prev_word in _LIKE_BEFORE


def _count(
    text: str,
    patterns: dict[str, re.Pattern[str]],
    keep: Callable[[str, re.Match[str]], bool] | None = None,
) -> dict[str, int]:
    """Count each pattern's matches, leaving out those with none."""
    counts: dict[str, int] = {}
    for name, pattern in patterns.items():
        hits = sum(1 for m in pattern.finditer(text) if keep is None or keep(text, m))
        if hits:
            counts[name] = hits
    return counts


def count_fillers(text: str) -> dict[str, int]:
    """Count filler words and phrases in ``text``."""
    counts = _count(text, _FILLERS)
    likes = _count(text, {"like": _LIKE}, _is_filler_like)
    merged = {**counts, **likes}
    return {name: merged[name] for name in [*_FILLERS, "like"] if name in merged}


def count_hedges(text: str) -> dict[str, int]:
    """Count hedging words and phrases in ``text``."""
    return _count(text, _HEDGES)


def count_pronouns(text: str) -> tuple[int, int]:
    """Return the counts of first-person singular and plural pronouns in ``text``."""
    tokens = [t.lower().replace("’", "'") for t in _TOKEN.findall(text)]
    return sum(t in _I_WORDS for t in tokens), sum(t in _WE_WORDS for t in tokens)


def _quote(text: str, limit: int = 70) -> str:
    """Quote the start of ``text``, cut at a word boundary with an ellipsis when long."""
    if len(text) <= limit:
        return f'"{text}"'
    return '"' + text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + '…"'


def _times(n: int) -> str:
    """Say how many times in words: "once", "twice", "5 times", "not at all"."""
    return {0: "not at all", 1: "once", 2: "twice"}.get(n, f"{n} times")


def _duration(seconds: float) -> str:
    """Format seconds as "3 min 40 s", "2 min" or "45 s"."""
    total = max(1, round(seconds))
    minutes, secs = divmod(total, 60)
    if not minutes:
        return f"{secs} s"
    return f"{minutes} min {secs} s" if secs else f"{minutes} min"


def _tally(counts: dict[str, int], limit: int = 4) -> str:
    """List counts as '"um" x4, "like" x3', most frequent first, the rest as "…"."""
    ordered = sorted(counts.items(), key=lambda item: -item[1])
    shown = [f'"{name}" x{n}' if n > 1 else f'"{name}"' for name, n in ordered[:limit]]
    return ", ".join(shown + ["…"] * (len(ordered) > limit))


def _remarks(report: AnswerReport) -> tuple[Remark, ...]:
    """Build the specific remarks for a report, most structural first."""
    if report.word_count == 0:
        return ()
    remarks: list[Remark] = []
    missing = report.missing_parts
    if len(missing) == len(PARTS):
        remarks.append(
            Remark(
                "No example: tell one real situation, what you did and what changed",
                "specific_examples",
            )
        )
    else:
        remarks.extend(Remark(*_STRUCTURE[part]) for part in missing)
    result = report.star["result"]
    if result is not None and not report.quantified_result:
        remarks.append(
            Remark(f"Result {_quote(result)} has no number: add one", "specific_examples")
        )
    seconds, target = report.speaking_seconds, report.target_seconds
    about = "About " if report.speaking_estimated else ""
    spoken = f"{about}{_duration(seconds)} spoken against a {_duration(target)} target"
    if seconds > target * LONG_FACTOR:
        remarks.append(Remark(f"{spoken}: cut to the key steps", "conciseness"))
    elif seconds < target * SHORT_FACTOR:
        remarks.append(Remark(f"{spoken}: too short to show much", "conciseness"))
    if report.filler_count >= FILLER_REMARK_AT:
        tally = _tally(report.fillers)
        remarks.append(Remark(f"{report.filler_count} filler words ({tally})", "confidence"))
    if report.hedge_count >= HEDGE_REMARK_AT:
        text = f"{report.hedge_count} hedges ({_tally(report.hedges)}): say it plainly"
        remarks.append(Remark(text, "confidence"))
    if report.we_count >= 3 and report.we_count >= 2 * report.i_count:
        text = f'"we" {_times(report.we_count)}, "I" {_times(report.i_count)}: say what you did'
        remarks.append(Remark(text, "ownership"))
    return tuple(remarks)


def analyse_answer(
    text: str,
    duration_seconds: float | None = None,
    target_seconds: float = DEFAULT_TARGET_SECONDS,
) -> AnswerReport:
    """Analyse one answer's text (and measured duration, if recorded) against a target."""
    if target_seconds <= 0 or not math.isfinite(target_seconds):
        raise ValueError("target_seconds must be a positive number")
    if duration_seconds is not None and (
        duration_seconds < 0 or not math.isfinite(duration_seconds)
    ):
        raise ValueError("duration_seconds must be a non-negative number")
    word_count = sum(1 for word in text.split() if any(c.isalnum() for c in word))
    estimated = duration_seconds is None
    seconds = word_count * 60 / WORDS_PER_MINUTE if estimated else float(duration_seconds or 0)
    star = find_star(text)
    result = star["result"]
    i_count, we_count = count_pronouns(text)
    report = AnswerReport(
        word_count=word_count,
        speaking_seconds=seconds,
        speaking_estimated=estimated,
        target_seconds=float(target_seconds),
        fillers=count_fillers(text),
        hedges=count_hedges(text),
        star=star,
        quantified_result=result is not None and has_number(result),
        i_count=i_count,
        we_count=we_count,
    )
    return replace(report, remarks=_remarks(report))
