"""Ukrainian and Russian place phrases: streets with their numbers, regions named by an adjective
and a place noun, towns after a marker or a preposition of place."""

from __future__ import annotations

import pytest

from storyline.entities.stage import EntityStage
from tests.entities.conftest import kinds


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Склад орендують за адресою вул. Вишнева, 14 у самому центрі.", "вул. Вишнева, 14"),
        ("Ремонт тротуару на вулиці Личаківській триватиме до осені.", "вулиці Личаківській"),
        ("Пам'ятник відкрили на Лук'янівському цвинтарі в неділю.", "Лук'янівському цвинтарі"),
        (
            "Паводок підтопив села у Закарпатській та Івано-Франківській областях.",
            "Закарпатській та Івано-Франківській областях",
        ),
    ],
)
def test_a_ukrainian_place_phrase_is_one_place(stage: EntityStage, text: str, place: str) -> None:
    found = kinds(stage, text, "uk")
    assert found.get(place) == "LOC", found


def test_a_district_and_its_region_are_two_places(stage: EntityStage) -> None:
    found = kinds(stage, "Будинок культури в Ямпільському районі Вінницької області закрили.", "uk")
    assert found.get("Ямпільському районі") == "LOC", found
    assert found.get("Вінницької області") == "LOC", found


def test_towns_after_a_marker_or_in_the_locative_are_places_not_people(stage: EntityStage) -> None:
    found = kinds(stage, "Фермер із с. Зарічне переїхав до міста і тепер живе у Новограді.", "uk")
    assert found.get("Зарічне") == "LOC", found
    assert found.get("Новограді") == "LOC", found


def test_an_unknown_lifeless_noun_after_u_is_a_town(stage: EntityStage) -> None:
    found = kinds(stage, "Ярмарок провели у Снятині, а наступного року його перенесуть у Коломию.", "uk")
    assert found.get("Снятині") == "LOC", found
    assert found.get("Коломию") == "LOC", found


def test_an_unknown_lifeless_noun_after_a_preposition_of_place_is_a_place(stage: EntityStage) -> None:
    found = kinds(stage, "Зранку ми вирушили до Снятина, а ввечері зупинилися біля Заболотова.", "uk")
    assert found.get("Снятина") == "LOC", found
    assert found.get("Заболотова") == "LOC", found


def test_a_town_whose_streets_are_meant_is_the_town_alone(stage: EntityStage) -> None:
    found = kinds(stage, "Вечером на улицы Мадрида вышли тысячи людей.", "ru")
    assert found.get("Мадрида") == "LOC", found
    assert "улицы Мадрида" not in found


def test_a_particle_of_a_foreign_name_is_no_town_marker(stage: EntityStage) -> None:
    found = kinds(stage, "По словам Урсулы фон дер Ляйен, поставки вырастут вдвое.", "ru")
    assert not [t for t, k in found.items() if k == "LOC"], found


def test_a_sentence_ending_after_a_street_noun_makes_no_street(stage: EntityStage) -> None:
    found = kinds(stage, "Люди гуляли по улицам. Потом Андрей Петров ушёл домой.", "ru")
    assert not [t for t in found if t.startswith("улицам")], found
