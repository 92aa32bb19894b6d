"""Machine-translation notices: "automatically translated into English by Google Translate from Russian".

A notice is a line naming automatic translation or a translation engine (``translation_notices.json``).
The source language is read from the language names in the notice: names in CLDR (babel) for
the supported languages, matched by stem so inflected forms count ("з російської", "rus
dilindən", "aus dem Russischen"). Of the languages named, the article's own language and the
language the notice is written in are the targets; what is left is the source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cached_property

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _stem(name: str) -> str:
    name = name.casefold()
    if len(name) <= 4:
        return name
    return name[: max(4, len(name) - 2)]


class TranslationSource:
    """Finds the source language named by machine-translation notices."""

    def __init__(self, languages: Iterable[str]) -> None:
        self.languages = tuple(languages)

    @cached_property
    def _stems(self) -> dict[str, set[str]]:
        from babel import Locale
        from babel.core import UnknownLocaleError

        stems: dict[str, set[str]] = {}
        for locale_code in self.languages:
            try:
                names = Locale.parse(locale_code).languages
            except (UnknownLocaleError, ValueError):
                continue
            for code in self.languages:
                name = names.get(code)
                if not name:
                    continue
                first = name.split()[0]
                if len(first) >= 3:
                    stems.setdefault(_stem(first), set()).add(code)
        return stems

    def named_languages(self, notice: str) -> list[str]:
        """Languages named in the notice, in order of appearance."""
        named: list[str] = []
        for word in _WORD.findall(notice.casefold()):
            for length in range(min(len(word), 14), 2, -1):
                codes = self._stems.get(word[:length])
                if not codes:
                    continue
                if len(codes) == 1:  # a stem that names different languages in two locales says nothing
                    code = next(iter(codes))
                    if code not in named:
                        named.append(code)
                break
        return named

    def source_of(self, notices: Sequence[tuple[str, str | None]], article_language: str | None) -> str | None:
        """Source language from (notice text, language the notice is written in) pairs."""
        votes: dict[str, int] = {}
        for notice, notice_language in notices:
            targets = {article_language, notice_language}
            for code in self.named_languages(notice):
                if code not in targets:
                    votes[code] = votes.get(code, 0) + 1
        if not votes:
            return None
        return max(votes, key=lambda code: votes[code])
