"""A small mixed corpus for engine tests: text dumps, an HTML page, a JSONL feed and a WARC file.

Built from the hand-written texts of ``tests.core.corpus_builder``; every document is made
distinct by a number inside its body, so each one becomes its own article.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.core.corpus_builder import DE_TEXT, EN_TEXT, FR_TEXT, RU_TEXT, _html, _warc_bytes

BASES = (EN_TEXT, RU_TEXT, FR_TEXT, DE_TEXT)


def variant(i: int) -> str:
    """The i-th distinct article text (a number inside the main paragraph)."""
    paragraphs = BASES[i % len(BASES)].split("\n\n")
    paragraphs[1] = paragraphs[1].replace(",", f" ({1000 + i}),", 1)
    return "\n\n".join(paragraphs)


def build_mixed_corpus(root: Path, n_text: int = 12) -> int:
    """Write the corpus under ``root``; return how many input documents it holds."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n_text):
        (root / f"dump{i:03d}.txt").write_text(variant(i), encoding="utf-8")
    (root / "page.html").write_bytes(_html("Harbour strike ends", variant(n_text).split("\n\n", 1)[1]))
    lines = [json.dumps({"text": variant(n_text + 1 + k), "title": f"Feed item {k}"}) for k in range(4)]
    lines.append("{broken json")
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = [
        (f"https://example.org/n/{k}", _html(f"Item {k}", variant(n_text + 5 + k)), "text/html") for k in range(3)
    ]
    (root / "crawl.warc.gz").write_bytes(_warc_bytes(records))
    (root / "empty.txt").write_bytes(b"")
    return n_text + 1 + 5 + 3 + 1
