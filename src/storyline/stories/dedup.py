"""Near-duplicates (syndicated copies, light rewrites) and translation duplicates.

Near-duplicates: MinHash signatures of word 4-gram shingles, indexed with LSH (banding), so
finding the copies of a new article costs the same however large the store is. Two articles are
near-duplicates when the signatures agree on at least ``NEAR_DUP_JACCARD`` of their positions
(an estimate of the Jaccard similarity of their shingle sets).

Translations: an article in another language whose title+lead embedding is very close, whose
name fingerprint matches, whose date agrees and whose length is comparable. An article that says
it was machine translated from the other article's language needs a little less similarity.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
from datasketch import MinHash

from storyline.stories.names import name_overlap

NUM_PERM = 64
SHINGLE_WORDS = 4
MIN_SHINGLES = 8  # shorter texts are left to the exact-text check at ingest
SIGNATURE_CHARS = 6000  # copies show in their first pages; longer texts are cut
NEAR_DUP_JACCARD = 0.7
MINHASH_MODEL = f"minhash{NUM_PERM}:w{SHINGLE_WORDS}:crc32:affine32"
"""Key under which signatures are kept in the store's vector table (uint32 values, stored bitwise)."""

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, *, size: int = SHINGLE_WORDS) -> set[bytes]:
    words = [w.casefold() for w in _WORD.findall(text)]
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(max(len(words) - size + 1, 0))}


class MinHasher:
    """Makes MinHash objects with this module's fixed seed and scheme; the permutations (the
    costly part) are drawn once per instance."""

    def __init__(self) -> None:
        self._permutations: Any = None

    def minhash(self, hashvalues: np.ndarray | None = None) -> MinHash:
        if self._permutations is None:
            self._permutations = _new_minhash().permutations
        return _new_minhash(hashvalues, self._permutations)

    def signature(self, text: str) -> np.ndarray | None:
        """The signature (``NUM_PERM`` uint32 values) of the text's shingles, or None if too short."""
        grams = shingles(text[:SIGNATURE_CHARS])
        if len(grams) < MIN_SHINGLES:
            return None
        minhash = self.minhash()
        minhash.update_batch(list(grams))
        return np.asarray(minhash.hashvalues, dtype=np.uint32)


def minhash_signature(text: str) -> np.ndarray | None:
    """The MinHash signature of a text (see ``MinHasher.signature``)."""
    return MinHasher().signature(text)


def _new_minhash(hashvalues: np.ndarray | None = None, permutations: Any = None) -> MinHash:
    """A MinHash with the fixed seed, CRC-32 shingle hashes (fast, stable across processes) and
    the 32-bit permutation scheme (explicit since datasketch 2.0)."""
    try:
        return MinHash(
            num_perm=NUM_PERM,
            seed=7,
            hashfunc=zlib.crc32,
            hashvalues=hashvalues,
            permutations=permutations,
            scheme="affine32",
        )
    except TypeError:  # datasketch 1.x: no schemes, 32-bit values by default
        return MinHash(num_perm=NUM_PERM, seed=7, hashfunc=zlib.crc32, hashvalues=hashvalues, permutations=permutations)


def signature_to_vector(signature: np.ndarray) -> np.ndarray:
    """The signature's bytes seen as float32, for the store's vector table (bit-exact round trip)."""
    return np.ascontiguousarray(signature, dtype=np.uint32).view(np.float32)


def vector_to_signature(vector: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(vector, dtype=np.float32).view(np.uint32)


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))


LSH_BANDS = 8
"""Bands of ``NUM_PERM // LSH_BANDS`` signature values: two signatures that agree on a whole band
are candidates (at Jaccard 0.7 a pair is found with probability 1 - (1 - 0.7**8)**8 = 0.6, at 0.8
with 0.93, at 0.9 with 0.9999; the banding datasketch picks for this threshold and size)."""


