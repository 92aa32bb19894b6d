"""Writing systems: which script a line is written in, and the usual script of each language."""

from __future__ import annotations

import unicodedata
from collections import Counter
from importlib import resources

# Unicode name prefixes that stand for one script family
_ALIASES = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "CJK": "CJK"}


def load_language_scripts() -> dict[str, str]:
    """ISO 639-1 code -> usual script (``LATIN``, ``CYRILLIC``, ``DEVANAGARI``…) of each supported language."""
    text = resources.files("storyline.data.language").joinpath("scripts.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, script = line.split("\t")
            table[code.strip()] = script.strip()
    return table


def char_script(char: str) -> str | None:
    if not char.isalpha():
        return None
    try:
        first = unicodedata.name(char).split()[0]
    except ValueError:
        return None
    return _ALIASES.get(first, first)


def dominant_script(text: str) -> str | None:
    """The script of most letters in ``text``; None when it has no letters."""
    counts = Counter(script for script in map(char_script, text) if script)
    return counts.most_common(1)[0][0] if counts else None
