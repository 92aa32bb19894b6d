"""The regular expressions that find time expressions, built from a :class:`Lexicon`.

Each rule is one compiled pattern with named groups; :mod:`storyline.time.finder` runs them
all and keeps the longest non-overlapping matches. Word edges are explicit look-arounds that
also treat Devanagari signs as word characters (``\\b`` does not).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from storyline.time.lexicon import Lexicon, alternation, load_lexicon, squash

WORD_START = r"(?<![\w\u0900-\u0963\u0966-\u097F])"
WORD_END = r"(?![\w\u0900-\u0963\u0966-\u097F])"
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
FLAGS = re.IGNORECASE | re.UNICODE


@dataclass(frozen=True)
class Rule:
    """One pattern; ``name`` tells the resolver how to read its groups; lower ``rank`` wins ties."""

    name: str
    pattern: re.Pattern[str]
    rank: int
    trigger: str  # which trigger words it cannot match without (see ``trigger_patterns``)


@dataclass(frozen=True)
class Grammar:
    lexicon: Lexicon
    rules: tuple[Rule, ...]
    future_cue: re.Pattern[str]
    past_cue: re.Pattern[str] | None
    licensor_before: re.Pattern[str]
    blocker_before: dict[str, re.Pattern[str]]
    count_before: re.Pattern[str] | None
    triggers: Triggers
    abbreviations: frozenset[str]


def _group(name: str, body: str) -> str:
    return f"(?P<{name}>{body})"


def build_grammar(lexicon: Lexicon) -> Grammar:
    lx = lexicon
    months = dict(lx.months)
    abbreviations = lx.month_abbreviations
    full = [m for m in months if m not in abbreviations]
    month = f"(?:{alternation(full)}|{alternation(abbreviations)}\\.?)" if abbreviations else alternation(full)
    weekday = alternation(lx.weekdays)
    weekday_prefix = f"(?:{_group('wd', weekday)},?\\s+)?"
    ordinal = f"(?:{lx.ordinal_suffix})?" if lx.ordinal_suffix else ""
    day = f"(?:{DAY}|{alternation(lx.first_day_words)})" if lx.first_day_words else DAY
    year_words = f"(?:\\s*{_group('yw', alternation(lx.year_post))})?" if lx.year_post else ""
    dm_link = f"(?:\\s+{alternation(lx.day_month_link)})?" if lx.day_month_link else ""
    my_link = f"(?:{alternation(lx.month_year_link)}\\s+)?" if lx.month_year_link else ""
    number = f"(?:\\d{{1,3}}|{alternation(lx.numbers)})"
    unit = alternation(lx.units)
    fuzzy = f"(?:{_group('fz', alternation(lx.fuzzy_pre))}\\s*)?" if lx.fuzzy_pre else ""
    s, e = WORD_START, WORD_END
    not_comparative = f"(?!\\s+{alternation(lx.comparative_tails)}{e})" if lx.comparative_tails else ""
    unit_pre = alternation(lx.unit_modifiers_pre)

    sources: list[tuple[str, str]] = [
        (
            "iso",
            rf"{s}(?P<y>\d{{4}})(?P<isep>[-/.])(?P<m>\d{{1,2}})(?P=isep)(?P<d>\d{{1,2}})"
            rf"(?:T\d{{2}}:\d{{2}}(?::\d{{2}})?)?{e}",
        ),
        ("chain", rf"{s}(?P<c>{alternation(lx.chain)}){e}{not_comparative}"),
        ("numeric", rf"{s}(?P<a>\d{{1,2}})(?P<sep>[./])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}}){e}"),
        (
            "day_month",
            rf"{s}{weekday_prefix}(?:the\s+)?(?P<d>{day}){ordinal}(?:\s?[-–]\s?(?P<d2>{DAY}){ordinal})?"
            rf"{dm_link}(?:\s+|-|\.\s*)(?P<mon>{month})(?:,?\s+{my_link}(?P<y>{YEAR}){year_words})?{e}",
        ),
        (
            "month_year",
            rf"{s}{fuzzy}(?P<mon>{month}),?\s+{my_link}(?P<y>{YEAR}){year_words}{e}",
        ),
        ("year", rf"{s}{fuzzy}(?:(?P<pre>{alternation(lx.year_pre)})\s+)?(?P<y>{YEAR}){year_words}{e}"),
        ("day_word", rf"{s}{fuzzy}(?P<w>{alternation(list(lx.day_words) + list(lx.tense_day_words))}){e}"),
        (
            "weekday",
            rf"{s}(?:(?P<pre>{alternation(lx.weekday_modifiers_pre)})\s+)?(?P<wd>{weekday})"
            rf"(?:\s+(?P<post>{alternation(lx.weekday_modifiers_post)}))?{e}",
        ),
        ("rel_unit_pre", rf"{s}{fuzzy}(?P<pre>{unit_pre})\s+(?P<u>{unit}){e}"),
        (
            "rel_unit_post",
            rf"{s}{fuzzy}(?:(?:the|la|le|el|il|lo|l['’])\s*)?(?P<u>{unit})\s+(?P<post>{alternation(lx.unit_modifiers_post)}){e}",
        ),
        ("ago_post", rf"{s}(?P<n>{number})\s+(?P<u>{unit})\s+(?P<ago>{alternation(lx.ago_post)}){e}"),
        ("ago_pre", rf"{s}(?P<ago>{alternation(lx.ago_pre)})\s+(?:(?P<n>{number})\s+)?(?P<u>{unit}){e}"),
        ("in_pre", rf"{s}(?P<inp>{alternation(lx.in_pre)})\s+(?P<n>{number})\s+(?P<u>{unit}){e}"),
        ("in_post", rf"{s}(?P<n>{number})\s+(?P<u>{unit})\s+(?P<inp>{alternation(lx.in_post)}){e}"),
        ("later", rf"{s}(?P<n>{number})\s+(?P<u>{unit})\s+(?P<dir>{alternation(lx.later_post)}){e}{not_comparative}"),
        (
            "earlier",
            rf"{s}(?P<n>{number})\s+(?P<u>{unit})\s+(?P<dir>{alternation(lx.earlier_post)}){e}{not_comparative}",
        ),
        (
            "duration",
            rf"{s}(?:(?P<pre>{alternation(lx.duration_pre)})\s+)?(?P<n>{number})(?:\s+|-)(?P<u>{unit}){e}",
        ),
        ("ref", rf"{s}(?P<r>{alternation(lx.refs)}){e}"),
    ]
    if lx.bare_duration_pre and lx.plural_units:
        sources.append(
            (
                "bare_duration",
                rf"{s}(?P<pre>{alternation(lx.bare_duration_pre)})\s+(?P<u>{alternation(lx.plural_units)}){e}",
            )
        )
    if lx.quarters:
        link = f"\\s+{alternation(lx.quarter_year_link)}" if lx.quarter_year_link else ""
        sources.append(
            (
                "quarter",
                rf"{s}(?:the\s+)?(?P<q>{alternation(lx.quarters)})"
                rf"(?:{link}\s+(?:(?P<y>{YEAR})|(?P<pre>{unit_pre})\s+(?P<u>{unit})))?{e}",
            )
        )
    if lx.day_range_links:
        ranges = "|".join(
            f"{alternation([first])}\\s+(?P<d{i}>{day}){ordinal}\\s+{alternation([second])}\\s+(?P<e{i}>{day}){ordinal}"
            for i, (first, second) in enumerate(lx.day_range_links)
        )
        sources.append(
            (
                "day_range",
                rf"{s}(?:{ranges}){dm_link}\s+(?P<mon>{month})(?:,?\s+{my_link}(?P<y>{YEAR}){year_words})?{e}",
            )
        )
    if lx.day_only_prefix:
        sources.append(
            (
                "day_only",
                rf"{s}(?P<pre>{alternation(lx.day_only_prefix)})\s+(?P<d>{DAY}){ordinal}{e}(?!\s*[-–./]?\s*\d)",
            )
        )
    if lx.date_order == "mdy":
        sources.append(
            (
                "month_day",
                rf"{s}{weekday_prefix}(?P<mon>{month})\s+(?P<d>{DAY}){ordinal}(?:\s?[-–]\s?(?P<d2>{DAY}){ordinal})?"
                rf"(?:,?\s+(?P<y>{YEAR}))?{e}",
            )
        )
    month_pre = tuple(lx.month_modifiers_pre)
    sources.append(
        (
            "month",
            rf"{s}{fuzzy}(?:(?P<pre>{alternation(month_pre)})\s+)?(?P<mon>{alternation(full)})"
            rf"(?:\s+(?P<post>{alternation(lx.month_modifiers_post)}))?{e}",
        )
    )
    for pattern in lx.decade_patterns:
        sources.append(("decade", rf"{s}{fuzzy}{pattern}{e}"))
    for pattern in lx.century_patterns:
        sources.append(("century", rf"{s}{pattern}{e}"))
    if lx.seasons:
        seasons = alternation(lx.seasons)
        sources.append(
            (
                "season",
                rf"{s}{fuzzy}(?:(?P<pre>{unit_pre})\s+)?(?P<season>{seasons})"
                rf"(?:\s+(?:of\s+|de\s+|del\s+)?(?P<y>{YEAR}))?{e}",
            )
        )
    rules = tuple(
        Rule(name, re.compile(within_line(src), FLAGS), rank, RULE_TRIGGERS.get(name, "digit"))
        for rank, (name, src) in enumerate(sources)
    )
    future_parts = [cue_pattern(lx.future_cues)] + [f"(?:{p}){WORD_END}" for p in lx.future_cue_patterns]
    future = re.compile(WORD_START + "(?:" + "|".join(future_parts) + ")", FLAGS)
    past_parts = [alternation(lx.past_cues)] if lx.past_cues else []
    past_parts += list(lx.past_cue_patterns)
    past = re.compile(WORD_START + "(?:" + "|".join(past_parts) + ")" + WORD_END, FLAGS) if past_parts else None
    licensor = re.compile(WORD_START + alternation(lx.month_licensors) + r"\s*$", FLAGS)
    blockers = {
        form: re.compile(WORD_START + alternation(words) + r"\s+$", FLAGS) for form, words in lx.blockers.items()
    }
    count = re.compile(WORD_START + alternation(lx.count_words) + r"\s+$", FLAGS) if lx.count_words else None
    return Grammar(lx, rules, future, past, licensor, blockers, count, trigger_table(lx), abbreviations)


RULE_TRIGGERS = {
    "chain": "chain",
    "day_month": "month",
    "day_range": "month",
    "day_only": "digit",
    "month_year": "month",
    "month_day": "month",
    "month": "month",
    "day_word": "day_word",
    "weekday": "weekday",
    "rel_unit_pre": "unit",
    "rel_unit_post": "unit",
    "ago_post": "unit",
    "ago_pre": "unit",
    "in_pre": "unit",
    "in_post": "unit",
    "later": "unit",
    "earlier": "unit",
    "duration": "unit",
    "bare_duration": "unit",
    "ref": "ref",
    "quarter": "quarter",
    "season": "season",
    "century": "century",
}  # every other rule needs a digit


@dataclass(frozen=True)
class Triggers:
    """One pattern for every trigger word, and which kinds of rule each word triggers."""

    pattern: re.Pattern[str]
    kinds_of_word: dict[str, frozenset[str]]


def trigger_table(lx: Lexicon) -> Triggers:
    """For each kind of rule, the words it cannot match without: see ``finder.trigger_windows``."""

    def last_words(phrases: Iterable[str]) -> set[str]:
        # the last word of a phrase is its distinctive one ("the next day", "at the time", "last night")
        return {squash(phrase.replace("-", " ")).split()[-1] for phrase in phrases if phrase.strip()}

    words_by_kind: dict[str, set[str]] = {
        "month": set(lx.months),
        "weekday": set(lx.weekdays),
        "day_word": last_words(list(lx.day_words) + list(lx.tense_day_words)),
        "unit": set(lx.units) | set(lx.plural_units),
        "chain": last_words(lx.chain),
        "ref": last_words(lx.refs),
        "quarter": last_words(lx.quarters),
        "season": last_words(lx.seasons),
    }
    kinds: dict[str, set[str]] = {}
    for kind, words in words_by_kind.items():
        for word in words:
            kinds.setdefault(squash(word), set()).add(kind)
    pattern = re.compile(
        rf"(?P<digit>\d+)|(?P<roman>{WORD_START}[XVI]{{1,5}}{WORD_END})|{WORD_START}(?P<word>{alternation(kinds)}){WORD_END}",
        FLAGS,
    )
    return Triggers(pattern, {word: frozenset(k) for word, k in kinds.items()})


def within_line(pattern: str) -> str:
    """The pattern with its white space kept inside one line: an expression never spans a line break."""
    return pattern.replace(r"\s+", r"[^\S\n]+").replace(r"\s*", r"[^\S\n]*").replace(r"\s?", r"[^\S\n]?")


def cue_pattern(cues: tuple[str, ...]) -> str:
    """Whole-word cues, except those marked as stems with a trailing ``*`` ("следующ*")."""
    words = [c for c in cues if not c.endswith("*")]
    stems = [c[:-1] for c in cues if c.endswith("*")]
    parts = [f"{alternation(words)}{WORD_END}"] if words else []
    parts += [alternation(stems)] if stems else []
    return "(?:" + "|".join(parts) + ")" if parts else "(?!x)x"


@cache
def grammar_for(lang: str) -> Grammar:
    """The compiled grammar of ``lang``, built once per process (read-only)."""
    return build_grammar(load_lexicon(lang))
