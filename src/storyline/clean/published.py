"""The publication date of an article and how it was found.

Order of trust (a wrong date is worse than none, so each step refuses rather than guesses):

1. ``metadata``: given by the user / container (JSONL ``published``), by the HTML page's own
   metadata (through trafilatura/htmldate), or a date stamp printed in the page's header
   ("Published: 21.12.2021", a line that is just a date next to the title or byline).
2. ``dateline``: "MOSCOW / WASHINGTON, Jan 27, 2022 (Reuters) -" opening the body. A dateline
   without a year takes the year only from a complete date elsewhere on the page that falls in
   the 60 days before it; otherwise it gives nothing.
3. ``text``: a complete date (day, month, year) tied to "today" in the same sentence
   ("hoy, 18 de agosto de 2012").
4. ``none``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.clean.dates import DateFinder, FoundDate
from storyline.clean.lexicon import load_json, normalise_line

_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][^,()\n\d]{1,40}(?:\s*/\s*[^,()\n\d]{2,40})?),\s*"
    r"(?P<date>[^()\n]{3,40}?)\s*(?:\((?P<agency>[^)\n]{2,40})\)\s*)?[-–—]+\s"
)
_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class PublicationDate:
    value: str | None
    basis: str  # metadata | dateline | text | none


def _valid(iso: str | None) -> str | None:
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso[:10]).isoformat()
    except ValueError:
        return None


class PublicationDateFinder:
    """Decides the publication date of one article from its metadata, header stamps and text."""

    def __init__(self, finder: DateFinder | None = None) -> None:
        self.finder = finder or DateFinder()
        data = load_json("dates.json")
        self.today_words = tuple(normalise_line(w) for words in data["today"].values() for w in words)
        self.published_words = tuple(normalise_line(w) for words in data["published"].values() for w in words)

    def normalise(self, value: str, language: str | None) -> str | None:
        """A date given as metadata (ISO or written out) as YYYY-MM-DD, or None."""
        match = _ISO_PREFIX.match(value)
        if match:
            return _valid(match.group(0).strip())
        dates = [d.iso() for d in self.finder.find(value, language)]
        complete = [d for d in dates if d]
        return complete[0] if len(complete) == 1 else None

    def header_stamp(self, lines: Sequence[str], language: str | None) -> str | None:
        """A page line that is just a complete date, or a date after "Published"/"Опубликовано"."""
        for line in lines:
            dates = [d for d in self.finder.find(line, language) if d.iso()]
            if len(dates) != 1:
                continue
            date = dates[0]
            rest = (line[: date.start] + line[date.end :]).strip()
            rest_norm = normalise_line(rest)
            mostly_date = len(re.sub(r"[\W\d_]", "", rest)) <= 12 and len(rest.split()) <= 3
            announced = any(rest_norm.startswith(word) for word in self.published_words) and len(rest.split()) <= 6
            if mostly_date or announced:
                return date.iso()
        return None

    def dateline(self, paragraph: str, language: str | None, page_dates: Sequence[FoundDate]) -> str | None:
        match = _DATELINE.match(paragraph)
        if match is None:
            return None
        dates = self.finder.find(match.group("date"), language)
        if len(dates) != 1 or dates[0].day is None:
            return None
        date = dates[0]
        if date.year is not None:
            return date.iso()
        return _year_from_page(date, page_dates)

    def today_reference(self, sentences: Sequence[str], language: str | None) -> str | None:
        found: set[str] = set()
        for sentence in sentences:
            norm = normalise_line(sentence)
            if not any(re.search(rf"(?<![^\W_]){re.escape(w)}(?![^\W_])", norm) for w in self.today_words):
                continue
            found.update(d.iso() or "" for d in self.finder.find(sentence, language) if d.iso())
        found.discard("")
        return found.pop() if len(found) == 1 else None

    def decide(
        self,
        *,
        metadata: str | None,
        header_lines: Sequence[str],
        paragraphs: Sequence[str],
        sentences: Sequence[str],
        language: str | None,
    ) -> PublicationDate:
        """The first answer in order of trust: metadata, header stamp, dateline, "today" in the text."""
        if metadata:
            value = self.normalise(metadata, language)
            if value:
                return PublicationDate(value, "metadata")
        stamp = self.header_stamp(header_lines, language)
        if stamp:
            return PublicationDate(stamp, "metadata")
        if paragraphs:
            page_dates = [d for p in paragraphs for d in self.finder.find(p, language)]
            value = self.dateline(paragraphs[0], language, page_dates)
            if value:
                return PublicationDate(value, "dateline")
        value = self.today_reference(sentences, language)
        if value:
            return PublicationDate(value, "text")
        return PublicationDate(None, "none")


def _year_from_page(date: FoundDate, page_dates: Sequence[FoundDate]) -> str | None:
    """The dateline's year from a complete date on the page up to 60 days before it, if exactly one fits."""
    years = {d.year for d in page_dates if d.year is not None and d.iso()}
    fits: set[str] = set()
    for year in years:
        candidate = FoundDate(0, 0, year, date.month, date.day).iso()
        if candidate is None:
            continue
        day = dt.date.fromisoformat(candidate)
        for other in page_dates:
            iso = other.iso()
            if iso and 0 <= (day - dt.date.fromisoformat(iso)).days <= 60:
                fits.add(candidate)
    return fits.pop() if len(fits) == 1 else None
