"""Former states, world regions, seas and rivers (regions.yaml), and the armed groups, courts,
international bodies and security services added to organisations.yaml."""

from __future__ import annotations

import pytest

from storyline.entities.kb import KB_FILES, KnowledgeBase
from storyline.entities.run_kinds import is_roman_numeral
from storyline.entities.stage import EntityStage

from .conftest import mentions_of


def test_regions_file_is_loaded() -> None:
    assert "regions.yaml" in KB_FILES


@pytest.mark.parametrize(
    ("surface", "lang", "entry_id"),
    [
        ("Soviet Union", "en", "loc/soviet-union"),
        ("USSR", "en", "loc/soviet-union"),
        ("Советский Союз", "ru", "loc/soviet-union"),
        ("СССР", "ru", "loc/soviet-union"),
        ("СРСР", "uk", "loc/soviet-union"),
        ("Związek Radziecki", "pl", "loc/soviet-union"),
        ("ZSRR", "pl", "loc/soviet-union"),
        ("Sowjetunion", "de", "loc/soviet-union"),
        ("ГДР", "ru", "loc/east-germany"),
        ("DDR", "de", "loc/east-germany"),
        ("NRD", "pl", "loc/east-germany"),
        ("Československo", "cs", "loc/czechoslovakia"),
        ("Jugoslavija", "sl", "loc/yugoslavia"),
        ("Caucasus", "en", "loc/caucasus"),
        ("Кавказе", "ru", "loc/caucasus"),
        ("Сибири", "ru", "loc/siberia"),
        ("Syberii", "pl", "loc/siberia"),
        ("Balkans", "en", "loc/balkans"),
        ("New England", "en", "loc/new-england"),
        ("Ostsee", "de", "loc/baltic-sea"),  # was linked to the OSCE (OSZE) through its spelling key
        ("Prussia", "en", "loc/prussia"),  # hand-written beats a city's alternate name (Bursa, "Prusa")
        ("Sahel", "fr", "loc/sahel"),  # beats the Burkina Faso region of that name
        ("Приднестровье", "ru", "loc/transnistria"),
        ("Gazastreifen", "de", "loc/gaza-strip"),
        ("al-Qaeda", "en", "org/al-qaeda"),
        ("Аль-Каида", "ru", "org/al-qaeda"),
        ("Al-Kaidy", "pl", "org/al-qaeda"),
        ("ИГИЛ", "ru", "org/islamic-state"),
        ("Daesh", "en", "org/islamic-state"),
        ("Hisbollah", "de", "org/hezbollah"),
        ("ICC", "en", "org/icc"),
        ("ФБР", "ru", "org/fbi"),
        ("Mosad", "pl", "org/mossad"),
    ],
)
def test_regions_and_bodies_link_across_languages(kb: KnowledgeBase, surface: str, lang: str, entry_id: str) -> None:
    hits = kb.lookup(surface, lang)
    assert hits and hits[0].id == entry_id, [h.id for h in hits]


def test_kinds_and_countries(kb: KnowledgeBase) -> None:
    expected = {
        "loc/soviet-union": ("LOC", None),
        "loc/siberia": ("LOC", "RUS"),
        "loc/tibet": ("LOC", "CHN"),
        "loc/new-england": ("LOC", "USA"),
        "loc/ruhr": ("LOC", "DEU"),
        "loc/kashmir": ("LOC", None),
        "org/al-qaeda": ("ORG", None),
        "org/mossad": ("ORG", "ISR"),
        "org/gru": ("ORG", "RUS"),
    }
    for entry_id, (kind, country) in expected.items():
        entry = kb.get(entry_id)
        assert entry is not None and (entry.kind, entry.country) == (kind, country), entry_id


@pytest.mark.parametrize(
    ("surface", "lang"),
    [
        ("Анатолий", "ru"),  # a given name, not Anatolia
        ("Анатолия", "ru"),  # its genitive
        ("Anatol", "pl"),
        ("Levante", "es"),  # the club and the Spanish coast, not the Levant
        ("Днепр", "ru"),  # the city keeps its name; the river is "Dnieper" only
        ("Дніпро", "uk"),
    ],
)
def test_names_of_people_and_towns_are_not_taken(kb: KnowledgeBase, surface: str, lang: str) -> None:
    hits = kb.lookup(surface, lang)
    assert not hits or hits[0].id.startswith("city/"), [h.id for h in hits]


