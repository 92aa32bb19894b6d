"""Lines of a text dump and what each one looks like: the features the dump cleaner decides on.

A line gets *flags* naming why it looks like page chrome (``prompt``, ``credit``, ``reltime``,
``mt_notice``, ``repeated``, ``code``, ``byline``, ``list_item``, ``other_language``, ``title``)
and a *kind* from its shape: ``prose`` (a sentence or more), ``long`` (many words, no final
punctuation), ``medium`` (a headline-sized line) or ``short``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from storyline.clean.lexicon import Lexicon, normalise_line

_SENTENCE_END = re.compile(r"[.!?…。।؟;:\"'»”’)\]]\s*$")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_DIGIT = re.compile(r"\d")
_CODE = re.compile(
    r"(?:[{}]\s*$|^[.#@][\w-]+\s*\{|\bfunction\s*\(|\bvar\s+\w+\s*=|</?[a-z]+\d?(?:\s[^>]*)?>|\bwindow\.\w+|\bdocument\.\w+\()"
)
_STAMP = re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)|(?<!\d)\d{1,2}[:.h]\d{2}(?!\d)")
_CREDIT_END = re.compile(r"(?<![^\W_])(?:photo|photograph|фото|foto|bild|फोटो)\s*\)?\s*$")
_FULL_STOP = re.compile(r"[^\W\d_][.!?…。।؟][\"'»”’]?\s*$")  # a word, then the end of a sentence
_URL_LINE = re.compile(r"^\S*(?:https?://|www\.)\S+$")
_ELLIPSIS = re.compile(r"(?:…|\.\.\.)\s*$")
_EXCERPT_END = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$")
_WHOLE_SENTENCE_THEN_ELLIPSIS = re.compile(r"[^\W\d_][.!?][\"'»”’]?\s+(?:…|\.\.\.)\s*$")  # "… on 14 January. ..."
# a teaser's tail: "[VIDEO]", "[INSIGHT]|", a comment count "(185)"
_TEASER_TAIL = re.compile(r"(?:\[[A-Z][A-Z ]{2,15}\]\W?|\(\d{1,5}\))\s*$")
# scripts written without spaces between words: count characters instead of words
_NO_SPACE_SCRIPTS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


@dataclass
class Line:
    """One non-empty line of the dump."""

    index: int  # position among non-empty lines
    block: int  # blank-line separated block it belongs to
    text: str
    norm: str
    words: int
    letters: int
    ends_sentence: bool
    flags: set[str] = field(default_factory=set)
    language: str | None = None

    @property
    def kind(self) -> str:
        if self.ends_sentence and (self.words >= 8 or (self.words >= 4 and _FULL_STOP.search(self.text))):
            return "prose"
        if self.words >= 16:
            return "long"
        if self.words >= 5:
            return "medium"
        return "short"

    @property
    def chrome(self) -> bool:
        return bool(self.flags)


def count_letters(text: str) -> int:
    """Letters, combining marks included (Devanagari vowel signs are marks, not letters)."""
    letters = len(_LETTER.findall(text))
    if text.isascii():
        return letters
    return letters + sum(1 for ch in text if ch >= "\u0300" and unicodedata.category(ch)[0] == "M")


def word_count(text: str) -> int:
    """Words, or characters / 2 for scripts written without spaces."""
    if _NO_SPACE_SCRIPTS.search(text[:200]):
        return max(len(text.split()), len(text) // 2)
    return len(text.split())


def _make_line(index: int, block: int, text: str) -> Line:
    return Line(
        index=index,
        block=block,
        text=text,
        norm=normalise_line(text),
        words=word_count(text),
        letters=count_letters(text),
        ends_sentence=bool(_SENTENCE_END.search(text)),
    )


def _continues(previous: str, line: str) -> bool:
    """A hard-wrapped line: the previous one stops mid-sentence and this one goes on in lower case."""
    if _SENTENCE_END.search(previous) or len(previous) < 25:
        return False
    first = line[:1]
    return first.islower() or previous.endswith((",", "-", "–", "—"))


def split_lines(text: str) -> list[Line]:
    """Non-empty lines (hard-wrapped lines joined) with their block numbers and shape features."""
    raw_lines: list[tuple[int, str]] = []
    block = 0
    previous_blank = True
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = unicodedata.normalize("NFC", raw).strip().strip("\u200b\ufeff\xa0").strip()
        if not stripped:
            if not previous_blank:
                block += 1
            previous_blank = True
            continue
        if not previous_blank and raw_lines and raw_lines[-1][0] == block and _continues(raw_lines[-1][1], stripped):
            raw_lines[-1] = (block, raw_lines[-1][1] + " " + stripped)
        else:
            raw_lines.append((block, stripped))
        previous_blank = False
    return [_make_line(i, b, t) for i, (b, t) in enumerate(raw_lines)]


def _prompt_flag(line: Line, lexicon: Lexicon) -> str | None:
    norm = line.norm
    start = lexicon.prompt_start.search(norm)
    if start is not None:
        rest = norm[start.end() : start.end() + 40]
        if line.words <= 15 or ":" in rest[:25] or norm[start.end() : start.end() + 1] in (":", " :"):
            return "prompt"
    if lexicon.credit_start.search(norm) and line.words <= 25:
        return "credit"
    if line.words <= 40 and (lexicon.credit_mark.search(norm) or _CREDIT_END.search(norm)):
        return "credit"
    if line.words <= 14 and len(lexicon.social_network.findall(norm)) >= 2:
        return "prompt"  # a share bar: "Share: Facebook Telegram Viber Twitter"
    hits = len(lexicon.prompt_contains.findall(norm))
    # one hit in a sentence ("…, she posted on Twitter.") is news, not a prompt
    if hits >= 2 or (hits == 1 and line.words <= 40 and (not line.ends_sentence or line.words <= 12)):
        return "prompt"
    return None


def flag_lines(lines: list[Line], lexicon: Lexicon, *, site_repeats: frozenset[str] = frozenset()) -> None:
    """Set the chrome flags that depend on each line alone (and on repeats within the page)."""
    counts = Counter(line.norm for line in lines)
    for line in lines:
        if _URL_LINE.match(line.text):
            line.flags.add("url")
            continue
        flag = _prompt_flag(line, lexicon)
        if flag:
            line.flags.add(flag)
        relative = lexicon.relative_time.search(line.norm) if line.words <= 7 else None
        if relative and (line.words <= 3 or lexicon.relative_ago.search(line.norm)):
            line.flags.add("reltime")  # "2 hours ago", "Україна4 дні тому"; "Eat every 2-3 hours" is not one
        stamps = len(_STAMP.findall(line.text))
        if (line.words <= 6 and stamps and not line.ends_sentence) or (line.words <= 16 and stamps >= 2):
            line.flags.add("stamp")  # "Tuesday November 19, 2019", "21.12.2021 14:35"
        # a teaser is cut mid-sentence; a long paragraph of whole sentences may still end in a stray "..."
        cut_short = _EXCERPT_END.search(line.text) and not (
            line.words >= 30 and _WHOLE_SENTENCE_THEN_ELLIPSIS.search(line.text)
        )
        if cut_short and (12 <= line.words < 60 or "[" in line.text[-6:]):
            line.flags.add("excerpt")  # a teaser cut short: "… […]" (not a short "So frustrating …")
        if _TEASER_TAIL.search(line.text) and line.words <= 25:
            line.flags.add("excerpt")
        if 2 <= line.words <= 5 and lexicon.author_box.search(line.norm) and line.text.split()[-1][:1].isupper():
            line.flags.add("end")  # "About Jane Doe": the author box after the article
        if line.words <= 14 and lexicon.comment_header.search(line.norm):
            line.flags.add("end")  # "bobmillion says:" / "Alex on May 3, 2018 at 6:34 am said:" opens the comments
        end = lexicon.end_marker.search(line.norm)
        if end and (line.words <= 6 or end.start() < 3 or (line.words <= 25 and not line.ends_sentence)):
            line.flags.add("end")
        if is_mt_notice(line.norm, lexicon) and line.words <= 80:
            line.flags.add("mt_notice")
        if _CODE.search(line.text) and line.letters < 0.8 * len(line.text):
            line.flags.add("code")
        if line.letters < 0.45 * len(line.text) and line.words < 12:
            line.flags.add("code")  # numbers, symbols, time stamps
        if counts[line.norm] > 1 and line.words < 30:
            line.flags.add("repeated")
        if line.norm in site_repeats and line.words < 40:
            line.flags.add("site_repeat")  # in several pages of the batch: the site's own boilerplate
        if line.words <= 20 and not line.text.endswith(".") and _has_byline_field(line, lexicon):
            line.flags.add("byline")
    _flag_link_lists(lines, lexicon)


def _is_list_header(lines: list[Line], i: int, lexicon: Lexicon) -> bool:
    """ "Read also:" / "More:" — or any short line ending in a colon that two headline-like lines follow."""
    line = lines[i]
    if lexicon.list_header.search(line.norm) and line.words <= 10:
        return True
    if line.words > 5 or not line.text.endswith(":"):
        return False
    following = lines[i + 1 : i + 3]
    return len(following) == 2 and all(_headline_like(other) for other in following)


def _headline_like(line: Line) -> bool:
    return line.kind in ("short", "medium", "long") and not line.ends_sentence and line.words >= 3


def _teaser_like(line: Line) -> bool:
    """A line of a teaser list: headline-shaped, and not a menu or an all-capital site or section name."""
    text = line.text
    return _headline_like(line) and text.count("|") < 2 and not text.isupper() and line.kind != "long"


def _has_byline_field(line: Line, lexicon: Lexicon) -> bool:
    """ "By X" (a short line), or an "Author: X" field in a "Source: … | Author: X" line."""
    parts = re.split(r"\s+[|·]\s+", line.norm)
    if len(parts) == 1:
        return 2 <= line.words <= 8 and bool(lexicon.byline_prefix.search(line.norm))
    return any(lexicon.byline_prefix.search(part) and ":" in part[:20] for part in parts)


def _flag_link_lists(lines: list[Line], lexicon: Lexicon) -> None:
    """Link lists: the non-prose lines after a list header, and runs of 4+ headline-like lines."""
    in_list = False
    for i, line in enumerate(lines):
        if _is_list_header(lines, i, lexicon):
            line.flags.add("prompt")
            in_list = True
            continue
        if in_list:
            if line.kind == "prose" and not line.flags:
                in_list = False
            else:
                line.flags.add("list_item")
    run: list[Line] = []
    for candidate in [*lines, None]:
        if candidate is not None and _teaser_like(candidate) and not candidate.flags:
            run.append(candidate)
            continue
        if len(run) >= 4:
            for item in run:
                item.flags.add("list_item")
        run = []


def is_mt_notice(norm: str, lexicon: Lexicon) -> bool:
    """A machine-translation notice: an engine name, a fixed phrase, or "translat-" and "machine-" words together."""
    if lexicon.mt_automatic.search(norm) or lexicon.mt_engine.search(norm):
        return True
    if len(norm.split()) > 30:
        return False  # a sentence about machine translation, not a notice
    return bool(lexicon.mt_translation_stem.search(norm) and lexicon.mt_machine_stem.search(norm))


def is_truncated_copy(line: Line, title_norm: str) -> bool:
    """A line that repeats the start of the title and is cut with an ellipsis."""
    if not title_norm or not _ELLIPSIS.search(line.text):
        return False
    stem = _ELLIPSIS.sub("", line.norm).strip()
    return len(stem) >= 12 and title_norm.startswith(stem)
