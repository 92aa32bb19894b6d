"""Detector edge cases found by the property tests."""

from __future__ import annotations

from storyline.entities.stage import EntityStage

from .conftest import mentions_of


def test_a_natasha_span_never_runs_past_its_sentence(stage: EntityStage) -> None:
    text = "Mr U.S. ) U.S."
    for mention in mentions_of(stage, text, "ru"):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
