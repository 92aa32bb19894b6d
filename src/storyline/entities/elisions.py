"""Elided connectors inside names ("Valle d'Itria", "Hôtel d'Évreux", "Cima dell'Asnas"), also when the
apostrophe stands apart from its word ("Valle d ' Itria", as tokenised corpora are often detokenised)."""

from __future__ import annotations

from collections.abc import Callable

from storyline.entities.tokens import Token

APOSTROPHES = frozenset({"'", "’"})


def elided_connector_width(tokens: list[Token], j: int, is_connector: Callable[[str], bool]) -> int:
    """How many tokens an elided connector at ``tokens[j]`` spans when a capitalised word follows it: 1 for
    "d'" written as one token, 2 for "d" and an apostrophe apart; 0 when there is none."""
    if j >= len(tokens):
        return 0
    word = tokens[j].text.replace("’", "'")
    if word.endswith("'") and is_connector(word):
        width = 1
    elif j + 1 < len(tokens) and tokens[j + 1].text in APOSTROPHES and word.isalpha() and is_connector(f"{word}'"):
        width = 2
    else:
        return 0
    after = j + width
    return width if after < len(tokens) and tokens[after].is_word and tokens[after].is_capitalised else 0


_SURNAME_PARTICLES = frozenset({"D", "O"})  # "D'Annunzio", "O'Brien"


def apostrophe_after_particle(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is the apostrophe of a capital surname particle standing apart ("D ' Annunzio",
    "O ' Brien"), with a capitalised word after it."""
    return (
        0 < j < len(tokens) - 1
        and tokens[j].text in APOSTROPHES
        and tokens[j - 1].text in _SURNAME_PARTICLES
        and tokens[j + 1].is_word
        and tokens[j + 1].is_capitalised
    )
