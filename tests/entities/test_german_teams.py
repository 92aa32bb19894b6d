"""German national teams named with a lower-case adjective."""

from __future__ import annotations

from storyline.entities.german_teams import club_number_width, national_teams
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


def test_a_club_keeps_its_founding_year_and_an_american_team_its_number(stage: EntityStage) -> None:
    found = kinds(stage, "Am Samstag verlor er mit Eintracht 05 Quornbach gegen den SV 1920 Brackwell .", "de")
    assert found.get("Eintracht 05 Quornbach") == "ORG"
    assert found.get("SV 1920 Brackwell") == "ORG"
    found = kinds(stage, "Danach spielte er für die Quornel 76ers .", "de")
    assert found.get("Quornel 76ers") == "ORG"


def test_a_year_after_a_club_without_a_town_stays_out(stage: EntityStage) -> None:
    text = "Der FC Brackwell 2019 stieg ab , der SV 1920 Quornbach nicht ."
    tokens = tokenize(text, 0, len(text))
    assert [t.text for t in tokens[1:4]] == ["FC", "Brackwell", "2019"]
    assert club_number_width(tokens, 1, 3, stage.kb.resources) == 0
    assert [t.text for t in tokens[8:11]] == ["SV", "1920", "Quornbach"]
    assert club_number_width(tokens, 8, 9, stage.kb.resources) == 1
