"""Spans another detector drew too wide are cut back to the name."""

from __future__ import annotations

from storyline.entities.span_edges import capitalised_pieces
from storyline.entities.stage import EntityStage
from storyline.model import Article


def _pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in capitalised_pieces(text, 0, len(text))]


def test_capitalised_pieces() -> None:
    assert _pieces("Байдън каза") == ["Байдън"]
    assert _pieces("Очаква се Мей") == ["Очаква", "Мей"]
    assert _pieces("Шарл де Гол") == ["Шарл де Гол"]
    assert _pieces("„Доналд Тръмп“ заяви") == ["Доналд Тръмп"]
    assert _pieces("каза") == []


def _spans(stage: EntityStage, lang: str, text: str) -> list[tuple[str, str]]:
    (article,) = stage.process([Article(id="b", source="t", text=text, language=lang)])
    return [(m.text, m.kind) for m in article.mentions]


def test_bulgarian_names_do_not_run_into_verbs_or_numbers(stage: EntityStage) -> None:
    text = "Байдън каза, че ще подпише закона. Очаква се Мей да говори в парламента."
    spans = _spans(stage, "bg", text)
    assert ("Байдън", "PER") in spans and ("Мей", "PER") in spans
    assert not any(" каза" in s or "се" in s.split() for s, _ in spans)
    votes = _spans(stage, "bg", "За Доналд Тръмп - 55 904 785 гласа, за Джо Байдън - 61 121 508.")
    assert ("Доналд Тръмп", "PER") in votes
    assert not any(ch.isdigit() for s, _ in votes for ch in s)


def test_a_place_spelled_like_a_given_name_before_a_full_name_is_split_off(stage: EntityStage) -> None:
    spans = _spans(stage, "sl", "Državni sekretar Georgie Brad Raffensperger je potrdil izid glasovanja.")
    assert ("Brad Raffensperger", "PER") in spans
    assert ("Georgie", "LOC") in spans


def test_a_hyphenated_route_names_each_place(stage: EntityStage) -> None:
    spans = _spans(
        stage, "sl", "Prevoznik je ukinil lete na relaciji Ljubljana-Frankfurt-Skopje. Tudi Baden-Württemberg."
    )
    assert [s for s in spans if s[1] == "LOC"][:3] == [("Ljubljana", "LOC"), ("Frankfurt", "LOC"), ("Skopje", "LOC")]
    assert ("Baden-Württemberg", "LOC") in spans  # one region, named with a hyphen
