"""Corpus-wide linking: one entity per actor across languages, and no false merges."""

from __future__ import annotations

from storyline.entities.link import link_entities
from storyline.entities.stage import EntityStage
from storyline.model import Article


def _articles(stage: EntityStage, texts: list[tuple[str, str]]) -> list[Article]:
    batch = [
        Article(id=f"a{i}", source="t", text=text, language=lang, published="2022-01-1" + str(i))
        for i, (lang, text) in enumerate(texts)
    ]
    return stage.process(batch)


def test_one_entity_per_actor_across_languages(stage: EntityStage) -> None:
    articles = _articles(
        stage,
        [
            ("en", "President Vladimir Putin spoke with Joe Biden. Putin warned NATO."),
            ("ru", "Владимир Путин обсудил с Байденом расширение НАТО."),
            ("uk", "Путін і Байден говорили про НАТО."),
            ("en", "Analyst Christopher Granville expects more talks. Granville was cautious."),
            ("ru", "Аналитик Кристофер Гранвилл ожидает новых переговоров."),
        ],
    )
    result = link_entities(articles)
    by_name = {e.name: e for e in result.entities}
    putin = by_name["Vladimir Putin"]
    assert set(putin.article_ids) == {"a0", "a1", "a2"}
    assert {a.lang for a in putin.aliases} == {"en", "ru", "uk"}
    assert putin.kb_id == "per/vladimir-putin" and putin.country == "RUS"
    assert by_name["NATO"].mentions == 3
    granville = [e for e in result.entities if e.name.startswith("Christopher Gran")]
    assert len(granville) == 1 and set(granville[0].article_ids) == {"a3", "a4"}
    assert {a.text for a in granville[0].aliases} >= {"Christopher Granville", "Granville", "Кристофер Гранвилл"}
    # every mention key maps to an entity, ids are stable
    keys = {m.key for a in articles for m in a.mentions}
    assert keys <= set(result.key_to_entity)
    assert link_entities(articles).key_to_entity == result.key_to_entity
    assert sum(result.article_counts.values()) == sum(len(a.mentions) for a in articles)


def test_different_first_names_do_not_merge(stage: EntityStage) -> None:
    articles = _articles(
        stage,
        [
            ("en", "Economist Maria Novak presented the report in Prague."),
            ("en", "Minister Tomas Novak rejected the report. Novak spoke in Brno."),
        ],
    )
    result = link_entities(articles)
    names = sorted(e.name for e in result.entities if e.kind == "PER")
    assert "Maria Novak" in names and "Tomas Novak" in names
    maria = next(e for e in result.entities if e.name == "Maria Novak")
    assert maria.article_ids == ("a0",)


def test_latest_role_wins(stage: EntityStage) -> None:
    articles = _articles(
        stage,
        [
            ("en", "Deputy Foreign Minister Sergei Ryabkov arrived in Geneva."),
            ("en", "Sergei Ryabkov, Russia's chief negotiator, spoke to reporters."),
        ],
    )
    ryabkov = next(e for e in link_entities(articles).entities if e.kb_id == "per/sergei-ryabkov")
    assert ryabkov.role == "Deputy Foreign Minister"
