"""Where a span drawn by another detector really ends.

- natasha is trained on Russian: on Bulgarian it lets a person or place run on into the words
  around it ("Байдън каза", "Очаква се Мей"). Its person and place spans there are cut into their
  capitalised pieces (name particles such as "де", "ван", "фон" stay inside), and the first piece
  that is not a capitalised common word is kept.
- Routes and pairs written with hyphens ("Ljubljana-Frankfurt-Skopje", "Sarajevo-Ljubljana") name
  each place: a hyphenated span whose every part is a known place, and which is not a known name
  as a whole ("Baden-Württemberg"), is one place per part.
- A multi-word knowledge-base name compared by its case-form key must not take in numbers or
  punctuation, which that key ignores ("Доналд Тръмп - 55 904 785" is not a form of "Доналд Тръмп").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from storyline.entities.candidates import Candidate
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


def split_hyphenated_places(
    text: str, candidates: list[Candidate], is_place: Callable[[str], bool], is_name: Callable[[str], bool]
) -> list[Candidate]:
    """Each place of a hyphenated route ("Ljubljana-Frankfurt") as its own LOC candidate."""
    out: list[Candidate] = []
    for cand in candidates:
        surface = text[cand.start : cand.end]
        parts = surface.split("-")
        if len(parts) < 2 or " " in surface or is_name(surface) or not all(p and is_place(p) for p in parts):
            out.append(cand)
            continue
        start = cand.start
        for part in parts:
            out.append(Candidate(start, start + len(part), "LOC", cand.source, None, cand.sentence, cand.confidence))
            start += len(part) + 1
    return out
