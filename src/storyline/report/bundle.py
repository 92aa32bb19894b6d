"""What the report page shows, shaped for the page from ``views``, one record at a time.

The page has two kinds of data block so it opens fast on large stores: the index (stories, events,
entities, article metadata; parsed when the page loads) and the texts (article bodies with their
highlight layers, in blocks of ``TEXT_CHUNK`` articles; a block is parsed only when one of its
articles is first opened). ``html.ReportWriter`` writes both while the store streams past, so no
list of every article (or of every article's text) is ever held in memory: the only per-item state
kept across the pass is small (evidence spans and their digests, see :class:`EvidenceSlices`).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import Any

from storyline.model import Article, Event
from storyline.report.views import plover_palette

TEXT_CHUNK = 200  # articles per lazily parsed text block: opening one article parses only its block


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class EvidenceSlices:
    """Which evidence sentences are exactly their ``[start:end]`` slice of the article's text.

    The events' evidence spans are announced first (:meth:`expect`, event by event); each article then records a
    16-byte digest of the text under each of its spans as it streams past (:meth:`record`), so the
    check needs neither the article texts nor the sentences kept in memory.
    """

    def __init__(self) -> None:
        self._spans: defaultdict[str, set[tuple[int, int]]] = defaultdict(set)
        self._slices: dict[tuple[str, int, int], bytes] = {}

    def expect(self, event: Event) -> None:
        for evidence in event.evidence:
            self._spans[evidence.article_id].add((evidence.start, evidence.end))

    def record(self, article: Article) -> None:
        for start, end in self._spans.pop(article.id, ()):
            self._slices[(article.id, start, end)] = _digest(article.text[start:end])

    def matches(self, article_id: str, start: int, end: int, sentence: str) -> bool:
        """True when the recorded article's text from ``start`` to ``end`` is exactly ``sentence``."""
        recorded = self._slices.get((article_id, start, end))
        return recorded is not None and recorded == _digest(sentence)


def compact_evidence(event: dict[str, Any], slices: EvidenceSlices) -> dict[str, Any]:
    """Evidence as ``[article_id, start, end]``, plus the sentence only when it is not exactly that
    slice of the article's text (the page cuts it from the text block when it needs it)."""
    evidence = []
    for item in event["evidence"]:
        compact: list[Any] = [item["article_id"], item["start"], item["end"]]
        if not slices.matches(item["article_id"], item["start"], item["end"], item["sentence"]):
            compact.append(item["sentence"])
        evidence.append(compact)
    return {**event, "evidence": evidence}


def compact_layers(layers: dict[str, Any]) -> dict[str, Any]:
    """The highlight layers as arrays instead of objects: the bulk of a large report is these spans.

    ``mentions``: ``[start, end, kind, entity_id]``; ``times``: ``[start, end, date start, date end,
    granularity, certainty]``; ``events``: ``[start, end, type, status, event_id, summary]``. The
    front-end (``EmbeddedSource.article``) expands them back to the API's objects.
    """
    compact = {k: v for k, v in layers.items() if k not in {"mentions", "times", "events"} and v}
    compact["text"] = layers["text"]
    compact["mentions"] = [[m["start"], m["end"], m["kind"], m["entity_id"]] for m in layers["mentions"]]
    compact["times"] = [
        [t["start"], t["end"], t["date"]["start"], t["date"]["end"], t["date"]["granularity"], t["date"]["certainty"]]
        for t in layers["times"]
    ]
    compact["events"] = [
        [e["start"], e["end"], e["type"], e["status"], e["event_id"], e["summary"]] for e in layers["events"]
    ]
    return compact


def front_end_config(mode: str) -> dict[str, Any]:
    """What the front-end needs besides data: where data comes from, and the PLOVER palette."""
    return {"mode": mode, "palette": plover_palette(), "page_size": 50}
