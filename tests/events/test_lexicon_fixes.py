"""Trigger typing fixes checked against the PLOVER manual: blocking sanctions is refusing them (REJECT), freezing
assets reduces relations (SANCTION), adopting a resolution is not support of what it opposes, "insists that" is a
statement and not a demand, and publishing one's proposals is a REQUEST."""

from __future__ import annotations

import pytest

from storyline.events.lexicon import EventLexicon


def types(sentence: str, lang: str) -> list[str]:
    return [t.type for t in EventLexicon().find_triggers(sentence, lang)]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Budapest blocks the new package of sanctions against Moscow."),
        ("pl", "Węgry blokują pakiet najostrzejszych sankcji wobec Rosji."),
        ("ru", "Венгрия блокирует новые санкции против Москвы."),
        ("uk", "Угорщина блокує новий пакет санкцій."),
        ("de", "Ungarn blockiert neue Sanktionen gegen Moskau."),
        ("it", "L'Ungheria blocca le nuove sanzioni contro Mosca."),
    ],
)
def test_blocking_sanctions_is_a_refusal(lang: str, sentence: str) -> None:
    assert types(sentence, lang) == ["REJECT"]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Bern will freeze assets held by the former ruler's family."),
        ("ru", "Берн заморозил все активы семьи бывшего правителя."),
        ("uk", "Берн заморозив активи родини колишнього правителя."),
        ("fr", "Berne a annoncé le gel des avoirs de la famille."),
        ("it", "Berna ha bloccato tutti i beni della famiglia del colonnello."),
        ("pl", "Szwajcaria zamroziła aktywa rodziny dyktatora."),
    ],
)
def test_freezing_assets_is_a_sanction(lang: str, sentence: str) -> None:
    assert types(sentence, lang) == ["SANCTION"]


def test_adopting_a_resolution_is_not_support() -> None:
    assert "SUPPORT" not in types("Ассамблея одобрила резолюцию против агрессора.", "ru")
    assert types("Совет одобрил план урегулирования.", "ru") == ["SUPPORT"]


def test_insisting_that_is_a_statement_not_a_demand() -> None:
    assert "REQUEST" not in types("Міністр наполягає на тому, що переговори тривають.", "uk")
    assert "REQUEST" not in types("The minister insists that talks are going well.", "en")


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("ru", "Москва обнародовала свои предложения для альянса."),
        ("uk", "Москва оприлюднила свої пропозиції для альянсу."),
        ("en", "Moscow published its proposals for the alliance."),
        ("pl", "Moskwa przedstawiła swoje propozycje dla sojuszu."),
        ("es", "Moscú publicó sus propuestas para la alianza."),
    ],
)
def test_publishing_proposals_is_a_request(lang: str, sentence: str) -> None:
    assert types(sentence, lang)[:1] == ["REQUEST"]
