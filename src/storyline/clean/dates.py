"""Finding written dates ("21 декабря 2021", "Jan. 27, 2022", "18 de agosto de 2012", "21.12.2021").

Month names come from CLDR (babel) for the article's language plus English. The finder never
invents a year: a date written without one has ``year=None``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_YEAR = r"(1[89]\d\d|20\d\d|21\d\d)"
_NUMERIC_DMY = re.compile(rf"(?<![\d.,/])(\d{{1,2}})([./])(\d{{1,2}})\2{_YEAR}(?![\d])")
_ISO = re.compile(rf"(?<![\d-]){_YEAR}-(\d{{2}})-(\d{{2}})(?![\d])")


@dataclass(frozen=True)
class FoundDate:
    """A date written in the text; ``year`` None when the text did not give one."""

    start: int
    end: int
    year: int | None
    month: int
    day: int | None

    def iso(self) -> str | None:
        """YYYY-MM-DD when the date is complete and valid, else None."""
        if self.year is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day).isoformat()
        except ValueError:
            return None


def _month_names(language: str) -> dict[str, int]:
    from babel.core import UnknownLocaleError
    from babel.dates import get_month_names

    names: dict[str, int] = {}
    for locale in dict.fromkeys((language, "en")):
        try:
            tables = [
                get_month_names(width, context, locale=locale)
                for width in ("wide", "abbreviated")
                for context in ("format", "stand-alone")
            ]
        except (UnknownLocaleError, ValueError):
            continue
        for table in tables:
            for number, name in table.items():
                key = name.casefold().rstrip(".").replace("॰", "")
                if len(key) >= 3:
                    names.setdefault(key, int(number))
    return names


class DateFinder:
    """Compiled date patterns per language (built on first use of each language)."""

    def __init__(self) -> None:
        self._patterns: dict[str, tuple[dict[str, int], re.Pattern[str], re.Pattern[str]]] = {}

    def _compiled(self, language: str) -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str]]:
        if language not in self._patterns:
            months = _month_names(language)
            alternation = "|".join(re.escape(name) for name in sorted(months, key=len, reverse=True))
            month = rf"(?<![^\W\d_])({alternation})(?![^\W\d_])\.?"
            day_month = re.compile(
                rf"(?<![\d])(\d{{1,2}})(?:st|nd|rd|th|er|º|°)?\.?\s*(?:de\s+|of\s+)?{month}(?:\s*(?:de|del|,)?\s*{_YEAR}(?!\d))?",
                re.IGNORECASE,
            )
            month_day = re.compile(
                rf"{month}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s*{_YEAR}(?!\d))?",
                re.IGNORECASE,
            )
            self._patterns[language] = (months, day_month, month_day)
        return self._patterns[language]

    def find(self, text: str, language: str | None) -> list[FoundDate]:
        """Every date written in ``text``, in order of appearance (overlaps resolved left to right)."""
        months, day_month, month_day = self._compiled(language or "en")
        found: list[FoundDate] = []
        for match in day_month.finditer(text):
            month_number = months.get(match.group(2).casefold().rstrip("."))
            if month_number:
                year = int(match.group(3)) if match.group(3) else None
                found.append(FoundDate(match.start(), match.end(), year, month_number, int(match.group(1))))
        for match in month_day.finditer(text):
            month_number = months.get(match.group(1).casefold().rstrip("."))
            if month_number:
                year = int(match.group(3)) if match.group(3) else None
                found.append(FoundDate(match.start(), match.end(), year, month_number, int(match.group(2))))
        for match in _NUMERIC_DMY.finditer(text):
            first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
            if language == "en" and match.group(2) == "/" and first <= 12:
                first, second = second, first  # US order month/day/year
            found.append(FoundDate(match.start(), match.end(), year, second, first))
        for match in _ISO.finditer(text):
            year, month_number, day = (int(match.group(i)) for i in (1, 2, 3))
            found.append(FoundDate(match.start(), match.end(), year, month_number, day))
        found.sort(key=lambda d: (d.start, -(d.end - d.start)))
        kept: list[FoundDate] = []
        for date in found:
            if kept and date.start < kept[-1].end:
                continue
            if not 1 <= date.month <= 12 or (date.day is not None and not 1 <= date.day <= 31):
                continue
            kept.append(date)
        return kept
