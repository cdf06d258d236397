"""Cue patterns that find the STAR parts of an answer; used by coach.analysis.answers.

Sentences are split on end punctuation and, in long spoken run-ons, before strong
discourse markers. Each segment is matched against cue patterns per part; position
decides the rest (an opening sentence that sets the scene is Situation, not Action).
"""

from __future__ import annotations

import re

PARTS = ("situation", "task", "action", "result")

_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n\s*\n|\n(?=\s*[-*]\s)")
# Spoken run-ons: split before these when a segment is long.
_RUN_ON_WORDS = 25
_MIN_WORDS = 3
_MARKER = re.compile(
    r"[,;]?\s+(?:(?:"
    r"and\s+(?:(?:um|uh|erm|er|like|then|so|basically|actually|yeah|I\s+mean|you\s+know)\s+)*"
    r"(?:I|we)\s(?!mean\b)"
    r"|(?:and\s+)?(?:so|then)\s+(?:I|we)\s(?!mean\b)"
    r"|and\s+then\b|(?:and\s+)?anyway\b|(?:and\s+)?in\s+the\s+end\b"
    r"|(?:and\s+)?as\s+a\s+result\b|(?:and\s+)?after\s+(?:that|\w+\s+(?:days?|weeks?|months?))\b"
    r"|(?:and\s+)?(?:eventually|finally)\b|which\s+meant\b"
    r"|my\s+(?:job|goal|task|role|aim|responsibility|brief)\s+was\b"
    r"))",
    re.IGNORECASE,
)
_EDGE = " \t\r\n,;:-\u2013\u2014"
# Spoken connectives that lead a clause; evidence quotes start after them (lowercase only).
_LEAD = re.compile(r"(?:(?:and|so|then|anyway|um|uh|erm|er|okay|ok|yeah|like|basically)\b[\s,]*)+")
_TAIL = re.compile(r"(?:[\s,]+(?:and|so|then|um|uh|erm|er|like))+$")

