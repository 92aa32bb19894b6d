"""The text-dump cleaner: which lines of a scraped page's text are the article.

A reader finds the article in a page dump by its shape, not its words; so does this cleaner:

1. every non-empty line gets features (length, final punctuation) and chrome flags from the
   multilingual lexicons (prompts, photo credits, relative time stamps, MT notices, link
   lists, repeats, code) — see ``lines.py``;
2. the body language is told from the prose-shaped lines, and lines reliably in another
   language are flagged (an English article in a Hindi page);
3. the title is the headline-shaped line just above the body (one the page shows twice, as
   "<title> - Site" and as the heading, wins; a "Headline - Site" line gives the outlet too);
   its copies are chrome;
4. the body is the densest run of prose: a maximum-sum run of line scores, prose counting by
   its length and chrome against it, cut into segments at gaps that hold a stop signal
   (comments, teaser lists, time stamps) and keeping the weightiest segment with its close
   neighbours; a lead paragraph just above it (below the title) is added back; chrome lines
   inside are dropped one by one.

Nothing here is tuned to a language: lexicons only add flags, and the shape-based scoring works
the same for a language the lexicons do not cover.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from storyline.clean.lexicon import Lexicon
from storyline.clean.lines import Line, flag_lines, is_truncated_copy, split_lines
from storyline.clean.metadata import split_site_suffix
from storyline.language.detect import LanguageDetector, close_languages

log = logging.getLogger(__name__)

_TITLE_SEARCH_LINES = 12
_TITLE_LOOKBACK = 15  # lines above the body where the headline is looked for
_LEAD_LOOKBACK = 6
_PROSE_CAP = 600
_PAGE_LANGUAGE_LINES = 60  # chrome lines looked at to tell the page's language
_LANGUAGE_CHECK_LINES = 600  # lines whose language is checked against the body's


@dataclass
class CleanedDump:
    """The article found in a text dump, and what was around it."""

    paragraphs: list[str]
    title: str | None = None
    site_name: str | None = None  # from a "Headline - Site" title line
    language: str | None = None
    page_language: str | None = None
    chrome_lines: list[Line] = field(default_factory=list)
    header_lines: list[str] = field(default_factory=list)  # chrome before the body (date stamps, bylines)
    paragraph_languages: list[str | None] = field(default_factory=list)


def _line_score(line: Line) -> float:
    if not _in_body(line):
        return -25.0
    kind = line.kind
    if kind == "prose":
        return float(min(len(line.text), _PROSE_CAP))
    if kind == "long":
        return min(len(line.text), _PROSE_CAP) / 2
    if kind == "medium":
        return -12.0
    return -8.0


def _in_body(line: Line) -> bool:
    """Inside the body run, a line stays unless flagged; a repeated line of 4+ words is structure (recipes, Q&A)."""
    return not line.chrome or (line.flags == {"repeated"} and line.words >= 6)


def _best_run(scores: Sequence[float]) -> tuple[int, int] | None:
    """Half-open [start, end) of the maximum-sum run of scores (None when every score is negative)."""
    best_sum, best = 0.0, None
    running, start = 0.0, 0
    for i, score in enumerate(scores):
        if running <= 0:
            running, start = 0.0, i
        running += score
        if running > best_sum:
            best_sum, best = running, (start, i + 1)
    return best


_STOP_FLAGS = frozenset({"prompt", "list_item", "reltime", "code", "other_language", "excerpt", "end", "stamp"})
_HARD_STOP_FLAGS = frozenset({"end", "prompt", "reltime", "other_language"})
_MERGE_SHARE = 0.5
_GAP_WITH_STOP = 3.0
_GAP_WITHOUT_STOP = 6.0


def _gap_weight(line: Line) -> float:
    """How much a non-prose line separates the prose around it (known inserts little, unknown lines more)."""
    if "end" in line.flags:
        return 6.0
    if line.flags & {"prompt", "list_item", "credit", "mt_notice", "title"}:
        return 0.5
    if line.flags == {"repeated"}:
        return 1.0
    if line.flags:
        return 1.5
    return 1.0


def _best_segment(lines: Sequence[Line], start: int, end: int) -> tuple[int, int]:
    """Within a run, the prose segment with most text, where segments are split by gaps of non-prose lines.

    A gap worth 3 or more that holds a stop signal (a prompt, a link list, a time stamp) ends an
    article, as does any gap worth 4: what follows is comments, teasers or another article,
    however prose-like. Captions, credits and subheadings between paragraphs do not.
    """
    segments: list[tuple[float, int, int]] = []
    hard_gaps: list[bool] = []  # hard_gaps[k]: the gap before segments[k + 1] holds a hard stop
    seg_start, seg_score, gap, last_prose = start, 0.0, 0.0, start - 1
    stop = hard = False
    for i in range(start, end):
        line = lines[i]
        if _in_body(line) and line.kind in ("prose", "long"):
            if last_prose >= seg_start and ((gap >= _GAP_WITH_STOP and stop) or gap >= _GAP_WITHOUT_STOP):
                segments.append((seg_score, seg_start, last_prose + 1))
                hard_gaps.append(hard)
                seg_start, seg_score = i, 0.0
            seg_score += _line_score(line)
            gap, last_prose, stop, hard = 0.0, i, False, False
        else:
            gap += _gap_weight(line)
            stop = stop or bool(line.flags & _STOP_FLAGS)
            hard = hard or bool(line.flags & _HARD_STOP_FLAGS)
    if last_prose >= seg_start:
        segments.append((seg_score, seg_start, last_prose + 1))
    if not segments:
        return start, end
    best = max(range(len(segments)), key=lambda k: segments[k][0])
    first = last = best
    # a neighbour at least half as weighty as the best part, behind a gap without a hard stop, is the same article
    # (an article split by a bulleted list or an embedded post)
    while first > 0 and not hard_gaps[first - 1] and segments[first - 1][0] >= _MERGE_SHARE * segments[best][0]:
        first -= 1
    while (
        last + 1 < len(segments) and not hard_gaps[last] and segments[last + 1][0] >= _MERGE_SHARE * segments[best][0]
    ):
        last += 1
    return segments[first][1], segments[last][2]


class DumpCleaner:
    """Finds the article in a plain-text rendering of a web page."""

    def __init__(self, *, lexicon: Lexicon, detector: LanguageDetector) -> None:
        self.lexicon = lexicon
        self.detector = detector

    def clean(
        self, text: str, *, title_hint: str | None = None, site_repeats: frozenset[str] = frozenset()
    ) -> CleanedDump:
        lines = split_lines(text)
        if not lines:
            return CleanedDump(paragraphs=[])
        flag_lines(lines, self.lexicon, site_repeats=site_repeats)
        language = self._body_language(lines)
        if language:
            self._flag_other_language(lines, language)
        first_run = _best_run([_line_score(line) for line in lines])
        body_start = _best_segment(lines, *first_run)[0] if first_run else 0
        title_line, title, site_name = self._find_title(lines, title_hint, body_start)
        run = _best_run([_line_score(line) for line in lines]) if first_run else None  # title copies are chrome now
        if run is None:
            if len(lines) <= 3 and not any(line.flags - {"title"} for line in lines):
                # a note of a line or two with nothing around it: all of it is the text
                return CleanedDump(paragraphs=[line.text for line in lines], language=language)
            return CleanedDump(paragraphs=[], title=title, site_name=site_name, language=language, chrome_lines=lines)
        start, end = _best_segment(lines, *run)
        start = self._extend_lead(lines, start, title_line)
        body = [line for line in lines[start:end] if _in_body(line)]
        while body and body[-1].kind in ("short", "medium") and not body[-1].ends_sentence:
            body.pop()  # a run never ends on a caption or teaser
        kept = {line.index for line in body}
        chrome = [line for line in lines if line.index not in kept]
        header = self._header_lines(lines, title_line, body[0].index if body else 0)
        paragraphs = _join_wrapped(body)
        return CleanedDump(
            paragraphs=paragraphs,
            title=title,
            site_name=site_name,
            language=language,
            page_language=self.page_language(chrome, language),
            chrome_lines=chrome,
            header_lines=header,
        )

    def _body_language(self, lines: list[Line]) -> str | None:
        prose = [line.text for line in lines if not line.chrome and line.kind in ("prose", "long")]
        if not prose:
            prose = [line.text for line in lines if not line.chrome] or [line.text for line in lines]
        return self.detector.detect("\n".join(prose)[:6000])

    def _flag_other_language(self, lines: list[Line], language: str) -> None:
        checked = 0
        for line in lines:
            if line.flags - {"repeated"}:
                continue  # chrome already; its language matters only for page_language (asked later)
            if checked >= _LANGUAGE_CHECK_LINES:
                break  # a very long dump: the first lines tell the page's make-up
            checked += 1
            if line.letters < 15:
                if line.letters >= 4 and not _same_script(line.text, language, self.detector):
                    line.flags.add("other_language")
                continue
            line.language = self.detector.detect_line(line.text)
            if line.language and not close_languages(language, line.language):
                line.flags.add("other_language")

    def _find_title(
        self, lines: list[Line], hint: str | None, body_start: int
    ) -> tuple[Line | None, str | None, str | None]:
        """The headline above the body; its copies (and truncated copies) become chrome."""
        site_name = None
        title_line = None
        if hint:
            title: str | None = hint.strip()
        else:
            title_line = self._headline_line(lines, body_start)
            title = title_line.text if title_line is not None else None
        if title is None:
            return None, None, None
        page_text = "\n".join(line.text for line in lines)
        head, site = split_site_suffix(title, self.lexicon, page_text=page_text)
        if site is not None:
            title, site_name = head, site
        # a page usually shows the headline twice: <title> with the site name, then the heading
        title_norm = _norm(title)
        for line in lines[: _TITLE_SEARCH_LINES + 4]:
            line_head, line_site = split_site_suffix(line.text, self.lexicon, page_text=page_text)
            if _norm(line_head) == title_norm or line.norm == title_norm:
                line.flags.add("title")
                if line_site and site_name is None:
                    site_name = line_site
            elif (
                title_line is not None
                and line.index > title_line.index
                and not is_truncated_copy(line, title_norm)
                and _same_headline(title_norm, line.norm)
            ):
                line.flags.add("title")
                title = line.text  # the on-page heading is the headline as the article shows it
                title_norm = line.norm
        for line in lines:
            if is_truncated_copy(line, title_norm) or line.norm == title_norm:
                line.flags.add("title")
            elif title_line is not None and line is not title_line and _copies(title_line, line):
                line.flags.add("title")  # "<headline> - Site" shown as the page title
                line_site = split_site_suffix(line.text, self.lexicon, page_text=page_text)[1]
                site_name = site_name or line_site
        return title_line, title, site_name

    def _headline_line(self, lines: list[Line], body_start: int) -> Line | None:
        """The headline: a headline-shaped line above the body, shown twice on the page if possible.

        Candidates are the lines above the body (or the first lines when the body starts at the
        top); menus ("Home | World | …"), all-capital site names, breadcrumbs, counters and
        flagged chrome are not headlines. A line that the page repeats (the <title> and the
        heading, or a truncated teaser copy) wins; then one without final punctuation; then the
        one nearest the body.
        """
        low = max(0, body_start - _TITLE_LOOKBACK)
        candidates = lines[low:body_start] if body_start > 0 else lines[:_TITLE_SEARCH_LINES]
        best: tuple[int, int] | None = None
        chosen = None
        for line in candidates:
            if not _headline_shaped(line):
                continue
            score = 1 if not line.ends_sentence else 0
            score += 1 if line.words >= 5 else 0
            score += 1 if body_start - line.index <= 6 else 0
            score -= 2 if line.words >= 25 else 1 if line.words >= 18 else 0
            score -= 1 if "|" in line.text else 0  # "Agency | City", "Section | Topic"
            if any(other is not line and _copies(line, other) for other in lines[: body_start + 3]):
                score += 3
            key = (score, line.index)
            if best is None or key > best:
                best, chosen = key, line
        return chosen

    @staticmethod
    def _header_lines(lines: list[Line], title_line: Line | None, body_start: int) -> list[str]:
        """Lines between the headline and the body (where a page prints its date and byline).

        Lines above the headline are the site's own header, whose date is usually today's, not
        the article's; without a headline only the few lines just above the body count.
        """
        first = title_line.index + 1 if title_line is not None and title_line.index < body_start else body_start - 4
        return [line.text for line in lines[max(0, first) : body_start]]

    def _extend_lead(self, lines: list[Line], start: int, title_line: Line | None) -> int:
        """Move the run's start back over lead lines between the title and the body."""
        floor = title_line.index + 1 if title_line is not None else 0
        new_start = start
        for i in range(start - 1, max(floor, start - _LEAD_LOOKBACK) - 1, -1):
            line = lines[i]
            if line.chrome:
                continue
            if line.words >= 8:
                new_start = i
            else:
                break
        return new_start

    def page_language(self, chrome: list[Line], language: str | None) -> str | None:
        """The language of the page chrome when it is not the body's (by letters of the chrome lines)."""
        weights: Counter[str] = Counter()
        # the headline says nothing about the chrome: it is in the article's own language (or the page's)
        for line in [line for line in chrome if line.letters >= 15 and "title" not in line.flags][
            :_PAGE_LANGUAGE_LINES
        ]:
            if line.language is None:
                line.language = self.detector.detect_line(line.text)
            if line.language:
                weights[line.language] += line.letters
        if not weights or language is None:
            return None
        top, top_weight = weights.most_common(1)[0]
        if close_languages(language, top) or top_weight < 50 or top_weight < 0.5 * sum(weights.values()):
            return None
        return top


