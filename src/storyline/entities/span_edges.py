"""Where a span drawn by another detector really ends.

- natasha is trained on Russian: on Bulgarian it lets a person or place run on into the words
  around it ("Байдън каза", "Очаква се Мей"). Its person and place spans there are cut into their
  capitalised pieces (name particles such as "де", "ван", "фон" stay inside), and the first piece
  that is not a capitalised common word is kept.
- A multi-word knowledge-base name compared by its case-form key must not take in numbers or
  punctuation, which that key ignores ("Доналд Тръмп - 55 904 785" is not a form of "Доналд Тръмп").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.entities.tokens import Token

TRIMMED_LANGS = frozenset({"bg"})  # languages whose natasha person and place spans are trimmed
_WORD = re.compile(r"\S+")
_PUNCTUATION = "\"'«»„“”()[],.;:!?"
_PARTICLES = frozenset({"де", "дьо", "да", "ди", "дел", "ла", "ван", "фон", "бин", "ибн", "ал", "ел", "бен"})


def capitalised_pieces(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The runs of capitalised words in ``text[start:stop]`` that words in lower case separate
    ("Очаква се Мей" -> "Очаква", "Мей"; name particles such as "де" stay inside a run)."""
    pieces: list[tuple[int, int]] = []
    begin = end = -1
    for match in _WORD.finditer(text, start, stop):
        raw = match.group()
        word = raw.strip(_PUNCTUATION)
        if not word:
            continue
        if word[0].islower() and (word not in _PARTICLES or begin < 0):
            if begin >= 0:
                pieces.append((begin, end))
            begin = end = -1
            continue
        if not word[0].islower():
            if begin < 0:
                begin = match.start() + raw.index(word)
            end = match.start() + raw.index(word) + len(word)
    if begin >= 0:
        pieces.append((begin, end))
    return pieces


def plain_words(tokens: Sequence[Token]) -> bool:
    """Whether every token is a word without digits (what a case-form key of a name may span)."""
    return all(token.is_word and not any(ch.isdigit() for ch in token.text) for token in tokens)
