"""The cleaning stage: ``RawDoc -> Article | Rejection``.

- ``text`` dumps go through the dump cleaner (``dump.py``);
- ``html`` pages through trafilatura (text and metadata), whose paragraphs are then checked
  with the same chrome lexicons; when trafilatura finds nothing, the dump cleaner runs on a
  text rendering of the page;
- ``record`` content is already article text and is kept as it is.

Then, for all kinds: body language (and the page chrome's when different), per-paragraph
segments, title, outlet, byline, publication date with its basis, and machine-translation
notices. Metadata given with the input (JSONL fields, WARC headers) always wins.

Lines repeated across several dumps of one batch (a site's menus and footers) can be treated as
chrome with ``site_repeats=True``. It is off by default: the result would then depend on which
documents share a batch, and the same input must give the same article (and id) on every run,
engine and batch size.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from storyline.clean.dump import CleanedDump, DumpCleaner
from storyline.clean.lexicon import Lexicon, normalise_line
from storyline.clean.lines import Line, flag_lines, is_mt_notice, split_lines
from storyline.clean.metadata import (
    byline_from_line,
    byline_in_lead,
    outlet_from_copyright,
    outlet_from_reporting_verb,
    outlet_from_url,
)
from storyline.clean.published import PublicationDateFinder
from storyline.clean.translation import TranslationSource
from storyline.ids import article_id
from storyline.language.detect import LanguageDetector, close_languages, supported_languages
from storyline.model import Article, RawDoc, Rejection, RejectReason, Segment

log = logging.getLogger(__name__)

_SITE_REPEAT_MIN_DOCS = 3
_SENTENCE_END = re.compile(r"[.!?…。।؟]['\"»”’)]?\s*$")
# flags that remove a line trafilatura kept: prompts and notices, not shape-based guesses
_STRONG_FLAGS = frozenset({"prompt", "credit", "reltime", "mt_notice", "code"})


@dataclass
class _Found:
    """What cleaning one document found, before it becomes an Article."""

    paragraphs: list[str]
    title: str | None = None
    site_name: str | None = None
    byline: str | None = None
    date: str | None = None
    url: str | None = None
    page_language: str | None = None
    header_lines: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    chrome: list[Line] = field(default_factory=list)


class CleanStage:
    name = "clean"

    def __init__(
        self,
        *,
        max_text_chars: int = 2_000_000,
        detector: LanguageDetector | None = None,
        site_repeats: bool = False,
    ) -> None:
        self.max_text_chars = max_text_chars
        self.detector = detector or LanguageDetector()
        self.site_repeats = site_repeats

    @cached_property
    def lexicon(self) -> Lexicon:
        return Lexicon.load()

    @cached_property
    def dump_cleaner(self) -> DumpCleaner:
        return DumpCleaner(lexicon=self.lexicon, detector=self.detector)

    @cached_property
    def dates(self) -> PublicationDateFinder:
        return PublicationDateFinder()

    @cached_property
    def translation_source(self) -> TranslationSource:
        return TranslationSource(supported_languages())

    def process(self, batch: Sequence[RawDoc]) -> list[Article | Rejection]:
        repeats = self._site_repeats(batch) if self.site_repeats else frozenset[str]()
        return [self.clean(doc, site_repeats=repeats) for doc in batch]

    def _site_repeats(self, batch: Sequence[RawDoc]) -> frozenset[str]:
        """Short lines that recur in several text dumps of the batch (a site's menus and footers)."""
        dumps = [doc for doc in batch if doc.kind == "text"]
        if len(dumps) < _SITE_REPEAT_MIN_DOCS:
            return frozenset()
        counts: Counter[str] = Counter()
        for doc in dumps:
            # sentences are left out: syndicated copies of one article share them, and they are no menu
            counts.update(
                {
                    normalise_line(line)
                    for line in doc.content.splitlines()
                    if 0 < len(line.strip()) < 150 and not _SENTENCE_END.search(line)
                }
            )
        return frozenset(line for line, n in counts.items() if n >= _SITE_REPEAT_MIN_DOCS)

    def clean(self, doc: RawDoc, *, site_repeats: frozenset[str] = frozenset()) -> Article | Rejection:
        meta = doc.meta
        if doc.kind == "html":
            found = self._from_html(doc.content, url=meta.get("url"), title_hint=meta.get("title"))
        elif doc.kind == "record":
            found = self._from_record(doc.content)
        else:
            found = self._from_dump(
                self.dump_cleaner.clean(doc.content, title_hint=meta.get("title"), site_repeats=site_repeats)
            )
        if not found.paragraphs:
            why = (
                "the input has no text"
                if not doc.content.strip()
                else "no article body found after removing page chrome"
            )
            return Rejection(doc.source, RejectReason.EMPTY, why, doc.key)
        language = meta.get("language") or self.detector.detect("\n".join(found.paragraphs)) or "und"
        byline = meta.get("byline") or found.byline
        if byline is None and found.paragraphs:
            lead = byline_in_lead(found.paragraphs[0], self.lexicon)
            if lead is not None:
                byline, found.paragraphs[0] = lead
        text = "\n\n".join(found.paragraphs)[: self.max_text_chars].strip()
        if not text:
            return Rejection(
                doc.source, RejectReason.EMPTY, "no article body found after removing page chrome", doc.key
            )
        url = meta.get("url") or found.url
        published = self.dates.decide(
            metadata=meta.get("published") or found.date,
            header_lines=found.header_lines,
            paragraphs=found.paragraphs,
            sentences=_sentences(text, language),
            language=language,
            not_after=meta.get("warc_date"),
            page_language=found.page_language,
        )
        translated_from = self._translated_from(found.notices, language)
        page_language = found.page_language
        if doc.kind == "html":
            page_language = self._html_page_language(found, language)
        if page_language and close_languages(language, page_language):
            page_language = None
        return Article(
            id=article_id(text),
            source=doc.source,
            text=text,
            language=language,
            title=meta.get("title") or found.title,
            page_language=page_language,
            outlet=meta.get("outlet") or self._outlet(found, text, url),
            byline=byline,
            published=published.value,
            published_basis=published.basis,
            machine_translated=bool(found.notices),
            translated_from=translated_from,
            url=url,
            input_key=doc.key,
            segments=self._segments(text, language),
        )

    def _from_dump(self, dump: CleanedDump) -> _Found:
        byline = next(
            (
                b
                for line in dump.chrome_lines
                if "byline" in line.flags and (b := byline_from_line(line.text, self.lexicon))
            ),
            None,
        )
        return _Found(
            paragraphs=dump.paragraphs,
            title=dump.title,
            site_name=dump.site_name,
            byline=byline,
            page_language=dump.page_language,
            header_lines=dump.header_lines,
            notices=[line.text for line in dump.chrome_lines if "mt_notice" in line.flags],
            chrome=dump.chrome_lines,
        )

    def _from_html(self, html: str, *, url: str | None, title_hint: str | None) -> _Found:
        from storyline.clean.html import extract, render_text

        extraction = extract(html, url=url)
        rendered = render_text(html)
        page_lines = split_lines(rendered)
        notices = [line.text for line in page_lines if line.words <= 80 and is_mt_notice(line.norm, self.lexicon)]
        paragraphs = self._filter_extracted(extraction.text)
        title_norm = normalise_line(extraction.title or "")
        while paragraphs and title_norm and _repeats_title(normalise_line(paragraphs[0]), title_norm):
            paragraphs = paragraphs[1:]  # the headline (with a kicker) is the title, not the body's first paragraph
        in_body = {normalise_line(p) for p in paragraphs}
        chrome = [line for line in page_lines if line.norm not in in_body]
        for line in chrome:
            if title_norm and title_norm in line.norm:
                line.flags.add("title")
        found = _Found(
            paragraphs=paragraphs,
            title=extraction.title,
            site_name=extraction.sitename,
            byline=extraction.author,
            date=extraction.date,
            url=extraction.url,
            page_language=extraction.page_language,
            notices=notices,
            chrome=chrome,
        )
        if not paragraphs:
            dump = self.dump_cleaner.clean(rendered, title_hint=title_hint or extraction.title)
            fallback = self._from_dump(dump)
            found.paragraphs = fallback.paragraphs
            found.header_lines = fallback.header_lines
            found.byline = found.byline or fallback.byline
        return found

    def _html_page_language(self, found: _Found, language: str) -> str | None:
        """The chrome's language from its text; the <html lang> attribute only when there is little chrome text."""
        from_text = self.dump_cleaner.page_language(found.chrome, language)
        if from_text is not None:
            return from_text
        chrome_letters = sum(line.letters for line in found.chrome)
        return found.page_language if chrome_letters < 100 else None

    def _filter_extracted(self, text: str) -> list[str]:
        """trafilatura's paragraphs minus the ones the chrome lexicons recognise."""
        lines = split_lines(text)
        flag_lines(lines, self.lexicon)
        return [line.text for line in lines if not (line.flags & _STRONG_FLAGS)]

    def _from_record(self, content: str) -> _Found:
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", content.strip()) if p.strip()]
        if len(paragraphs) == 1 and "\n" in paragraphs[0]:
            paragraphs = [p.strip() for p in paragraphs[0].splitlines() if p.strip()]
        # the text is the user's article, kept as given, except a machine-translation notice
        notices = [p for p in paragraphs if len(p.split()) <= 80 and is_mt_notice(normalise_line(p), self.lexicon)]
        body = [p for p in paragraphs if p not in notices]
        return _Found(paragraphs=body, notices=notices)

    def _translated_from(self, notices: Sequence[str], language: str) -> str | None:
        if not notices:
            return None
        pairs = [(notice, self.detector.detect_line(notice)) for notice in notices]
        return self.translation_source.source_of(pairs, language)

    def _outlet(self, found: _Found, text: str, url: str | None) -> str | None:
        if found.site_name:
            return found.site_name
        named = outlet_from_reporting_verb(text, self.lexicon)
        if named:
            return named
        return outlet_from_copyright([line.text for line in found.chrome], self.lexicon) or outlet_from_url(url)

    def _segments(self, text: str, language: str) -> tuple[Segment, ...]:
        segments: list[Segment] = []
        for match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]*)*", text):
            paragraph = match.group(0)
            detected = self.detector.detect_line(paragraph) if len(paragraph) >= 40 else None
            segments.append(Segment(match.start(), match.end(), "paragraph", detected or language))
        return tuple(segments)


def _sentences(text: str, language: str) -> list[str]:
    from storyline.text.sentences import split_sentences

    return [text[s:e] for s, e in split_sentences(text, language)]


def _repeats_title(paragraph: str, title: str) -> bool:
    return paragraph == title or (title in paragraph and len(paragraph) < 1.5 * len(title) + 20)
