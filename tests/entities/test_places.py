"""Continents and smaller towns are places; common words and given names that spell a town are not."""

from __future__ import annotations

from storyline.entities.stage import EntityStage

from .conftest import by_text, kinds, mentions_of


def test_continents_are_linked_places_in_several_languages(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "The aid went to farmers in Africa and in Asia last year.", "en"))
    assert found["Africa"].kind == "LOC" and found["Africa"].kb_id is not None
    italian = by_text(mentions_of(stage, "Le piante arrivano dall'Africa e dall'Asia, disse il vivaista.", "it"))
    assert italian["Asia"].key == found["Asia"].key


def test_an_unknown_name_that_spells_a_town_is_a_place(stage: EntityStage) -> None:
    text = "Pociąg jedzie przez Tczew i Toruń, a potem dalej na południe."
    found = by_text(mentions_of(stage, text, "pl"))
    assert found["Tczew"].kind == "LOC"
    assert found["Toruń"].kind == "LOC"


def test_a_common_word_or_a_given_name_is_not_made_a_town(stage: EntityStage) -> None:
    text = "Tady je text. Máte zájem o kvalitní informace? Pákistánská křesťanka Asia Bibiová byla propuštěna."
    found = by_text(mentions_of(stage, text, "cs"))
    assert "Máte" not in found or found["Máte"].kind != "LOC"
    assert "Asia" not in found  # a given name here, not the continent


def test_brexit_is_one_event_across_languages_not_a_place(stage: EntityStage) -> None:
    bulgarian = by_text(mentions_of(stage, "Депутатите спориха дълго за Брекзит и за позицията на ЕС.", "bg"))
    polish = by_text(mentions_of(stage, "Posłowie długo spierali się o Brexit i o stanowisko UE.", "pl"))
    assert bulgarian["Брекзит"].kind == "MISC"
    assert bulgarian["Брекзит"].key == polish["Brexit"].key


def test_a_ukrainian_town_after_a_preposition_is_a_place(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "Я ловлю відлуння твоїх кроків тут, у Львові, у цій безодні.", "uk"))
    assert found["Львові"].kind == "LOC"


def test_a_lone_given_name_is_a_person_and_a_quoted_unknown_name_a_body(stage: EntityStage) -> None:
    text = "Того вечора всі пішли додому, а Ірма лишилася сама. Він служив у підрозділі «Беркут» три роки."
    found = by_text(mentions_of(stage, text, "uk"))
    assert found["Ірма"].kind == "PER"
    assert found["Беркут"].kind == "ORG"


def test_an_acronym_with_a_number_is_a_model_not_a_body(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "The launch of TIROS 1 came before the P2P networks and NATO.", "en"))
    assert found["TIROS"].kind == "MISC"
    assert found["NATO"].kind == "ORG"


def test_a_czech_feminine_surname_alone_is_a_person(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "Soud nakonec rozhodl, že propuštění Bibiové se odkládá.", "cs"))
    assert found["Bibiové"].kind == "PER"


def test_a_body_written_in_lower_case_is_found_in_slovene(stage: EntityStage) -> None:
    text = "O tem je včeraj razpravljala večina v britanskem parlamentu, je dejal predsednik evropskega sveta."
    found = by_text(mentions_of(stage, text, "sl"))
    assert found["britanskem parlamentu"].kind == "ORG"
    assert found["evropskega sveta"].kb_id == "org/european-council"


def test_a_common_word_opening_a_sentence_is_not_part_of_the_name(stage: EntityStage) -> None:
    text = "Това не беше катастрофа“. Според Камерън нещата вървят добре, цитиран от Ройтерс."
    found = by_text(mentions_of(stage, text, "bg"))
    assert "Камерън" in found and "Според Камерън" not in found
    assert found["Ройтерс"].kb_id == "org/reuters"


def test_second_level_subdivisions_are_places(stage: EntityStage) -> None:
    found = kinds(stage, "Rail works cut the line between Essonne and Yvelines for a week.", "en")
    assert found.get("Essonne") == "LOC" and found.get("Yvelines") == "LOC"
    found = kinds(stage, "Farmers in Shropshire said the floods ruined the harvest.", "en")
    assert found.get("Shropshire") == "LOC"
