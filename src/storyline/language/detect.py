"""Language identification: pycld2 as a fast first pass, lingua for short or unsure text."""

from __future__ import annotations

from functools import cached_property
from typing import Any


class LanguageDetector:
    """ISO 639-1 code of a text, or None when it cannot be told."""

    def __init__(self, *, lingua_codes: tuple[str, ...] = ()) -> None:
        self.lingua_codes = lingua_codes

    @cached_property
    def _lingua(self) -> Any:
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        if self.lingua_codes:
            codes = [getattr(IsoCode639_1, c.upper()) for c in self.lingua_codes]
            builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
        else:
            builder = LanguageDetectorBuilder.from_all_spoken_languages()
        return builder.build()

    def detect(self, text: str) -> str | None:
        import pycld2

        sample = text[:20000]
        try:
            reliable, _, details = pycld2.detect(sample)
        except pycld2.error:
            reliable, details = False, ()
        if reliable and details and details[0][1] not in {"un", "xx"}:
            code = str(details[0][1])
            return code.split("-")[0]
        language = self._lingua.detect_language_of(sample[:2000])
        return language.iso_code_639_1.name.lower() if language is not None else None
