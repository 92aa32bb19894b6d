"""Political leaders of the major countries (data/kb/leaders.yaml): names in every language and
their case forms link to one entry, offices are dated, and the file stays out of other entries' way."""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

import pycountry
import pytest
import yaml

from storyline.entities.kb import KB_FILES, KB_PACKAGE, KnowledgeBase, surface_key
from storyline.entities.stage import EntityStage

from .conftest import by_text, mentions_of

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _records() -> list[dict[str, Any]]:
    text = resources.files(KB_PACKAGE).joinpath("leaders.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _link(stage: EntityStage, text: str, lang: str, surface: str, published: str | None = None) -> str | None:
    return by_text(mentions_of(stage, text, lang, published))[surface].kb_id


@pytest.mark.parametrize(
    ("text", "lang", "surface", "entry_id"),
    [
        ("В Анкаре Лавров провёл переговоры с Фиданом о зерновой сделке.", "ru", "Фиданом", "per/hakan-fidan"),
        ("Зеленський провів розмову з Пісторіусом щодо систем ППО.", "uk", "Пісторіусом", "per/boris-pistorius"),
        ("Сикорский заявил, что Польша продолжит помогать соседям.", "ru", "Сикорский", "per/radoslaw-sikorski"),
        ("Wizytę Sikorskiego w Kijowie zapowiedziano na piątek.", "pl", "Sikorskiego", "per/radoslaw-sikorski"),
        ("Premiérka Giorgia Meloniová přijela do Bruselu.", "cs", "Giorgia Meloniová", "per/giorgia-meloni"),
        ("Премьер-министр Японии Фумио Кисида посетил Киев.", "ru", "Фумио Кисида", "per/fumio-kishida"),
    ],
)
def test_local_and_inflected_forms_link_to_the_leader(
    stage: EntityStage, text: str, lang: str, surface: str, entry_id: str
) -> None:
    assert _link(stage, text, lang, surface) == entry_id


def test_a_german_and_an_english_report_name_one_iranian_president(stage: EntityStage) -> None:
    german = _link(stage, "Der iranische Präsident Massud Peseschkian reiste nach Moskau.", "de", "Massud Peseschkian")
    english = _link(stage, "Masoud Pezeshkian travelled to Moscow on Monday.", "en", "Masoud Pezeshkian")
    assert german == english == "per/masoud-pezeshkian"


def test_a_french_exonym_links_like_the_english_name(stage: EntityStage) -> None:
    french = _link(stage, "Ebrahim Raïssi est mort dans un accident d'hélicoptère.", "fr", "Ebrahim Raïssi")
    english = _link(stage, "Ebrahim Raisi died in a helicopter crash.", "en", "Ebrahim Raisi")
    assert french == english == "per/ebrahim-raisi"


@pytest.mark.parametrize(
    ("entry_id", "day", "title"),
    [
        ("per/fumio-kishida", "2023-03-21", "Prime Minister"),
        ("per/fumio-kishida", "2015-06-01", "Foreign Minister"),
        ("per/fumio-kishida", "2025-01-10", None),
        ("per/david-cameron", "2024-02-01", "Foreign Secretary"),
        ("per/prabowo-subianto", "2022-06-01", "Defence Minister"),
        ("per/prabowo-subianto", "2025-06-01", "President"),
    ],
)
def test_offices_are_dated(kb: KnowledgeBase, entry_id: str, day: str, title: str | None) -> None:
    entry = kb.get(entry_id)
    assert entry is not None and entry.role_on(day) == title


def test_a_mention_carries_the_office_held_on_the_publication_day(stage: EntityStage) -> None:
    text = "Kishida arrived in Kyiv on Tuesday for talks."
    during = by_text(mentions_of(stage, text, "en", "2023-03-21"))["Kishida"]
    after = by_text(mentions_of(stage, text, "en", "2025-02-01"))["Kishida"]
    assert (during.kb_id, during.role) == ("per/fumio-kishida", "Prime Minister")
    assert (after.kb_id, after.role) == ("per/fumio-kishida", None)


def test_the_file_is_loaded_and_well_formed(kb: KnowledgeBase) -> None:
    assert "leaders.yaml" in KB_FILES
    records = _records()
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) and len(ids) >= 80
    for record in records:
        entry_id = record["id"]
        assert re.fullmatch(r"per/[a-z0-9]+(-[a-z0-9]+)*", entry_id), entry_id
        entry = kb.get(entry_id)
        assert entry is not None and entry.kind == "PER", entry_id
        assert pycountry.countries.get(alpha_3=record["country"]) is not None, entry_id
        assert {"en", "ru", "uk"} <= set(record["aliases"]), entry_id
        assert record["roles"], entry_id
        for role in record["roles"]:
            start, end = role["from"], role.get("to")
            assert _ISO_DAY.fullmatch(str(start)), (entry_id, start)
            assert end is None or (_ISO_DAY.fullmatch(str(end)) and str(start) < str(end)), (entry_id, end)


def test_no_alias_is_shared_with_another_person_in_the_same_language(kb: KnowledgeBase) -> None:
    ours = {r["id"] for r in _records()}
    theirs: dict[tuple[str, str], str] = {}
    for entry in kb.entries.values():
        if entry.kind == "PER" and entry.id not in ours:
            for lang, alias in entry.all_aliases():
                theirs[(lang, surface_key(alias))] = entry.id
    clashes = []
    for record in _records():
        for lang, aliases in record["aliases"].items():
            for alias in aliases:
                other = theirs.get((lang, surface_key(alias)))
                hits = kb.lookup(alias, lang)
                if other or not hits or hits[0].id != record["id"]:
                    clashes.append((record["id"], lang, alias, other, [h.id for h in hits[:3]]))
    assert clashes == []


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Der Regisseur Herzog drehte seinen letzten Film in Peru.", "de", "Herzog"),
        ("El delantero Sánchez marcó dos goles en el segundo tiempo.", "es", "Sánchez"),
        ("Allenatore Conte ha lodato la squadra dopo la partita.", "it", "Conte"),
        ("Wallace collected beetles in Borneo.", "en", "Wallace"),
    ],
)
def test_common_surnames_alone_do_not_link_to_a_leader(stage: EntityStage, text: str, lang: str, surface: str) -> None:
    ours = {r["id"] for r in _records()}
    linked = [(m.text, m.kb_id) for m in mentions_of(stage, text, lang) if m.kb_id in ours]
    assert linked == [], surface
