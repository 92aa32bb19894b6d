"""The cleaning stage: ``RawDoc -> Article | Rejection``.

First version: HTML through trafilatura; text dumps keep prose-like lines (long, ending in
sentence punctuation). The clean issue replaces the heuristics with a real text-dump cleaner.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.ids import article_id
from storyline.language.detect import LanguageDetector
from storyline.model import Article, RawDoc, Rejection, RejectReason

_SENTENCE_END = re.compile(r"[.!?…»\"”)]\s*$")


def _prose_lines(text: str) -> tuple[str | None, str]:
    lines = [line.strip() for line in text.splitlines()]
    title = next((line for line in lines if line), None)
    paragraphs = [line for line in lines[1:] if len(line) >= 80 and _SENTENCE_END.search(line) and line != title]
    return title, "\n\n".join(paragraphs)


class CleanStage:
    name = "clean"

    def __init__(self, *, max_text_chars: int = 2_000_000, detector: LanguageDetector | None = None) -> None:
        self.max_text_chars = max_text_chars
        self.detector = detector or LanguageDetector()

    def process(self, batch: Sequence[RawDoc]) -> list[Article | Rejection]:
        return [self.clean(doc) for doc in batch]

    def clean(self, doc: RawDoc) -> Article | Rejection:
        title: str | None = doc.meta.get("title")
        if doc.kind == "html":
            import trafilatura

            extracted = trafilatura.bare_extraction(doc.content, with_metadata=True, favor_precision=True)
            body = getattr(extracted, "text", None) or "" if extracted is not None else ""
            title = title or (getattr(extracted, "title", None) if extracted is not None else None)
        elif doc.kind == "record":
            body = doc.content.strip()
        else:
            first, body = _prose_lines(doc.content)
            title = title or first
        body = body[: self.max_text_chars].strip()
        if not body:
            return Rejection(doc.source, RejectReason.EMPTY, "no article body found after cleaning", doc.key)
        language = doc.meta.get("language") or self.detector.detect(body) or "und"
        return Article(
            id=article_id(body),
            source=doc.source,
            text=body,
            language=language,
            title=title,
            url=doc.meta.get("url"),
            outlet=doc.meta.get("outlet"),
            published=doc.meta.get("published", "")[:10] or None,
            published_basis="metadata" if doc.meta.get("published") else "none",
            input_key=doc.key,
        )
