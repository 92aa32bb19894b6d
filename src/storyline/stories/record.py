"""The per-article story record: title+lead embedding and MinHash signature in one float32 vector.

The store keeps one vector per article, so all live in one record: ``DIM`` floats of
embedding, then the ``NUM_PERM`` signature values bit-cast to float32 (zeros: text too short for
one), then the ``NUMBER_SKETCH`` figure-sketch values bit-cast likewise (``dedup.number_sketch``),
then a flag (1.0 when the embedding was computed, 0.0 when embeddings are switched off).
The per-article stage (``storyline.stories.stage``) computes records in the worker processes;
the corpus step computes them only for articles stored without one.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from storyline.model import Article
from storyline.stories.dedup import (
    MINHASH_MODEL,
    NUM_PERM,
    NUMBER_SKETCH,
    MinHasher,
    number_set,
    number_sketch,
    signature_to_vector,
    vector_to_signature,
)
from storyline.stories.embed import DIM, MODEL_NAME

RECORD_MODEL = f"{MODEL_NAME}+{MINHASH_MODEL}+numbers{NUMBER_SKETCH}"
"""Model key of the per-article record: title+lead embedding, MinHash signature, figure sketch."""
RECORD_SIZE = DIM + NUM_PERM + NUMBER_SKETCH + 1


def signature_text(article: Article) -> str:
    return f"{article.title or ''}\n{article.text}"


def make_records(
    articles: Sequence[Article], vectors: np.ndarray | None, hasher: MinHasher
) -> list[tuple[np.ndarray, np.ndarray | None]]:
    """(record, signature or None) per article; ``vectors`` None: embeddings switched off."""
    out: list[tuple[np.ndarray, np.ndarray | None]] = []
    flag = np.array([0.0 if vectors is None else 1.0], dtype=np.float32)
    for i, article in enumerate(articles):
        signature = hasher.signature(signature_text(article))
        packed = signature_to_vector(signature) if signature is not None else np.zeros(NUM_PERM, dtype=np.float32)
        vector = np.zeros(DIM, dtype=np.float32) if vectors is None else np.asarray(vectors[i], dtype=np.float32)
        sketch = signature_to_vector(number_sketch(number_set(article.text)))
        out.append((np.concatenate([vector, packed, sketch, flag]), signature))
    return out


def record_usable(record: np.ndarray | None, *, want_embedding: bool) -> bool:
    """A stored record of the right size, with an embedding when one is wanted."""
    return record is not None and len(record) == RECORD_SIZE and (not want_embedding or record[-1] == 1.0)


def split_record(record: np.ndarray) -> tuple[np.ndarray, np.ndarray | None, np.ndarray]:
    """(embedding, signature or None, figure sketch) of a stored record."""
    signature = vector_to_signature(record[DIM : DIM + NUM_PERM])
    sketch = vector_to_signature(record[DIM + NUM_PERM : DIM + NUM_PERM + NUMBER_SKETCH])
    return record[:DIM], (signature if signature.any() else None), sketch