def _norm(text: str) -> str:
    from storyline.clean.lexicon import normalise_line

    return normalise_line(text)


def _headline_shaped(line: Line) -> bool:
    """Could this line be a headline? (Not a menu, site name, breadcrumb, counter or flagged chrome.)"""
    text = line.text
    if line.flags - {"repeated", "other_language"} or line.words < 3 or len(text) > 300:
        return False
    if (line.kind == "prose" and line.words > 30) or (text.endswith((".", "。", "।")) and not _opening_line(line)):
        return False  # headlines do not end with a full stop, except a dump's short opening line
    if text.count("|") >= 2 or text.count(" · ") >= 2 or (text.isupper() and line.words <= 8):
        return False
    if line.letters < 0.6 * len(text.replace(" ", "")):
        return False
    return not (" / " in text and line.words <= 5)


def _opening_line(line: Line) -> bool:
    """The first line of a dump, short and a single sentence: where a plain text file puts its title."""
    return line.index == 0 and line.words <= 14 and line.text.count(". ") == 0


def _copies(line: Line, other: Line) -> bool:
    """Whether ``other`` repeats the headline ``line`` (same text, a long shared start, or cut with "…")."""
    return other.norm == line.norm or _same_headline(line.norm, other.norm) or is_truncated_copy(other, line.norm)


def _same_headline(first: str, second: str) -> bool:
    """Two renderings of one headline: a long shared start (the <title> and the on-page heading)."""
    shorter = min(len(first), len(second))
    if shorter < 20:
        return False
    shared = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= 0.6 * shorter


def _same_script(text: str, language: str, detector: LanguageDetector) -> bool:
    """Whether a short line is written in the script of the body language (Latin vs Devanagari vs Cyrillic…)."""
    from storyline.language.scripts import dominant_script

    expected = detector.script_of(language)
    found = dominant_script(text)
    return expected is None or found is None or found == expected


def _join_wrapped(body: list[Line]) -> list[str]:
    """Paragraphs from body lines: a line that breaks mid-sentence continues on the next line of its block."""
    paragraphs: list[str] = []
    previous: Line | None = None
    for line in body:
        continues = (
            previous is not None
            and previous.block == line.block
            and previous.index == line.index - 1
            and not previous.ends_sentence
            and line.text[:1].islower()
        )
        if continues:
            paragraphs[-1] += " " + line.text
        else:
            paragraphs.append(line.text)
        previous = line
    return paragraphs
