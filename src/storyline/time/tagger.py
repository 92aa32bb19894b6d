"""Find and resolve the time expressions of a text: the public entry points of ``storyline.time``.

Use::

    from storyline.time.tagger import tag_times

    tag_times("Talks began on December 7. The next day ...", "en", "2021-12-20")
    # -> [TimeExpr(text="December 7", value=DateValue("2021-12-07", "2021-12-07", "day", "exact"), ...),
    #     TimeExpr(text="The next day", value=DateValue("2021-12-08", ...), anchor="previous", ...)]

``tag_times(text, lang, anchor, *, previous=None) -> list[TimeExpr]``
    Every date expression in ``text`` (offsets into ``text``; ``expr.text == text[start:end]``) in
    text order. ``lang`` is an ISO 639-1 code (en ru uk de fr es it pl hi; others use English
    rules); ``anchor`` is the publication date ``YYYY-MM-DD`` or None. Without an anchor, dates
    that carry their year still resolve; relative ones come back with certainty ``unresolved``
    and ``start``/``end`` None. ``previous`` (an ISO date) seeds chained references ("the next
    day") when the text is one sentence cut from a longer article. Durations ("for three
    years") are returned with ``kind="duration"`` and no dates. Safe to call per sentence: the
    compiled rules are built once per language and process.

``tag_timexes(text, lang, anchor)`` is the same with the TimeML-style value of each expression
(``2021-12``, ``2021-W50``, ``P3Y``, ``PRESENT_REF``) and also reference words such as "now",
for benchmarks against TimeML corpora.

How it works: :mod:`~storyline.time.grammar` builds regular expressions from the language's
data file (:mod:`~storyline.time.lexicon`); :mod:`~storyline.time.finder` runs them and keeps
the longest non-overlapping matches; :mod:`~storyline.time.resolve` places each one on the
calendar, left to right, so chained phrases can use the date found before them.
"""

from __future__ import annotations

from dataclasses import dataclass

from storyline.model import DateValue, TimeExpr
from storyline.time.calendar import Span, day_span, parse_iso
from storyline.time.finder import find_candidates, select_longest
from storyline.time.grammar import grammar_for
from storyline.time.resolve import Context, Resolution, resolve_candidate

_NO_DATE_KINDS = ("ref",)


@dataclass(frozen=True)
class Timex:
    """A found expression with its resolution (richer than :class:`TimeExpr`; used by benchmarks)."""

    start: int
    end: int
    text: str
    resolution: Resolution

    def to_time_expr(self) -> TimeExpr:
        res = self.resolution
        if res.span is not None:
            value = res.span.to_value(res.certainty)
        else:
            value = DateValue(None, None, res.granularity, "unresolved")
        return TimeExpr(
            start=self.start,
            end=self.end,
            text=self.text,
            value=value,
            kind=res.kind,
            anchor=res.anchor,
            reason=res.reason,
        )


def tag_timexes(text: str, lang: str | None, anchor: str | None, *, previous: str | None = None) -> list[Timex]:
    """All time expressions of ``text`` with their resolutions, reference words included."""
    grammar = grammar_for(lang or "en")
    anchor_date = parse_iso(anchor)
    previous_date = parse_iso(previous)
    last_day: Span | None = day_span(previous_date) if previous_date else None
    last_date: Span | None = last_day
    found: list[Timex] = []
    for cand in select_longest(find_candidates(grammar, text)):
        resolution = resolve_candidate(Context(grammar, text, anchor_date, last_day, last_date), cand)
        if resolution is None:
            continue
        found.append(Timex(cand.start, cand.end, text[cand.start : cand.end], resolution))
        span = resolution.span
        if span is not None and resolution.kind == "date":
            if span.granularity == "day":
                last_day = span
            if span.granularity in ("day", "month", "year"):
                last_date = span
    return found


def tag_times(text: str, lang: str | None, anchor: str | None, *, previous: str | None = None) -> list[TimeExpr]:
    """Every date and duration expression of ``text``, resolved against ``anchor`` (see module doc)."""
    return [
        timex.to_time_expr()
        for timex in tag_timexes(text, lang, anchor, previous=previous)
        if timex.resolution.kind not in _NO_DATE_KINDS and timex.resolution.granularity != "century"
    ]
