"""``Store``: the only code that talks to SQLite.

WAL mode, one transaction per batch: a run killed at any point leaves the store as it was after
the last committed batch, and the next run resumes from there (inputs already recorded are skipped).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from storyline.entities.mention_index import ArticleEntityCounts
from storyline.errors import OutputNotWritable, StoreError
from storyline.io.serialize import (
    article_from,
    entity_from,
    event_from,
    story_from,
    to_plain,
)
from storyline.model import Article, Entity, Event, Quote, Rejection, RejectReason, Story
from storyline.store.schema import MIGRATIONS, SCHEMA_VERSION


def _json(obj: Any) -> str:
    return json.dumps(to_plain(obj), ensure_ascii=False, separators=(",", ":"))


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, *, readonly: bool = False) -> Store:
        path = Path(path)
        try:
            if readonly:
                conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(path, timeout=30.0, isolation_level=None)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            store = cls(conn, path)
            if not readonly:
                store.migrate()
            return store
        except sqlite3.OperationalError as exc:
            msg = str(exc)
            if "readonly" in msg or "unable to open" in msg or "disk" in msg:
                raise OutputNotWritable(f"cannot write the store at {path}: {msg}") from exc
            raise StoreError(f"cannot open the store at {path}: {msg}") from exc
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path} is not a storyline store (or is corrupt): {exc}") from exc
        except OSError as exc:
            raise OutputNotWritable(f"cannot create {path.parent}: {exc.strerror or exc}") from exc

    def migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the store at {self.path} has schema version {version}, newer than this storyline "
                f"({SCHEMA_VERSION}); upgrade storyline"
            )
        for index in range(version, SCHEMA_VERSION):
            # one script = one transaction: the schema and its version move together
            self.conn.executescript(
                f"BEGIN IMMEDIATE;\n{MIGRATIONS[index]}\nPRAGMA user_version = {index + 1};\nCOMMIT;"
            )

    def close(self) -> None:
        self.conn.close()

    def transaction(self) -> _Transaction:
        return _Transaction(self.conn)

    # -- inputs and articles -------------------------------------------------------------------
    def known_inputs(self, keys: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = list(keys[i : i + 500])
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self.conn.execute(f"SELECT key FROM inputs WHERE key IN ({marks})", chunk))
        return found

    def _next_seq(self, table: str) -> int:
        row = self.conn.execute(f"SELECT COALESCE(MAX(seq), 0) FROM {table}").fetchone()
        return int(row[0]) + 1

    def add_results(self, items: Iterable[Article | Rejection]) -> list[Article | Rejection]:
        """Record a batch of outcomes in one transaction. Returns them as recorded: an article
        whose text is already in the store becomes a ``duplicate`` rejection."""
        recorded: list[Article | Rejection] = []
        with self.transaction():
            input_seq = self._next_seq("inputs")
            article_seq = self._next_seq("articles")
            for item in items:
                key = item.input_key if isinstance(item, Article) else item.key
                if self.conn.execute("SELECT 1 FROM inputs WHERE key=?", (key,)).fetchone():
                    continue  # the same input given twice in one run
                if isinstance(item, Article):
                    if self.conn.execute("SELECT 1 FROM articles WHERE id=?", (item.id,)).fetchone():
                        item = Rejection(
                            source=item.source,
                            reason=RejectReason.DUPLICATE,
                            detail=f"same text as article {item.id}",
                            key=key,
                        )
                    else:
                        self.conn.execute(
                            "INSERT INTO articles(id, seq, source, language, published, title, data)"
                            " VALUES (?,?,?,?,?,?,?)",
                            (item.id, article_seq, item.source, item.language, item.published, item.title, _json(item)),
                        )
                        article_seq += 1
                        if item.vector is not None:  # computed by a per-article stage (stories)
                            self.conn.execute(
                                "INSERT OR REPLACE INTO embeddings(article_id, model, vector) VALUES (?,?,?)",
                                (item.id, *item.vector),
                            )
                if isinstance(item, Article):
                    self.conn.execute(
                        "INSERT INTO inputs(key, seq, source, outcome, article_id) VALUES (?,?,?,?,?)",
                        (key, input_seq, item.source, "article", item.id),
                    )
                else:
                    self.conn.execute(
                        "INSERT INTO inputs(key, seq, source, outcome, reason, detail) VALUES (?,?,?,?,?,?)",
                        (key, input_seq, item.source, "rejected", item.reason.value, item.detail),
                    )
                input_seq += 1
                recorded.append(item)
        return recorded

    def article_count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def iter_articles(self, ids: Sequence[str] | None = None) -> Iterator[Article]:
        if ids is None:
            cursor = self.conn.execute("SELECT data FROM articles ORDER BY seq")
            for (data,) in cursor:
                yield article_from(json.loads(data))
            return
        for article_id in ids:
            row = self.conn.execute("SELECT data FROM articles WHERE id=?", (article_id,)).fetchone()
            if row:
                yield article_from(json.loads(row[0]))

    def iter_articles_with_stories(self) -> Iterator[tuple[Article, str | None, str | None]]:
        """Every article in ``seq`` order with its story id and ``duplicate_of`` (None when unassigned):
        one streamed pass, without holding the ``article_story`` table in a dict."""
        cursor = self.conn.execute(
            "SELECT a.data, s.story_id, s.duplicate_of FROM articles a"
            " LEFT JOIN article_story s ON s.article_id = a.id ORDER BY a.seq"
        )
        for data, story_id, duplicate_of in cursor:
            yield article_from(json.loads(data)), story_id, duplicate_of

    def get_article(self, article_id: str) -> Article | None:
        return next(self.iter_articles([article_id]), None)

    def update_articles(self, articles: Iterable[Article]) -> None:
        """Rewrite articles' layers (used by corpus steps that refine per-article data)."""
        with self.transaction():
            for article in articles:
                self.conn.execute(
                    "UPDATE articles SET data=?, published=?, title=? WHERE id=?",
                    (_json(article), article.published, article.title, article.id),
                )

    def iter_rejections(self) -> Iterator[Rejection]:
        for source, reason, detail, key in self.conn.execute(
            "SELECT source, reason, detail, key FROM inputs WHERE outcome='rejected' ORDER BY seq"
        ):
            yield Rejection(source=source, reason=RejectReason(reason), detail=detail or "", key=key)

    def input_counts(self) -> dict[str, Any]:
        rows = self.conn.execute(
            "SELECT outcome, COALESCE(reason, ''), COUNT(*) FROM inputs GROUP BY outcome, reason"
        ).fetchall()
        by_reason = {reason: n for outcome, reason, n in rows if outcome == "rejected"}
        return {
            "inputs": sum(n for _, _, n in rows),
            "articles": self.article_count(),
            "rejected": sum(by_reason.values()),
            "rejected_by_reason": dict(sorted(by_reason.items())),
        }

    # -- embeddings ------------------------------------------------------------------------------
    def put_embeddings(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        with self.transaction():
            self.conn.executemany(
                "INSERT OR REPLACE INTO embeddings(article_id, model, vector) VALUES (?,?,?)",
                [(aid, model, np.asarray(v, dtype=np.float32).tobytes()) for aid, v in vectors.items()],
            )

    def get_embeddings(self, model: str, ids: Sequence[str] | None = None) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        if ids is None:
            rows: Iterable[tuple[str, bytes]] = self.conn.execute(
                "SELECT article_id, vector FROM embeddings WHERE model=?", (model,)
            )
        else:
            rows = (
                r
                for aid in ids
                for r in self.conn.execute(
                    "SELECT article_id, vector FROM embeddings WHERE model=? AND article_id=?", (model, aid)
                )
            )
        for aid, blob in rows:
            out[aid] = np.frombuffer(blob, dtype=np.float32)
        return out

    # -- corpus results --------------------------------------------------------------------------
    def replace_entities(
        self,
        entities: Sequence[Entity],
        key_to_entity: dict[str, str],
        article_counts: Mapping[tuple[str, str], int],
    ) -> None:
        with self.transaction():
            for table in ("entities", "entity_keys", "entity_names", "article_entities"):
                self.conn.execute(f"DELETE FROM {table}")
            self.conn.executemany(
                "INSERT INTO entities(id, kind, name, country, role, kb_id, mentions, data) VALUES (?,?,?,?,?,?,?,?)",
                [(e.id, e.kind, e.name, e.country, e.role, e.kb_id, e.mentions, _json(e)) for e in entities],
            )
            names = {(e.id, e.name.casefold()) for e in entities}
            names.update((e.id, a.text.casefold()) for e in entities for a in e.aliases)
            self.conn.executemany("INSERT INTO entity_names(entity_id, name) VALUES (?,?)", sorted(names))
            self.conn.executemany("INSERT INTO entity_keys(key, entity_id) VALUES (?,?)", sorted(key_to_entity.items()))
            self.conn.executemany(
                "INSERT INTO article_entities(article_id, entity_id, count) VALUES (?,?,?)",
                # the linker's counts come sorted and are streamed: a list of them would be ~150 MB at 50k articles
                ((a, e, n) for (a, e), n in _sorted_items(article_counts)),
            )

    def iter_entities(self) -> Iterator[Entity]:
        for (data,) in self.conn.execute("SELECT data FROM entities ORDER BY mentions DESC, id"):
            yield entity_from(json.loads(data))

    def entity_key_map(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, entity_id FROM entity_keys"))

    def replace_events(self, events: Sequence[Event]) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM events")
            self.conn.execute("DELETE FROM event_entities")
            self.conn.executemany(
                "INSERT INTO events(id, story_id, type, date_start, date_end, data) VALUES (?,?,?,?,?,?)",
                [(e.id, e.story_id, e.type, e.date.start, e.date.end, _json(e)) for e in events],
            )
            links = {(e.id, a, "actor") for e in events for a in e.actors}
            links |= {(e.id, r, "recipient") for e in events for r in e.recipients}
            links |= {(e.id, e.location, "location") for e in events if e.location}
            self.conn.executemany("INSERT INTO event_entities(event_id, entity_id, role) VALUES (?,?,?)", sorted(links))

    def iter_events(self) -> Iterator[Event]:
        for (data,) in self.conn.execute("SELECT data FROM events ORDER BY COALESCE(date_start, '9999'), id"):
            yield event_from(json.loads(data))

    def replace_quotes(self, quotes: Sequence[tuple[str, str, Quote, str | None]]) -> None:
        """Rows of (quote id, article id, quote, speaker entity id)."""
        with self.transaction():
            self.conn.execute("DELETE FROM quotes")
            self.conn.executemany(
                "INSERT INTO quotes(id, article_id, speaker, data) VALUES (?,?,?,?)",
                [(qid, aid, speaker, _json(q)) for qid, aid, q, speaker in quotes],
            )

    def iter_quotes(self) -> Iterator[tuple[str, str, Quote, str | None]]:
        from storyline.model import Quote as QuoteCls

        for qid, aid, speaker, data in self.conn.execute(
            "SELECT id, article_id, speaker, data FROM quotes ORDER BY rowid"
        ):
            yield qid, aid, QuoteCls(**json.loads(data)), speaker

    def set_article_stories(self, rows: Iterable[tuple[str, str | None, str | None, str | None]]) -> None:
        """Rows of (article id, story id, duplicate_of, cluster key)."""
        with self.transaction():
            self.conn.executemany(
                "INSERT OR REPLACE INTO article_story(article_id, story_id, duplicate_of, cluster) VALUES (?,?,?,?)",
                list(rows),
            )

    def article_stories(self) -> dict[str, tuple[str | None, str | None, str | None]]:
        return {
            aid: (sid, dup, cluster)
            for aid, sid, dup, cluster in self.conn.execute(
                "SELECT article_id, story_id, duplicate_of, cluster FROM article_story"
            )
        }

    def replace_stories(self, stories: Sequence[Story]) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM stories")
            self.conn.executemany(
                'INSERT INTO stories(id, title, start, "end", size, data) VALUES (?,?,?,?,?,?)',
                [(s.id, s.title, s.start, s.end, len(s.article_ids), _json(s)) for s in stories],
            )

    def iter_stories(self) -> Iterator[Story]:
        for (data,) in self.conn.execute("SELECT data FROM stories ORDER BY size DESC, id"):
            yield story_from(json.loads(data))

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?,?)", (key, value))

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (or ``ROLLBACK`` on error); nests as a no-op."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.outer = False

    def __enter__(self) -> sqlite3.Connection:
        if not self.conn.in_transaction:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise OutputNotWritable(f"cannot write the store: {exc}") from exc
            self.outer = True
        return self.conn

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if not self.outer:
            return
        if exc_type is None:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.OperationalError as err:
                if self.conn.in_transaction:  # SQLite has already rolled back after "disk is full"
                    self.conn.execute("ROLLBACK")
                raise OutputNotWritable(f"cannot commit to the store (disk full or read-only?): {err}") from err
        else:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            message = str(exc).lower()
            if isinstance(exc, sqlite3.OperationalError) and any(w in message for w in ("full", "disk", "readonly")):
                raise OutputNotWritable(f"cannot write the store (disk full or read-only?): {exc}") from exc


def _sorted_items(counts: Mapping[tuple[str, str], int]) -> Iterable[tuple[tuple[str, str], int]]:
    """The items of ``counts`` in key order (the linker's :class:`ArticleEntityCounts` are already)."""
    return counts.items() if isinstance(counts, ArticleEntityCounts) else sorted(counts.items())
