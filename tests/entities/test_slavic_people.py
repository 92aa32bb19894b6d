"""Ukrainian and Russian people whose names spell towns or marker words stay people."""

from __future__ import annotations

from storyline.entities.stage import EntityStage
from tests.entities.conftest import kinds


def test_a_given_name_and_a_surname_like_a_marker_word_is_a_person(stage: EntityStage) -> None:
    # "Кравець" starts like "край" and "Морозов" like "море": neither makes the name a place
    found = kinds(stage, "Фірму заснував Андрій Кравець, а згодом до неї приєднався Олег Морозов.", "uk")
    assert found.get("Андрій Кравець") == "PER", found
    assert found.get("Олег Морозов") == "PER", found


def test_a_given_name_that_spells_a_place_is_a_person(stage: EntityStage) -> None:
    found = kinds(stage, "Левко та Роман довго мовчали, а потім пішли до річки.", "uk")
    assert found.get("Роман") == "PER", found


def test_with_a_person_is_not_from_a_place(stage: EntityStage) -> None:
    found = kinds(stage, "Увечері Семен прийшов із Іванкою, а вранці поїхав з Полтави.", "uk")
    assert found.get("Іванкою") == "PER", found
    assert found.get("Полтави") == "LOC", found


def test_a_person_span_that_swallowed_a_place_is_cut(stage: EntityStage) -> None:
    text = "Співвласником фірми є Тарас Ковальчук з Ірпеня. Колишній мер Болехова Ігор Гнатів промовчав."
    found = kinds(stage, text, "uk")
    assert found.get("Тарас Ковальчук") == "PER", found
    assert found.get("Ірпеня") == "LOC", found
    assert found.get("Ігор Гнатів") == "PER", found
    assert "Болехова Ігор Гнатів" not in found, found
