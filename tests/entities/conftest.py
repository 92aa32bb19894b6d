"""One entity stage (and so one knowledge base) shared by the entity tests: loading it takes seconds."""

from __future__ import annotations

import pytest

from storyline.entities.kb import KnowledgeBase
from storyline.entities.stage import EntityStage
from storyline.model import Article, Mention


@pytest.fixture(scope="session")
def stage() -> EntityStage:
    return EntityStage()


@pytest.fixture(scope="session")
def kb(stage: EntityStage) -> KnowledgeBase:
    return stage.kb


def mentions_of(stage: EntityStage, text: str, lang: str, published: str | None = None) -> list[Mention]:
    article = Article(id=f"a-{lang}-{len(text)}", source="test", text=text, language=lang, published=published)
    (result,) = stage.process([article])
    return list(result.mentions)


def by_text(mentions: list[Mention]) -> dict[str, Mention]:
    return {m.text: m for m in mentions}


def kinds(stage: EntityStage, text: str, lang: str) -> dict[str, str]:
    """Each mention's text with its kind."""
    return {m.text: m.kind for m in mentions_of(stage, text, lang)}
