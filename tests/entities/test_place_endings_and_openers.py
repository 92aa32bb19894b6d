"""Place-name endings (Polish), sentence openers judged by the dictionary lemma's case, German descriptors."""

from __future__ import annotations

from storyline.entities.morph import Lemmatizer
from storyline.entities.openers import common_opener
from storyline.entities.place_endings import PlaceEndings
from storyline.entities.stage import EntityStage

from .conftest import kinds


def test_place_endings_file() -> None:
    endings = PlaceEndings.load()
    assert "owice" in endings.endings["pl"] and "ców" in endings.overruling["pl"]
    assert all(e == e.lower() for e in endings.endings["pl"])
    assert endings.looks_like_place("Brzozowice", "pl")
    assert endings.looks_like_place("Dębnowo", "pl")
    assert not endings.looks_like_place("Niemców", "pl")  # a people, not a town
    assert not endings.looks_like_place("Sk", "pl")  # the ending alone
    assert not endings.looks_like_place("Brzozowice", "en")


def test_unknown_polish_villages_in_a_list_are_places(stage: EntityStage) -> None:
    text = "Do gminy należą wsie Brzozowice , Dębnowo i Karsk , a siedzibą jest miasto."
    found = kinds(stage, text, "pl")
    assert found["Brzozowice"] == "LOC"
    assert found["Dębnowo"] == "LOC"
    assert found["Karsk"] == "LOC"


def test_polish_peoples_are_not_towns(stage: EntityStage) -> None:
    found = kinds(stage, "W mieście mieszkało wielu Europejczyków i Latynosów .", "pl")
    assert found.get("Europejczyków") != "LOC"
    assert found.get("Latynosów") != "LOC"


def test_openers_judged_by_the_case_of_the_lemma() -> None:
    lemmatizer = Lemmatizer()
    assert common_opener(lemmatizer, "However", "en")
    assert not common_opener(lemmatizer, "Chicago", "en")  # a proper noun in the dictionary
    assert common_opener(lemmatizer, "Według", "pl")
    assert common_opener(lemmatizer, "Form", "de")  # German: any dictionary word


def test_a_name_opening_a_sentence_keeps_its_first_word(stage: EntityStage) -> None:
    found = kinds(stage, "Danny Holloway would host the new breakfast show from Monday.", "en")
    assert "Danny Holloway" in found
    found = kinds(stage, "Nashville remained his home until he moved west.", "en")
    assert found.get("Nashville") == "LOC"


def test_german_descriptors_are_cut_from_names(stage: EntityStage) -> None:
    found = kinds(stage, "Von 2001 bis 2003 war er Co-Trainer von Harald Brenninger in Linz.", "de")
    assert "Harald Brenninger" in found and not any(text.startswith("Co-Trainer") for text in found)
    found = kinds(stage, "Er spielte später beim Überraschungsmeister Rapid Feldkirchen.", "de")
    assert "Rapid Feldkirchen" in found


def test_german_compass_words_before_a_known_place() -> None:
    endings = PlaceEndings.load()
    assert endings.compass_rest("Ostafrika", "de") == "Afrika"
    assert endings.compass_rest("Südosteuropa", "de") == "Europa"  # the longest prefix first
    assert endings.compass_rest("Nordsee", "de") is None  # too short a rest
    assert endings.compass_rest("Ostafrika", "fr") is None


def test_german_places_and_common_nouns_after_prepositions(stage: EntityStage) -> None:
    found = kinds(stage, "Die Art lebt in Ostafrika und wurde später auch in Mitteleuropa gesehen .", "de")
    assert found.get("Ostafrika") == "LOC" and found.get("Mitteleuropa") == "LOC"
    found = kinds(stage, "Im Alter von zwölf Jahren zog er mit seiner Familie nach Essen .", "de")
    assert "Alter" not in found  # "im" holds the article: a common noun follows
    assert found.get("Essen") == "LOC"


def test_adjectives_of_peoples_are_neither_places_nor_people(stage: EntityStage) -> None:
    endings = PlaceEndings.load()
    assert endings.names_a_people("Turkish", "en") and endings.names_a_people("Japanese", "en")
    assert not endings.names_a_people("Irish", "pl") and not endings.names_a_people("Dish", "en")
    found = kinds(stage, "The poems were later translated into Flemish and printed in Ghent .", "en")
    assert found.get("Flemish") == "MISC"
    found = kinds(stage, "The tale found a place in Australian folklore , and Julian sang it .", "en")
    assert found.get("Australian") == "MISC"
    assert found.get("Julian") != "MISC"  # a given name, not an adjective


def test_italian_sentence_openers_that_spell_given_names_are_dropped(stage: EntityStage) -> None:
    assert kinds(stage, "Oggi riposa nel cimitero di Amarante .", "it").get("Oggi") is None
    assert kinds(stage, "Nell'estate del 2004 tornò a Verona .", "it").get("Nell") is None
    assert kinds(stage, "Marco partì per Verona all'alba .", "it").get("Marco") == "PER"


def test_a_lone_roman_numeral_is_no_name(stage: EntityStage) -> None:
    found = kinds(stage, "La chiesa fu ricostruita nel secolo XI e ampliata nel XV .", "it")
    assert "XI" not in found and "XV" not in found
    assert kinds(stage, "Papa Giovanni XXIII visitò Bergamo .", "it").get("Giovanni XXIII") == "PER"


def test_only_well_formed_roman_numerals_count() -> None:
    from storyline.entities.run_kinds import is_roman_numeral

    assert is_roman_numeral("XI") and is_roman_numeral("XXIII") and is_roman_numeral("MCMXC")
    assert not is_roman_numeral("CDC")  # an acronym made of numeral letters
    assert not is_roman_numeral("IIII") and not is_roman_numeral("I")
