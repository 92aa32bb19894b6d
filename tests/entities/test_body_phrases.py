"""Slovene and Czech names of bodies written with one capital letter are one ORG span."""

from __future__ import annotations

import pytest

from storyline.entities.stage import EntityStage
from storyline.model import Article


def _spans(stage: EntityStage, lang: str, text: str) -> list[tuple[str, str]]:
    (article,) = stage.process([Article(id="b", source="t", text=text, language=lang)])
    return [(m.text, m.kind) for m in article.mentions]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("sl", "Predlog zakona bo Državnem zboru predstavljen v torek.", "Državnem zboru"),
        ("sl", "Vaja je potekala, ko je Slovenska vojska postavila most čez Savo.", "Slovenska vojska"),
        (
            "sl",
            "Posojilo je odobrila Evropska investicijska banka s sedežem v Luksemburgu.",
            "Evropska investicijska banka",
        ),
        ("sl", "Podatke je zbral Zavod za zaposlovanje, ki spremlja brezposelnost.", "Zavod za zaposlovanje"),
        ("sl", "Na Ministrstvu za zdravje so potrdili nove ukrepe.", "Ministrstvu za zdravje"),
        ("cs", "Stížnost odmítl Ústavní soud minulý týden.", "Ústavní soud"),
        ("cs", "Úrokové sazby zvýšila Česká národní banka o čtvrt bodu.", "Česká národní banka"),
    ],
)
def test_a_body_named_with_one_capital_is_one_org(stage: EntityStage, lang: str, text: str, name: str) -> None:
    assert (name, "ORG") in _spans(stage, lang, text)


def test_no_body_without_a_head_noun_or_after_a_verb(stage: EntityStage) -> None:
    spans = _spans(stage, "sl", "Slovenski turisti so se vrnili. Zavod za zaposlovanje ocenjuje, da bo dela več.")
    assert not any(text.startswith("Slovenski") and kind == "ORG" for text, kind in spans)
    assert ("Zavod za zaposlovanje", "ORG") in spans  # the verb "ocenjuje" is not part of the name
    # a country adjective before a generic body is no name of its own
    assert not any(text == "Ameriški kongres" for text, _ in _spans(stage, "sl", "Ameriški kongres je sprejel zakon."))


def test_seas_and_peninsulas_built_the_same_way_are_places(stage: EntityStage) -> None:
    spans = _spans(stage, "sl", "Plinovod bo tekel pod Baltskim morjem, tanker pa je obtičal ob Iberskem polotoku.")
    assert ("Baltskim morjem", "LOC") in spans and ("Iberskem polotoku", "LOC") in spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a noun that ends like a verb stays in the complement
        ("Odobritev je priporočila Javna agencija za zdravila v četrtek.", "Javna agencija za zdravila"),
        # "in" and "nad" join parts of one complement
        ("Podatke je objavil Urad za prehrano in kmetijstvo ob koncu leta.", "Urad za prehrano in kmetijstvo"),
        ("Svarilo je izdal Center za nadzor nad okužbami v petek.", "Center za nadzor nad okužbami"),
    ],
)
def test_slovene_complements_of_a_body(stage: EntityStage, text: str, name: str) -> None:
    assert (name, "ORG") in _spans(stage, "sl", text)


def test_slovene_complement_stops_at_a_new_body_a_verb_and_a_union(stage: EntityStage) -> None:
    spans = _spans(
        stage, "sl", "Pismo sta poslala Zavod za šolstvo in ministrstvo za šolstvo. Urad za okolje prositi ne sme."
    )
    assert ("Zavod za šolstvo", "ORG") in spans  # "in ministrstvo" opens another body
    assert ("Urad za okolje", "ORG") in spans  # "prositi" is a verb
    spans = _spans(stage, "sl", "Sodelovanje Evropske unije za dva meseca je zamrznjeno.")
    assert ("Evropske unije", "ORG") in spans


def test_a_slovene_body_takes_in_the_place_after_it(stage: EntityStage) -> None:
    spans = _spans(
        stage, "sl", "Opozorilo je izdala Zdravniška zbornica Slovenije, predavali pa so na Univerzi v Ljubljani."
    )
    assert ("Zdravniška zbornica Slovenije", "ORG") in spans
    assert ("Univerzi v Ljubljani", "ORG") in spans
    # a person's name after a body stays a person
    spans = _spans(stage, "sl", "Za Evropsko komisijo Ana Novak ni govorila.")
    assert ("Ana Novak", "PER") in spans
