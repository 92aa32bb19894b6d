"""Versioned schema. Each migration moves the store from version ``i`` to ``i + 1``; append only.

Tables:
- ``inputs``: one row per input document ever seen (key = hash of its bytes) and its outcome,
  so a re-run skips what is done and every input is accounted for exactly once.
- ``articles``: the clean article with every per-article layer, as JSON, plus indexed columns.
- ``embeddings``: one vector per article for story clustering.
- ``entities``, ``entity_keys``, ``article_entities``: corpus-wide entities and what links to them.
- ``events``, ``event_entities``: merged real-world events.
- ``quotes``; ``stories`` and ``article_story`` (story membership and duplicates, kept across runs).
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 0 -> 1
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE inputs (
        key TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        source TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('article', 'rejected')),
        article_id TEXT,
        reason TEXT,
        detail TEXT
    );
    CREATE INDEX inputs_seq ON inputs(seq);
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        source TEXT NOT NULL,
        language TEXT NOT NULL,
        published TEXT,
        title TEXT,
        data TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE TABLE embeddings (article_id TEXT PRIMARY KEY, model TEXT NOT NULL, vector BLOB NOT NULL);
    CREATE TABLE entities (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, country TEXT, role TEXT,
        kb_id TEXT, mentions INTEGER NOT NULL, data TEXT NOT NULL
    );
    CREATE INDEX entities_name ON entities(name);
    CREATE TABLE entity_keys (key TEXT PRIMARY KEY, entity_id TEXT NOT NULL);
    CREATE TABLE entity_names (entity_id TEXT NOT NULL, name TEXT NOT NULL);
    CREATE INDEX entity_names_name ON entity_names(name);
    CREATE TABLE article_entities (
        article_id TEXT NOT NULL, entity_id TEXT NOT NULL, count INTEGER NOT NULL,
        PRIMARY KEY (article_id, entity_id)
    );
    CREATE INDEX article_entities_entity ON article_entities(entity_id);
    CREATE TABLE events (
        id TEXT PRIMARY KEY, story_id TEXT, type TEXT NOT NULL, date_start TEXT, date_end TEXT,
        data TEXT NOT NULL
    );
    CREATE INDEX events_type ON events(type);
    CREATE INDEX events_date ON events(date_start);
    CREATE TABLE event_entities (
        event_id TEXT NOT NULL, entity_id TEXT NOT NULL, role TEXT NOT NULL,
        PRIMARY KEY (event_id, entity_id, role)
    );
    CREATE INDEX event_entities_entity ON event_entities(entity_id);
    CREATE TABLE quotes (id TEXT PRIMARY KEY, article_id TEXT NOT NULL, speaker TEXT, data TEXT NOT NULL);
    CREATE TABLE stories (
        id TEXT PRIMARY KEY, title TEXT NOT NULL, start TEXT, "end" TEXT, size INTEGER NOT NULL,
        data TEXT NOT NULL
    );
    CREATE TABLE article_story (
        article_id TEXT PRIMARY KEY, story_id TEXT, duplicate_of TEXT, cluster TEXT
    );
    CREATE INDEX article_story_story ON article_story(story_id);
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)
