"""Shapes of names in capitalised runs, for Latin-script languages.

Small decisions the run detector (:mod:`storyline.entities.detect`) asks about:

- an initial and its full stop sit inside a person's name ("John V. Tunney", "A. R. Rahman");
- a name particle may be followed by an article ("Ursula von der Leyen", "Rafael de la Fuente");
- some connectors join only after a marker word (German "der", "für": "Bank der Länder", but not
  "Familie der Glanzkäfer"), like English "of";
- a German run opens with common nouns that describe the name rather than belong to it
  ("Zweitligisten SV Brackwell", "Regisseur Jonas Brehmer"); they are cut off, and a body word among
  them ("Verein", "Ligakonkurrenten") says the name is an organisation;
- an English marker word closing a run names its kind in any language ("Tennessee River" in German).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources as package_files

from storyline.entities.resources import EntityResources, word_matches
from storyline.entities.tokens import Token

# shorter capitalised words known to the dictionary are too often first names ("Morgan", "Earl", "Reiner")
_DESCRIPTOR_MIN_LENGTH = 7
_SHORT_ABBREVIATIONS = frozenset({"St", "Mt", "Ft"})  # "St. Louis", "Mt. Hood"
# connectors that join only after a marker word (as English "of" after "Bank"), by language
_MARKER_ONLY_CONNECTORS = {"de": frozenset({"der", "den", "des", "für"})}
# a particle may take an article before the surname: "von der Leyen", "de la Fuente", "van den Berg"
_PARTICLE_ARTICLES = {
    "von": frozenset({"der", "den", "dem"}),
    "van": frozenset({"der", "den", "de"}),
    "de": frozenset({"la", "las", "los", "le"}),
    "del": frozenset(),
    "di": frozenset(),
}
# German words before a name that say it is a body: "zum Verein X", "beim Ligakonkurrenten X"
_GERMAN_BODY_WORDS = (
    "verein",
    "*verein",
    "klub",
    "club",
    "*ligist",
    "*ligisten",
    "*rivale",
    "*rivalen",
    "*konkurrent",
    "*konkurrenten",
    "band",
    "rockband",
    "label",
    "plattenlabel",
    "firma",
    "unternehmen",
    "konzern",
    "hersteller",
    "zeitung",
    "sender",
    "fernsehsender",
    "mannschaft",
    "team",
)


def initial_continues(
    tokens: list[Token], j: int, is_common: Callable[[str], bool], is_given_name: Callable[[str], bool] | None = None
) -> bool:
    """Whether the full stop at ``tokens[j]`` closes an initial inside a name ("John V. Tunney"):
    a one-letter capital (or St, Mt) before it and a capitalised word that is not a common word after it.
    After a given name and an initial the next capitalised word is the surname even when it is also a
    common word ("Helen T. Marsh", "Owen K. Field")."""
    if j < 1 or j + 1 >= len(tokens) or tokens[j].text != ".":
        return False
    before, after = tokens[j - 1], tokens[j + 1]
    initial = (len(before.text) == 1 and before.text.isupper()) or before.text in _SHORT_ABBREVIATIONS
    return (
        initial
        and tokens[j].start == before.end
        and after.is_word
        and after.is_capitalised
        and not (len(after.text) > 1 and after.text.isupper())
        and (
            len(after.text) == 1  # another initial
            or not is_common(after.text)  # a name
            or (
                is_given_name is not None
                and len(before.text) == 1
                and j >= 2
                and tokens[j - 2].end < before.start
                and (
                    is_given_name(tokens[j - 2].text)
                    or (tokens[j - 2].text == "." and j >= 3 and len(tokens[j - 3].text) == 1)  # "R. T. Marlow"
                )
            )
        )
    )


# Head words that a number completes into a name: roads, leagues, channels ("Interstate 93", "Ligue 2").
_NUMBERED_HEAD_WORDS = (
    "route routes highway interstate motorway autobahn autostrada autopista road division radio channel "
    "ligue liga league bundesliga serie formula"
)
_NUMBERED_HEADS = frozenset(_NUMBERED_HEAD_WORDS.split())
_NUMBER = re.compile(r"^(?:\d{1,4}|I{1,3}|IV|V)$")


_NUMBERED_NICKNAME = re.compile(r"^\d+ers$")


def numbered_head(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is a number completing the capitalised head word before it ("Route 62")."""
    return (
        j >= 1
        and bool(_NUMBER.match(tokens[j].text))
        and tokens[j - 1].text.lower() in _NUMBERED_HEADS
        and tokens[j - 1].text[:1].isupper()
        and not (
            j + 1 < len(tokens)
            and tokens[j + 1].text in {":", "-", "–", "/", "."}
            and j + 2 < len(tokens)
            and tokens[j + 2].text[:1].isdigit()
        )
    )


