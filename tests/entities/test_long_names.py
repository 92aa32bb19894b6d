"""Long official names and their spelling variants reach the knowledge base."""

from __future__ import annotations

from storyline.entities.kb import surface_key
from storyline.entities.stage import EntityStage
from tests.entities.conftest import mentions_of


def test_a_hyphen_inside_a_word_does_not_change_the_lookup_key() -> None:
    assert surface_key("Co-operation") == surface_key("Cooperation")
    assert surface_key("Jean-Claude Juncker") == surface_key("Jeanclaude  juncker")
    assert surface_key("Rhine - Main") != surface_key("RhineMain")  # a spaced dash separates words


def test_a_seven_word_organisation_name_is_found_whole(stage: EntityStage) -> None:
    text = (
        "Talks continue on 14 January in Vienna at the Organization for Security and Cooperation in Europe, "
        "where diplomats from 57 states sit on the Permanent Council."
    )
    full = "Organization for Security and Cooperation in Europe"
    found = {m.text: m for m in mentions_of(stage, text, "en")}
    assert found[full].kb_id == "org/osce" and found[full].kind == "ORG"
    assert not [t for t in found if t != full and t.startswith("Organization")]  # not cut at "and"
