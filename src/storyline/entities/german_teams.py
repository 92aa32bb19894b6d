"""German names of teams that capitalised runs miss: national teams named with a lower-case adjective.

German writes a country's team as an adjective and a compound noun: "die irische Fußballnationalmannschaft",
"der schwedischen Eishockeynationalmannschaft". The adjective is lower-case, so no capitalised run holds it;
the whole phrase names the team.
"""

from __future__ import annotations

from collections.abc import Callable

from storyline.entities.candidates import Candidate
from storyline.entities.tokens import Token

_ADJECTIVE_ENDINGS = ("e", "en", "er", "es")
_TEAM_ENDINGS = ("nationalmannschaft", "nationalmannschaften", "nationalteam", "nationalelf")


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