_SITUATION = re.compile(
    r"\b(?:at|in|from|during)\s+(?:my|our)\s+(?:last|previous|old|first|former|current|second|"
    r"third|final|early)\s+\w+"
    r"|\b(?:at|in|from|during)\s+my\s+(?:internship|placement|degree|apprenticeship|\w+\s+role)\b"
    r"|\bin\s+my\s+role\s+as\b|\bin\s+(?:19|20)\d\d\b|\bback\s+in\b"
    r"|\b(?:last|that|one)\s+(?:year|spring|summer|autumn|winter|month|quarter|week)\b"
    r"|\b(?:when|while)\s+(?:I|we)\s+(?:was|were|worked|joined|started|had)\b"
    r"|\bthere\s+(?:was|were)\b|\bwe\s+had\s+(?:a|an|this|some|one)\b"
    r"|\bthe\s+(?:problem|issue|situation|context|challenge)\s+was\b"
    r"|\b(?:our|the)\s+(?:\w+\s+)?(?:team|company|client|customer|manager|system|product)\s+"
    r"(?:was|were|had|kept)\b"
    r"|\bkept\s+\w+ing\b|\bonce\b|\bthis\s+was\s+(?:at|in|when)\b"
    r"|\b(?:days?|weeks?|months?)\s+before\b"
    r"|\bwhen\s+(?:our|the|a|an|my|they|he|she|it)\s+(?:\w+\s+){0,2}(?:was|were|had|went|came|"
    r"crashed|failed|broke|started|changed|left)\b",
    re.IGNORECASE,
)
_OPENER = re.compile(
    r"^(?:(?:so|okay|ok|right|well|yeah|um|uh|erm|like|basically|I\s+think|I\s+guess)[\s,]+)*"
    r"(?:at|in|when|while|during|last|back|from|this\s+was|there\s+(?:was|were))\b",
    re.IGNORECASE,
)
_TASK = re.compile(
    r"\b(?:my|our|the)\s+(?:\w+\s+)?(?:job|role|goal|task|aim|responsibility|brief|objective|"
    r"mission|remit|target)\s+(?:was|were|is)\s+to\b"
    r"|\bI\s+was\s+(?:asked|given|tasked|told|expected|hired|brought\s+in|chosen|assigned)\s+"
    r"(?:to|with|the)\b"
    r"|\b(?:I|we)\s+(?:was|were)\s+(?:responsible|accountable|in\s+charge)\b"
    r"|\b(?:it\s+was|that\s+was)\s+my\s+(?:job|responsibility|task|role)\b"
    r"|\bit\s+was\s+(?:on|down\s+to|up\s+to)\s+me\b"
    r"|\b(?:I|we)\s+(?:had|needed|got)\s+to\b|\b(?:I|we)\s+(?:owned|volunteered\s+to)\b"
    r"|\b(?:I|we)\s+took\s+(?:on\s+)?(?:the\s+)?(?:responsibility|ownership)\b"
    r"|\b(?:asked|wanted|needed|told)\s+me\s+to\b|\bthe\s+deadline\s+was\b"
    r"|\b(?:our|the)\s+team\s+was\s+asked\s+to\b",
    re.IGNORECASE,
)
_IRREGULAR = (
    "built rewrote wrote made set ran took got sent spoke met put held went found gave brought "
    "said told led sat cut split read chose drew kept began bought sold paid taught dealt fought "
    "hit rang sought spent stood broke did drove flew hung laid lent rode shook threw"
)
_NOT_ACTION = (
    "needed wanted learned realised realized noticed joined worked liked loved hated hoped "
    "believed owned supposed expected felt thought wished"
)
_ADVERBS = (
    r"(?:(?:also|then|first|just|quickly|immediately|personally|finally|eventually|actually|"
    r"basically|kind\s+of|sort\s+of|um|uh|\w+ly)\s+)*"
)
_ACTION = re.compile(
    r"\b(?:I|we)\s+" + _ADVERBS + r"(?!(?:" + "|".join(_NOT_ACTION.split()) + r")\b)"
    r"(?!used\s+to\b)(?:" + "|".join(_IRREGULAR.split()) + r"|(?:[a-z]+-)?[a-z]{2,}ed)\b",
    re.IGNORECASE,
)
_CHANGE = r"(?:reduced|increased|saved|cut|dropped|rose|fell|grew|improved|went\s+(?:up|down))"
_SPELLED = (
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty sixty seventy eighty ninety hundred thousand million billion half halved doubled "
    "tripled quadrupled twice dozen"
)
_NUMBER_WORDS = "|".join(_SPELLED.split())
# Cues that mark an outcome wherever they stand.
_RESULT_STRONG = re.compile(
    r"\bas\s+a\s+result\b|\bin\s+the\s+end\b|\bwhich\s+meant\b|\b(?:this|that|it)\s+(?:led|meant)\b"
    r"|\bled\s+to\b|\bresult(?:ed)?\s+(?:in|was)\b|\bthe\s+outcome\b|\bI\s+(?:learned|learnt)\b"
    r"|\bsince\s+then\b|\bafter\s+that\b|\bby\s+the\s+(?:end|time)\b"
    r"|\bwe\s+(?:launched|shipped|released|delivered|submitted|finished|won|went\s+live)\b"
    r"|\b(?:was|were)\s+(?:delivered|launched|released|recovered|awarded|solved|resolved)\b"
    r"|\b(?:renewed|stayed\s+with|thank(?:ed|s)?|relieved|happier|won\s+the)\b"
    r"|\b(?:on\s+time|(?:days?|weeks?|hours?)\s+early|ahead\s+of\s+schedule|on\s+schedule)\b"
    r"|\bstopped\s+\w+ing\b|\bhas(?:n't|\s+not)\s+\w+\s+since\b",
    re.IGNORECASE,
)
# Cues that also fit a problem being described: they count after the opening sentence and
# outside a stated task.
_RESULT_WEAK = re.compile(
    r"(?:^|,\s*)after\s+(?:a|one|two|three|\d+|a\s+few)\s+(?:days?|weeks?|months?)\b"
    r"|\bwithin\s+(?:a|an|one|two|three|\d+|a\s+few)\s+(?:hours?|days?|weeks?|months?)\b"
    r"|\b(?:wrote|left|gave)\s+(?:us\s+)?an?\s+(?:\w+\s+)?review\b|\bpassed\s+(?:its|the|their|our)\b"
    r"|\bby\s+the\s+(?:audit|launch|deadline)\b"
    r"|\b(?:went|came|got)\s+(?:back\s+to|up|down)\b|\b(?:was|were)\s+(?:back|(?:up|down)\s+to)\b"
    r"|\b(?:up|down)\s+(?:by|from)\s|\bby\s+\d+(?:\.\d+)?\s*%|\bfrom\s+\S+\s+(?:\w+\s+)?to\s+\d"
    r"|(?<!\bI\s)(?<!\bwe\s)\b"
    + _CHANGE
    + r"\s+(?:\w+\s+){0,3}?(?:by\b|from\b|to\b|[$£€]?\d+|"
    + _NUMBER_WORDS
    + r")\b|\b(?:halved|doubled|tripled)\b"
    r"|\bgot\s+(?:(?:like|about|around|over|nearly|almost)\s+)?(?:\d|(?:" + _NUMBER_WORDS + r")\b)"
    r"|\bmuch\s+(?:faster|quicker|better|cheaper|easier)\b|\b(?:fewer|no\s+longer)\b"
    r"|\bthe\s+\w+\s+(?:was|were)\s+happy\b|\bpleased\s+with\b"
    r"|\b(?:accepted|approved|signed\s+off|praised)\b",
    re.IGNORECASE,
)
_PAST = re.compile(r"\b(?:was|were|had|kept|came|went|got|began|[a-z]{3,}ed)\b", re.IGNORECASE)
_BE_PAST = re.compile(r"\b(?:was|were|had)\b", re.IGNORECASE)
_HYPOTHETICAL = re.compile(r"\b(?:I|we)\s+(?:would|will|could|'d)\b", re.IGNORECASE)