def numbered_nickname(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is a team's nickname made of a number ("76ers", "49ers") after a capitalised word."""
    return j >= 1 and bool(_NUMBERED_NICKNAME.match(tokens[j].text)) and tokens[j - 1].text[:1].isupper()


def epithet_follows(tokens: list[Token], j: int, is_given_name: Callable[[str], bool]) -> bool:
    """Whether a lone given name at ``tokens[j - 1]`` takes an epithet or a see after "the" or "of":
    "Alexander the Great", "Edgar the Bold", "Hugh of Dunmere"."""
    if j < 1 or j + 1 >= len(tokens) or tokens[j].text not in {"the", "of"}:
        return False
    after = tokens[j + 1]
    if not (after.is_word and after.is_capitalised and not after.is_acronym):
        return False
    if j + 2 < len(tokens) and tokens[j + 2].is_word and tokens[j + 2].is_capitalised:
        return False  # "Mary of the Holy Cross Church", "John of Gaunt Street": a longer name follows
    return is_given_name(tokens[j - 1].text)


def particle_article(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` is a name particle followed by an article and a capitalised word."""
    if j + 2 >= len(tokens):
        return False
    articles = _PARTICLE_ARTICLES.get(tokens[j].text)
    return (
        articles is not None
        and tokens[j + 1].text in articles
        and tokens[j + 2].is_word
        and tokens[j + 2].is_capitalised
    )


def marker_only_connector(word: str, lang: str) -> bool:
    """A connector that joins two capitalised words only after a marker word in ``lang``."""
    return word in _MARKER_ONLY_CONNECTORS.get(lang, frozenset())


def is_german_body_word(word: str) -> bool:
    lowered = word.lower()
    return any(word_matches(pattern, lowered) for pattern in _GERMAN_BODY_WORDS)


def drop_german_descriptors(
    words: list[Token],
    resources: EntityResources,
    is_common: Callable[[str], bool],
    role_kind: Callable[[str], str | None] = lambda word: None,
) -> tuple[list[Token], str | None]:
    """Cut common nouns that open a German run before the name ("Regisseur Jonas Brehmer" -> "Jonas Brehmer").

    A word is cut while it is a common noun, not a marker word of names ("Universität Wien" stays) and
    not a given name, and a word that is not common follows. ``is_common`` must say no for places
    (German dictionaries hold "Manchester" and "Philadelphia"). Returns the rest and "ORG" when a cut word
    names a kind of body ("Ligakonkurrenten FC Nantes"), else the kind ``role_kind`` gives a cut word
    ("Sänger Ole Marten": PER), else None. A word ``role_kind`` knows is cut whatever its length.
    """
    cut = 0
    while (
        cut + 1 < len(words)
        and words[cut].is_word
        and not words[cut].is_acronym
        and (
            role_kind(words[cut].text) is not None
            or (
                (len(words[cut].text) >= _DESCRIPTOR_MIN_LENGTH or is_german_body_word(words[cut].text))
                and is_common(words[cut].text)
            )
        )
        and not resources.keyword_kind(words[cut].text, "de")
        and not resources.is_given_name(words[cut].text)
    ):
        cut += 1
    if cut == 0 or not any(w.is_word and not is_common(w.text) for w in words[cut:]):
        return words, None
    while cut < len(words) and not words[cut].is_word:
        cut += 1
    if any(is_german_body_word(w.text) for w in words[:cut]):
        return words[cut:], "ORG"
    roles = [role_kind(w.text) for w in words[:cut]]
    return words[cut:], next((kind for kind in roles if kind is not None), None)


def english_head_kinds(words: list[Token], resources: EntityResources) -> set[str]:
    """The kind an English marker word closing a run of two or more words gives ("Tennessee River",
    "Harlech Castle", "Loughborough University"), or the one before "of" or "for" ("College of Wooster"),
    for English names inside other languages' text."""
    if len(words) < 2 or not words[-1].is_capitalised:
        return set()
    head = next((k for k, w in enumerate(words) if w.text in {"of", "for"}), len(words)) - 1
    kind = resources.keyword_kind(words[head].text, "en") if head >= 0 else None
    return {kind} if kind else set()


def has_initial(words: list[Token]) -> bool:
    """Whether a run holds an initial with its full stop ("A. R. Rahman", "Marta K. Ellwood"): a person."""
    return any(
        len(word.text) == 1 and word.text.isupper() and k + 1 < len(words) and words[k + 1].text == "."
        for k, word in enumerate(words)
    )


def initials_then_surname(words: list[Token]) -> bool:
    """Whether a run is a name, initials and one last word ("Helen T. Marsh", "J. R. Hartley"): a
    person even when the last word is a place's head noun; "John F. Kennedy Airport" is not one."""
    return len(words) >= 4 and words[-2].text == "." and len(words[-3].text) == 1 and words[-3].text.isupper()


_OPENING_QUOTES = frozenset({'"', "“", "„", "«"})
_CLOSING_QUOTES = frozenset({'"', "”", "“", "»"})


def whole_quotation(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the run ``tokens[i:j]`` of two or more words is all of a quotation ("Harrow Point"): a title,
    whose first word is capitalised as part of it, not because a sentence starts there."""
    return (
        j - i >= 2
        and i > 0
        and j < len(tokens)
        and tokens[i - 1].text in _OPENING_QUOTES
        and tokens[j].text in _CLOSING_QUOTES
    )


def elision_mark(text: str, token: Token) -> bool:
    """Whether an apostrophe token ends an elided word ("dell' Unione", "l' Impero"), not a quotation."""
    return token.text in {"'", "’"} and token.start > 0 and text[token.start - 1].isalpha()


def load_postposed_adjective_endings() -> dict[str, tuple[str, ...]]:
    """Adjective endings by language from ``name_adjectives.tsv`` (longest first)."""
    text = package_files.files("storyline.data.entities").joinpath("name_adjectives.tsv").read_text(encoding="utf-8")
    endings: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            lang, listed = line.split("\t")
            endings[lang] = tuple(sorted(set(endings.get(lang, ())) | set(listed.split()), key=len, reverse=True))
    return endings


def postposed_adjectives(tokens: list[Token], j: int, endings: tuple[str, ...]) -> int:
    """How many lower-case adjectives (at most two) follow at ``tokens[j]`` ("Ligue nationale", "Partito
    democratico"): words of four letters or more with one of the ``endings``."""
    count = 0
    while (
        count < 2
        and j + count < len(tokens)
        and tokens[j + count].is_word
        and tokens[j + count].text.islower()
        and len(tokens[j + count].text) >= 4
        and tokens[j + count].text.endswith(endings)
    ):
        count += 1
    return count