class NearDuplicateIndex:
    """LSH over MinHash signatures: ``add`` articles, ``find`` the earlier ones a text copies.

    Each signature is cut into ``LSH_BANDS`` bands; a dict per band maps the band's bytes to the
    articles that have it, so adding and finding cost the same however many articles are indexed.
    """

    def __init__(self, *, threshold: float = NEAR_DUP_JACCARD, bands: int = LSH_BANDS) -> None:
        self.threshold = threshold
        self._rows = NUM_PERM // bands
        self._buckets: list[dict[bytes, list[str]]] = [{} for _ in range(bands)]
        self._signatures: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def _band_keys(self, signature: np.ndarray) -> list[bytes]:
        data = np.ascontiguousarray(signature, dtype=np.uint32)
        rows = self._rows
        return [data[i * rows : (i + 1) * rows].tobytes() for i in range(len(self._buckets))]

    def add(self, article_id: str, signature: np.ndarray) -> None:
        if article_id in self._signatures:
            return
        self._signatures[article_id] = signature
        for bucket, key in zip(self._buckets, self._band_keys(signature), strict=True):
            bucket.setdefault(key, []).append(article_id)

    def add_all(self, items: Iterable[tuple[str, np.ndarray]]) -> None:
        for article_id, signature in items:
            self.add(article_id, signature)

    def find(self, signature: np.ndarray) -> list[tuple[str, float]]:
        """Indexed articles whose estimated Jaccard with ``signature`` reaches the threshold, best first."""
        candidates: set[str] = set()
        for bucket, key in zip(self._buckets, self._band_keys(signature), strict=True):
            candidates.update(bucket.get(key, ()))
        found = []
        for other in candidates:
            score = estimated_jaccard(signature, self._signatures[other])
            if score >= self.threshold:
                found.append((other, score))
        return sorted(found, key=lambda kv: (-kv[1], kv[0]))


_NUMBER = re.compile(r"\d+")


def number_set(text: str) -> frozenset[str]:
    """The distinct digit strings of a text: translations keep every figure, date and score."""
    return frozenset(match.lstrip("0") or "0" for match in _NUMBER.findall(text))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


@dataclass(frozen=True)
class TranslationRule:
    """When are two articles in different languages translations of each other?

    Same date (when both are known), comparable length, and either
    - enough figures to compare (``min_numbers`` distinct numbers between them, at least
      ``min_shared_numbers`` in common): most of them shared (``min_number_jaccard``) and a close
      embedding (``min_cosine_with_numbers``), or
    - few figures: a very close embedding (``min_cosine``) and the same names.
    An article that declares it was machine translated from the other's language gets
    ``declared_bonus`` off the cosine thresholds; failing that, ``matches_declared`` applies.
    """

    min_cosine: float = 0.91
    min_cosine_with_numbers: float = 0.82
    min_numbers: int = 4
    min_shared_numbers: int = 3  # two shared figures (a year, a summit's number) prove nothing
    min_number_jaccard: float = 0.45
    min_name_overlap: float = 0.5
    declared_bonus: float = 0.03
    max_days_apart: int = 2
    max_length_ratio: float = 1.6
    declared_min_cosine: float = 0.8
    declared_min_name_overlap: float = 0.25
    declared_min_shared_numbers: int = 2

    def _compatible(self, days: tuple[int | None, int | None], lengths: tuple[int, int]) -> bool:
        """Dates within ``max_days_apart`` (when both known) and lengths within ``max_length_ratio``."""
        if days[0] is not None and days[1] is not None and abs(days[0] - days[1]) > self.max_days_apart:
            return False
        short, long_ = sorted(lengths)
        return short > 0 and long_ / short <= self.max_length_ratio

    def matches_declared(
        self,
        *,
        cosine: float,
        names: tuple[frozenset[str], frozenset[str]],
        numbers: tuple[frozenset[str], frozenset[str]],
        days: tuple[int | None, int | None],
        lengths: tuple[int, int],
    ) -> bool:
        """One of the two says it is a machine translation from the other's language: is this its source?

        The declaration already says a source exists in that language, so the evidence asked for
        is only that this is the same text: a compatible date and length, an embedding close
        enough for the same content (``declared_min_cosine``; machine translation shifts wording,
        and cross-lingual cosines run lower), and the same actors (``declared_min_name_overlap``)
        or the same figures (at least ``declared_min_shared_numbers`` numbers, most of them shared).
        The caller tries candidates nearest first, so the closest qualifying article wins.
        """
        if cosine < self.declared_min_cosine or not self._compatible(days, lengths):
            return False
        if name_overlap(*names) >= self.declared_min_name_overlap:
            return True
        shared = len(numbers[0] & numbers[1])
        return shared >= self.declared_min_shared_numbers and jaccard(*numbers) >= self.min_number_jaccard

    def matches(
        self,
        *,
        cosine: float,
        languages: tuple[str, str],
        names: tuple[frozenset[str], frozenset[str]],
        numbers: tuple[frozenset[str], frozenset[str]],
        days: tuple[int | None, int | None],
        lengths: tuple[int, int],
        declared: bool = False,
    ) -> bool:
        if languages[0] == languages[1] or not self._compatible(days, lengths):
            return False
        bonus = self.declared_bonus if declared else 0.0
        if len(numbers[0] | numbers[1]) >= self.min_numbers and len(numbers[0] & numbers[1]) >= self.min_shared_numbers:
            return cosine >= self.min_cosine_with_numbers - bonus and jaccard(*numbers) >= self.min_number_jaccard
        if cosine < self.min_cosine - bonus:
            return False
        small = min(len(names[0]), len(names[1]))
        return small < 3 or name_overlap(*names) >= self.min_name_overlap


