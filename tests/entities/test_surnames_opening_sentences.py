"""A surname that opens a sentence is a person, not a common word or a city once named after him.

GeoNames keeps the names a city bore: Donetsk and Varna were both named after Stalin, so his name was an
alternate name of two cities. And the dictionaries of Russian, Ukrainian, Bulgarian and Czech hold
surnames as proper nouns (capitalised lemma), which tells them from the common words that open sentences.
"""

from __future__ import annotations

from storyline.entities.gazetteer import city_entries
from storyline.entities.kb import KnowledgeBase
from storyline.entities.names import variant_key
from storyline.entities.stage import EntityStage

from .conftest import by_text, kinds, mentions_of


def test_a_ruler_s_name_a_city_once_bore_is_no_alias_of_it() -> None:
    people = frozenset({variant_key("Stalin")})
    cities = {e.name: e for e in city_entries(set(), people)}
    varna = {alias for names in cities["Varna"].aliases.values() for alias in names}
    assert "Варна" in varna  # its own name in Cyrillic stays
    assert not any(variant_key(alias) == "stalin" for alias in varna)
    # a city that still bears a person's name keeps its spellings of it ("Kirov", "Киров")
    kirov = city_entries(set(), frozenset({variant_key("Kirov")}))
    aliases = {a for e in kirov if e.name == "Kirov" for names in e.aliases.values() for a in names}
    assert {"Kirov", "Киров"} <= aliases


def test_stalin_names_no_city(kb: KnowledgeBase) -> None:
    for surface, lang in (("Сталин", "ru"), ("Stalin", "en"), ("Сталін", "uk")):
        assert not [e for e in kb.lookup(surface, lang) if e.id.startswith("city/")], surface
    assert [e.name for e in kb.lookup("Варна", "bg")] == ["Varna"]


def test_a_russian_surname_opening_a_sentence_is_a_person(stage: EntityStage) -> None:
    assert kinds(stage, "Сталин подписал приказ о наступлении в 1941 году.", "ru") == {"Сталин": "PER"}
    assert kinds(stage, "Брежнев умер в ноябре 1982 года.", "ru") == {"Брежнев": "PER"}
    assert kinds(stage, "Сталін підписав наказ про наступ.", "uk") == {"Сталін": "PER"}
    assert kinds(stage, "Сталин подписа заповедта за настъплението.", "bg") == {"Сталин": "PER"}


def test_a_common_word_opening_a_russian_sentence_is_still_no_name(stage: EntityStage) -> None:
    assert kinds(stage, "Мир изменился после войны.", "ru") == {}
    assert kinds(stage, "Вчера в городе шёл сильный дождь.", "ru") == {}


def test_an_adverb_opening_the_sentence_is_cut_from_the_name(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "Вчера Сталин подписал приказ о наступлении.", "ru"))
    assert set(found) == {"Сталин"} and found["Сталин"].kind == "PER"
    # a short particle-like word is a Chinese surname, not an opener to cut
    text = "Бывший премьер умер в понедельник.\n\nЛи Пэн возглавлял правительство десять лет."
    assert kinds(stage, text, "ru") == {"Ли Пэн": "PER"}


def test_an_inflected_country_is_the_country_not_a_city_spelled_like_the_form(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "Премьер Китая прибыл в Москву с визитом.", "ru"))
    assert found["Китая"].kb_id == "loc/CHN"


def test_a_czech_surname_opening_a_sentence_is_found(stage: EntityStage) -> None:
    found = kinds(stage, "Masaryk založil republiku v roce 1918 a vedl ji dlouhá léta.", "cs")
    assert "Masaryk" in found
    assert kinds(stage, "Dnes ráno v Brně pršelo.", "cs") == {"Brně": "LOC"}
