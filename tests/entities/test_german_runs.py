"""German runs: nouns naming a kind of body, descriptors and given names before a particle."""

from __future__ import annotations

from storyline.entities.stage import EntityStage

from .conftest import kinds


def test_a_kind_noun_before_a_club_is_cut_and_types_it(stage: EntityStage) -> None:
    found = kinds(stage, "Im Sommer ging er zum unterklassigen Verein Brackwell Rovers .", "de")
    assert found.get("Brackwell Rovers") == "ORG"
    assert not any(text.startswith("Verein") for text in found)


def test_a_given_name_before_von_stays_in_the_person(stage: EntityStage) -> None:
    found = kinds(stage, "Die Hauptrolle spielte Erich von Hallerstein , der auch Regie führte .", "de")
    assert found.get("Erich von Hallerstein") == "PER"


def test_a_university_keeps_its_marker_word(stage: EntityStage) -> None:
    found = kinds(stage, "Sie studierte an der Universität Greifenberg .", "de")
    assert "Universität Greifenberg" in found


def test_a_noun_of_a_set_phrase_after_a_name_is_cut(stage: EntityStage) -> None:
    found = kinds(stage, "Bei diesem Film führte Tobias Kranzberger Regie .", "de")
    assert found.get("Tobias Kranzberger") == "PER"
    found = kinds(stage, "Im Einzel holte Greta Wendholt Silber für ihr Land .", "de")
    assert found.get("Greta Wendholt") == "PER"


def test_a_derived_noun_after_a_place_is_cut(stage: EntityStage) -> None:
    found = kinds(stage, "Die Band erlangte damals in Schweden Bekanntheit .", "de")
    assert found.get("Schweden") == "LOC"


def test_an_english_body_with_of_inside_german_text_is_one_name(stage: EntityStage) -> None:
    found = kinds(stage, "Sie lehrte zehn Jahre an der University of Brackwell in England .", "de")
    assert found.get("University of Brackwell") == "ORG"


def test_den_before_a_noun_is_the_object_s_article_not_a_connector(stage: EntityStage) -> None:
    found = kinds(stage, "In der neuen Saison konnte der Verein den Kader halten .", "de")
    assert not any(text.startswith("Verein") for text in found)


def test_a_noun_of_books_and_tales_before_a_title_is_cut(stage: EntityStage) -> None:
    found = kinds(stage, "Der Film beruht auf dem Märchen Quornelinchen .", "de")
    assert found.get("Quornelinchen") == "MISC"
