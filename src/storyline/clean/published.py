"""The publication date of an article and how it was found.

Order of trust (a wrong date is worse than none, so each step refuses rather than guesses):

1. ``metadata``: given by the user / container (JSONL ``published``), by the HTML page's own
   metadata (through trafilatura/htmldate), or a date the page announces as its own between
   the headline and the body ("Published: 21.12.2021").
2. ``dateline``: "MOSCOW / WASHINGTON, Jan 27, 2022 (Reuters) -" opening the body. A dateline
   without a year gives nothing (other years on the page belong to other dates).
3. ``text``: a complete date (day, month, year) written right next to "today"
   ("hoy, 18 de agosto de 2012").
4. ``none``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.clean.dates import DateFinder
from storyline.clean.lexicon import load_json, normalise_line

_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][^,()\n\d]{1,40}(?:\s*/\s*[^,()\n\d]{2,40})?),\s*"
    r"(?P<date>[^()\n]{3,40}?)\s*(?:\((?P<agency>[^)\n]{2,40})\)\s*)?[-–—]+\s"
)
_CLOCK = re.compile(r"^\W{0,4}(?:[^\W\d_]{1,4}\.?\s*)?\d{1,2}[:.h]\d{2}(?!\d)")
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
        self.updated_words = tuple(normalise_line(w) for w in data["updated"])
        alternation = "|".join(re.escape(w) for w in sorted(self.today_words, key=len, reverse=True))
        self._today = re.compile(rf"(?<![^\W_])(?:{alternation})(?![^\W_])")

    def normalise(self, value: str, language: str | None) -> str | None:
        """A date given as metadata (ISO or written out) as YYYY-MM-DD, or None."""
        match = _ISO_PREFIX.match(value)
        if match:
            return _valid(match.group(0).strip())
        dates = [d.iso() for d in self.finder.find(value, language)]
        complete = [d for d in dates if d]
        return complete[0] if len(complete) == 1 else None

    def header_stamp(self, lines: Sequence[str], language: str | None) -> str | None:
        """The page's own date between the headline and the body.

        Either announced ("Published: 21.12.2021", "Опубликовано 21 декабря 2021"), or a time stamp
        (date and clock time, "10.01.2022 21:17") on one of the three lines under the headline.
        A bare date elsewhere near the top is not enough: in page dumps it is as often the site's
        "today" or a neighbouring teaser's date as the article's; "Updated" stamps are revisions.
        """
        distinct = {
            d.iso()
            for line in lines
            for d in self.finder.find(line, language)
            if d.iso() and not self._is_update(line[: d.start])
        }
        for position, line in enumerate(lines):
            dates = [d for d in self.finder.find(line, language) if d.iso()]
            if not dates or len(dates) > 2:
                continue
            date = dates[0]
            before = normalise_line(line[: date.start])
            if self._is_update(line[: date.start]):
                continue
            if any(word in " ".join(before.split()[-3:]) for word in self.published_words):
                return date.iso()  # "… | Published: 10 January 2022, 23:40"
            after = line[date.end : date.end + 16]
            # a bare time stamp counts only when it is the one date between headline and body
            if position < 3 and len(before.split()) <= 2 and _CLOCK.search(after) and len(distinct) == 1:
                return date.iso()
        return None

    def _is_update(self, before: str) -> bool:
        """Whether the words just before a date ("… | Last update:") mark it as a revision time."""
        recent = normalise_line(before.split("|")[-1])
        return any(word in recent for word in self.updated_words)

    def dateline(self, paragraph: str, language: str | None) -> str | None:
        match = _DATELINE.match(paragraph)
        if match is None:
            return None
        dates = self.finder.find(match.group("date"), language)
        if len(dates) != 1 or dates[0].day is None:
            return None
        return dates[0].iso()

    def today_reference(self, sentences: Sequence[str], language: str | None) -> str | None:
        """A complete date written right next to "today" ("hoy, 18 de agosto de 2012")."""
        found: set[str] = set()
        for sentence in sentences:
            norm = normalise_line(sentence)
            spans = [m.span() for m in self._today.finditer(norm)]
            if not spans:
                continue
            for date in self.finder.find(norm, language):
                iso = date.iso()
                if iso and any(0 <= date.start - end <= 12 or 0 <= start - date.end <= 3 for start, end in spans):
                    found.add(iso)
        return found.pop() if len(found) == 1 else None

    def decide(
        self,
        *,
        metadata: str | None,
        header_lines: Sequence[str],
        paragraphs: Sequence[str],
        sentences: Sequence[str],
        language: str | None,
        not_after: str | None = None,
        page_language: str | None = None,
    ) -> PublicationDate:
        """The first answer in order of trust: metadata, header stamp, dateline, "today" in the text.

        ``not_after`` (e.g. the WARC capture date) rules out found dates later than it: a page
        cannot have been published after it was captured.
        """
        limit = _valid(not_after)
        candidates = [
            (lambda: self.normalise(metadata, language) if metadata else None, "metadata"),
            (lambda: self.header_stamp(header_lines, language), "metadata"),
            # the page's chrome may print its date in its own language ("प्रकाशित: 9 सितंबर 2023")
            (lambda: self.header_stamp(header_lines, page_language) if page_language else None, "metadata"),
            (lambda: self.dateline(paragraphs[0], language) if paragraphs else None, "dateline"),
            (lambda: self.today_reference(sentences, language), "text"),
        ]
        for find, basis in candidates:
            value = find()
            if value and (limit is None or value <= limit):
                return PublicationDate(value, basis)
        return PublicationDate(None, "none")