def test_roman_numerals_must_be_well_formed() -> None:
    assert is_roman_numeral("XVIII") and is_roman_numeral("XI") and is_roman_numeral("MCMXC")
    assert not is_roman_numeral("ICC") and not is_roman_numeral("VX") and not is_roman_numeral("I")


def _linked(stage: EntityStage, text: str, lang: str) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.kind, m.kb_id) for m in mentions_of(stage, text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "surface", "entry_id"),
    [
        ("After the fall of the Soviet Union in 1991, trade fell.", "en", "Soviet Union", "loc/soviet-union"),
        ("Trade with the Caucasus fell after the collapse of the Soviet Union.", "en", "Caucasus", "loc/caucasus"),
        ("Heavy snow is expected across New England on Monday.", "en", "New England", "loc/new-england"),
        ("После распада Советского Союза в 1991 году связи ослабли.", "ru", "Советского Союза", "loc/soviet-union"),
        ("Ветераны из СССР вспоминали службу в ГДР.", "ru", "СССР", "loc/soviet-union"),
        ("Ветераны из СССР вспоминали службу в ГДР.", "ru", "ГДР", "loc/east-germany"),
        ("Він народився в Радянському Союзі, а працював у Сибіру.", "uk", "Радянському Союзі", "loc/soviet-union"),
        ("Po upadku ZSRR granice zmieniły się szybko.", "pl", "ZSRR", "loc/soviet-union"),
        ("Vojska obsadila Československo v srpnu.", "cs", "Československo", "loc/czechoslovakia"),
        ("Im Sommer fuhren sie an die Ostsee und später an die Donau.", "de", "Ostsee", "loc/baltic-sea"),
        ("Officials said al-Qaeda had claimed the attack on Tuesday.", "en", "al-Qaeda", "org/al-qaeda"),
        ("Ответственность за нападение взяла на себя Аль-Каида, сообщили власти.", "ru", "Аль-Каида", "org/al-qaeda"),
        ("Власти заявили, что боевики ИГИЛ отступили.", "ru", "ИГИЛ", "org/islamic-state"),
        ("Judges at the ICC issued a warrant on Friday.", "en", "ICC", "org/icc"),
        ("The ship was attacked in the Red Sea on Sunday.", "en", "Red Sea", "loc/red-sea"),
    ],
)
def test_running_text_finds_regions_and_bodies(
    stage: EntityStage, text: str, lang: str, surface: str, entry_id: str
) -> None:
    found = _linked(stage, text, lang)
    kind = "ORG" if entry_id.startswith("org/") else "LOC"
    assert found.get(surface) == (kind, entry_id), found


def test_one_entity_for_the_soviet_union_in_four_languages(stage: EntityStage) -> None:
    texts = [
        ("The treaty was signed by the Soviet Union in Moscow.", "en"),
        ("Договор подписал Советский Союз, напомнили в Москве.", "ru"),
        ("Traktat podpisał Związek Radziecki, przypomniano w Moskwie.", "pl"),
        ("Den Vertrag unterzeichnete die Sowjetunion in Moskau.", "de"),
    ]
    ids = set()
    for text, lang in texts:
        soviet = [m for m in mentions_of(stage, text, lang) if m.kind == "LOC" and m.kb_id != "loc/moscow"]
        assert soviet, (lang, mentions_of(stage, text, lang))
        ids |= {m.kb_id for m in soviet}
    assert ids == {"loc/soviet-union"}


def test_subdivisions_named_by_a_compass_word_alone_are_not_entries(kb: KnowledgeBase, stage: EntityStage) -> None:
    assert not any(e.id.startswith("sub/") for e in kb.lookup("Western", "en"))
    assert not any(e.id.startswith("sub/") for e in kb.lookup("Central", "en"))
    found = {m.text: m.kind for m in mentions_of(stage, "The choir sang Western hymns all evening.", "en")}
    assert found.get("Western") != "LOC"
