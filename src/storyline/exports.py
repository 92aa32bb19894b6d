"""Write the contract's JSONL files from the store (always all of them, atomically).

Every file is written while its table streams from the store: no list of every record is built.
:func:`write_outputs` (what a run does) also hands each event, story, entity and article to the
report as it passes, so each of those tables is read and parsed once for both (the articles are
most of the store; the report reads the small events table once more).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from storyline.io.serialize import (
    article_record,
    entity_record,
    event_record,
    rejection_record,
    story_record,
)
from storyline.io.writers import write_jsonl
from storyline.model import Article
from storyline.report.html import ReportWriter
from storyline.store import Store

Item = TypeVar("Item")
StoredArticle = tuple[Article, str | None, str | None]  # article, story id, duplicate_of


def write_outputs(store: Store, out_dir: Path) -> tuple[dict[str, int], Path]:
    """The JSONL exports and ``report.html``: record counts per file, and the report's path."""
    with ReportWriter(store, out_dir) as report:
        counts = write_exports(store, out_dir, report=report)
        return counts, report.finish()


def write_exports(store: Store, out_dir: Path, *, report: ReportWriter | None = None) -> dict[str, int]:
    """Write every JSONL file; each event, article, entity and story is also handed to ``report`` when given."""
    counts = {}
    # the events first: the report links the articles' event sentences to them
    counts["events"] = write_jsonl(
        out_dir / "events.jsonl",
        _records(store.iter_events(), event_record, report.add_event if report is not None else None),
    )
    counts["articles"] = write_jsonl(
        out_dir / "articles.jsonl",
        _records(
            store.iter_articles_with_stories(), _article_record, _report_article(report) if report is not None else None
        ),
    )
    counts["rejected"] = write_jsonl(out_dir / "rejected.jsonl", (rejection_record(r) for r in store.iter_rejections()))
    counts["entities"] = write_jsonl(
        out_dir / "entities.jsonl",
        _records(store.iter_entities(), entity_record, report.add_entity if report is not None else None),
    )
    counts["quotes"] = write_jsonl(
        out_dir / "quotes.jsonl",
        (
            {
                "id": qid,
                "article_id": aid,
                "speaker": speaker,
                "speaker_text": q.speaker_text,
                "text": q.text,
                "start": q.start,
                "end": q.end,
            }
            for qid, aid, q, speaker in store.iter_quotes()
        ),
    )
    counts["stories"] = write_jsonl(
        out_dir / "stories.jsonl",
        _records(store.iter_stories(), story_record, report.add_story if report is not None else None),
    )
    return counts


def _records(
    items: Iterable[Item], record: Callable[[Item], dict[str, Any]], also: Callable[[Item], None] | None
) -> Iterator[dict[str, Any]]:
    """The contract record of each item, handing the item to ``also`` first (when given)."""
    for item in items:
        if also is not None:
            also(item)
        yield record(item)


def _article_record(stored: StoredArticle) -> dict[str, Any]:
    article, story_id, duplicate_of = stored
    return article_record(article, story_id=story_id, duplicate_of=duplicate_of)


def _report_article(report: ReportWriter) -> Callable[[StoredArticle], None]:
    def add(stored: StoredArticle) -> None:
        article, story_id, duplicate_of = stored
        report.add_article(article, story_id=story_id, duplicate_of=duplicate_of)

    return add
