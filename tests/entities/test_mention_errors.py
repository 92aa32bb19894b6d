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