NUMBER_SKETCH = 16
"""Size of an article's figure sketch: the smallest CRC-32 hashes of its distinct numbers."""
SKETCH_MIN_SHARED = 3
SKETCH_CANDIDATES = 8
SKETCH_MAX_POSTING = 200  # a hash shared by more articles (a year, "1") tells nothing: skipped


def number_sketch(numbers: frozenset[str]) -> np.ndarray:
    """The ``NUMBER_SKETCH`` smallest hashes of the numbers (a bottom-k sketch), zero-padded.

    Translations keep every figure, so two translations share most of their sketch whatever
    their languages; the sketch is kept in the article's stored record and finds translation
    candidates that a short title+lead embedding does not bring close enough."""
    hashes = sorted({zlib.crc32(n.encode()) or 1 for n in numbers})[:NUMBER_SKETCH]
    out = np.zeros(NUMBER_SKETCH, dtype=np.uint32)
    out[: len(hashes)] = hashes
    return out


class NumberIndex:
    """Inverted index of figure sketches: which earlier articles share several figures with one."""

    def __init__(self) -> None:
        self._postings: dict[int, list[int]] = {}
        self._sketches: dict[int, np.ndarray] = {}

    def add(self, row: int, sketch: np.ndarray) -> None:
        self._sketches[row] = sketch
        for value in sketch[sketch != 0].tolist():
            self._postings.setdefault(value, []).append(row)

    def candidates(self, row: int, *, limit: int = SKETCH_CANDIDATES) -> list[int]:
        """Up to ``limit`` rows before ``row`` sharing at least ``SKETCH_MIN_SHARED`` sketch values, most first."""
        sketch = self._sketches.get(row)
        if sketch is None:
            return []
        shared: Counter[int] = Counter()
        for value in sketch[sketch != 0].tolist():
            posting = self._postings.get(value, ())
            if len(posting) > SKETCH_MAX_POSTING:
                continue
            shared.update(other for other in posting if other < row)
        ranked = sorted((-count, other) for other, count in shared.items() if count >= SKETCH_MIN_SHARED)
        return [other for _count, other in ranked[:limit]]
