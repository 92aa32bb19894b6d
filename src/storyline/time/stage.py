"""The time stage: adds ``Article.times``. (First version: none found; the time issue fills it.)"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.model import Article


class TimeStage:
    name = "time"

    def process(self, batch: Sequence[Article]) -> list[Article]:
        return list(batch)
