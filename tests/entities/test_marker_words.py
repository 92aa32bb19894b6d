"""Marker words decide the kind of multi-word names without other clues."""

from __future__ import annotations

from storyline.entities.stage import EntityStage

from .conftest import by_text, mentions_of


def test_events_and_awards_are_not_people(stage: EntityStage) -> None:
    text = (
        "The film won a prize at the Cannes Film Festival last May. "
        "Their striker scored twice at the FIFA World Cup in Qatar."
    )
    found = by_text(mentions_of(stage, text, "en"))
    assert found["Cannes Film Festival"].kind == "MISC"
    assert found["FIFA World Cup"].kind == "MISC"
    assert found["Qatar"].kind == "LOC"


def test_place_heads_make_places(stage: EntityStage) -> None:
    text = "Hikers walked along Meager Creek and then crossed the Norwood Tunnel before dusk."
    found = by_text(mentions_of(stage, text, "en"))
    assert found["Meager Creek"].kind == "LOC"
    assert found["Norwood Tunnel"].kind == "LOC"


def test_slovene_adjective_and_marker_noun_is_one_name(stage: EntityStage) -> None:
    text = "Predlog bo obravnavala tudi delegacija v Evropskem parlamentu, je dejal minister."
    found = by_text(mentions_of(stage, text, "sl"))
    assert "Evropskem parlamentu" in found
    assert found["Evropskem parlamentu"].kind == "ORG"
