"""Italian runs typed by their shape and the article before them (storyline.entities.italian_runs),
the Italian given names, sovereigns' names and saints' titles inside place names."""

from __future__ import annotations

from storyline.entities.italian_runs import ItalianRunShapes
from storyline.entities.stage import EntityStage

from .conftest import kinds, mentions_of


def test_italian_run_words_file() -> None:
    shapes = ItalianRunShapes.load()
    assert "dei" in shapes.get("it", "PLURAL_ARTICLES")
    assert "della" in shapes.get("it", "FEMININE_ARTICLES")
    assert "castel" in shapes.get("it", "PLACE_FIRST") and "terme" in shapes.get("it", "PLACE_LAST")
    assert not shapes.get("fr", "PLURAL_ARTICLES")


def test_foreign_plural_after_a_plural_article_is_a_team(stage: EntityStage) -> None:
    found = kinds(stage, "Nella finale affrontarono i Tigers e poi batterono anche gli Owls di misura .", "it")
    assert found["Tigers"] == "ORG"
    assert found["Owls"] == "ORG"


def test_foreign_name_ending_in_a_consonant_after_la_is_a_company(stage: EntityStage) -> None:
    found = kinds(stage, "Il motore fu prodotto dalla Brandtwerk e venduto alla Kellmont Industries .", "it")
    assert found["Brandtwerk"] == "ORG"
    assert found["Kellmont Industries"] == "ORG"
    found = kinds(stage, "Il fiume attraversa la Borgogna prima di sfociare nel mare .", "it")
    assert found["Borgogna"] == "LOC"  # an Italian place name ends in a vowel


def test_given_name_and_regnal_number_make_a_sovereign(stage: EntityStage) -> None:
    text = "Il castello fu donato da Ruggero II di Altavilla e poi confermato da Carlo I d' Angiò ."
    found = kinds(stage, text, "it")
    assert found["Ruggero II di Altavilla"] == "PER"
    assert found["Carlo I d' Angiò"] == "PER"


def test_a_sovereign_lends_no_surname_to_his_realm(stage: EntityStage) -> None:
    text = "Visse a lungo in Inghilterra , alla corte di Enrico III d' Inghilterra ."
    assert kinds(stage, text, "it")["Inghilterra"] != "PER"


def test_town_shapes_are_places(stage: EntityStage) -> None:
    text = (
        "La strada collega Castel Morrone , Bagni Tassino , Verzolo Terme , Ardena Inferiore "
        "e San Dalmiro Canavese con Pratola di Verona ."
    )
    found = kinds(stage, text, "it")
    for town in ("Castel Morrone", "Bagni Tassino", "Verzolo Terme", "Ardena Inferiore", "Pratola di Verona"):
        assert found[town] == "LOC", town
    assert found["San Dalmiro Canavese"] == "LOC"


def test_a_saint_and_a_given_name_stay_a_person(stage: EntityStage) -> None:
    found = kinds(stage, "La chiesa conserva una statua di San Giorgio a cavallo .", "it")
    assert found["San Giorgio"] != "LOC"


def test_saints_title_keeps_a_town_name_whole(stage: EntityStage) -> None:
    found = kinds(stage, "Il paese confina con San Benedetto dei Colli a sud .", "it")
    assert "San Benedetto dei Colli" in found


def test_italian_given_names_make_people(stage: EntityStage) -> None:
    found = kinds(stage, "Alla serata parteciparono Tommaso Quarenghi e Ludovica Serrapetti .", "it")
    assert found["Tommaso Quarenghi"] == "PER"
    assert found["Ludovica Serrapetti"] == "PER"


def test_people_known_by_one_name_are_people(stage: EntityStage) -> None:
    text = "Nel suo trattato riprende le idee di Aristotele e le confronta con quelle di Cartesio ."
    found = kinds(stage, text, "it")
    assert found["Aristotele"] == "PER"
    assert found["Cartesio"] == "PER"
    assert kinds(stage, "Il paese sorge vicino a Montalbetto .", "it")["Montalbetto"] == "LOC"


def test_mononyms_file() -> None:
    from storyline.entities.mononyms import Mononyms

    mononyms = Mononyms.load()
    assert mononyms.is_person("Giotto", "it")
    assert not mononyms.is_person("Giotto", "pl")
    assert not mononyms.is_person("Roma", "it")


def test_lower_case_papa_belongs_to_the_popes_name(stage: EntityStage) -> None:
    text = "La bolla fu firmata da papa Gregorio IX e confermata da Papa Innocenzo X molti anni dopo ."
    found = kinds(stage, text, "it")
    assert found["papa Gregorio IX"] == "PER"
    assert found["Papa Innocenzo X"] == "PER"


def test_more_town_shapes_are_places(stage: EntityStage) -> None:
    text = "Il torrente scorre tra Valbrina Comasco , Passo Tellaro e Cortenza di Rovigo ."
    found = kinds(stage, text, "it")
    assert found["Valbrina Comasco"] == "LOC"
    assert found["Passo Tellaro"] == "LOC"
    assert found["Cortenza di Rovigo"] == "LOC"  # a town too small for the knowledge base after "di"


def test_a_place_after_battaglia_di_names_the_battle(stage: EntityStage) -> None:
    found = kinds(stage, "Suo nonno combatté nella battaglia di Solferino e poi tornò a casa .", "it")
    assert found.get("Solferino") is None
    assert found["battaglia di Solferino"] == "MISC"


