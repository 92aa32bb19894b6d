"""Political parties (data/kb/parties.yaml): one entry per party across languages, and the common
words that share a party's name staying out."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from storyline.entities.kb import KB_PACKAGE, KnowledgeBase
from storyline.entities.stage import EntityStage

from .conftest import by_text, mentions_of


def _party(stage: EntityStage, text: str, lang: str, surface: str) -> tuple[str, str | None]:
    mention = by_text(mentions_of(stage, text, lang))[surface]
    return mention.kind, mention.kb_id


@pytest.mark.parametrize(
    ("surface", "lang", "entry_id", "country"),
    [
        ("Sinn Féin", "en", "org/ie-sinn-fein", "IRL"),
        ("Sinn Fein", "en", "org/ie-sinn-fein", "IRL"),
        ("Фианна Файл", "ru", "org/ie-fianna-fail", "IRL"),
        ("ХДС", "uk", "org/de-cdu", "DEU"),
        ("Christlich Demokratische Union", "de", "org/de-cdu", "DEU"),
        ("AfD", "de", "org/de-afd", "DEU"),
        ("Партией регионов", "ru", "org/ua-party-of-regions", "UKR"),
        ("Fideszu", "pl", "org/hu-fidesz", "HUN"),
        ("भाजपा", "hi", "org/in-bjp", "IND"),
        ("Prawo i Sprawiedliwość", "pl", "org/pl-law-and-justice", "POL"),
        ("Labour-Partei", "de", "org/uk-labour-party", "GBR"),
    ],
)
def test_party_names_in_every_language_find_one_entry(
    kb: KnowledgeBase, surface: str, lang: str, entry_id: str, country: str
) -> None:
    hits = kb.lookup(surface, lang)
    assert hits and (hits[0].id, hits[0].kind, hits[0].country) == (entry_id, "ORG", country), [h.id for h in hits]


def test_an_irish_party_in_english_and_russian_is_one_entry(stage: EntityStage) -> None:
    english = _party(stage, "After the count, Fianna Fáil opened talks with two smaller groups.", "en", "Fianna Fáil")
    russian = _party(stage, "После подсчёта голосов Фианна Файл начала переговоры.", "ru", "Фианна Файл")
    assert english == russian == ("ORG", "org/ie-fianna-fail")


def test_the_german_christian_democrats_by_acronym_and_by_english_name(stage: EntityStage) -> None:
    german = _party(stage, "Am Sonntag stellte die CDU ihr neues Wahlprogramm in Hannover vor.", "de", "CDU")
    text = "The Christian Democratic Union promised lower taxes at its congress."
    english = _party(stage, text, "en", "Christian Democratic Union")
    assert german == english == ("ORG", "org/de-cdu")


def test_party_names_in_inflected_case_forms(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "Posłowie Prawa i Sprawiedliwości spotkali się z Platformą Obywatelską.", "pl"))
    assert found["Prawa i Sprawiedliwości"].kb_id == "org/pl-law-and-justice"
    assert found["Platformą Obywatelską"].kb_id == "org/pl-civic-platform"
    ukrainian = _party(stage, "Колишні депутати Партії регіонів створили нову фракцію.", "uk", "Партії регіонів")
    assert ukrainian == ("ORG", "org/ua-party-of-regions")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The guide spoke about the Renaissance and the Vox humana stop of an old organ.", "en"),
        ("La Renaissance italienne a changé la peinture des églises.", "fr"),
        ("Podemos hacer mucho más por el barrio este verano.", "es"),
        ("Die linke Hand des Pianisten war verletzt.", "de"),
        ("Les républicains ont bloqué le budget au Congrès américain.", "fr"),
        ("La Lega Pro ha pubblicato il calendario delle partite.", "it"),
        ("Ми будемо захищати Батьківщину до кінця.", "uk"),
        ("आप कहाँ जा रहे हैं?", "hi"),
    ],
)
def test_common_words_sharing_a_partys_name_are_not_the_party(stage: EntityStage, text: str, lang: str) -> None:
    linked = [(m.text, m.kb_id) for m in mentions_of(stage, text, lang) if m.kb_id in _PARTY_IDS]
    assert linked == []


_PARTY_IDS = {
    str(record["id"])
    for record in yaml.safe_load(resources.files(KB_PACKAGE).joinpath("parties.yaml").read_text(encoding="utf-8"))
    if "id" in record
} | {"org/uk-labour-party", "org/uk-conservative-party", "org/us-democratic-party", "org/us-republican-party"}
