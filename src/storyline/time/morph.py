"""Verb tense from morphology, for languages whose future has no auxiliary word.

Russian and Ukrainian perfective verbs form the future without "будет"/"буде" ("соберётся",
"проведуть"), so cue words alone miss it. pymorphy3 (already a dependency, with its ru and uk
dictionaries) tags such forms ``futr``. The analyser loads lazily, once per language and
process (a read-only cache), and only when a clause's tense is actually needed.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from typing import Any

log = logging.getLogger(__name__)

MORPH_LANGUAGES = ("ru", "uk")
_WORD = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ'’ʼ]+")


@cache
def morph_analyzer(lang: str) -> Any | None:
    """The pymorphy3 analyser of ``lang`` (ru or uk), or None when it is not installed."""
    try:
        import pymorphy3  # heavy: imported on first use only
    except ImportError:  # pragma: no cover - it is a declared dependency
        log.warning("pymorphy3 is not installed: %s future tense will be read from cue words only", lang)
        return None
    return pymorphy3.MorphAnalyzer(lang=lang)


def verb_tenses(lang: str, text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """``(start, end, "future" | "past")`` for each finite verb of ``text[lo:hi]`` with a clear tense."""
    if lang not in MORPH_LANGUAGES:
        return []
    analyzer = morph_analyzer(lang)
    if analyzer is None:
        return []
    found: list[tuple[int, int, str]] = []
    for match in _WORD.finditer(text, lo, hi):
        parse = analyzer.parse(match.group(0).replace("’", "'").replace("ʼ", "'"))[0]
        if parse.tag.POS != "VERB":
            continue
        if parse.tag.tense == "futr":
            found.append((match.start(), match.end(), "future"))
        elif parse.tag.tense == "past":
            found.append((match.start(), match.end(), "past"))
    return found
