"""Word tokens with character offsets, and the cues read off them (capitalisation, script)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words (letters, digits, inner hyphens/apostrophes), dotted acronyms (U.S.), or one other symbol.
_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"  # U.S., E.U.
    r"|[\w\u0900-\u097F](?:[\w\u0900-\u097F]|[-'’](?=[\w\u0900-\u097F]))*"
    r"|[^\s\w]",
)
# Generation suffixes written after a full name ("Martin Truex Jr."): part of the name, dot included.
GENERATION_SUFFIXES = frozenset({"Jr", "Sr"})
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")
# The Arabic article written lower-case and hyphenated before a capitalised name: "al-Assad", "el-Sisi".
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|ad|ud|ul)[-‑](?=[A-Z])")
_ROMAN = re.compile(r"^[IVXLCІХ]+$")  # Latin letters, and the Cyrillic І and Х used for numerals


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum() or bool(_DEVANAGARI.match(self.text[:1]))

    @property
    def is_capitalised(self) -> bool:
        first = self.text[:1]
        return first.isupper() or bool(_ARABIC_ARTICLE.match(self.text))

    @property
    def is_acronym(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        if len(letters) < 2 or not all(c.isupper() for c in letters):
            return False
        return not _ROMAN.match(self.text)  # "XVI" is a numeral

    @property
    def is_uncased_script(self) -> bool:
        """Devanagari and other scripts without capital letters."""
        return bool(_DEVANAGARI.match(self.text[:1]))


def _elision_end(word: str) -> int:
    """Length of a lower-case elided word and its apostrophe before a capitalised word ("dall'", "l'"), else 0."""
    for i, ch in enumerate(word[:7]):
        if ch in "'’":
            head, rest = word[:i], word[i + 1 :]
            if head and head.islower() and rest[:1].isupper():
                return i + 1
            return 0
    return 0


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text, start, stop):
        word = match.group(0)
        cut = _elision_end(word)
        if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":  # English possessive: Russia's
            tokens.append(Token(match.start(), match.end() - 2, word[:-2]))
            tokens.append(Token(match.end() - 2, match.end(), word[-2:]))
        elif cut:  # an elided article before a name: dall'Africa, l'ONU, d'Italia
            tokens.append(Token(match.start(), match.start() + cut, word[:cut]))
            tokens.append(Token(match.start() + cut, match.end(), word[cut:]))
        else:
            tokens.append(Token(match.start(), match.end(), word))
    return tokens
