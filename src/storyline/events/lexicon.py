"""Hand-written language data for events: trigger lexicons and cue words, compiled to regexes.

The data live in ``storyline/data/events`` (see ``triggers/README.md`` there for the small pattern
language). Everything here is read once per :class:`EventLexicon` object, lazily per language.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import Any

SUPPORTED_LANGUAGES = ("en", "ru", "uk", "de", "fr", "es", "it", "pl", "hi")

# a "letter" for word boundaries: Unicode letters plus Devanagari signs and combining marks
_LETTER = r"[^\W\d_]|[\u0900-\u097F\u0300-\u036F']"
_GAP = r"(?:\s+\S+){0,4}?\s+"


def compile_pattern(alternatives: str) -> re.Pattern[str]:
    """Compile ``a b*|c ... d`` alternatives (see the README) into one case-insensitive regex."""
    parts = []
    for alternative in alternatives.split("|"):
        alternative = alternative.strip()
        if not alternative:
            continue
        words = alternative.split()
        out: list[str] = []
        pending_gap = False
        for word in words:
            if word == "...":
                pending_gap = True
                continue
            if out:
                out.append(_GAP if pending_gap else r"\s+")
            pending_gap = False
            if word.endswith("*"):
                out.append(re.escape(word[:-1]) + rf"(?:{_LETTER}|-)*")
            else:
                out.append(re.escape(word).replace("'", "['’]"))
        body = "".join(out)
        tail = "" if alternative.endswith("*") else rf"(?!{_LETTER})"
        parts.append(f"{body}{tail}")
    if not parts:
        return re.compile(r"(?!x)x")
    # longest alternatives first so that the regex prefers them at one position; the word-start
    # look-behind is shared by all of them, so it is tested once per position, not once per alternative
    parts.sort(key=len, reverse=True)
    return re.compile(rf"(?<!{_LETTER})(?:{'|'.join(parts)})", re.IGNORECASE)


def literal_heads(alternatives: str) -> tuple[str, ...] | None:
    """Lower-cased literal beginnings of each alternative: a match of the pattern contains one of them.

    The head is the first word without its stem star and without anything from an apostrophe on
    (the pattern lets ``'`` match ``’``). None when some alternative has no literal head, i.e. the
    pattern cannot be pre-checked by substring search.
    """
    heads = set()
    for alternative in alternatives.split("|"):
        words = [w for w in alternative.split() if w != "..."]
        if not words:
            continue
        head = re.split("['’]", words[0].removesuffix("*"), maxsplit=1)[0].lower()
        if not head:
            return None
        heads.add(head)
    return tuple(sorted(heads))


@dataclass(frozen=True, slots=True)
class TriggerRule:
    type: str
    mode: str | None
    weight: float
    pattern: re.Pattern[str]
    heads: tuple[str, ...] | None = None  # see literal_heads; None = always run the pattern


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    type: str
    mode: str | None
    weight: float
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class LanguageCues:
    negation: re.Pattern[str]
    future: re.Pattern[str]
    conditional: re.Pattern[str]
    intent: re.Pattern[str]
    reporting: re.Pattern[str]
    complementizer: re.Pattern[str]
    location: re.Pattern[str]
    with_: re.Pattern[str]
    passive: re.Pattern[str]
    and_: re.Pattern[str]
    pronoun: re.Pattern[str]
    according: re.Pattern[str]
    preposition: re.Pattern[str]
    passive_aux: re.Pattern[str]
    verb_ending: re.Pattern[str] | None
    future_ending: re.Pattern[str] | None


def _ending_pattern(endings: str) -> re.Pattern[str] | None:
    """Word endings of finite verbs and infinitives (for free word order languages), or None."""
    alternatives = sorted((e for e in endings.split("|") if e), key=len, reverse=True)
    if not alternatives:
        return None
    return re.compile("(?:" + "|".join(map(re.escape, alternatives)) + ")$", re.IGNORECASE)


def is_nominal(trigger_text: str, cues: LanguageCues) -> bool:
    """True when the trigger looks like a noun ("санкции", "strajków") rather than a verb ("ввела")."""
    if cues.verb_ending is None:
        return False
    return not any(cues.verb_ending.search(word) for word in trigger_text.split())


def _data_text(*parts: str) -> str:
    node = resources.files("storyline").joinpath("data")
    for part in parts:
        node = node.joinpath(part)
    return node.read_text(encoding="utf-8")


def read_trigger_table(lang: str) -> list[tuple[str, str | None, float, str]]:
    """Rows ``(type, mode, weight, alternatives)`` of a language's trigger table."""
    rows = []
    for line in _data_text("events", "triggers", f"{lang}.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        event_type, mode, weight, alternatives = line.split("\t")
        rows.append((event_type, None if mode == "-" else mode, float(weight), alternatives))
    return rows


class EventLexicon:
    """Trigger rules and cue patterns per language (compiled on first use of each language)."""

    def __init__(self) -> None:
        self._rules: dict[str, list[TriggerRule]] = {}
        self._heads: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        self._cues: dict[str, LanguageCues] = {}

    @cached_property
    def _cue_data(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(_data_text("events", "cues.json"))
        return data

    @staticmethod
    def language(lang: str | None) -> str:
        return lang if lang in SUPPORTED_LANGUAGES else "en"

    def rules(self, lang: str | None) -> list[TriggerRule]:
        lang = self.language(lang)
        if lang not in self._rules:
            self._rules[lang] = [
                TriggerRule(t, m, w, compile_pattern(alts), literal_heads(alts))
                for t, m, w, alts in read_trigger_table(lang)
            ]
        return self._rules[lang]

    def _head_index(self, lang: str) -> list[tuple[str, tuple[int, ...]]]:
        """(literal head, indices of the rules that have it), for the language's pre-check."""
        if lang not in self._heads:
            by_head: dict[str, list[int]] = {}
            for index, rule in enumerate(self.rules(lang)):
                for head in rule.heads or ():
                    by_head.setdefault(head, []).append(index)
            self._heads[lang] = [(head, tuple(indices)) for head, indices in sorted(by_head.items())]
        return self._heads[lang]

    def candidate_rules(self, text: str, lang: str | None) -> list[TriggerRule]:
        """The rules that can match ``text``: those with a literal head in it, and those without heads.

        A substring test per head is far cheaper than running ~50 alternation regexes (whose leading
        look-behind defeats the regex engine's own literal pre-search) over every sentence.
        """
        lang = self.language(lang)
        rules = self.rules(lang)
        lowered = text.lower()
        wanted = {index for index, rule in enumerate(rules) if rule.heads is None}
        for head, indices in self._head_index(lang):
            if head in lowered:
                wanted.update(indices)
        return [rules[index] for index in sorted(wanted)]

    def cues(self, lang: str | None) -> LanguageCues:
        lang = self.language(lang)
        if lang not in self._cues:
            raw = self._cue_data[lang]
            self._cues[lang] = LanguageCues(
                negation=compile_pattern(raw["negation"]),
                future=compile_pattern(raw["future"]),
                conditional=compile_pattern(raw["conditional"]),
                intent=compile_pattern(raw["intent"]),
                reporting=compile_pattern(raw["reporting"]),
                complementizer=compile_pattern(raw["complementizer"]),
                location=compile_pattern(raw["location"]),
                with_=compile_pattern(raw["with"]),
                passive=compile_pattern(raw["passive"]),
                and_=compile_pattern(raw["and"]),
                pronoun=compile_pattern(raw["pronoun"]),
                according=compile_pattern(raw["according"]),
                preposition=compile_pattern(raw["preposition"]),
                passive_aux=compile_pattern(raw["passive_aux"]),
                verb_ending=_ending_pattern(raw["verb_endings"]),
                future_ending=_ending_pattern(raw["future_endings"]),
            )
        return self._cues[lang]

    def find_triggers(self, text: str, lang: str | None) -> list[TriggerMatch]:
        """Every trigger in ``text``; of overlapping matches only the longest (then strongest) is kept."""
        found: list[TriggerMatch] = []
        for rule in self.candidate_rules(text, lang):
            for match in rule.pattern.finditer(text):
                found.append(
                    TriggerMatch(rule.type, rule.mode, rule.weight, match.start(), match.end(), match.group(0))
                )
        found.sort(key=lambda m: (-(m.end - m.start), -m.weight, m.start))
        kept: list[TriggerMatch] = []
        for trigger in found:
            if all(trigger.end <= k.start or trigger.start >= k.end for k in kept):
                kept.append(trigger)
        kept.sort(key=lambda m: m.start)
        return kept
