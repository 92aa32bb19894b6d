"""Mention errors of news text: a ministry's field words taken for a person, title words left as names,
sentence-opening verbs kept in a name, common nouns glued to a name."""

from __future__ import annotations

from storyline.entities.stage import EntityStage

from .conftest import by_text, kinds, mentions_of


def test_a_ministry_is_no_minister_and_its_field_no_person(stage: EntityStage) -> None:
    text = "Gestern äußerte sich das Ministerium für Landwirtschaft zu den Ernteschäden ."
    found = kinds(stage, text, "de")
    assert found.get("Landwirtschaft") != "PER"
    assert not any(m.role for m in mentions_of(stage, text, "de"))


def test_a_minister_still_gives_the_role_of_the_name_after_it(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "Am Abend sprach die Ministerin Greta Wendholt vor der Presse .", "de"))
    assert found["Greta Wendholt"].kind == "PER"
    assert found["Greta Wendholt"].role == "Minister"


def test_a_title_with_of_inside_is_no_name_before_the_person(stage: EntityStage) -> None:
    text = "The talks were led by Deputy Secretary of State Tom Harrow , who flew in on Sunday ."
    found = by_text(mentions_of(stage, text, "en"))
    assert "Secretary" not in found and "State" not in found
    assert found["Tom Harrow"].kind == "PER"
    assert found["Tom Harrow"].role == "Deputy Secretary of State"


def test_a_common_word_before_a_title_is_no_name(stage: EntityStage) -> None:
    found = kinds(stage, "The delegation was headed by the First Deputy Prime Minister Tom Harrow .", "en")
    assert "First" not in found
    assert found.get("Tom Harrow") == "PER"
    found = kinds(stage, "She met Brazilian Foreign Minister Tom Harrow in the capital .", "en")
    assert found.get("Brazilian") == "MISC"


def test_a_verb_opening_a_german_sentence_is_no_part_of_the_name(stage: EntityStage) -> None:
    found = kinds(stage, "Sollte Tom Harrow morgen kommen , wird er empfangen .", "de")
    assert "Tom Harrow" in found
    assert not any(text.startswith("Sollte") for text in found)
    found = kinds(stage, "Frank Wendholt kam gestern in Bonn an .", "de")
    assert found.get("Frank Wendholt") == "PER"


def test_a_possessive_pronoun_opening_an_english_sentence_is_no_name(stage: EntityStage) -> None:
    found = kinds(stage, "Her counterpart , Tom Harrow , called the meeting useful .", "en")
    assert "Her" not in found
    assert found.get("Tom Harrow") == "PER"
