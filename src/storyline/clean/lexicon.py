"""The cleaner's language data (``storyline/data/clean/*.json``), compiled into matchers.

Every list is grouped by language in the data files for review, but matching ignores the
language: a Ukrainian "read also" prompt on an English page is still chrome.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Any

_WS = re.compile(r"\s+")


def normalise_line(line: str) -> str:
    """NFKC, case-folded, white space collapsed: how lines are compared with the lexicons."""
    return _WS.sub(" ", unicodedata.normalize("NFKC", line)).strip().casefold()


def load_json(name: str) -> dict[str, Any]:
    text = resources.files("storyline.data.clean").joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _flatten(groups: dict[str, list[str]]) -> list[str]:
    return sorted(
        {normalise_line(p) for phrases in groups.values() for p in phrases if p.strip()}, key=len, reverse=True
    )


def _phrase_pattern(phrases: list[str], *, anchored: bool) -> re.Pattern[str]:
    """Alternation of phrases; a phrase that ends in a letter must end at a word boundary."""
    parts = []
    for phrase in phrases:
        body = re.escape(phrase)
        if phrase[-1].isalnum():
            body += r"(?![^\W_])"
        parts.append(body)
    prefix = r"^\W{0,3}(?:" if anchored else r"(?:(?<![^\W_])|^)(?:"
    return re.compile(prefix + "|".join(parts) + ")", re.UNICODE)


def _stem_pattern(stems: list[str]) -> re.Pattern[str]:
    """Words starting with one of the stems."""
    alternation = "|".join(re.escape(normalise_line(s)) for s in sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternation})")


@dataclass(frozen=True)
class Lexicon:
    """Compiled matchers over normalised (``normalise_line``) lines."""

    prompt_start: re.Pattern[str]
    prompt_contains: re.Pattern[str]
    list_header: re.Pattern[str]
    end_marker: re.Pattern[str]
    comment_header: re.Pattern[str]
    author_box: re.Pattern[str]
    social_network: re.Pattern[str]
    credit_start: re.Pattern[str]
    credit_mark: re.Pattern[str]
    relative_time: re.Pattern[str]
    relative_ago: re.Pattern[str]
    mt_engine: re.Pattern[str]
    mt_automatic: re.Pattern[str]
    mt_translation_stem: re.Pattern[str]
    mt_machine_stem: re.Pattern[str]
    byline_prefix: re.Pattern[str]
    byline_writes: tuple[str, ...]
    role_words: tuple[str, ...]
    reports_verbs: tuple[str, ...]
    title_separators: tuple[str, ...]
    legal_forms: tuple[str, ...]

    @classmethod
    def load(cls) -> Lexicon:
        prompts = load_json("prompts.json")
        relative = load_json("relative_time.json")
        notices = load_json("translation_notices.json")
        words = load_json("metadata_words.json")
        units = _flatten(relative["units"])
        unit_alt = "|".join(re.escape(u) for u in units)
        after = "|".join(re.escape(normalise_line(a)) for a in sorted(relative["ago_after"], key=len, reverse=True))
        before = "|".join(re.escape(normalise_line(b)) for b in sorted(relative["ago_before"], key=len, reverse=True))
        # "<n> <unit>[letters] [ago] [at 07:47 am]" ending the line, or "<ago> <n> <unit>..." anywhere
        clock = r"(?:\s*\W?\s*[^\W\d_]{0,6}\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?"
        relative_time = re.compile(
            rf"(?:\d+\s*(?:{unit_alt})[^\W\d_]*\.?\s*(?:(?:{after})(?![^\W_]))?{clock}\s*$)"
            rf"|(?:(?<![^\W_])(?:{before})\s+\d+\s*(?:{unit_alt}))",
            re.UNICODE,
        )
        return cls(
            prompt_start=_phrase_pattern(_flatten(prompts["starts"]), anchored=True),
            prompt_contains=_phrase_pattern(_flatten(prompts["contains"]), anchored=False),
            list_header=_phrase_pattern(_flatten(prompts["list_headers"]), anchored=True),
            end_marker=_phrase_pattern(_flatten(prompts["ends"]), anchored=False),
            author_box=_phrase_pattern(_flatten({"x": prompts["author_boxes"]}), anchored=True),
            social_network=_phrase_pattern(_flatten({"x": prompts["social_networks"]}), anchored=False),
            comment_header=re.compile(
                "(?:" + "|".join(re.escape(h) for h in _flatten({"x": prompts["comment_headers"]})) + r")\s*$"
            ),
            credit_start=_phrase_pattern(_flatten(prompts["credits"]), anchored=True),
            credit_mark=re.compile("|".join(re.escape(m) for m in _flatten({"x": prompts["credit_marks"]}))),
            relative_time=relative_time,
            relative_ago=re.compile(rf"(?<![^\W_])(?:{after}|{before})(?![^\W_])", re.UNICODE),
            mt_engine=_phrase_pattern(_flatten({"x": notices["engines"]}), anchored=False),
            mt_automatic=_phrase_pattern(_flatten({"x": notices["automatic"]}), anchored=False),
            mt_translation_stem=_stem_pattern(notices["translation_stems"]),
            mt_machine_stem=_stem_pattern(notices["machine_stems"]),
            byline_prefix=_phrase_pattern(_flatten({"x": words["byline_prefixes"]}), anchored=True),
            byline_writes=tuple(_flatten({"x": words["byline_writes"]})),
            role_words=tuple(_flatten({"x": words["role_words"]})),
            reports_verbs=tuple(_flatten({"x": words["reports_verbs"]})),
            title_separators=tuple(words["title_separators"]),
            legal_forms=tuple(sorted(words["legal_forms"], key=len, reverse=True)),
        )