def test_verb_opening_a_sentence_is_no_foreign_city(stage: EntityStage) -> None:
    found = kinds(stage, "Venne eletto sindaco dopo una lunga campagna .", "it")
    assert "Venne" not in found or found["Venne"] != "LOC"
    assert kinds(stage, "Vienna fu a lungo la capitale dell' impero .", "it")["Vienna"] == "LOC"


def test_noun_and_adjective_before_a_name_tell_its_kind(stage: EntityStage) -> None:
    text = "Il testo fu copiato dallo scrittore bizantino Teofrasio e poi suonato dalla band finlandese Kalmora ."
    found = kinds(stage, text, "it")
    assert found["Teofrasio"] == "PER"
    assert found["Kalmora"] == "ORG"
    assert kinds(stage, "Il castello passò alla famiglia Orsenigo nel Trecento .", "it")["Orsenigo"] == "PER"


def test_rome_is_known_by_its_italian_name(stage: EntityStage) -> None:
    mentions = {m.text: m for m in mentions_of(stage, "Dopo la laurea si trasferì alla Roma del dopoguerra .", "it")}
    assert mentions["Roma"].kind == "LOC" and mentions["Roma"].kb_id == "loc/rome"


def test_da_after_a_known_place_is_a_preposition(stage: EntityStage) -> None:
    found = kinds(stage, "Il decreto fu inviato a Roma da Camillo Benso .", "it")
    assert found["Roma"] == "LOC"
    assert found["Camillo Benso"] == "PER"
    assert kinds(stage, "Il quadro di Leonardo da Vinci fu restaurato .", "it")["Leonardo da Vinci"] == "PER"


def test_place_words_take_closing_adjectives(stage: EntityStage) -> None:
    found = kinds(stage, "Il fiume nasce nell' Appennino lucano e scorre fino al Mar Ionio .", "it")
    assert found["Appennino lucano"] == "LOC"
    assert found["Mar Ionio"] == "LOC"
    found = kinds(stage, "Il borgo fa parte del Parco regionale della Valle del Ticino .", "it")
    assert "Parco regionale" not in found  # more of the name follows the adjective


def test_nato_opening_a_biography_is_born(stage: EntityStage) -> None:
    found = kinds(stage, "Nato a Lisbona , studiò legge a Coimbra .", "it")
    assert "Nato" not in found
    assert kinds(stage, "La Nato in Europa ha rafforzato le difese .", "it")["Nato"] == "ORG"


def test_default_person_listed_with_places_is_a_place(stage: EntityStage) -> None:
    found = kinds(stage, "Il territorio confina con Firenze , Prato Veccio e Bologna .", "it")
    assert found["Prato Veccio"] == "LOC"
    found = kinds(stage, "Al concerto suonarono Gianni Morandi e Lucio Dalla .", "it")
    assert found["Lucio Dalla"] == "PER"


def test_a_mononym_opening_a_sentence_stays_a_person(stage: EntityStage) -> None:
    found = kinds(stage, "Dante , esule da Firenze , scrisse la Commedia a Ravenna .", "it")
    assert found["Dante"] == "PER"


def test_given_name_and_a_place_word_make_a_person(stage: EntityStage) -> None:
    found = kinds(stage, "Studiò con Carlo Alberto Monti e poi salì sul Monte Bianco .", "it")
    assert found["Carlo Alberto Monti"] == "PER"
    assert found["Monte Bianco"] == "LOC"


def test_soviet_union_is_a_place(stage: EntityStage) -> None:
    mentions = {m.text: m for m in mentions_of(stage, "Negli anni Trenta visitò l' Unione Sovietica .", "it")}
    assert mentions["Unione Sovietica"].kind == "LOC"
    assert mentions["Unione Sovietica"].kb_id == "loc/soviet-union"


def test_contro_and_an_article_before_an_unknown_name_is_a_team(stage: EntityStage) -> None:
    assert kinds(stage, "Segnò il gol decisivo contro la Pergolettese al novantesimo .", "it")["Pergolettese"] == "ORG"


def test_marker_word_spelling_a_far_region_is_no_place(stage: EntityStage) -> None:
    found = kinds(stage, "Durante la Guerra dei trent' anni il borgo fu saccheggiato .", "it")
    assert found.get("Guerra") != "LOC"
    found = kinds(stage, "La Sonda Cassiopea raggiunse Saturno nel 2004 .", "it")
    assert found["Sonda Cassiopea"] == "MISC"


def test_foreign_words_after_a_plural_article_are_a_band(stage: EntityStage) -> None:
    found = kinds(stage, "Aprirono i concerti dei Velvet Thunder durante il tour .", "it")
    assert found["Velvet Thunder"] == "ORG"


def test_an_epithet_after_il_belongs_to_the_name(stage: EntityStage) -> None:
    found = kinds(stage, "Il regno passò poi a Carlo il Semplice dopo molte guerre .", "it")
    assert found["Carlo il Semplice"] == "PER"


def test_a_capital_particle_and_its_apostrophe_stay_in_the_surname(stage: EntityStage) -> None:
    found = kinds(stage, "La lettera fu scritta da Michele D ' Alessio nel 1920 .", "it")
    assert found["Michele D ' Alessio"] == "PER"
