"""The event stage: adds ``Article.events`` and ``Article.quotes``. (First version: none.)"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.model import Article


class EventStage:
    name = "events"

    def process(self, batch: Sequence[Article]) -> list[Article]:
        return list(batch)
