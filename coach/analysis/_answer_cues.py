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
    r"|\bkept\s+\w+ing\b|\bonce\b|\bthis\s+was\s+(?:at|in|on|when|during)\b"
    r"|\bI\s+was\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:at|in|for|on|with)\b"
    r"|\bI\s+(?:was\s+)?work(?:ed|ing)\s+(?:as|at|in|on|for)\b"
    r"|\b(?:days?|weeks?|months?)\s+before\b"
    r"|\bwhen\s+(?:our|the|a|an|my|they|he|she|it)\s+(?:\w+\s+){0,2}(?:was|were|had|went|came|"
    r"crashed|failed|broke|started|changed|left)\b",
    re.IGNORECASE,
)
_OPENER = re.compile(
    r"^(?:(?:so|okay|ok|right|well|yeah|um|uh|erm|like|basically|I\s+think|I\s+guess)[\s,]+)*"
    r"(?:at|in(?!\s+the\s+end\b)|when|while|during|last|back|from|this\s+was|"
    r"there\s+(?:was|were))\b",
    re.IGNORECASE,
)
_GOAL_NOUN = (
    r"(?:job|role|goal|task|aim|responsibility|brief|objective|mission|remit|target|deadline|"
    r"challenge|priority)"
)
_TASK = re.compile(
    r"\b(?:my|our|the)\s+(?:\w+\s+)?" + _GOAL_NOUN + r"\s+(?:(?:for|of|this|that|on|here)\s+"
    r"(?:\w+\s+){0,2}?)?(?:was|were|is)\s+(?:to\b|that\b|(?!\w+ing\s+(?:to|for)\b)\w{2,}ing\b)"
    r"|\b(?:I|we)\s+(?:was|were|had\s+been|'d\s+been)\s+(?:\w+ly\s+)?(?:asked|given|tasked|told|"
    r"expected|hired|brought\s+in|chosen|assigned|put\s+in\s+charge)\s+(?:to|with|the|of)\b"
    r"|\band\s+(?:was|were)\s+(?:asked|tasked|expected|told|assigned)\s+to\b"
    r"|\b(?:I|we)\s+(?:had|got|were\s+given|was\s+given)\s+(?:a|an|the|this|one|our)\s+"
    r"(?:\w+\s+){0,2}?(?:target|goal|deadline|brief|objective|remit)\b"
    r"|\b(?:set|gave|handed)\s+(?:me|us)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?" + _GOAL_NOUN + r"\b"
    r"|\b(?:I|we)\s+(?:was|were)\s+(?:responsible|accountable|in\s+charge)\b"
    r"|\b(?:it\s+was|that\s+was)\s+my\s+(?:job|responsibility|task|role)\b"
    r"|\bit\s+was\s+(?:on|down\s+to|up\s+to)\s+me\b"
    r"|\b(?:I|we)\s+(?:had|needed|got)\s+to\b|\b(?:I|we)\s+(?:owned|volunteered\s+to)\b"
    r"|\b(?:I|we)\s+took\s+(?:on\s+)?(?:the\s+)?(?:responsibility|ownership)\b"
    r"|\b(?:asked|wanted|needed|told|expected)\s+(?:me|us)\s+to\b|\bthe\s+deadline\s+was\b"
    r"|\b(?:our|the)\s+team\s+was\s+asked\s+to\b",
    re.IGNORECASE,
)
_IRREGULAR = (
    "built rewrote wrote made set ran took got sent spoke met put held went found gave brought "
    "said told led sat cut split read chose drew kept began bought sold paid taught dealt fought "
    "hit rang sought spent stood broke did drove flew hung laid lent rode shook threw"
)
_NOT_ACTION = (
    "needed wanted learned realised realized noticed joined liked loved hated hoped "
    "believed owned supposed expected felt thought wished"
)
_REWARD = r"(?:bonus|award|promotion|promoted|prize|pay\s+rise|raise|commendation)\b"
_ADVERBS = (
    r"(?:(?:also|then|first|just|quickly|immediately|personally|finally|eventually|actually|"
    r"basically|kind\s+of|sort\s+of|um|uh|\w+ly)\s+)*"
)
_ACTION_VERB = (
    r"(?!(?:" + "|".join(_NOT_ACTION.split()) + r")\b)"
    r"(?!used\s+to\b)(?!got\s+(?:a|an|the)?\s*(?:\w+\s+)?" + _REWARD + r")"
    r"(?!worked\s+(?:at|as|in|for|on\s+(?:a|an)|there|here|part|full)\b)"
    # vague effort is no concrete step: "worked really hard", "got it done"
    r"(?!worked\s+(?:(?:really|very|so|\w+ly)\s+)?(?:hard|together|well|long|as\s+a\s+team)\b)"
    r"(?!(?:got|did)\s+(?:it|things|everything|what|on|through|our|my)\b)"
    r"(?!(?:put\s+(?:my|our)\s+heads?\s+down|gave\s+it\s+(?:my|our|everything)|pulled\s+together)\b)"
    r"(?:(?:re-?)?(?:" + "|".join(_IRREGULAR.split()) + r")|(?:[a-z]+-)?[a-z]{2,}ed)\b"
)
_ACTION = re.compile(
    r"\b(?:I|we)\s+"
    + _ADVERBS
    + _ACTION_VERB
    # a later verb of the same subject, with its object: "We worked late and split the work"
    + r"|\b(?:I|we)\s+\w+[^.;!?]{0,60}?\band\s+"
    + _ADVERBS
    + _ACTION_VERB
    + r"(?=\s+(?:the|a|an|my|our|their|his|her|it|them|him|us|up|out|every|each|all)\b)",
    re.IGNORECASE,
)
_CHANGE = r"(?:reduced|increased|saved|cut|dropped|rose|fell|grew|improved|went\s+(?:up|down))"
_SPELLED = (
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty sixty seventy eighty ninety hundred thousand million billion half halved doubled "
    "tripled quadrupled twice dozen"
)
_NUMBER_WORDS = "|".join(_SPELLED.split())
_APPROX = (
    r"(?:(?:about|around|roughly|over|under|nearly|almost|just|only|more\s+than|less\s+than)"
    r"\s+)*"
)
_QUANTITY = (
    r"(?:[$£€]?\d|(?:" + _NUMBER_WORDS + r"|a\s+(?:third|quarter|half)|zero|none|nothing)\b)"
)
# Cues that mark an outcome wherever they stand.
_RESULT_STRONG = re.compile(
    "|".join(
        [
            r"\bas\s+a\s+result\b|\bin\s+the\s+end\b|\bwhich\s+meant\b",
            r"\b(?:this|that|it)\s+(?:led|meant)\b|\bled\s+to\b|\bresult(?:ed)?\s+(?:in|was)\b",
            r"\bthe\s+outcome\b|\bsince\s+then\b|\bafter\s+that\b|\bever\s+since\b",
            # what was learned is a result too
            r"\bI\s+(?:learned|learnt)\b|\blooking\s+back\b",
            r"\b(?:thing|lesson)s?\s+I\s+(?:took|learned|learnt)\b",
            r"\bwhat\s+I\s+(?:took|learned|learnt)\b",
            # recognition and relief
            r"\b(?:I|we)\s+(?:got|received|won|earned|was\s+given)\s+(?:a|an|the)?\s*(?:\w+\s+)?"
            + _REWARD,
            r"\b(?:got|was)\s+promoted\b",
            r"\b(?:renewed|stayed\s+with|thank(?:ed|s)?|relieved|happier|won\s+the)\b",
            r"\b(?:grateful|delighted|impressed)\b",
            # a thing delivered, or a problem ended
            r"\bwe\s+(?:launched|shipped|released|delivered|submitted|finished|won|went\s+live)\b",
            r"\b(?:was|were)\s+(?:delivered|launched|released|recovered|awarded|solved|resolved)\b",
            r"\bstopped\s+\w+ing\b|\bhas(?:n't|\s+not)\s+\w+\s+since\b",
            r"\b(?:started|began)\s+\w+ing\s+again\b",
            r"\b(?:met|hit|reached|beat|exceeded|achieved|smashed)\s+(?:the|our|my|their|that)\s+"
            r"(?:\w+\s+)?(?:target|goal|deadline|budget|kpi|sla)s?\b",
        ]
    ),
    re.IGNORECASE,
)
# Cues that also fit a problem being described: they count after the opening sentence and
# outside a stated task.
_RESULT_WEAK = re.compile(
    "|".join(
        [
            r"(?:^|,\s*)after\s+(?:a|one|two|three|\d+|a\s+few)\s+(?:days?|weeks?|months?)\b",
            r"\bwithin\s+(?:a|an|one|two|three|\d+|a\s+few)\s+(?:hours?|days?|weeks?|months?)\b",
            r"\b(?:wrote|left|gave)\s+(?:us\s+)?an?\s+(?:\w+\s+)?review\b",
            r"\bpassed\s+(?:its|the|their|our)\b|\bby\s+the\s+(?:audit|launch|deadline)\b",
            r"\b(?:went|came|got)\s+(?:back\s+to|up|down)\b",
            r"\b(?:was|were)\s+(?:back|(?:up|down)\s+to)\b",
            # a change told with a number: "up by 40%", "from seven hours to three"
            r"\b(?:up|down)\s+(?:by|from|to)\s+" + _APPROX + _QUANTITY,
            r"\bby\s+\d+(?:\.\d+)?\s*%|\bwent\s+from\b",
            r"\bfrom\s+" + _APPROX + _QUANTITY + r"[^.;]{0,40}?\bto\s+" + _APPROX + _QUANTITY,
            r"\b(?:gained|placed|recruited|passed)\s+(?:\w+\s+)?" + _APPROX + _QUANTITY,
            r"(?<!\bI\s)(?<!\bwe\s)\b"
            + _CHANGE
            + r"\s+(?:\w+\s+){0,3}?(?:(?:by|from|to)\s+)?"
            + _APPROX
            + _QUANTITY,
            r"\b(?:halved|doubled|tripled)\b",
            r"\bgot\s+(?:(?:like|about|around|over|nearly|almost)\s+)?(?:\d|(?:"
            + _NUMBER_WORDS
            + r")\b)",
            r"\bmuch\s+(?:faster|quicker|better|cheaper|easier)\b|\b(?:fewer|no\s+longer)\b",
            r"\bthe\s+\w+\s+(?:was|were)\s+happy\b|\bpleased\s+with\b",
            r"\b(?:accepted|approved|signed\s+off|praised)\b",
            r"\b(?:was|were)\s+(?:\w+ly\s+|then\s+)?able\s+to\b",
            r"\bsaved\s+(?:\w+\s+){0,2}?(?:money|time|hours?|days?|the|most|all|every|[$£€\d])",
        ]
    ),
    re.IGNORECASE,
)
# Deadline phrases: an outcome, except inside a stated task ("by the end of term").
_RESULT_DEADLINE = re.compile(
    r"\bby\s+the\s+(?:end|time)\b"
    r"|\b(?:on\s+time|(?:days?|weeks?|hours?)\s+early|ahead\s+of\s+schedule|on\s+schedule)\b",
    re.IGNORECASE,
)
# A sentence that opens on a point in time reached ("By March, we had...").
_BY_OPENING = re.compile(
    r"^(?:(?:and|but|so|then|yeah|um|uh|erm|er|okay|ok|well)[\s,]+)*by\s+(?!\w+ing\b)",
    re.IGNORECASE,
)
_PAST = re.compile(r"\b(?:was|were|had|kept|came|went|got|began|[a-z]{3,}ed)\b", re.IGNORECASE)
# Past tense of any verb, for a closing outcome ("We lost about an hour of orders").
_ANY_PAST = re.compile(
    r"\b(?:was|were|had|[a-z]{3,}ed|"
    + "|".join((_IRREGULAR + " lost won became grew fell rose left saw came went knew").split())
    + r")\b|\b(?:\w+)['’]d\s+\w+ed\b",
    re.IGNORECASE,
)
# Opinions and habits, which close an answer without telling an outcome.
_OPINION = re.compile(
    r"\bI\s+(?:think|feel|believe|guess|suppose|hope|enjoy|like|love)\b|\bhonestly\b"
    r"|\bin\s+general\b|\b(?:it|that)(?:'s|\s+is|\s+was)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?"
    r"(?:kind|sort|example|challenge|experience|job)\b"
    r"|^(?:it|that|this)\s+(?:was|has\s+been)\s+(?:a\s+)?(?:really\s+|very\s+|quite\s+|pretty\s+)?"
    r"(?:hard|tough|difficult|stressful|challenging|busy|intense|hectic|interesting|fun|tiring)\b",
    re.IGNORECASE,
)
# Present tense and habit: a self-description, not a scene.
_PRESENT = re.compile(
    r"\b(?:am|is|are|have|has|always|usually)\b|['’](?:m|re|ve|s)\b", re.IGNORECASE
)
_FIRST_PERSON_OPENING = re.compile(r"\s*(?:I|we)\b", re.IGNORECASE)
_BE_PAST = re.compile(r"\b(?:was|were|had)\b", re.IGNORECASE)
# "I would", "I'd listen" (not "I'd written": that is a past step).
_HYPOTHETICAL = re.compile(
    r"\b(?:I|we)(?:\s+(?:would|will|could)\b|\s*['’]d\s+(?!been\b|\w+(?:ed|en|t)\b)\w+|"
    r"\s*['’]ll\b)|^\s*(?:if|say|suppose|imagine)\b",
    re.IGNORECASE,
)

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
        or (not first and _BY_OPENING.search(sentence))
        or ("task" not in parts and _RESULT_DEADLINE.search(sentence))
        or (not first and "task" not in parts and _RESULT_WEAK.search(sentence))
    ):
        parts.add("result")
    # an opening about events around the speaker ("Our courier lost three parcels")
    told_in_past = _BE_PAST.search(sentence) or (
        _ANY_PAST.search(sentence)
        and not _PRESENT.search(sentence)
        and not _FIRST_PERSON_OPENING.match(sentence)
    )
    if first and not parts and told_in_past and not _HYPOTHETICAL.search(sentence):
        parts.add("situation")  # an opening told in the past tense sets the scene
    return parts


