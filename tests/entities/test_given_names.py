"""The given-name list: names from many languages open a person's name, and names that would meet a place,
a common word or an inflected word through the variant key or its stems stay out of it."""

from __future__ import annotations

import pytest

from storyline.entities.resources import EntityResources
from storyline.entities.stage import EntityStage

from .conftest import kinds


@pytest.fixture(scope="module")
def resources() -> EntityResources:
    return EntityResources.load()


def test_given_names_of_many_languages_are_listed(resources: EntityResources) -> None:
    for name in (
        "Damon",  # English
        "Lauryn",
        "Rickey",  # also a small town's name
        "Ségolène",  # French
        "Ximena",  # Spanish
        "Gonçalo",  # Portuguese
        "Holger",  # German
        "Sjoerd",  # Dutch
        "Solveig",  # Norwegian
        "Panagiotis",  # Greek
        "Zeynep",  # Turkish
        "Ghassan",  # Arabic
        "Farhad",  # Persian
        "Gurpreet",  # Punjabi
        "Xiaoming",  # Chinese
        "Haruki",  # Japanese
        "Kwame",  # Akan
        "Chukwuemeka",  # Igbo
    ):
        assert resources.is_given_name(name), name


def test_names_that_meet_places_or_words_stay_out(resources: EntityResources) -> None:
    for word in (
        "Paris",
        "Chelsea",  # the club and the London district
        "Vigo",  # Viggo is left out: its key is the Spanish city's
        "Della",  # Italian "della"
        "Anders",  # German "anders" opens sentences
        "Normanni",  # Norman would match it through its stem
        "Morąg",  # a Polish town (Morag)
        "When",  # Wheein's key
        "Gaelic",  # Gaël's stem
        "сеть",  # Seth's key
        "jakie",  # Jacky's key
    ):
        assert not resources.is_given_name(word), word


def test_a_listed_given_name_makes_a_person_of_a_place_shaped_name(stage: EntityStage) -> None:
    assert kinds(stage, "The lead role went to Damon Field.", "en") == {"Damon Field": "PER"}
    assert kinds(stage, "The lead role went to Lauryn Hill.", "en") == {"Lauryn Hill": "PER"}
    assert kinds(stage, "Critics praised Todd Holland for the episode.", "en") == {"Todd Holland": "PER"}


def test_a_lone_given_name_that_also_spells_a_small_town_is_a_person(stage: EntityStage) -> None:
    assert kinds(stage, "Juliette arrived late.", "en") == {"Juliette": "PER"}
    assert kinds(stage, "Harvey spoke first.", "en") == {"Harvey": "PER"}
