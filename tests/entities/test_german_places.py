"""German names of places (exonyms) in the knowledge base, also when they extend a generated entry, and
places in the genitive."""

from __future__ import annotations

from storyline.entities.kb import KnowledgeBase
from storyline.entities.stage import EntityStage

from .conftest import kinds


def test_a_german_name_extends_a_generated_subdivision(kb: KnowledgeBase) -> None:
    assert [e.id for e in kb.lookup("Kalifornien", "de")][:1] == ["sub/US-CA"]
    assert [e.id for e in kb.lookup("California", "en")][:1] == ["sub/US-CA"]


def test_german_names_of_seas_and_regions_are_places(stage: EntityStage) -> None:
    found = kinds(stage, "Im Sommer segelte er über die Nordsee nach Schottland und später bis Katalonien .", "de")
    assert found.get("Nordsee") == "LOC"
    assert found.get("Schottland") == "LOC"
    assert found.get("Katalonien") == "LOC"


def test_a_place_in_the_genitive_is_a_place(stage: EntityStage) -> None:
    found = kinds(stage, "Die Flüsse im Westen Australiens führen im Winter viel Wasser .", "de")
    assert found.get("Australiens") == "LOC"
    found = kinds(stage, "Er hatte das Tennis jener Jahre geprägt .", "de")
    assert "Tennis" not in found


def test_a_common_noun_the_knowledge_base_matches_loosely_is_no_place(stage: EntityStage) -> None:
    found = kinds(stage, "Danach kaufte der Staat ein neues Gerät für die Feuerwehr .", "de")
    assert not {"Danach", "Staat", "Gerät"} & set(found)


def test_a_town_spelled_like_a_common_noun_stays_after_a_preposition_of_place(stage: EntityStage) -> None:
    found = kinds(stage, "Im Herbst zog die Familie nach Halle .", "de")
    assert found.get("Halle") == "LOC"


def test_a_name_hyphenated_to_a_place_or_body_noun_takes_its_kind(stage: EntityStage) -> None:
    found = kinds(stage, "Oberhalb des Dorfes liegt die Quornel-Talsperre .", "de")
    assert found.get("Quornel-Talsperre") == "LOC"
    found = kinds(stage, "Sie lehrte lange an der Brackwell-Universität .", "de")
    assert found.get("Brackwell-Universität") == "ORG"


def test_a_turkish_club_in_spor_is_a_body(stage: EntityStage) -> None:
    found = kinds(stage, "Das Siegtor für Quornelspor fiel spät .", "de")
    assert found.get("Quornelspor") == "ORG"


def test_a_town_the_dictionary_knows_only_as_a_name_is_a_place_after_und_or_bis(stage: EntityStage) -> None:
    found = kinds(stage, "Der Zug fährt über Bautzen bis Wetzlar , doch nicht nach Landshut und Passau .", "de")
    for town in ("Bautzen", "Wetzlar", "Landshut", "Passau"):
        assert found.get(town) == "LOC", town


def test_a_settlement_noun_before_a_place_is_cut(stage: EntityStage) -> None:
    found = kinds(stage, "Sie wuchs auf der Insel Brackholm und später in der Kleinstadt Quornbach auf .", "de")
    assert found.get("Brackholm") == "LOC"
    assert found.get("Quornbach") == "LOC"
    assert not any(text.startswith(("Insel", "Kleinstadt")) for text in found)


def test_a_first_name_that_only_resembles_a_country_is_no_place(stage: EntityStage) -> None:
    found = kinds(stage, "Die Musik schrieb damals Lajos Brackmann .", "de")
    assert found.get("Lajos Brackmann") == "PER"
    found = kinds(stage, "Die Küsten Kataloniens sind felsig .", "de")
    assert found.get("Kataloniens") == "LOC"


def test_a_common_noun_after_in_is_no_town(stage: EntityStage) -> None:
    found = kinds(stage, "Das Buch erschien damals in Form einer Sammlung .", "de")
    assert "Form" not in found


def test_a_cape_or_a_sierra_after_an_article_is_a_place(stage: EntityStage) -> None:
    found = kinds(stage, "Das Schiff umrundete dann das Kap Brackwell im Sturm .", "de")
    assert found.get("Kap Brackwell") == "LOC"


def test_a_city_spelled_like_a_given_name_is_a_place_after_a_preposition(stage: EntityStage) -> None:
    found = kinds(stage, "Sie lehrte zehn Jahre in Brünn und lebte später um Rom .", "de")
    assert found.get("Brünn") == "LOC"
    assert found.get("Rom") == "LOC"


def test_a_region_in_the_genitive_is_a_place_but_a_person_ending_in_s_stays_whole(stage: EntityStage) -> None:
    found = kinds(stage, "Die Wälder Kentuckys sind dicht .", "de")
    assert found.get("Kentuckys") == "LOC"
    found = kinds(stage, "Im Finale unterlag sie Greta Kairos klar .", "de")
    assert "Kairos" not in found