_NUMBER = re.compile(
    r"\d|%|[$£€]|\b(?:" + _NUMBER_WORDS + r"|a\s+(?:third|quarter))\b",
    re.IGNORECASE,
)


def segments(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences and run-on clauses of ``text``."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.extend(_split_run_on(text, start, match.end()))
        start = match.end()
    spans.extend(_split_run_on(text, start, len(text)))
    spans = [_trim(text, s, e) for s, e in spans if text[s:e].strip(_EDGE + ".!?")]
    merged: list[tuple[int, int]] = []
    for start, end in spans:  # fold a stray word or two ("Right,") into the next clause
        if merged and len(text[merged[-1][0] : merged[-1][1]].split()) < _MIN_WORDS:
            start = merged.pop()[0]
        merged.append((start, end))
    if len(merged) > 1 and len(text[merged[-1][0] : merged[-1][1]].split()) < _MIN_WORDS:
        merged[-2:] = [(merged[-2][0], merged[-1][1])]
    return merged


def _split_run_on(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split one sentence before discourse markers when it is a long spoken run-on."""
    if len(text[start:end].split()) < _RUN_ON_WORDS:
        return [(start, end)]
    cuts = [m.start() for m in _MARKER.finditer(text, start, end) if m.start() > start]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if a < b]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding spaces and joining punctuation."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    tail = _TAIL.search(text, start, end)
    if tail and tail.start() > start:
        end = tail.start()
    lead = _LEAD.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    return start, end


def classify(sentence: str, first: bool) -> set[str]:
    """Return the STAR parts a sentence shows; ``first`` marks the answer's opening one."""
    parts: set[str] = set()
    opener = first and bool(_OPENER.search(sentence))
    if _SITUATION.search(sentence) or (opener and _PAST.search(sentence)):
        parts.add("situation")
    if _TASK.search(sentence):
        parts.add("task")
    scene_setter = opener and "situation" in parts
    if not scene_setter and _ACTION.search(sentence) and not _HYPOTHETICAL.search(sentence):
        parts.add("action")
    if not (first and "situation" in parts) and (
        _RESULT_STRONG.search(sentence)
        or (not first and "task" not in parts and _RESULT_WEAK.search(sentence))
    ):
        parts.add("result")
    if first and not parts and _BE_PAST.search(sentence):
        parts.add("situation")  # an opening told in the past tense sets the scene
    return parts


def find_star(text: str) -> dict[str, str | None]:
    """Map each STAR part to the sentence(s) of ``text`` that show it, or None."""
    spans = segments(text)
    found = [classify(text[s:e], i == 0) for i, (s, e) in enumerate(spans)]
    first_action = next((i for i, parts in enumerate(found) if "action" in parts), 0)
    star: dict[str, str | None] = dict.fromkeys(PARTS)
    for part in PARTS:
        hits = [i for i, parts in enumerate(found) if part in parts]
        if not hits:
            continue
        # An outcome comes after the steps: skip problems told before them.
        later = [i for i in hits if i >= first_action] if part == "result" else hits
        begin = (later or hits)[0]
        end = begin
        later_parts = set(PARTS[PARTS.index(part) + 1 :])
        while end + 1 < len(found) and part in found[end + 1] and not found[end + 1] & later_parts:
            end += 1
        star[part] = text[spans[begin][0] : spans[end][1]]
    return star


def has_number(text: str) -> bool:
    """Whether ``text`` states a number: digits, money, a percentage or a number word."""
    return bool(_NUMBER.search(text))
