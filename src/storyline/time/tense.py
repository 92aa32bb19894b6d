"""Is the clause around a time expression about the future or the past?

Cheap and language-table driven: within the sentence holding the expression, find the cue words
the lexicon lists for the future ("will", "будет", "wird", "odbędzie", stems such as "следующ")
and, where listed, for the past ("said", "was"), plus, in Russian and Ukrainian, the tense of each
finite verb (:mod:`storyline.time.morph`); the cue nearest to the expression decides, a future
cue winning a tie. With no cue the answer is ``None`` and callers apply their default
(news mostly reports the past).
"""

from __future__ import annotations

import re

from storyline.time.grammar import Grammar
from storyline.time.morph import verb_tenses

_SENTENCE_EDGE = re.compile(r"[.!?;]\s|[।\n]")
_WINDOW = 200


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of ``text`` around ``start..end`` up to the nearest sentence edges (bounded)."""
    left = max(0, start - _WINDOW)
    lo = left
    for match in _SENTENCE_EDGE.finditer(text, left, start):
        lo = match.end()
    hi_match = _SENTENCE_EDGE.search(text, end, min(len(text), end + _WINDOW))
    hi = hi_match.start() + 1 if hi_match else min(len(text), end + _WINDOW)
    return lo, hi


def _nearest_distance(pattern: re.Pattern[str], text: str, lo: int, hi: int, start: int, end: int) -> int | None:
    best: int | None = None
    for match in pattern.finditer(text, lo, hi):
        if start <= match.start() < end:
            continue  # a cue inside the expression itself ("next Friday") is handled by the rule
        distance = start - match.end() if match.end() <= start else match.start() - end
        if best is None or distance < best:
            best = distance
    return best


def _distance(cue_start: int, cue_end: int, start: int, end: int) -> int | None:
    if start <= cue_start < end:
        return None
    return start - cue_end if cue_end <= start else cue_start - end


def _closer(current: int | None, candidate: int | None) -> int | None:
    if candidate is None:
        return current
    return candidate if current is None or candidate < current else current


def clause_tense(grammar: Grammar, text: str, start: int, end: int) -> str | None:
    """``"future"``, ``"past"`` or None (no cue) for the expression at ``start..end``."""
    lo, hi = sentence_bounds(text, start, end)
    future = _nearest_distance(grammar.future_cue, text, lo, hi, start, end)
    morph_past: int | None = None
    for cue_start, cue_end, tense in verb_tenses(grammar.lexicon.lang, text, lo, hi):
        distance = _distance(cue_start, cue_end, start, end)
        if tense == "future":
            future = _closer(future, distance)
        else:
            morph_past = _closer(morph_past, distance)
    if morph_past is not None and (future is None or morph_past < future):
        return "past"
    if future is None:
        return "past" if grammar.past_cue is not None and grammar.past_cue.search(text, lo, hi) else None
    if grammar.past_cue is None:
        return "future"
    past = _nearest_distance(grammar.past_cue, text, lo, hi, start, end)
    if past is not None and past < future:
        return "past"
    return "future"
