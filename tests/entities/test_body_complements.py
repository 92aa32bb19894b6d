"""French, Spanish and Italian names of bodies take their lower-case complements (body_complements.py)."""

from __future__ import annotations

from storyline.entities.body_complements import BodyComplements
from storyline.entities.stage import EntityStage

from .conftest import kinds


def test_complement_file() -> None:
    complements = BodyComplements.load()
    for lang in ("fr", "es", "it"):
        assert complements.joins[lang] and complements.stops[lang]
        assert not complements.joins[lang] & complements.stops[lang], lang
    assert "d'" in complements.joins["fr"] and "dell'" in complements.joins["it"]


def test_french_league_and_federation(stage: EntityStage) -> None:
    found = kinds(stage, "Il a disputé neuf saisons dans la Ligue nationale de hockey avant de rentrer .", "fr")
    assert found.get("Ligue nationale de hockey") == "ORG"
    text = "La Fédération internationale de l'industrie phonographique affirme que les ventes baissent ."
    assert kinds(stage, text, "fr").get("Fédération internationale de l'industrie phonographique") == "ORG"


def test_a_complement_stops_before_a_preposition(stage: EntityStage) -> None:
    found = kinds(stage, "Il rejoint la Ligue nationale de hockey pour la saison suivante .", "fr")
    assert "Ligue nationale de hockey" in found


def test_spanish_national_team_and_italian_ministry(stage: EntityStage) -> None:
    text = "Fue internacional con la Selección de fútbol de Costa de Marfil en doce ocasiones ."
    assert kinds(stage, text, "es").get("Selección de fútbol de Costa de Marfil") == "ORG"
    text = "Nel 1950 il Ministero della pubblica istruzione gli concesse una borsa di studio ."
    assert kinds(stage, text, "it").get("Ministero della pubblica istruzione") == "ORG"


def test_a_sentence_opening_marker_word_stays_in_the_name(stage: EntityStage) -> None:
    found = kinds(stage, "Selección de baloncesto de Eslovenia ganó el torneo .", "es")
    assert found.get("Selección de baloncesto de Eslovenia") == "ORG"
