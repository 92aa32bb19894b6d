"""Turn a candidate expression into a date span, against the article date or the previous date.

Policies:

* full dates and years resolve without an anchor; anything relative needs one (the article's
  publication date) and stays ``unresolved`` (no dates) without it; nothing is ever invented;
* a day and month without a year take the year that puts the date nearest the anchor, unless the
  clause is clearly past or future (see :mod:`storyline.time.tense`) and that candidate is not
  implausibly far away ("December 15" in a report of 2022-01-10 is 2021-12-15);
* a month alone is the latest such month up to the anchor's, or the next one from it when the
  clause is future ("могут в январе провести" in December: the coming January);
* a weekday alone is the latest such day up to the anchor (same day included), or the next one
  after it when the clause is future;
* chained phrases ("the next day", "накануне", "two days later") count from the latest day-level
  date found before them in the text; without one, from the anchor, marked approximate.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from storyline.time import calendar as cal
from storyline.time.calendar import Span
from storyline.time.finder import Candidate
from storyline.time.grammar import Grammar
from storyline.time.lexicon import squash
from storyline.time.tense import clause_tense

_PLAUSIBLE_DAYS = 200
_UNIT_LETTER = {"day": "D", "week": "W", "weekend": "WE", "month": "M", "year": "Y", "decade": "DE", "hour": "H"}


@dataclass(frozen=True)
class Resolution:
    """What a candidate means: a span (or None when it cannot be placed) and how it was found."""

    kind: str  # date | duration | ref
    granularity: str
    span: Span | None
    certainty: str  # exact | approximate | unresolved
    anchor: str  # published | previous | none
    reason: str
    timex: str  # TimeML-style value (for benchmarks): 2021-12-15, 2021-W50, P3Y, PRESENT_REF, XXXX-12-15


@dataclass(frozen=True)
class Context:
    grammar: Grammar
    text: str
    anchor: dt.date | None
    previous: Span | None
    # the latest date of any calendar granularity (day, month, year) before the expression: "in 2014 ...
    # two years later" counts from 2014, though 2014 is no day
    previous_any: Span | None = None


def _number(grammar: Grammar, word: str | None) -> int | None:
    if not word:
        return 1
    if word.isdigit():
        return int(word)
    value = grammar.lexicon.numbers.get(squash(word))
    return None if value is None or value < 0 else value


def _unit(grammar: Grammar, word: str | None) -> str:
    return grammar.lexicon.units.get(squash(word or ""), "day")


def _month(grammar: Grammar, word: str | None) -> int:
    return grammar.lexicon.months[squash(word or "").rstrip(".")]


def _day_number(text: str | None) -> int:
    """A day of the month from digits, or 1 for the words for "first" ("premier", "primo")."""
    return int(text) if text and text.isdigit() else 1


def _year(text: str | None) -> int | None:
    return int(text) if text else None


def _unresolved(granularity: str, reason: str, timex: str, kind: str = "date") -> Resolution:
    return Resolution(kind, granularity, None, "unresolved", "none", reason, timex)


def _placed(
    span: Span, reason: str, *, certainty: str = "exact", anchor: str = "none", kind: str = "date"
) -> Resolution:
    return Resolution(kind, span.granularity, span, certainty, anchor, reason, span.timex())


def _fuzzy(resolution: Resolution, cand: Candidate) -> Resolution:
    if cand.get("fz") and resolution.span is not None and resolution.certainty == "exact":
        return replace(resolution, certainty="approximate", reason=resolution.reason + "+fuzzy")
    return resolution


def _pick(candidates: list[dt.date], anchor: dt.date, tense: str | None) -> dt.date:
    """Choose among dates a year apart: by tense when that date is plausibly near; with no tense,
    the past one unless the future one is at most half as far (news mostly reports the past)."""
    past = max((d for d in candidates if d <= anchor), default=None)
    future = min((d for d in candidates if d > anchor), default=None)
    if past is None or future is None:
        return past or future or candidates[0]
    if tense == "past" and (anchor - past).days <= _PLAUSIBLE_DAYS:
        return past
    if tense == "future" and (future - anchor).days <= _PLAUSIBLE_DAYS:
        return future
    return future if 2 * (future - anchor).days <= (anchor - past).days else past


def resolve_day_month(ctx: Context, cand: Candidate, day: int, month: int, year: int | None) -> Resolution:
    rule = cand.rule
    if year is not None:
        date = cal.safe_date(year, month, day)
        if date is None:
            return _unresolved("day", f"{rule}:invalid", "XXXX-XX-XX")
        return _range(date, cand, f"{rule}:full")
    if ctx.anchor is None:
        return _unresolved("day", f"{rule}:no-year", f"XXXX-{month:02d}-{day:02d}")
    options = [
        d for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1) if (d := cal.safe_date(y, month, day))
    ]
    if not options:
        return _unresolved("day", f"{rule}:invalid", "XXXX-XX-XX")
    tense = clause_tense(ctx.grammar, ctx.text, cand.start, cand.end)
    chosen = _pick(options, ctx.anchor, tense)
    resolution = _range(chosen, cand, f"{rule}:year-inferred:{tense or 'nearest'}")
    return replace(resolution, anchor="published")


def _range(date: dt.date, cand: Candidate, reason: str) -> Resolution:
    second = cand.get("d2")
    if second:
        end = cal.safe_date(date.year, date.month, int(second))
        if end is not None and end > date:
            span = Span(date, end, "day")
            return _placed(span, reason + ":range")
    return _placed(cal.day_span(date), reason)


def resolve_day_only(ctx: Context, cand: Candidate) -> Resolution | None:
    """A day of the month alone ("el día 15"): that day of the anchor's month, or of the month
    before or after it, chosen by tense."""
    day = _day_number(cand.get("d"))
    if ctx.anchor is None:
        return _unresolved("day", "day_only:no-anchor", f"XXXX-XX-{day:02d}")
    months = [cal.add_months(ctx.anchor.replace(day=1), k) for k in (-1, 0, 1)]
    options = [d for m in months if (d := cal.safe_date(m.year, m.month, day))]
    if not options:
        return None
    tense = clause_tense(ctx.grammar, ctx.text, cand.start, cand.end)
    past = max((d for d in options if d <= ctx.anchor), default=None)
    future = min((d for d in options if d > ctx.anchor), default=None)
    chosen = future if (tense == "future" and future) or past is None else past
    if chosen is None:
        return None
    return _placed(cal.day_span(chosen), f"day_only:{tense or 'past'}", certainty="approximate", anchor="published")


def resolve_month(ctx: Context, cand: Candidate) -> Resolution:
    month = _month(ctx.grammar, cand.get("mon"))
    lexicon = ctx.grammar.lexicon
    shift = None
    if cand.get("pre"):
        shift = lexicon.month_modifiers_pre.get(squash(cand.get("pre") or ""))
    if cand.get("post"):
        shift = lexicon.month_modifiers_post.get(squash(cand.get("post") or ""))
    if ctx.anchor is None:
        return _unresolved("month", "month:no-anchor", f"XXXX-{month:02d}")
    anchor = ctx.anchor
    if shift is not None and abs(shift) == 12:  # "January of last year": the month in that year
        return _fuzzy(
            _placed(cal.month_span(anchor.year + shift // 12, month), "month:of-year", anchor="published"), cand
        )
    this_year = dt.date(anchor.year, month, 1)
    start_of_anchor_month = anchor.replace(day=1)
    if shift == -1:
        year = anchor.year if this_year < start_of_anchor_month else anchor.year - 1
    elif shift == 1:
        year = anchor.year if this_year > start_of_anchor_month else anchor.year + 1
    elif shift == 0:
        year = anchor.year
    else:
        tense = clause_tense(ctx.grammar, ctx.text, cand.start, cand.end)
        options = [dt.date(y, month, 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
        year = anchor.year if month == anchor.month else _pick(options, start_of_anchor_month, tense).year
    reason = "month:" + ("modifier" if shift is not None else "tense")
    return _fuzzy(_placed(cal.month_span(year, month), reason, anchor="published"), cand)


def resolve_weekday(ctx: Context, cand: Candidate) -> Resolution:
    lexicon = ctx.grammar.lexicon
    weekday = lexicon.weekdays[squash(cand.get("wd") or "")]
    shift = None
    if cand.get("pre"):
        shift = lexicon.weekday_modifiers_pre.get(squash(cand.get("pre") or ""))
    if cand.get("post"):
        shift = lexicon.weekday_modifiers_post.get(squash(cand.get("post") or ""))
    if ctx.anchor is None:
        return _unresolved("day", "weekday:no-anchor", f"XXXX-WXX-{weekday}")
    anchor = ctx.anchor
    back = (anchor.isoweekday() - weekday) % 7  # days back to the latest such weekday (0: today)
    ahead = (weekday - anchor.isoweekday()) % 7  # days ahead to the next one (0: today)
    if shift == 0:
        date = anchor + dt.timedelta(days=weekday - anchor.isoweekday())
        tense = "this"
    elif shift == -1:
        date = anchor - dt.timedelta(days=back or 7)
        tense = "last"
    elif shift == 1:
        date = anchor + dt.timedelta(days=ahead or 7)
        tense = "next"
    else:
        tense = clause_tense(ctx.grammar, ctx.text, cand.start, cand.end) or "past"
        date = anchor + dt.timedelta(days=ahead) if tense == "future" else anchor - dt.timedelta(days=back)
    return _placed(cal.day_span(date), f"weekday:{tense}", anchor="published")


def resolve_relative(ctx: Context, cand: Candidate, amount: int, unit: str, rule: str) -> Resolution:
    if ctx.anchor is None:
        return _unresolved(_granularity(unit), f"{rule}:no-anchor", "XXXX")
    span = cal.shift(ctx.anchor, amount, unit)
    certainty = "exact" if unit in ("day", "week", "month", "year", "weekend") or amount == 0 else "approximate"
    return _fuzzy(_placed(span, rule, certainty=certainty, anchor="published"), cand)


def _granularity(unit: str) -> str:
    return {"weekend": "week", "hour": "day", "minute": "day"}.get(unit, unit)


# the granularities a chained offset of each unit may count from: years from a year, month or day;
# months from a month or day; weeks and days only from a day
_CHAIN_BASES = {"year": ("year", "month", "day"), "decade": ("year", "month", "day"), "month": ("month", "day")}


def chain_base(ctx: Context, unit: str) -> Span | None:
    """The date a chained offset of ``unit`` counts from: the latest earlier date fine enough for the unit."""
    latest = ctx.previous_any
    if latest is not None and latest.granularity in _CHAIN_BASES.get(unit, ("day",)):
        return latest
    return ctx.previous


def resolve_chain(ctx: Context, cand: Candidate, amount: int, unit: str) -> Resolution:
    """``amount`` units after (or before, when negative) the previous date in the text (see chain_base)."""
    base = chain_base(ctx, unit)
    if base is not None:
        span = cal.shift(base.start, amount, unit)
        return _placed(span, f"chain:{amount:+d}{unit}", anchor="previous")
    if ctx.anchor is not None:
        span = cal.shift(ctx.anchor, amount, unit)
        return _placed(span, f"chain:{amount:+d}{unit}:from-published", certainty="approximate", anchor="published")
    return _unresolved(_granularity(unit), "chain:no-anchor", "XXXX-XX-XX")


def resolve_duration(ctx: Context, cand: Candidate) -> Resolution:
    amount = _number(ctx.grammar, cand.get("n"))
    unit = _unit(ctx.grammar, cand.get("u"))
    return Resolution(
        "duration", _granularity(unit), None, "unresolved", "none", "duration", _duration_timex(amount, unit)
    )


def _duration_timex(amount: int | None, unit: str) -> str:
    count = "X" if amount is None else str(amount)
    if unit in ("hour", "minute"):
        return f"PT{count}{unit[0].upper()}"
    if unit == "decade":  # TimeML writes decades as years
        return f"P{amount * 10}Y" if amount is not None else "PXDE"
    return f"P{count}{_UNIT_LETTER.get(unit, 'D')}"


def resolve_quarter(ctx: Context, cand: Candidate) -> Resolution:
    lexicon = ctx.grammar.lexicon
    quarter = lexicon.quarters[squash(cand.get("q") or "")]
    if cand.get("y"):
        year: int | None = int(cand.get("y") or 0)
        certainty, anchor = "exact", "none"
    elif ctx.anchor is None:
        year = None
    else:
        shift = lexicon.unit_modifiers_pre.get(squash(cand.get("pre") or ""), 0) if cand.get("u") else 0
        year = ctx.anchor.year + shift
        if not cand.get("u") and cal.quarter_span(year, quarter).start > ctx.anchor:
            year -= 1  # "the fourth quarter" said in January: the one just ended
        certainty, anchor = ("exact" if cand.get("u") else "approximate"), "published"
    if year is None:
        return _unresolved("month", "quarter:no-anchor", f"XXXX-Q{quarter}")
    span = cal.quarter_span(year, quarter)
    return _placed(span, "quarter", certainty=certainty, anchor=anchor)


def resolve_candidate(ctx: Context, cand: Candidate) -> Resolution | None:
    """The meaning of ``cand``, or None when it turns out not to be a time expression."""
    grammar, lexicon, rule = ctx.grammar, ctx.grammar.lexicon, cand.rule
    if rule == "iso":
        date = cal.safe_date(int(cand.get("y") or 0), int(cand.get("m") or 0), int(cand.get("d") or 0))
        return _placed(cal.day_span(date), "iso") if date else None
    if rule == "numeric":
        a, b, y = int(cand.get("a") or 0), int(cand.get("b") or 0), int(cand.get("y") or 0)
        if y < 100:
            y += 2000 if y < 50 else 1900
        day, month = (b, a) if lexicon.date_order == "mdy" and cand.get("sep") == "/" else (a, b)
        date = cal.safe_date(y, month, day)
        return _placed(cal.day_span(date), "numeric") if date else None
    if rule == "day_range":  # each pair of range words has its own groups: d0/e0, d1/e1, ...
        first_day = next((v for k, v in cand.groups.items() if k[0] == "d" and k[1:].isdigit() and v), "1")
        last_day = next((v for k, v in cand.groups.items() if k[0] == "e" and k[1:].isdigit() and v), None)
        ranged = replace(cand, groups={**cand.groups, "d2": last_day if last_day and last_day.isdigit() else None})
        month = _month(grammar, cand.get("mon"))
        return resolve_day_month(ctx, ranged, _day_number(first_day), month, _year(cand.get("y")))
    if rule in ("day_month", "month_day"):
        day = _day_number(cand.get("d"))
        return resolve_day_month(ctx, cand, day, _month(grammar, cand.get("mon")), _year(cand.get("y")))
    if rule == "day_only":
        return resolve_day_only(ctx, cand)
    if rule == "month_year":
        return _fuzzy(
            _placed(cal.month_span(int(cand.get("y") or 0), _month(grammar, cand.get("mon"))), "month_year"), cand
        )
    if rule == "month":
        return resolve_month(ctx, cand)
    if rule == "year":
        return _fuzzy(_placed(cal.year_span(int(cand.get("y") or 0)), "year"), cand)
    if rule == "decade":
        first = _decade_start(cand)
        return _placed(cal.decade_span(first), "decade") if first else None
    if rule == "century":
        number = _roman_or_int(cand.get("c") or "")
        return _placed(cal.century_span(number), "century", certainty="approximate") if number else None
    if rule == "day_word":
        word = squash(cand.get("w") or "")
        offset = lexicon.day_words.get(word)
        if offset is None:
            past, future = lexicon.tense_day_words[word]
            offset = future if clause_tense(grammar, ctx.text, cand.start, cand.end) == "future" else past
        return resolve_relative(ctx, cand, offset, "day", "day_word")
    if rule == "weekday":
        return resolve_weekday(ctx, cand)
    if rule in ("rel_unit_pre", "rel_unit_post"):
        modifiers = lexicon.unit_modifiers_pre if rule == "rel_unit_pre" else lexicon.unit_modifiers_post
        amount = modifiers.get(squash(cand.get("pre") or cand.get("post") or ""), 0)
        return resolve_relative(ctx, cand, amount, _unit(grammar, cand.get("u")), "relative")
    if rule in ("ago_post", "ago_pre", "in_pre", "in_post"):
        count = _number(grammar, cand.get("n"))
        unit = _unit(grammar, cand.get("u"))
        if count is None:  # "a few days ago": some time before the anchor
            return _unresolved(_granularity(unit), f"{rule}:vague", "PAST_REF" if "ago" in rule else "FUTURE_REF")
        sign = -1 if rule.startswith("ago") else 1
        if unit in ("week", "hour", "minute"):  # "a week ago" is a day, roughly; "two hours ago" is today
            count, unit = {"week": 7 * count, "hour": 0, "minute": 0}[unit], "day"
        resolution = resolve_relative(ctx, cand, sign * count, unit, rule)
        if unit != "day" and resolution.span is not None:  # "two years ago" is a year, roughly
            resolution = replace(resolution, certainty="approximate")
        return resolution
    if rule in ("later", "earlier"):
        steps = _number(grammar, cand.get("n"))
        if steps is None:
            return None
        return resolve_chain(ctx, cand, steps if rule == "later" else -steps, _unit(grammar, cand.get("u")))
    if rule == "chain":
        offset_steps, chain_unit = lexicon.chain[squash(cand.get("c") or "")]
        return resolve_chain(ctx, cand, offset_steps, chain_unit)
    if rule == "duration":
        return resolve_duration(ctx, cand)
    if rule == "bare_duration":
        unit = _unit(grammar, cand.get("u"))
        return Resolution(
            "duration", _granularity(unit), None, "unresolved", "none", "duration", _duration_timex(None, unit)
        )
    if rule == "quarter":
        return resolve_quarter(ctx, cand)
    if rule == "ref":
        label = lexicon.refs[squash(cand.get("r") or "")]
        return Resolution("ref", "unknown", None, "unresolved", "none", "ref", label)
    if rule == "season":
        return resolve_season(ctx, cand)
    return None


def resolve_season(ctx: Context, cand: Candidate) -> Resolution | None:
    lexicon = ctx.grammar.lexicon
    code = lexicon.seasons[squash(cand.get("season") or "")]
    if cand.get("y"):
        return _fuzzy(_placed(cal.season_span(int(cand.get("y") or 0), code), "season"), cand)
    if not cand.get("pre"):
        return None  # a bare season word is too often not a date ("fall", "лето")
    if ctx.anchor is None:
        return _unresolved("month", "season:no-anchor", f"XXXX-{code}")
    amount = lexicon.unit_modifiers_pre.get(squash(cand.get("pre") or ""), 0)
    year = ctx.anchor.year + amount
    return _placed(cal.season_span(year, code), "season", certainty="approximate", anchor="published")


def _decade_start(cand: Candidate) -> int | None:
    if cand.get("y"):
        return int(cand.get("y") or 0)
    if cand.get("yy"):
        short = int(cand.get("yy") or 0)
        return 2000 + short if short < 20 else 1900 + short
    return None


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman_or_int(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    total = 0
    values = [_ROMAN.get(ch) for ch in text.upper()]
    if not values or None in values:
        return None
    numbers = [v for v in values if v is not None]
    for i, value in enumerate(numbers):
        total += -value if i + 1 < len(numbers) and numbers[i + 1] > value else value
    return total or None
