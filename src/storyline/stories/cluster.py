"""Story assignment and duplicates. First version: exact-text duplicates are already rejected
at ingest, and each article is its own story; the stories issue adds near-duplicate and
translation detection and cross-lingual clustering."""

from __future__ import annotations

from storyline.ids import stable_id
from storyline.store import Store


def update_stories(store: Store) -> None:
    assigned = store.article_stories()
    rows = []
    for (article_id,) in store.conn.execute("SELECT id FROM articles ORDER BY seq"):
        if article_id not in assigned:
            rows.append((article_id, stable_id("s", article_id), None, None))
    store.set_article_stories(rows)
