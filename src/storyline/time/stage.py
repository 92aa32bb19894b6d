"""The time stage: fills ``Article.times`` with every date expression of the article text.

Each article is tagged in its own language and resolved against its ``published`` date (see
:func:`storyline.time.tagger.tag_times`). Titles are not part of ``Article.text`` and are not
tagged. The compiled rules are built lazily, on the first article of each language.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence

from storyline.model import Article
from storyline.time.tagger import tag_times

log = logging.getLogger(__name__)


class TimeStage:
    name = "time"

    def process(self, batch: Sequence[Article]) -> list[Article]:
        out: list[Article] = []
        for article in batch:
            times = tag_times(article.text, article.language, article.published)
            log.debug("article %s: %d time expressions", article.id, len(times))
            out.append(dataclasses.replace(article, times=tuple(times)))
        return out
