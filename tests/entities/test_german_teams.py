"""German national teams named with a lower-case adjective."""

from __future__ import annotations

from storyline.entities.german_teams import national_teams
from storyline.entities.stage import EntityStage
from storyline.entities.tokens import tokenize

from .conftest import kinds


def _no_country(word: str) -> str | None:
    return None


def test_an_adjective_in_sch_and_a_national_team_noun_are_one_body() -> None:
    text = "Er spielte zehnmal für die estnische Handballnationalmannschaft ."
    found = national_teams(tokenize(text, 0, len(text)), (0, len(text)), _no_country)
    assert [text[c.start : c.end] for c in found] == ["estnische Handballnationalmannschaft"]
    assert found[0].kind == "ORG"


def test_an_adjective_that_names_no_country_does_not_open_a_team() -> None:
    text = "Er spielte für die erste Nationalmannschaft ."
    assert national_teams(tokenize(text, 0, len(text)), (0, len(text)), _no_country) == []


def test_the_stage_finds_the_national_team(stage: EntityStage) -> None:
    found = kinds(stage, "Im Mai wurde er in die finnische Fußballnationalmannschaft berufen .", "de")
    assert found.get("finnische Fußballnationalmannschaft") == "ORG"
