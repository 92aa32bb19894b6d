from __future__ import annotations

from pathlib import Path

import pytest

from storyline.entities.kb import KnowledgeBase
from storyline.entities.stage import EntityStage
from storyline.errors import ConfigError

from .conftest import kinds


@pytest.mark.parametrize(
    ("surface", "lang", "entry_id"),
    [
        ("Путиным", "ru", "per/vladimir-putin"),
        ("Путіна", "uk", "per/vladimir-putin"),
        ("पुतिन", "hi", "per/vladimir-putin"),
        ("Зеленським", "uk", "per/volodymyr-zelensky"),
        ("Zełenskiego", "pl", "per/volodymyr-zelensky"),
        ("Selenskyj", "de", "per/volodymyr-zelensky"),
        ("Госдеп", "ru", "org/us-state-department"),
        ("Держдепартамент", "uk", "org/us-state-department"),
        ("State Department", "en", "org/us-state-department"),
        ("OTAN", "fr", "org/nato"),
        ("НАТО", "uk", "org/nato"),
        ("ЄС", "uk", "org/eu"),
        ("संयुक्त राष्ट्र", "hi", "org/un"),
        ("Донбасс", "ru", "loc/donbas"),
        ("Донбас", "uk", "loc/donbas"),
        ("Kijowie", "pl", "loc/kyiv"),
        ("Києві", "uk", "loc/kyiv"),
        ("России", "ru", "loc/RUS"),
        ("Niemcy", "pl", "loc/DEU"),
        ("США", "ru", "loc/USA"),
    ],
)
def test_lookup_across_languages_scripts_and_inflection(
    kb: KnowledgeBase, surface: str, lang: str, entry_id: str
) -> None:
    hits = kb.lookup(surface, lang)
    assert hits and hits[0].id == entry_id, [h.id for h in hits]


def test_entries_carry_country_and_dated_roles(kb: KnowledgeBase) -> None:
    blinken = kb.get("per/antony-blinken")
    assert blinken is not None and blinken.country == "USA" and blinken.kind == "PER"
    assert blinken.role_on("2022-01-10") == "Secretary of State"
    assert blinken.role_on("2019-01-01") is None
    assert "Блінкен" in blinken.aliases["uk"]
    assert kb.get("loc/FRA").name == "France"  # type: ignore[union-attr]


def test_common_words_are_not_places(kb: KnowledgeBase) -> None:
    for word in ("The", "In", "She", "July", "I"):
        assert kb.lookup(word, "en") == [], word


def test_surname_lookup_respects_ambiguous_surnames(kb: KnowledgeBase) -> None:
    assert [e.id for e in kb.lookup_surname("Lavrov")] == ["per/sergei-lavrov"]
    assert kb.lookup_surname("Kozak") == []  # marked: the surname alone is a common word


def test_user_files_add_and_extend_entries(tmp_path: Path) -> None:
    yaml_file = tmp_path / "extra.yaml"
    yaml_file.write_text(
        "- id: per/olena-kovalenko\n  name: Olena Kovalenko\n  country: UKR\n"
        "  aliases:\n    uk: [Олена Коваленко]\n  roles:\n    - {title: Mayor, from: 2020-01-01}\n"
        "- extends: org/nato\n  aliases:\n    en: [the Alliance]\n",
        encoding="utf-8",
    )
    csv_file = tmp_path / "extra.csv"
    csv_file.write_text(
        "id,kind,name,country,aliases,role\n"
        "org/acme-grain,ORG,Acme Grain,UKR,uk:Акме Грейн|ru:Акме Грейн|Acme,Trader\n",
        encoding="utf-8",
    )
    kb = KnowledgeBase.load([yaml_file, csv_file], cities=False)
    assert kb.lookup("Олена Коваленко", "uk")[0].id == "per/olena-kovalenko"
    assert kb.lookup("the Alliance", "en")[0].id == "org/nato"
    grain = kb.lookup("Акме Грейн", "ru")[0]
    assert (grain.id, grain.kind, grain.country, grain.role_on(None)) == ("org/acme-grain", "ORG", "UKR", "Trader")


def test_bad_user_file_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("- name: no id here\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        KnowledgeBase.load([bad], cities=False)
    with pytest.raises(ConfigError):
        KnowledgeBase.load([tmp_path / "missing.yaml"], cities=False)


def test_a_case_form_of_a_multi_word_name_links_to_its_entry(kb) -> None:  # type: ignore[no-untyped-def]
    from storyline.entities.kb import inflection_key

    assert inflection_key("Spojeného království") == inflection_key("Spojené království")
    assert [e.id for e in kb.lookup_inflected("Spojeným královstvím", "cs")][:1] == ["loc/GBR"]
    assert kb.lookup_inflected("Spojeným královstvím", "en") == []  # English names do not decline


def test_legislatures_named_by_their_own_word_are_bodies(stage: EntityStage) -> None:
    found = kinds(stage, "The Storting passed the fishing bill , and the Riksdag debated it a week later .", "en")
    assert found.get("Storting") == "ORG" and found.get("Riksdag") == "ORG"
