"""Elided connectors join the words of a name, glued to their apostrophe or written apart from it."""

from __future__ import annotations

from storyline.entities.elisions import elided_connector_width
from storyline.entities.stage import EntityStage
from storyline.entities.tokens import tokenize

from .conftest import kinds


def _italian_connector(word: str) -> bool:
    return word in {"di", "d'", "dell'"}


def test_width_of_glued_and_spaced_elisions() -> None:
    glued = tokenize("Valle d'Orba")
    assert elided_connector_width(glued, 1, _italian_connector) == 1
    spaced = tokenize("Valle d ' Orba")
    assert elided_connector_width(spaced, 1, _italian_connector) == 2
    lower = tokenize("Valle d'acqua")
    assert elided_connector_width(lower, 1, _italian_connector) == 0  # no name after it
    assert elided_connector_width(glued, 0, _italian_connector) == 0


def test_italian_and_french_names_with_an_elided_connector(stage: EntityStage) -> None:
    assert "Valle d'Orba" in kinds(stage, "Il paese sorge nella Valle d'Orba , a sud di Ovada .", "it")
    assert "Palais d'Ormesson" in kinds(stage, "Le traité fut signé au Palais d'Ormesson en 1810 .", "fr")
