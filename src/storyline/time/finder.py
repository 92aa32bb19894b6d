"""Find candidate time expressions in a text: run every rule, drop false friends, keep the longest.

False friends are dropped here, before resolution: month names that are also common words
("May", "March", "мая" is fine but "лютий" is an adjective) need a licensing word before them
("in May", "since March") or a day or year beside them; in languages that capitalise them
(en, de) month and weekday names must be capitalised; bare four-digit numbers next to currency
signs or percentages are not years; words listed as blockers in the lexicon ("la mañana" is the
morning, not tomorrow) are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from storyline.time.grammar import Grammar
from storyline.time.lexicon import squash

_NOT_YEAR_BEFORE = re.compile(r"(?:[$€£¥₴₽#№]|\d[.,]?|[.,])\s*$")
_NOT_YEAR_AFTER = re.compile(
    r"^(?:\s*%|[.,]\d|\s*(?:per\s*cent|percent|процент|відсот|prozent|pour\s*cent|por\s*ciento))", re.I
)
_AGE_AFTER = re.compile(r"-?\s?old\b|\s+of\s+age\b", re.I)
_WORD_NEXT = re.compile(r"\s+[\w\u0900-\u0963\u0966-\u097F]")
# How far before and after a trigger word its rules can reach: longer than any prefix a rule puts
# before it ("a finales de", "at the beginning of next") and any tail after it ("2021 года", "ago").
_DEFAULT_MARGINS = (48, 40)
_MARGINS = {"digit": (36, 16), "century": (4, 24), "month": (48, 28), "unit": (48, 28)}
_TRIMMED_PREFIX_GROUPS = {"year": "pre", "duration": "pre"}


@dataclass(frozen=True)
class Candidate:
    """One rule's match: its span in the text and the text of each named group."""

    start: int
    end: int
    rule: str
    rank: int
    groups: dict[str, str | None]
    full_start: int  # where the match began before a leading preposition was trimmed off

    def get(self, name: str) -> str | None:
        return self.groups.get(name)


def _capitalised(word: str | None) -> bool:
    return bool(word) and word[0].isupper()  # type: ignore[index]


def _keep(grammar: Grammar, text: str, match: re.Match[str], rule: str) -> bool:
    lexicon = grammar.lexicon
    groups = match.groupdict()
    before = text[max(0, match.start() - 40) : match.start()]
    mon = groups.get("mon")
    if mon is not None and lexicon.month_needs_capital and not _capitalised(mon):
        return False
    wd = groups.get("wd")
    if wd is not None and lexicon.month_needs_capital and not _capitalised(wd):
        return False
    if rule == "month" and not (groups.get("pre") or groups.get("fz") or groups.get("post")):
        form = squash(mon or "")
        if form in lexicon.month_ambiguous and not grammar.licensor_before.search(before):
            return False
    bare_year = rule == "year" and not (groups.get("pre") or groups.get("yw") or groups.get("fz"))
    if bare_year and (_NOT_YEAR_BEFORE.search(before) or _NOT_YEAR_AFTER.search(text[match.end() : match.end() + 12])):
        return False
    if bare_year and grammar.count_before is not None and grammar.count_before.search(before):
        return False  # "über 2000 Tote", "more than 2010 votes"
    for name in ("w", "wd"):
        word = groups.get(name)
        if word is not None:
            blocker = grammar.blocker_before.get(squash(word))
            if blocker is not None and blocker.search(before):
                return False
    after = text[match.end() : match.end() + 12]
    if rule in ("duration", "bare_duration") and _AGE_AFTER.match(after):
        return False
    if rule in ("chain", "later", "earlier") and _ends_with_preposition(
        lexicon.prepositional_tails, match.group(0), after
    ):
        return False
    return rule != "numeric" or _valid_numeric(groups)


def _ends_with_preposition(tails: tuple[str, ...], matched: str, after: str) -> bool:
    """ "the day before" followed by a noun phrase is a preposition ("the day before the vote")."""
    last = matched.rsplit(None, 1)[-1].lower()
    return last in tails and bool(_WORD_NEXT.match(after))


def _valid_numeric(groups: dict[str, str | None]) -> bool:
    a, b = int(groups["a"] or 0), int(groups["b"] or 0)
    return 1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)


def trigger_windows(grammar: Grammar, text: str) -> dict[str, list[tuple[int, int]]]:
    """For each kind of rule, the stretches of ``text`` around the words it cannot match without
    (digits, month and weekday names, units, ...), merged and widened to white space. Only these
    are searched: most of a news text holds no time expression, and the rules are slow to run."""
    raw: dict[str, list[tuple[int, int]]] = {}
    kinds_of_word = grammar.triggers.kinds_of_word
    for match in grammar.triggers.pattern.finditer(text):
        if match.lastgroup == "digit":
            kinds: Iterable[str] = ("digit", "century")
        elif match.lastgroup == "roman":
            kinds = ("century",)
        else:
            kinds = kinds_of_word.get(squash(match.group(0)), ())
        for kind in kinds:
            before, after = _MARGINS.get(kind, _DEFAULT_MARGINS)
            lo, hi = max(0, match.start() - before), min(len(text), match.end() + after)
            spans = raw.setdefault(kind, [])
            if spans and lo <= spans[-1][1]:
                spans[-1] = (spans[-1][0], hi)
            else:
                spans.append((lo, hi))
    return {kind: _widen(text, spans) for kind, spans in raw.items()}


def _widen(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def find_candidates(grammar: Grammar, text: str) -> list[Candidate]:
    """All rule matches that survive the false-friend checks, overlapping ones included."""
    found: list[Candidate] = []
    windows = trigger_windows(grammar, text)
    for rule in grammar.rules:
        spans = windows.get(rule.trigger, ())
        for match in (m for lo, hi in spans for m in rule.pattern.finditer(text, lo, hi)):
            if match.end() == match.start() or not _keep(grammar, text, match, rule.name):
                continue
            start = match.start()
            trimmed = _TRIMMED_PREFIX_GROUPS.get(rule.name)
            if trimmed and match.group(trimmed) and not match.groupdict().get("fz"):
                start = match.end(trimmed)
                while start < match.end() and text[start].isspace():
                    start += 1
            found.append(Candidate(start, match.end(), rule.name, rule.rank, match.groupdict(), match.start()))
    return found


def select_longest(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest first (ties: earlier rule), returned in text order."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.full_start), c.rank, c.start)):
        if any(cand.full_start < end and start < cand.end for start, end in taken):
            continue
        chosen.append(cand)
        taken.append((cand.full_start, cand.end))
    return sorted(chosen, key=lambda c: c.start)
