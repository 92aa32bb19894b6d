"""Languages, faiths and groups of peoples are MISC, never places (misc_words.py, misc_words.tsv)."""

from __future__ import annotations

from storyline.entities.stage import EntityStage

from .conftest import kinds


def test_a_language_after_in_is_not_a_place(stage: EntityStage) -> None:
    found = kinds(stage, "The charter was drafted in Latin and later translated into Hindi by a scholar .", "en")
    assert found.get("Latin") in {None, "MISC"}
    assert found.get("Hindi") in {None, "MISC"}


def test_a_faith_or_group_is_not_a_place(stage: EntityStage) -> None:
    found = kinds(stage, "The bishop wrote on Catholic doctrine , and the survey counted the Hispanic vote .", "en")
    assert found.get("Catholic") in {None, "MISC"}
    assert found.get("Hispanic") in {None, "MISC"}


def test_a_country_named_like_a_language_stays_a_place(stage: EntityStage) -> None:
    # "Tongan" is the language; "Tonga" the country. A place the knowledge base knows is never MISC.
    assert kinds(stage, "The delegation flew in from Tonga on Monday .", "en").get("Tonga") == "LOC"
    assert stage.misc_words.is_misc("Latin", "en") and not stage.misc_words.is_misc("Tonga", "en")


def test_faiths_and_creeds_named_by_a_noun_are_not_places(stage: EntityStage) -> None:
    found = kinds(stage, "In 1890 the family converted from Judaism to Catholicism in Lyon.", "en")
    assert found.get("Judaism") != "LOC" and found.get("Catholicism") != "LOC"
    assert found.get("Lyon") == "LOC"


def test_plural_weekdays_are_not_names(stage: EntityStage) -> None:
    found = kinds(stage, "The market opens from Fridays to Sundays in Lyon.", "en")
    assert "Fridays" not in found and "Sundays" not in found