def find_star(text: str) -> dict[str, str | None]:
    """Map each STAR part to the sentence(s) of ``text`` that show it, or None."""
    spans = segments(text)
    found = [classify(text[s:e], i == 0) for i, (s, e) in enumerate(spans)]
    first_action = next((i for i, parts in enumerate(found) if "action" in parts), 0)
    last = len(found) - 1
    if (
        first_action < last
        and "action" in found[first_action]
        and not any("result" in parts for parts in found[first_action:])
        and not found[last] & {"task", "action"}
        and _closes_with_outcome(text[spans[last][0] : spans[last][1]])
    ):
        found[last] = found[last] | {"result"}  # a closing outcome told without a cue word
    star: dict[str, str | None] = dict.fromkeys(PARTS)
    for part in PARTS:
        hits = [i for i, parts in enumerate(found) if part in parts]
        if not hits:
            continue
        # An outcome comes after the steps: skip problems told before them; and a
        # scene told after the steps that is also an outcome is the outcome only.
        if part == "result":
            later = [i for i in hits if i >= first_action]
        elif part == "situation" and "action" in found[first_action]:
            hits = [i for i in hits if i <= first_action or "result" not in found[i]]
            later = hits
            if not hits:
                continue
        else:
            later = hits
        begin = (later or hits)[0]
        end = begin
        later_parts = set(PARTS[PARTS.index(part) + 1 :])
        while end + 1 < len(found) and part in found[end + 1] and not found[end + 1] & later_parts:
            end += 1
        star[part] = text[spans[begin][0] : spans[end][1]]
    return star


def _closes_with_outcome(sentence: str) -> bool:
    """Whether a closing sentence after the steps reports what happened, not an opinion."""
    return (
        bool(_ANY_PAST.search(sentence))
        and not _OPINION.search(sentence)
        and not _HYPOTHETICAL.search(sentence)
    )


def has_number(text: str) -> bool:
    """Whether ``text`` states a number: digits, money, a percentage or a number word."""
    return bool(_NUMBER.search(text))
