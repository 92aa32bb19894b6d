"""Capitalised runs that end on a connector word ("… de") must not break the stage."""

from __future__ import annotations

from storyline.entities.stage import EntityStage
from storyline.model import Article


def test_plural_run_ending_on_a_connector_is_handled() -> None:
    # the title's run stops before the given name, so it ends on "de"
    text = (
        "Le critique a salué Chroniques de Lyon de Marie Dupont, un recueil paru au Caire. "
        "Il cite aussi Souvenirs de Rome de Paul Martin."
    )
    article = Article(id="a_test", source="test", text=text, language="fr")
    (result,) = EntityStage().process([article])
    for mention in result.mentions:
        assert text[mention.start : mention.end] == mention.text
    assert any(m.text.startswith("Caire") or m.name == "Cairo" for m in result.mentions)
