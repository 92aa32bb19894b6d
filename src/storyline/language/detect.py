"""Language identification: pycld2 as a fast first pass, lingua for short or unsure text.

pycld2 is very fast and reliable on a few hundred characters of prose; on short or mixed text it
says so (``is_reliable`` false, or a low share for the top language). Then lingua decides, built
with the explicit language set in ``data/language/languages.tsv`` (73 languages) so that its
answers stay inside what the rest of the pipeline knows. lingua's models are loaded once per
detector object, on first use.

``detect_lines`` answers per line/paragraph for mixed pages (an English article inside a Hindi
page); it returns None for lines too short to tell, so callers can inherit the article language.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import cached_property
from importlib import resources
from typing import Any

log = logging.getLogger(__name__)

# pycld2 answers that are not plain ISO 639-1 codes of the supported set
_CLD2_ALIASES = {"iw": "he", "jw": "jv", "zh-Hant": "zh", "tl": "tl", "nn": "nb", "no": "nb", "sh": "hr"}
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
# languages pycld2 confuses with a close neighbour on short text; lingua settles those
_CLOSE_NEIGHBOURS = {
    "ru": "uk be bg",
    "uk": "ru be",
    "be": "ru uk",
    "bg": "mk ru",
    "mk": "bg sr",
    "sr": "hr bs mk",
    "hr": "sr bs sl",
    "bs": "hr sr",
    "sl": "hr",
    "cs": "sk",
    "sk": "cs",
    "es": "pt ca gl",
    "pt": "es gl",
    "ca": "es",
    "id": "ms",
    "ms": "id",
    "da": "nb sv",
    "nb": "da sv",
    "sv": "da nb",
    "hi": "mr ne",
    "mr": "hi",
    "ur": "fa",
    "fa": "ur",
}


def supported_languages() -> dict[str, str]:
    """ISO 639-1 code -> English name of every language the detector can answer."""
    text = resources.files("storyline.data.language").joinpath("languages.tsv").read_text(encoding="utf-8")
    languages: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, name = line.split("\t")
        languages[code.strip()] = name.strip()
    return languages


class LanguageDetector:
    """ISO 639-1 code of a text, or None when it cannot be told."""

    def __init__(
        self, *, lingua_codes: tuple[str, ...] = (), min_letters: int = 12, high_accuracy: bool = False
    ) -> None:
        self.lingua_codes = lingua_codes
        self.min_letters = min_letters
        # lingua's high-accuracy mode needs ~1 GB for the Latin-script languages and seconds to load;
        # the low-accuracy (trigram) mode needs ~80 MB and is what short lines get by default.
        self.high_accuracy = high_accuracy

    @cached_property
    def codes(self) -> frozenset[str]:
        return frozenset(self.lingua_codes or supported_languages())

    @cached_property
    def scripts(self) -> dict[str, str]:
        from storyline.language.scripts import load_language_scripts

        return load_language_scripts()

    def script_of(self, language: str) -> str | None:
        """The usual script of a language (``LATIN``, ``CYRILLIC``…), None when unknown."""
        return self.scripts.get(language)

    @cached_property
    def _lingua(self) -> Any:
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        iso = [getattr(IsoCode639_1, code.upper()) for code in sorted(self.codes)]
        log.debug("building lingua detector for %d languages", len(iso))
        builder = LanguageDetectorBuilder.from_iso_codes_639_1(*iso)
        if not self.high_accuracy:
            builder = builder.with_low_accuracy_mode()
        return builder.build()

    def _cld2(self, text: str) -> tuple[str | None, bool, int]:
        """(code, reliable, percent of the text) from pycld2; code None when it has no answer."""
        import pycld2

        try:
            reliable, _, details = pycld2.detect(text)
        except pycld2.error:
            # invalid UTF-8 (lone surrogates) or control characters: retry on a cleaned copy
            cleaned = "".join(ch for ch in text if ch.isprintable() or ch in "\n\t")
            cleaned = cleaned.encode("utf-8", "ignore").decode("utf-8")
            try:
                reliable, _, details = pycld2.detect(cleaned)
            except pycld2.error:
                return None, False, 0
        if not details:
            return None, False, 0
        raw = str(details[0][1])
        if raw in {"un", "xx"} or raw.startswith("xx-"):
            return None, False, 0
        code = _CLD2_ALIASES.get(raw, raw.split("-")[0])
        if code not in self.codes:
            return None, False, int(details[0][2])
        return code, bool(reliable), int(details[0][2])

    def _lingua_code(self, text: str) -> str | None:
        language = self._lingua.detect_language_of(text)
        return language.iso_code_639_1.name.lower() if language is not None else None

    def detect(self, text: str) -> str | None:
        """Language of ``text`` (the article body): None when there are too few letters."""
        sample = text[:6000]
        letters = len(_LETTERS.findall(sample))
        if letters < self.min_letters:
            return None
        code, reliable, percent = self._cld2(sample)
        settled = code not in _CLOSE_NEIGHBOURS or letters >= 600
        if code is not None and reliable and percent >= 70 and letters >= 200 and settled:
            return code
        answer = self._lingua_code(sample[:1500])
        return answer or code

    def detect_line(self, text: str) -> str | None:
        """Language of a single line or paragraph; None when it is too short or too unsure to tell."""
        letters = len(_LETTERS.findall(text))
        if letters < self.min_letters:
            return None
        code, reliable, percent = self._cld2(text)
        if code is not None and reliable and percent >= 80:
            return code
        if letters < 25:
            return None
        return self._lingua_code(text[:1000])

    def detect_lines(self, lines: Sequence[str]) -> list[str | None]:
        return [self.detect_line(line) for line in lines]


def close_languages(first: str, second: str) -> bool:
    """True when the two languages are close neighbours that short-text detectors confuse."""
    return first == second or second in _CLOSE_NEIGHBOURS.get(first, "").split()
