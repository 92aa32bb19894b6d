"""German names of teams that capitalised runs miss: national teams named with a lower-case adjective, and
clubs whose names hold a number.

German writes a country's team as an adjective and a compound noun: "die irische Fußballnationalmannschaft",
"der schwedischen Eishockeynationalmannschaft". The adjective is lower-case, so no capitalised run holds it;
the whole phrase names the team. Clubs carry their founding year ("Eintracht 05", "SV 1920 Brackwell") and
American teams a number glued to a plural ("49ers"); a capitalised run stops at the number without help.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from storyline.entities.candidates import Candidate
from storyline.entities.resources import EntityResources
from storyline.entities.tokens import Token

_ADJECTIVE_ENDINGS = ("e", "en", "er", "es")
_TEAM_ENDINGS = ("nationalmannschaft", "nationalmannschaften", "nationalteam", "nationalelf")
_GLUED_PLURAL = re.compile(r"\d{2}ers")
_FIRST_YEAR, _LAST_YEAR = 1850, 2030  # founding years of clubs


def _nationality_adjective(word: str, country_of_adjective: Callable[[str], str | None]) -> bool:
    """A lower-case German adjective of a country or people: "irische", "dänischen", "deutsche"."""
    if not word[:1].islower():
        return False
    stem = next((word[: -len(e)] for e in _ADJECTIVE_ENDINGS if word.endswith(e)), "")
    return stem.endswith("sch") or country_of_adjective(word) is not None


def national_teams(
    tokens: list[Token], sentence: tuple[int, int], country_of_adjective: Callable[[str], str | None]
) -> list[Candidate]:
    """ORG spans of a nationality adjective and a national team's noun ("die irische Fußballnationalmannschaft")."""
    found = []
    for k in range(len(tokens) - 1):
        adjective, team = tokens[k], tokens[k + 1]
        if (
            adjective.is_word
            and team.is_word
            and team.is_capitalised
            and team.text.lower().endswith(_TEAM_ENDINGS)
            and _nationality_adjective(adjective.text, country_of_adjective)
        ):
            found.append(Candidate(adjective.start, team.end, "ORG", "kb", sentence=sentence, confidence=0.9))
    return found


def is_club_word(resources: EntityResources, word: str) -> bool:
    """A German marker word of bodies or an acronym ("FC", "TSG"), which opens clubs' names."""
    return resources.keyword_kind(word, "de") == "ORG" or (len(word) > 1 and word.isupper())


def club_number_width(tokens: list[Token], i: int, j: int, resources: EntityResources) -> int:
    """1 when ``tokens[j]`` is a number inside the name of a club that the run ``tokens[i:j]`` opens, else 0:
    a founding year's last two digits ("Eintracht 05", "Borussia 09 Quornbach"), a full founding year after
    a club word and before the town ("SV 1920 Brackwell"), or a number glued to a plural ("Quornel 76ers")."""
    number = tokens[j].text
    if _GLUED_PLURAL.fullmatch(number):
        return 1
    if not number.isdigit():
        return 0
    if len(number) == 2 and number.startswith("0"):
        return 1
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if (
        len(number) == 4
        and _FIRST_YEAR <= int(number) <= _LAST_YEAR
        and is_club_word(resources, tokens[i].text)
        and after is not None
        and after.is_word
        and after.is_capitalised
        and after.start == tokens[j].end + 1
    ):
        return 1
    return 0


def holds_club_number(words: list[Token]) -> bool:
    """Whether a run holds a number that :func:`club_number_width` let in: the run names a club."""
    return len(words) > 1 and any(word.text[:1].isdigit() for word in words)
