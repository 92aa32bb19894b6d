"""States, nations and Länder are one place in every language; ISO names with a bracketed local name
are split into their names."""

from __future__ import annotations

import pytest

from storyline.entities.gazetteer import subdivision_names
from storyline.entities.stage import EntityStage

from .conftest import by_text, kinds, mentions_of


def test_bracketed_iso_names_are_split() -> None:
    assert subdivision_names("Wales [Cymru GB-CYM]") == ("Wales", "Cymru")
    assert subdivision_names("Catalunya [Cataluña]") == ("Catalunya", "Cataluña")
    assert subdivision_names("Lugo [Lugo]") == ("Lugo",)
    assert subdivision_names("Bristol, City of") == ("Bristol",)
    assert subdivision_names("Texas") == ("Texas",)


@pytest.mark.parametrize(
    ("text", "lang", "surface", "kb_id"),
    [
        ("Early voting began in Texas on Monday.", "en", "Texas", "sub/US-TX"),
        ("Досрочное голосование в Техасе началось в понедельник.", "ru", "Техасе", "sub/US-TX"),
        ("Głosowanie w Teksasie rozpoczęło się w poniedziałek.", "pl", "Teksasie", "sub/US-TX"),
        ("Дострокове голосування в Пенсільванії почалося в понеділок.", "uk", "Пенсільванії", "sub/US-PA"),
        ("Les électeurs de Pennsylvanie ont voté lundi.", "fr", "Pennsylvanie", "sub/US-PA"),
        ("The floods hit Bavaria and Saxony hardest.", "en", "Bavaria", "sub/DE-BY"),
        ("Наводнение сильнее всего ударило по Баварии.", "ru", "Баварии", "sub/DE-BY"),
        ("Das Hochwasser traf Bayern am härtesten.", "de", "Bayern", "sub/DE-BY"),
        ("Референдум в Шотландии назначен на осень.", "ru", "Шотландии", "sub/GB-SCT"),
        ("Referendum na Škotskem bo jeseni.", "sl", "Škotskem", "sub/GB-SCT"),
    ],
)
def test_a_state_or_land_is_one_place_in_every_language(
    stage: EntityStage, text: str, lang: str, surface: str, kb_id: str
) -> None:
    found = by_text(mentions_of(stage, text, lang))
    assert found[surface].kind == "LOC" and found[surface].kb_id == kb_id


def test_bavaria_takes_its_english_name(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "Das Hochwasser traf Bayern am härtesten.", "de"))
    assert found["Bayern"].name == "Bavaria"


def test_ukrainian_pronouns_are_not_maine(stage: EntityStage) -> None:
    assert kinds(stage, "Мені здається, що дім старий. Мене звати Петро.", "uk") == {"Петро": "PER"}
