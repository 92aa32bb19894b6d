"""Lower-case place nouns that open Italian, French and Spanish place names belong to the name."""

from __future__ import annotations

from storyline.entities.place_heads import PlaceHeads
from storyline.entities.stage import EntityStage

from .conftest import by_text, mentions_of


def test_place_heads_file_loads() -> None:
    heads = PlaceHeads.load()
    assert {"provincia", "lago", "monte"} <= heads.nouns["it"]
    assert {"lac", "mer"} <= heads.nouns["fr"]
    assert {"río", "islas"} <= heads.nouns["es"]
    assert all(word == word.lower() for words in heads.nouns.values() for word in words)


def test_italian_province_lake_and_mountain_names_take_their_noun(stage: EntityStage) -> None:
    text = "Il paese si trova nella provincia di Cuneo, tra il lago Verdello e il monte dell'Aurina."
    found = by_text(mentions_of(stage, text, "it"))
    assert found["provincia di Cuneo"].kind == "LOC"
    assert found["lago Verdello"].kind == "LOC"
    assert found["monte dell'Aurina"].kind == "LOC"


def test_french_and_spanish_place_nouns(stage: EntityStage) -> None:
    french = by_text(mentions_of(stage, "Le bateau a longé la côte de la mer Baltique pendant deux jours.", "fr"))
    assert french["mer Baltique"].kind == "LOC"
    spanish = by_text(mentions_of(stage, "El pueblo está junto al río Arlanzón y cerca de Burgos.", "es"))
    assert spanish["río Arlanzón"].kind == "LOC"
    assert spanish["Burgos"].kind == "LOC"


def test_a_noun_that_is_not_a_place_head_is_left_out(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "Il libro di Marco Ferrante racconta la guerra.", "it"))
    assert "libro di Marco Ferrante" not in found
    assert "Marco Ferrante" in found
