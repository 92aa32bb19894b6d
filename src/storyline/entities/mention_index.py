"""Which mention keys each article names, and how often, held as integer arrays.

The linker needs, for a corpus of N articles, every (article, key) pair: a group's articles (its
context and its entity's ``article_ids``) and an article's keys (the company a name keeps). At
50,000 articles there are 1.2 million pairs; held as dicts and sets of string tuples they cost
several hundred bytes each, and were most of the driver's memory. Here a pair is three 32-bit
integers (12 bytes), sorted once into two compressed indexes (by key, by article), and article ids
and keys are stored once each.

Article numbers follow the sorted order of the article ids, so "the first articles of a key" are the
first by id, whatever order the articles were read in.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]


class MentionIndex:
    """(article, key) -> mention count, built with :meth:`add` then read after :meth:`freeze`."""

    def __init__(self) -> None:
        self._ids: list[str] = []
        self._id_no: dict[str, int] = {}
        self.keys: list[str] = []
        self.key_no: dict[str, int] = {}
        self._pair_article = array("i")
        self._pair_key = array("i")
        self._pair_count = array("i")
        self._frozen = False

    def add(self, article_id: str, key_counts: Mapping[str, int]) -> None:
        """The keys one article names with their mention counts (an article id seen again adds to it)."""
        if self._frozen:
            raise RuntimeError("MentionIndex.add after freeze")
        number = self._id_no.setdefault(article_id, len(self._ids))
        if number == len(self._ids):
            self._ids.append(article_id)
        for key, count in key_counts.items():
            key_number = self.key_no.setdefault(key, len(self.keys))
            if key_number == len(self.keys):
                self.keys.append(key)
            self._pair_article.append(number)
            self._pair_key.append(key_number)
            self._pair_count.append(count)

    def freeze(self) -> None:
        """Sort the pairs into the by-key and by-article indexes (article numbers in id order)."""
        order = sorted(range(len(self._ids)), key=self._ids.__getitem__)
        rank = np.empty(len(order), dtype=np.int64)
        rank[np.asarray(order, dtype=np.int64)] = np.arange(len(order), dtype=np.int64)
        self.article_ids: list[str] = [self._ids[i] for i in order]
        article = rank[np.frombuffer(self._pair_article, dtype=np.int32).astype(np.int64)]
        key = np.frombuffer(self._pair_key, dtype=np.int32).astype(np.int64)
        count = np.frombuffer(self._pair_count, dtype=np.int32).astype(np.int64)
        # the same (article, key) added twice (an article id read twice) counts once, summed
        codes, inverse = np.unique(article * max(len(self.keys), 1) + key, return_inverse=True)
        self._article = codes // max(len(self.keys), 1)
        self._key = codes % max(len(self.keys), 1)
        self._count = np.bincount(inverse, weights=count, minlength=len(codes)).astype(np.int64)
        by_key = np.lexsort((self._article, self._key))
        self._articles_by_key = self._article[by_key]
        self._key_starts = np.searchsorted(self._key[by_key], np.arange(len(self.keys) + 1))
        # codes are sorted by article then key already
        self._article_starts = np.searchsorted(self._article, np.arange(len(self.article_ids) + 1))
        self._id_no = {}
        self._pair_article = self._pair_key = self._pair_count = array("i")
        self._frozen = True

    def __len__(self) -> int:
        return len(self._count)

    def article_numbers(self, keys: Iterable[str]) -> IntArray:
        """Sorted article numbers naming any of ``keys``."""
        parts = [
            self._articles_by_key[self._key_starts[n] : self._key_starts[n + 1]]
            for n in (self.key_no[k] for k in keys if k in self.key_no)
        ]
        if not parts:
            return np.empty(0, dtype=np.int64)
        return parts[0] if len(parts) == 1 else np.unique(np.concatenate(parts))

    def keys_in(self, article_number: int) -> list[str]:
        start, end = self._article_starts[article_number], self._article_starts[article_number + 1]
        return [self.keys[k] for k in self._key[start:end].tolist()]

    def groups_by_article(self, group_of_key: IntArray, groups: int) -> tuple[IntArray, IntArray]:
        """Each article's distinct group numbers, given every key's group number: ``(starts, numbers)``,
        article ``a``'s groups being ``numbers[starts[a]:starts[a + 1]]`` in increasing order."""
        width = max(groups, 1)
        codes = np.unique(self._article * width + group_of_key[self._key])
        starts = np.searchsorted(codes // width, np.arange(len(self.article_ids) + 1))
        return starts, codes % width

    def entity_counts(self, key_entity: Mapping[str, str]) -> ArticleEntityCounts:
        """Mentions per (article, entity), each key counted in the entity it belongs to."""
        entity_ids = sorted(set(key_entity.values()))
        entity_no = {eid: i for i, eid in enumerate(entity_ids)}
        key_to_entity = np.array([entity_no[key_entity[k]] for k in self.keys], dtype=np.int64)
        width = max(len(entity_ids), 1)
        codes, inverse = np.unique(self._article * width + key_to_entity[self._key], return_inverse=True)
        counts = np.bincount(inverse, weights=self._count, minlength=len(codes)).astype(np.int64)
        return ArticleEntityCounts(self.article_ids, entity_ids, codes // width, codes % width, counts)


class ArticleEntityCounts(Mapping[tuple[str, str], int]):
    """(article id, entity id) -> mentions, sorted by article id then entity id, as integer arrays."""

    def __init__(
        self,
        article_ids: Sequence[str],
        entity_ids: Sequence[str],
        articles: IntArray,
        entities: IntArray,
        counts: IntArray,
    ) -> None:
        self._article_ids = article_ids
        self._entity_ids = entity_ids
        self._articles = articles
        self._entities = entities
        self._counts = counts
        self._starts = np.searchsorted(articles, np.arange(len(article_ids) + 1))
        self._article_no = {aid: i for i, aid in enumerate(article_ids)}
        self._entity_no = {eid: i for i, eid in enumerate(entity_ids)}

    @classmethod
    def from_dict(cls, counts: Mapping[tuple[str, str], int]) -> ArticleEntityCounts:
        article_ids = sorted({aid for aid, _ in counts})
        entity_ids = sorted({eid for _, eid in counts})
        a_no = {aid: i for i, aid in enumerate(article_ids)}
        e_no = {eid: i for i, eid in enumerate(entity_ids)}
        rows = sorted((a_no[a], e_no[e], n) for (a, e), n in counts.items())
        columns = np.array(rows, dtype=np.int64).reshape(-1, 3)
        return cls(article_ids, entity_ids, columns[:, 0], columns[:, 1], columns[:, 2])

    def __len__(self) -> int:
        return len(self._counts)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        for a, e in zip(self._articles.tolist(), self._entities.tolist(), strict=True):
            yield self._article_ids[a], self._entity_ids[e]

    def __getitem__(self, pair: tuple[str, str]) -> int:
        a, e = self._article_no.get(pair[0]), self._entity_no.get(pair[1])
        if a is not None and e is not None:
            start, end = self._starts[a], self._starts[a + 1]
            at = start + int(np.searchsorted(self._entities[start:end], e))
            if at < end and self._entities[at] == e:
                return int(self._counts[at])
        raise KeyError(pair)

    def items(self) -> Iterator[tuple[tuple[str, str], int]]:  # type: ignore[override]
        """((article id, entity id), mentions) in article id then entity id order, without lookups."""
        columns = zip(self._articles.tolist(), self._entities.tolist(), self._counts.tolist(), strict=True)
        for a, e, n in columns:
            yield (self._article_ids[a], self._entity_ids[e]), n

    def entities_in(self, article_id: str) -> list[str]:
        """The entity ids an article names, in id order."""
        a = self._article_no.get(article_id)
        if a is None:
            return []
        return [self._entity_ids[e] for e in self._entities[self._starts[a] : self._starts[a + 1]].tolist()]
