"""Lower-case complements of the names of bodies in French, Spanish and Italian.

These languages write the complements of many names in lower case: "Ligue nationale de hockey",
"Selección de fútbol de Grecia", "Organisation internationale de la francophonie", "Ministero della pubblica
istruzione". A capitalised run headed by an organisation marker word takes such complements in: one or two
joining words ("de", "de la", "dell'"), then lower-case words, or a capitalised name ("de l'Ontario"), again
and again. The words live in ``storyline/data/entities/body_complements.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from storyline.entities.name_shapes import postposed_adjectives
from storyline.entities.resources import EntityResources
from storyline.entities.tokens import Token

DATA_PACKAGE = "storyline.data.entities"
MAX_JOIN_WORDS = 2
MAX_COMPLEMENT_WORDS = 12  # a long name ("Conseil des affaires de l'État de la république populaire de Chine")
MIN_WORD_LENGTH = 3


@dataclass(frozen=True)
class BodyComplements:
    joins: dict[str, frozenset[str]]
    stops: dict[str, frozenset[str]]

    @classmethod
    def load(cls) -> BodyComplements:
        text = resources.files(DATA_PACKAGE).joinpath("body_complements.tsv").read_text(encoding="utf-8")
        joins: dict[str, frozenset[str]] = {}
        stops: dict[str, frozenset[str]] = {}
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            lang, cue, listed = line.split("\t")
            words = frozenset(w.replace("’", "'") for w in listed.split())
            if cue == "JOIN":
                joins[lang] = joins.get(lang, frozenset()) | words
            elif cue == "STOP":
                stops[lang] = stops.get(lang, frozenset()) | words
            else:
                raise ValueError(f"body_complements.tsv: unknown cue {cue!r}")
        return cls(joins, stops)

    def extend(
        self, tokens: list[Token], i: int, j: int, lang: str, resources: EntityResources, endings: tuple[str, ...]
    ) -> int:
        """The end of the run ``tokens[i:j]`` once an organisation marker word opening or closing it ("Ligue",
        "La Fédération") takes in its lower-case adjectives and complements; ``j`` when there is none."""
        if resources.keyword_kind(tokens[i].text, lang) != "ORG":
            if j - i < 2 or resources.keyword_kind(tokens[j - 1].text, lang) != "ORG":
                return j
            j += postposed_adjectives(tokens, j, endings)  # "La Fédération internationale"
        return self.end_of_complements(tokens, j, lang, endings)

    def end_of_complements(self, tokens: list[Token], j: int, lang: str, adjective_endings: tuple[str, ...]) -> int:
        """Where the name whose words end before ``tokens[j]`` ends once its complements are taken in (``j``
        itself when none follow). Each complement is one or two joining words, then a capitalised name, or a
        lower-case word and maybe a second one when either is an adjective (``adjective_endings``): "de la
        francophonie", "dell'aviazione civile", "della pubblica istruzione", "de l'Ontario"."""
        joins = self.joins.get(lang)
        if not joins:
            return j
        stops = self.stops.get(lang, frozenset())
        end = k = j
        while k < len(tokens) and k - j < MAX_COMPLEMENT_WORDS:
            if _glued_join(tokens[k], joins):  # "dell'aviazione" in one token
                k += 1
                first = tokens[k - 1].text.replace("’", "'").partition("'")[2]
            else:
                n = joined = 0
                while joined < MAX_JOIN_WORDS and (width := _join_width(tokens, k + n, joins)):
                    n += width
                    joined += 1
                if n == 0 or k + n >= len(tokens):
                    break
                k += n
                if tokens[k].is_word and tokens[k].is_capitalised:
                    while k < len(tokens) and tokens[k].is_word and tokens[k].is_capitalised:
                        k += 1
                    k += postposed_adjectives(tokens, k, adjective_endings)  # "de l'Union soviétique"
                    end = k
                    continue
                if _glued_join(tokens[k], joins):  # "de l'industrie"
                    first = tokens[k].text.replace("’", "'").partition("'")[2]
                elif _content(tokens[k], joins, stops):
                    first = tokens[k].text
                else:
                    break
                k += 1
            if k < len(tokens) and _content(tokens[k], joins, stops):
                second = tokens[k].text
                if first.endswith(adjective_endings) or second.endswith(adjective_endings):
                    k += 1
            end = k
        return end


def _lower(token: Token) -> str:
    return token.text.replace("’", "'").lower()


def _join_width(tokens: list[Token], k: int, joins: frozenset[str]) -> int:
    """How many tokens a joining word at ``tokens[k]`` takes: 1 ("de"), 2 for an elided article written
    apart from its apostrophe ("l '"), 0 when there is none."""
    if k >= len(tokens):
        return 0
    word = _lower(tokens[k])
    if word in joins:
        return 1
    if k + 1 < len(tokens) and tokens[k + 1].text in {"'", "’"} and f"{word}'" in joins:
        return 2
    return 0


def _glued_join(token: Token, joins: frozenset[str]) -> bool:
    head, apostrophe, rest = token.text.replace("’", "'").partition("'")
    return bool(apostrophe) and f"{head}'" in joins and rest.isalpha() and rest.islower()


def _content(token: Token, joins: frozenset[str], stops: frozenset[str]) -> bool:
    """A lower-case word of a complement: three letters or more, neither joining nor stopping."""
    text = token.text
    return (
        token.is_word
        and text.islower()
        and len(text) >= MIN_WORD_LENGTH
        and text.replace("-", "").isalpha()
        and text not in joins
        and text not in stops
    )
