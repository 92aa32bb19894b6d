"""``StoryVectorStage``: the per-article part of story clustering, run in the worker processes.

It computes each article's story record (title+lead embedding and MinHash signature, see
``storyline.stories.record``) and hands it to the store on ``Article.vector``; the corpus step
(``storyline.stories.cluster``) then only reads stored records. Pure: the model is loaded on the
first batch, once per stage object.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from storyline.model import Article
from storyline.stories.dedup import MinHasher
from storyline.stories.embed import LeadEmbedder
from storyline.stories.record import RECORD_MODEL, make_records


class StoryVectorStage:
    name = "story_vectors"

    def __init__(self, *, embed: bool = True, embedder: LeadEmbedder | None = None) -> None:
        self.embed = embed
        self._embedder = embedder
        self._hasher: MinHasher | None = None

    def process(self, batch: Sequence[Article]) -> list[Article]:
        if not batch:
            return []
        if self._hasher is None:
            self._hasher = MinHasher()
        vectors = None
        if self.embed:
            if self._embedder is None:
                self._embedder = LeadEmbedder()
            vectors = self._embedder.embed_articles(batch)
        records = make_records(batch, vectors, self._hasher)
        return [
            replace(article, vector=(RECORD_MODEL, record.tobytes()))
            for article, (record, _signature) in zip(batch, records, strict=True)
        ]
