"""Calendar arithmetic for resolved time expressions: spans of weeks, months, years, decades.

A :class:`Span` is an inclusive pair of dates with a granularity; it renders itself as a
``DateValue`` (ISO dates) and as a TimeML-style value (``2021-12``, ``2021-W50``, ``199``) used by
the benchmarks.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from storyline.model import DateValue

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


@dataclass(frozen=True)
class Span:
    """An inclusive range of days, of a granularity (day/week/month/season/year/decade/century)."""

    start: dt.date
    end: dt.date
    granularity: str
    label: str = ""  # TimeML-style value when it cannot be derived from the dates (seasons, centuries)

    def to_value(self, certainty: str) -> DateValue:
        granularity = self.granularity
        if granularity == "season":
            granularity = "month"
        elif granularity == "century":
            granularity = "unknown"
        return DateValue(self.start.isoformat(), self.end.isoformat(), granularity, certainty)

    def timex(self) -> str:
        if self.label:
            return self.label
        if self.granularity == "day":
            if self.start == self.end:
                return self.start.isoformat()
            return f"{self.start.isoformat()}/{self.end.isoformat()}"
        if self.granularity == "week":
            year, week, _ = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        if self.granularity == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        if self.granularity == "year":
            return f"{self.start.year:04d}"
        if self.granularity == "decade":
            return f"{self.start.year // 10:03d}"
        return self.start.isoformat()


def day_span(day: dt.date) -> Span:
    return Span(day, day, "day")


def month_span(year: int, month: int) -> Span:
    last = calendar.monthrange(year, month)[1]
    return Span(dt.date(year, month, 1), dt.date(year, month, last), "month")


def year_span(year: int) -> Span:
    return Span(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def decade_span(first_year: int) -> Span:
    first = first_year - first_year % 10
    return Span(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "decade")


def century_span(number: int) -> Span:
    first = (number - 1) * 100 + 1
    return Span(dt.date(first, 1, 1), dt.date(first + 99, 12, 31), "century", label=f"{number - 1:02d}")


def week_span(day: dt.date) -> Span:
    monday = day - dt.timedelta(days=day.weekday())
    return Span(monday, monday + dt.timedelta(days=6), "week")


def weekend_span(day: dt.date) -> Span:
    saturday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=5)
    year, week, _ = saturday.isocalendar()
    return Span(saturday, saturday + dt.timedelta(days=1), "week", label=f"{year}-W{week:02d}-WE")


def season_span(year: int, code: str) -> Span:
    first, last = SEASON_MONTHS[code]
    end_year = year + 1 if last < first else year
    end = dt.date(end_year, last, calendar.monthrange(end_year, last)[1])
    return Span(dt.date(year, first, 1), end, "season", label=f"{year:04d}-{code}")


def quarter_span(year: int, quarter: int) -> Span:
    first = 3 * quarter - 2
    return Span(dt.date(year, first, 1), month_span(year, first + 2).end, "season", label=f"{year:04d}-Q{quarter}")


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift(day: dt.date, amount: int, unit: str) -> Span:
    """The span of ``unit`` that lies ``amount`` units away from ``day`` (``amount`` may be 0)."""
    if unit == "day":
        return day_span(day + dt.timedelta(days=amount))
    if unit == "week":
        return week_span(day + dt.timedelta(weeks=amount))
    if unit == "weekend":
        return weekend_span(day + dt.timedelta(weeks=amount))
    if unit == "month":
        moved = add_months(day, amount)
        return month_span(moved.year, moved.month)
    if unit == "year":
        return year_span(day.year + amount)
    if unit == "decade":
        return decade_span(day.year + 10 * amount)
    if unit in ("hour", "minute"):
        return day_span(day)
    raise ValueError(f"unknown unit {unit!r}")


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_iso(text: str | None) -> dt.date | None:
    """A ``YYYY-MM-DD`` string (a longer timestamp is cut to its date) as a date, else None."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
