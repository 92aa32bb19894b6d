"""Foreign name particles join names in Italian, French and Spanish text; "Jr." joins English ones."""

from __future__ import annotations

from storyline.entities.stage import EntityStage

from .conftest import kinds


def test_french_and_german_particles_in_italian_text(stage: EntityStage) -> None:
    found = kinds(stage, "I primi risultati si devono a Pierre de Vaucelles e a Gottfried von Hallwyl .", "it")
    assert "Pierre de Vaucelles" in found
    assert "Gottfried von Hallwyl" in found


def test_german_particle_in_french_and_spanish_text(stage: EntityStage) -> None:
    assert "Ludwig von Merkstein" in kinds(stage, "Le concerto fut créé par Ludwig von Merkstein à Vienne .", "fr")
    assert "Pieter van Oordt" in kinds(stage, "El cuadro fue pintado por Pieter van Oordt en 1650 .", "es")


def test_common_italian_and_english_given_names_open_person_names(stage: EntityStage) -> None:
    assert (
        kinds(stage, "Strinse amicizia con lo scrittore Gianni Ravagnan a Bologna .", "it").get("Gianni Ravagnan")
        == "PER"
    )
    assert kinds(stage, "Danny Ostrowe would host the new breakfast show .", "en").get("Danny Ostrowe") == "PER"


def test_a_generation_suffix_and_its_dot_belong_to_the_name(stage: EntityStage) -> None:
    found = kinds(stage, "The race was won by Dale Harkin Jr. ahead of his cousin.", "en")
    assert found.get("Dale Harkin Jr.") == "PER"
    found = kinds(stage, "Later that year Robin Bishop Jr. and his band toured Ohio.", "en")
    assert found.get("Robin Bishop Jr.") == "PER"  # a title word as surname before the suffix
