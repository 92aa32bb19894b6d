"""Write the contract's JSONL files from the store (always all of them, atomically)."""

from __future__ import annotations

from pathlib import Path

from storyline.io.serialize import (
    article_record,
    entity_record,
    event_record,
    rejection_record,
    story_record,
)
from storyline.io.writers import write_jsonl
from storyline.store import Store


def write_exports(store: Store, out_dir: Path) -> dict[str, int]:
    story_of = store.article_stories()
    counts = {}
    counts["articles"] = write_jsonl(
        out_dir / "articles.jsonl",
        (
            article_record(
                a,
                story_id=story_of.get(a.id, (None, None, None))[0],
                duplicate_of=story_of.get(a.id, (None, None, None))[1],
            )
            for a in store.iter_articles()
        ),
    )
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
