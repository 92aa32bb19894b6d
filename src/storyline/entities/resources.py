"""Language data for entity detection, read from ``storyline/data/entities`` with importlib.resources.

- ``titles.tsv``: title and office words giving a person's role (``lang, pattern, role``);
- ``given_names.txt``: common given names, compared through the name-variant key;
- ``keywords.tsv``: words that mark organisation and place names;
- ``connectors.tsv``: lower-case words allowed inside a name (``of``, ``von``, ``de``...);
- ``inflection.tsv``: case endings stripped when matching inflected Slavic names;
- ``context.tsv``: words just before a name that tell its kind (prepositions of place);
- ``not_names.tsv``: capitalised words that are not names (weekdays, months);
- ``legal_forms.tsv``: legal-form words written before a quoted company name (ТОВ «...»);
- ``adjective_endings.tsv``: Slavic adjective endings (adjective + lower-case marker noun names);
- ``possessive_endings.txt``: endings of Slavic possessive adjectives made from surnames;
- ``demonyms.tsv``: country adjectives ("Russian", "российский") giving an actor's country.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import ClassVar, Self

from storyline.entities.names import variant_key

DATA_PACKAGE = "storyline.data.entities"


def _lines(name: str) -> list[str]:
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _word_sets(name: str) -> dict[str, frozenset[str]]:
    """A ``lang<TAB>words`` file as word sets by language."""
    sets: dict[str, frozenset[str]] = {}
    for line in _lines(name):
        lang, listed = line.split("\t")
        sets[lang] = sets.get(lang, frozenset()) | frozenset(listed.split())
    return sets


@dataclass(frozen=True)
class WordLists:
    """A ``lang<TAB>class<TAB>words`` data file (``FILE``) as word sets by (lang, class)."""

    words: dict[tuple[str, str], frozenset[str]]
    FILE: ClassVar[str] = ""

    @classmethod
    def load(cls) -> Self:
        words: dict[tuple[str, str], frozenset[str]] = {}
        for line in _lines(cls.FILE):
            lang, kind, listed = line.split("\t")
            words[(lang, kind)] = words.get((lang, kind), frozenset()) | frozenset(listed.split())
        return cls(words)

    def get(self, lang: str, kind: str) -> frozenset[str]:
        return self.words.get((lang, kind), frozenset())


def _stem(word: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


@dataclass(frozen=True)
class TitlePattern:
    lang: str
    words: tuple[str, ...]  # lower-case; a trailing * means "starts with"
    role: str | None  # None for honorifics (Mr, Frau) that only say "a person follows"

    def matches(self, tokens: list[str]) -> bool:
        """Whether ``tokens`` (lower-case) spell this title."""
        if len(tokens) != len(self.words):
            return False
        return all(word_matches(pattern, token) for pattern, token in zip(self.words, tokens, strict=True))


def word_matches(pattern: str, token: str) -> bool:
    if pattern.startswith("*"):
        return token.endswith(pattern[1:])
    if pattern.endswith("*"):
        stem = pattern[:-1]
        return token.startswith(stem) and len(token) - len(stem) <= 4
    return token == pattern


class PatternIndex:
    """Word patterns (see :func:`word_matches`) indexed for fast matching; each pattern carries a value.

    ``first(word)`` is the value of the earliest listed pattern that ``word`` matches, as a scan of the
    list in order would find it, without scanning: exact words are a dict, stems a dict per length,
    suffixes a short list.
    """

    def __init__(self, patterns: Iterable[tuple[str, str]]) -> None:
        self._exact: dict[str, tuple[int, str]] = {}
        self._stems: dict[int, dict[str, tuple[int, str]]] = {}
        self._suffixes: list[tuple[str, int, str]] = []
        for order, (pattern, value) in enumerate(patterns):
            if pattern.startswith("*"):
                self._suffixes.append((pattern[1:], order, value))
            elif pattern.endswith("*"):
                self._stems.setdefault(len(pattern) - 1, {}).setdefault(pattern[:-1], (order, value))
            else:
                self._exact.setdefault(pattern, (order, value))

    def first(self, word: str) -> str | None:
        best = self._exact.get(word)
        for length, stems in self._stems.items():
            if 0 <= len(word) - length <= 4:
                hit = stems.get(word[:length])
                if hit is not None and (best is None or hit[0] < best[0]):
                    best = hit
        for suffix, order, value in self._suffixes:
            if word.endswith(suffix) and (best is None or order < best[0]):
                best = (order, value)
        return None if best is None else best[1]


@dataclass(frozen=True)
class EntityResources:
    titles: dict[str, tuple[TitlePattern, ...]]  # by language
    given_name_keys: frozenset[str]
    short_given_names: frozenset[str]  # names of three letters or fewer, matched exactly (lower-case)
    keywords: dict[tuple[str, str], tuple[str, ...]]  # (lang, kind) -> word patterns
    connectors: dict[str, frozenset[str]]
    endings: tuple[str, ...]
    context: dict[tuple[str, str], frozenset[str]]  # (lang, kind) -> preceding words
    not_names: dict[str, frozenset[str]]
    legal_forms: dict[str, frozenset[str]]
    adjective_endings: dict[str, tuple[str, ...]]
    demonyms: tuple[tuple[str, str], ...]  # (word pattern, ISO3)
    possessive_endings: tuple[str, ...] = ()  # in variant-key spelling, longest first
    _keyword_index: dict[str, PatternIndex] = field(init=False, repr=False, compare=False)
    _demonym_index: PatternIndex = field(init=False, repr=False, compare=False)
    _title_index: dict[str, dict[str, tuple[TitlePattern, ...]]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        keyword_index = {}
        for lang in {lang for lang, _ in self.keywords}:
            ordered = [
                (p, kind)
                for kind in ("ORG", "LOC", "MISC")
                for scope in (lang, "*")
                for p in self.keywords.get((scope, kind), ())
            ]
            keyword_index[lang] = PatternIndex(ordered)
        object.__setattr__(self, "_keyword_index", keyword_index)
        object.__setattr__(self, "_demonym_index", PatternIndex(self.demonyms))
        title_index: dict[str, dict[str, tuple[TitlePattern, ...]]] = {}
        for lang, patterns in self.titles.items():
            by_first: dict[str, list[TitlePattern]] = {}
            wild = [p for p in patterns if "*" in p.words[0]]
            for pattern in patterns:
                if "*" not in pattern.words[0]:
                    by_first.setdefault(pattern.words[0], [])
            for first in by_first:
                # every pattern that may match a run starting with ``first``, longest first as in ``titles``
                by_first[first] = [p for p in patterns if p.words[0] == first or p in wild]
            title_index[lang] = {first: tuple(found) for first, found in by_first.items()}
            title_index[lang][""] = tuple(wild)
        object.__setattr__(self, "_title_index", title_index)

    @classmethod
    def load(cls) -> EntityResources:
        titles: dict[str, list[TitlePattern]] = {}
        for line in _lines("titles.tsv"):
            lang, pattern, *rest = line.split("\t")
            role = rest[0].strip() if rest and rest[0].strip() else None
            titles.setdefault(lang, []).append(TitlePattern(lang, tuple(pattern.lower().split()), role))
        endings = tuple(sorted((line.strip() for line in _lines("inflection.tsv")), key=len, reverse=True))
        given = [word for line in _lines("given_names.txt") for word in line.split()]
        names = frozenset(variant_key(word) for word in given if len(word) > 3)
        names |= frozenset(stem for stem in (_stem(key, endings) for key in names) if len(stem) >= 4)  # Michela
        short_names = frozenset(word.lower() for word in given if len(word) <= 3)
        keywords: dict[tuple[str, str], tuple[str, ...]] = {}
        for line in _lines("keywords.tsv"):
            lang, kind, listed = line.split("\t")
            keywords[(lang, kind)] = keywords.get((lang, kind), ()) + tuple(listed.lower().split())
        context: dict[tuple[str, str], frozenset[str]] = {}
        for line in _lines("context.tsv"):
            lang, kind, listed = line.split("\t")
            context[(lang, kind)] = context.get((lang, kind), frozenset()) | frozenset(listed.split())
        return cls(
            legal_forms=_word_sets("legal_forms.tsv"),
            demonyms=tuple((word, code) for code, words in _word_sets("demonyms.tsv").items() for word in words),
            adjective_endings={
                lang: tuple(sorted(words)) for lang, words in _word_sets("adjective_endings.tsv").items()
            },
            not_names=_word_sets("not_names.tsv"),
            context=context,
            titles={lang: tuple(sorted(p, key=lambda t: -len(t.words))) for lang, p in titles.items()},
            given_name_keys=names,
            short_given_names=short_names,
            keywords=keywords,
            connectors=_word_sets("connectors.tsv"),
            endings=endings,
            possessive_endings=tuple(
                sorted((w for line in _lines("possessive_endings.txt") for w in line.split()), key=len, reverse=True)
            ),
        )

    def possessive_owner_keys(self, key: str) -> list[str]:
        """Stem keys of the surname a possessive adjective may come from ("trumpova" -> "trump")."""
        return [
            self.stem_key(key[: -len(ending)])
            for ending in self.possessive_endings
            if key.endswith(ending) and len(key) - len(ending) >= 3
        ]

    def keyword_kind(self, token: str, lang: str) -> str | None:
        """ORG, LOC or MISC (events, awards) when ``token`` (any case) is a marker word of that kind in ``lang``."""
        index = self._keyword_index.get(lang) or self._keyword_index.get("*")
        return index.first(token.lower()) if index is not None else None

    def spells_title(self, pattern: TitlePattern, words: list[str], lang: str) -> bool:
        """Whether ``words`` (lower-case) spell the title ``pattern``, no word matched by a stem being a
        body's marker word: "Ministerium" is the ministry, not a form of the title "Minister*"."""
        return pattern.matches(words) and not any(
            stem.endswith("*") and word != stem[:-1] and self.keyword_kind(word, lang) == "ORG"
            for stem, word in zip(pattern.words, words, strict=True)
        )

    def titles_starting(self, word: str, lang: str) -> tuple[TitlePattern, ...]:
        """The title patterns of ``lang`` that may start with ``word`` (lower-case), longest first."""
        index = self._title_index.get(lang)
        if index is None:
            return ()
        return index.get(word) or index.get("", ())

    def is_connector(self, token: str, lang: str) -> bool:
        return token in self.connectors.get(lang, frozenset()) or token in self.connectors.get("*", frozenset())

    def country_of_adjective(self, word: str) -> str | None:
        """ISO3 of a country adjective ("Russian", "российского", "ukrainische"), else None."""
        return self._demonym_index.first(word.lower())

    def is_not_name(self, word: str, lang: str) -> bool:
        """A capitalised word or acronym that is not a name (weekdays, months, СМИ, COVID-19)."""
        return word in self.not_names.get(lang, frozenset()) or word in self.not_names.get("*", frozenset())

    def is_given_name(self, token: str) -> bool:
        if len(token) <= 3:
            return token.lower() in self.short_given_names
        key = variant_key(token)
        if key in self.given_name_keys:
            return True
        stem = _stem(key, self.endings)
        return len(stem) >= 4 and stem in self.given_name_keys

    def stem_word(self, word: str) -> str:
        """``word`` (a variant key) with one case ending removed (at least three letters kept)."""
        return _stem(word, self.endings)

    def stem_key(self, key: str) -> str:
        """``key`` with one case ending removed from each word."""
        return " ".join(self.stem_word(word) for word in key.split(" "))
