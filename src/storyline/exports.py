"""Write the contract's JSONL files from the store (always all of them, atomically).

Every file is written while its table streams from the store: no list of every record is built.
:func:`write_outputs` (what a run does) also writes the report in the same pass over the articles,
the largest table, so the articles are read and parsed once for both.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storyline.io.serialize import (
    article_record,
    entity_record,
    event_record,
    rejection_record,
    story_record,
)
from storyline.io.writers import write_jsonl
from storyline.report.html import ReportWriter
from storyline.store import Store


def write_outputs(store: Store, out_dir: Path) -> tuple[dict[str, int], Path]:
    """The JSONL exports and ``report.html``: record counts per file, and the report's path."""
    with ReportWriter(store, out_dir) as report:
        counts = write_exports(store, out_dir, report=report)
        return counts, report.finish()


def write_exports(store: Store, out_dir: Path, *, report: ReportWriter | None = None) -> dict[str, int]:
    """Write every JSONL file; each article is also handed to ``report`` when one is given."""
    counts = {}
    counts["articles"] = write_jsonl(out_dir / "articles.jsonl", _article_records(store, report))
    counts["rejected"] = write_jsonl(out_dir / "rejected.jsonl", (rejection_record(r) for r in store.iter_rejections()))
    counts["entities"] = write_jsonl(out_dir / "entities.jsonl", (entity_record(e) for e in store.iter_entities()))
    counts["events"] = write_jsonl(out_dir / "events.jsonl", (event_record(e) for e in store.iter_events()))
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
    counts["stories"] = write_jsonl(out_dir / "stories.jsonl", (story_record(s) for s in store.iter_stories()))
    return counts


def _article_records(store: Store, report: ReportWriter | None) -> Iterator[dict[str, Any]]:
    for article, story_id, duplicate_of in store.iter_articles_with_stories():
        if report is not None:
            report.add_article(article, story_id=story_id, duplicate_of=duplicate_of)
        yield article_record(article, story_id=story_id, duplicate_of=duplicate_of)
