"""When an event happened: the sentence's time expression, else the paragraph's, else the article date."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from storyline.model import DateValue, TimeExpr

UNKNOWN_DATE = DateValue(None, None, "unknown", "unresolved")
_NEAR_AFTER = 80  # characters after the trigger where the event's own date usually sits ("met on Monday")


# only a named day or week carries over from an earlier sentence of the paragraph: a month or a year there is
# more often background ("until a month ago he was spokesman", "born in 1953", "in the 1960s") than the date
_CARRIED = ("day", "week")
_OLD_YEARS = 15  # a bare year this far before publication is more often a number ("resolution 1973")


def _usable(time: TimeExpr, published: str | None = None) -> bool:
    if time.kind not in ("date", "time") or time.value.start is None:
        return False
    if time.value.granularity == "year" and published and time.value.start[:4].isdigit() and published[:4].isdigit():
        return int(published[:4]) - int(time.value.start[:4]) <= _OLD_YEARS
    return True


def event_date(
    times: Sequence[TimeExpr],
    *,
    sentence_span: tuple[int, int],
    paragraph_span: tuple[int, int],
    trigger_span: tuple[int, int],
    published: str | None,
) -> DateValue:
    """Pick the date of an event triggered at ``trigger_span`` (article offsets)."""
    s_start, s_end = sentence_span
    t_start, t_end = trigger_span
    in_sentence = [t for t in times if _usable(t, published) and t.start >= s_start and t.end <= s_end]
    if in_sentence:
        after = [t for t in in_sentence if t.start >= t_end and t.start - t_end <= _NEAR_AFTER]
        if after:
            return min(after, key=lambda t: t.start).value
        return min(in_sentence, key=lambda t: min(abs(t.start - t_end), abs(t_start - t.end))).value
    p_start, _p_end = paragraph_span
    earlier = [
        t
        for t in times
        if _usable(t, published)
        and t.anchor != "previous"  # "two years later" resolved against another date: a guess on a guess
        and t.start >= p_start
        and t.end <= s_start
        and t.value.granularity in _CARRIED
    ]
    if earlier:
        value = max(earlier, key=lambda t: t.start).value
        return replace(value, certainty="approximate")
    if published:
        return DateValue(published, published, "day", "approximate")
    named = [t for t in times if _unresolved_day(t) and t.start >= s_start and t.end <= s_end]
    if named:  # "28 сентября" with no year anywhere: a definite day we cannot place, not "no date"
        return min(named, key=lambda t: abs(t.start - t_end)).value
    return UNKNOWN_DATE


def _unresolved_day(time: TimeExpr) -> bool:
    return time.kind == "date" and time.value.start is None and time.value.granularity == "day"
