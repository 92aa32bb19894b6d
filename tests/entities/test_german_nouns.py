"""German common nouns told apart from the names simplemma's German dictionary also holds, and the kind of
an unknown German name after an article."""

from __future__ import annotations

from storyline.entities.german_kinds import german_article_kind
from storyline.entities.german_nouns import GermanNouns, inflected_forms
from storyline.entities.morph import Lemmatizer
from storyline.entities.stage import EntityStage

from .conftest import kinds


def test_plural_forms_cover_endings_replaced_syllables_and_umlauts() -> None:
    assert "Tische" in inflected_forms("Tisch")
    assert "Ligen" in inflected_forms("Liga")
    assert "Alben" in inflected_forms("Album")
    assert "Städte" in inflected_forms("Stadt")
    assert "Häuser" in inflected_forms("Haus")
    assert "Tischs" not in inflected_forms("Tisch")  # a genitive "-s" proves nothing: names take it too


def test_common_nouns_and_forms_are_common_but_names_are_not() -> None:
    nouns = GermanNouns(Lemmatizer())
    for word in ("Tisch", "Linie", "Liga", "Szenen", "Verein"):
        assert nouns.is_common(word), word
    for word in ("Mozart", "Schumann", "Leibniz"):
        assert not nouns.is_common(word), word


def test_a_person_whose_words_the_dictionary_knows_is_found(stage: EntityStage) -> None:
    found = kinds(stage, "Clara Schumann spielte am Abend ein Konzert in Leipzig .", "de")
    assert found.get("Clara Schumann") == "PER"
    found = kinds(stage, "Das Stück widmete er dem Pianisten Gottfried Mahler .", "de")
    assert found.get("Gottfried Mahler") == "PER"


def test_an_article_makes_an_unknown_name_a_body_and_im_a_place() -> None:
    text = "Er spielte für die Quornel Vastrow und lebte im Pellin Vard ."
    assert german_article_kind(text, text.index("Quornel")) == "ORG"
    assert german_article_kind(text, text.index("Pellin")) == "LOC"
    assert german_article_kind(text, text.index("spielte")) is None


def test_an_unknown_name_after_an_article_is_no_person(stage: EntityStage) -> None:
    found = kinds(stage, "Im Finale unterlagen die Quornel Vastrow nur knapp .", "de")
    assert found.get("Quornel Vastrow") == "ORG"


def test_an_initial_joins_a_surname_the_dictionary_knows(stage: EntityStage) -> None:
    found = kinds(stage, "Die Musik schrieb damals Clara J. Schumann für das Theater .", "de")
    assert found.get("Clara J. Schumann") == "PER"


def test_a_town_with_city_or_town_in_german_text_is_a_club(stage: EntityStage) -> None:
    found = kinds(stage, "Im Sommer wechselte der Stürmer zu Brackwell Town .", "de")
    assert found.get("Brackwell Town") == "ORG"
    found = kinds(stage, "Die Familie lebte damals im Brackwell County .", "de")
    assert found.get("Brackwell County") != "ORG"


def test_a_name_ending_on_a_town_after_gegen_is_a_club(stage: EntityStage) -> None:
    found = kinds(stage, "Am Samstag unterlag die Elf knapp gegen Quornel Rostock .", "de")
    assert found.get("Quornel Rostock") == "ORG"


def test_a_descriptor_before_von_is_cut_but_not_before_a_name_particle(stage: EntityStage) -> None:
    found = kinds(stage, "Er spielte in der Jugend von Brackwell Rovers .", "de")
    assert "Brackwell Rovers" in found
    found = kinds(stage, "Der Remix stammt von Armin van Velzenbeek .", "de")
    assert found.get("Armin van Velzenbeek") == "PER"


def test_a_foreign_cup_or_an_open_in_german_text_is_an_event(stage: EntityStage) -> None:
    found = kinds(stage, "Im Jahr 1999 gewann der Klub die Copa Brackwelliana .", "de")
    assert found.get("Copa Brackwelliana") not in {"ORG", "PER", "LOC"}
    found = kinds(stage, "Bei den Brackwell Open schied sie früh aus .", "de")
    assert found.get("Brackwell Open") not in {"ORG", "PER", "LOC"}


def test_a_noun_of_works_or_storms_before_a_name_is_cut_and_types_it(stage: EntityStage) -> None:
    found = kinds(stage, "Damals zog der Hurrikan Quornelia über die Inseln .", "de")
    assert found.get("Quornelia") == "MISC"
    assert "Hurrikan Quornelia" not in found


def test_a_first_name_spelled_like_a_city_does_not_make_a_body(stage: EntityStage) -> None:
    found = kinds(stage, "Die Hauptrolle spielte damals Connie Velmarsen .", "de")
    assert found.get("Connie Velmarsen") == "PER"
