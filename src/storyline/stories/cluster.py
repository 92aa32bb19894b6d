"""Story assignment and duplicates over the store, incrementally.

``update_stories(store)`` runs after entity linking. Articles that already have a row in
``article_story`` keep it (unless a merge of two stories is clearly needed, see
``storyline.stories.assign``); new articles, in store order, become near-duplicates or
translations of earlier articles, join an existing story or open a new one. Embeddings
(title + lead) and MinHash signatures are computed only for articles that lack them and kept in
the store's vector table, so a later run does not redo them.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from datetime import date

import numpy as np

from storyline.config import Settings
from storyline.model import Article
from storyline.store import Store
from storyline.stories.assign import ArticleInfo, Placement, StoryAssigner, StoryParams, active_rows
from storyline.stories.dedup import MinHasher, number_set
from storyline.stories.embed import DIM, LeadEmbedder
from storyline.stories.names import name_fingerprint
from storyline.stories.record import RECORD_MODEL, make_records, record_usable, split_record

log = logging.getLogger(__name__)

ENTITY_KEYS = 8  # most-mentioned linked entities added to an article's name fingerprint
LOAD_CHUNK = 500


def day_number(published: str | None) -> int | None:
    """The publication date as a day ordinal, or None when absent or unreadable."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def article_info(article: Article, entity_ids: Sequence[str] = ()) -> ArticleInfo:
    names = name_fingerprint(article.title, article.text) | {f"e:{eid}" for eid in entity_ids}
    return ArticleInfo(
        id=article.id,
        language=article.language,
        day=day_number(article.published),
        names=frozenset(names),
        numbers=number_set(article.text),
        length=len(article.text),
        translated_from=article.translated_from if article.machine_translated else None,
    )


def _top_entities(store: Store, ids: Sequence[str]) -> dict[str, list[str]]:
    found: dict[str, Counter[str]] = {}
    for start in range(0, len(ids), LOAD_CHUNK):
        chunk = list(ids[start : start + LOAD_CHUNK])
        marks = ",".join("?" * len(chunk))
        for aid, eid, count in store.conn.execute(
            f"SELECT article_id, entity_id, count FROM article_entities WHERE article_id IN ({marks})", chunk
        ):
            found.setdefault(aid, Counter())[eid] += int(count)
    return {aid: [eid for eid, _ in counts.most_common(ENTITY_KEYS)] for aid, counts in found.items()}


class _StoreView:
    """Loads articles from the store on demand, computing their details and missing vectors."""

    def __init__(self, store: Store, base: Sequence[ArticleInfo], *, embedder: LeadEmbedder | None) -> None:
        self.store = store
        self.base = base
        self.embedder = embedder
        self.details: dict[int, ArticleInfo] = {}

    def load(self, indices: Sequence[int]) -> list[tuple[int, Article]]:
        """The articles at ``indices`` (a chunk: they are held whole), noting their details."""
        return list(self._read(indices))

    def _read(self, indices: Sequence[int]) -> Iterator[tuple[int, Article]]:
        ids = [self.base[i].id for i in indices]
        row = {self.base[i].id: i for i in indices}
        for start in range(0, len(ids), LOAD_CHUNK):
            chunk = ids[start : start + LOAD_CHUNK]
            entities = _top_entities(self.store, chunk)
            for article in self.store.iter_articles(chunk):
                index = row[article.id]
                self.details[index] = article_info(article, entities.get(article.id, ()))
                yield index, article

    def load_details(self, indices: Sequence[int]) -> Mapping[int, ArticleInfo]:
        # the articles are read as a stream and only their details kept: at 50,000 articles,
        # holding every article read here whole took 2.5 GB
        for _ in self._read([i for i in indices if i not in self.details]):
            pass
        return {i: self.details[i] for i in indices if i in self.details}

    def vectors_and_signatures(self) -> tuple[np.ndarray, dict[int, np.ndarray], dict[int, np.ndarray]]:
        """Title+lead vectors (rows of zeros when embeddings are off), MinHash signatures and figure sketches,
        from the stored records (``storyline.stories.record``) that the per-article stage wrote.
        Articles whose record is missing, or lacks an embedding that is now wanted, are loaded
        and (re)computed here; the others cost one read.
        """
        n = len(self.base)
        vectors = np.zeros((n, DIM), dtype=np.float32)
        signatures: dict[int, np.ndarray] = {}
        sketches: dict[int, np.ndarray] = {}
        whole = self.store.article_count() == n  # a window of the store: read just its rows
        stored = self.store.get_embeddings(RECORD_MODEL, None if whole else [info.id for info in self.base])
        todo = []
        for i, info in enumerate(self.base):
            record = stored.get(info.id)
            if record is None or not record_usable(record, want_embedding=self.embedder is not None):
                todo.append(i)
                continue
            vectors[i], signature, sketches[i] = split_record(record)
            if signature is not None:
                signatures[i] = signature
        hasher = MinHasher()
        for start in range(0, len(todo), LOAD_CHUNK):
            loaded = self.load(todo[start : start + LOAD_CHUNK])
            if not loaded:
                continue
            articles = [article for _, article in loaded]
            embedded = self.embedder.embed_articles(articles) if self.embedder is not None else None
            made = make_records(articles, embedded, hasher)
            for (index, _article), (record, _signature) in zip(loaded, made, strict=True):
                vectors[index], signature, sketches[index] = split_record(record)
                if signature is not None:
                    signatures[index] = signature
            self.store.put_embeddings(RECORD_MODEL, {a.id: rec for a, (rec, _sig) in zip(articles, made, strict=True)})
        if todo:
            log.info("stories: computed vectors and signatures for %d articles", len(todo))
        return vectors, signatures, sketches


def update_stories(
    store: Store,
    settings: Settings | None = None,
    *,
    params: StoryParams | None = None,
    embedder: LeadEmbedder | None = None,
) -> None:
    """Assign every article without a story row: duplicates, translations, stories."""
    rows = store.conn.execute("SELECT id, language, published FROM articles ORDER BY seq").fetchall()
    assigned = store.article_stories()
    every = [ArticleInfo(id=aid, language=lang, day=day_number(published)) for aid, lang, published in rows]
    params = params or StoryParams()
    window = active_rows(every, [i for i, info in enumerate(every) if info.id not in assigned], params)
    if not window:
        return
    base = [every[i] for i in window]  # from here on, rows of the window
    new = [i for i, info in enumerate(base) if info.id not in assigned]
    use_embeddings = settings.embed if settings is not None else True
    view = _StoreView(store, base, embedder=(embedder or LeadEmbedder()) if use_embeddings else None)
    vectors, signatures, sketches = view.vectors_and_signatures()
    existing = {
        i: Placement(story_id=assigned[info.id][0] or "", duplicate_of=assigned[info.id][1], how="kept")
        for i, info in enumerate(base)
        if info.id in assigned and assigned[info.id][0]
    }
    assigner = StoryAssigner(
        vectors, base, params=params, load_details=view.load_details, signatures=signatures, sketches=sketches
    )
    placements = assigner.assign(existing, new)
    store.set_article_stories((base[i].id, p.story_id, p.duplicate_of, p.how) for i, p in sorted(placements.items()))
    touched = len({p.story_id for p in placements.values()})
    log.info("stories: %d articles placed (window of %d), %d stories touched", len(new), len(base), touched)
