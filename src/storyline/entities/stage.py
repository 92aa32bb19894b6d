"""The entity stage: adds ``Article.mentions``. (First version: none; the entities issue fills it.)"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.model import Article


class EntityStage:
    name = "entities"

    def __init__(self, *, kb_files: Sequence[str] = ()) -> None:
        self.kb_files = tuple(kb_files)

    def process(self, batch: Sequence[Article]) -> list[Article]:
        return list(batch)
