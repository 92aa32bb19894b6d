"""The story assigner: places new articles into stories, one by one in store order.

Pure: it works on arrays and small records, so the store wrapper (``cluster.update_stories``),
the tests and the benchmark drive the same code. For each new article:

1. near-duplicate (MinHash LSH) of an earlier article -> same story, ``duplicate_of`` = the
   earliest article of the group;
2. translation of an earlier article (other language, very close title+lead embedding, same
   names and date, comparable length) -> likewise; an article declared machine translated from
   language X (or an article in X meeting one that declares so) needs less: its nearest earlier
   neighbour in X with a compatible date and length, a fairly close embedding and the same
   actors or figures (``TranslationRule.matches_declared``);
3. otherwise its nearest earlier neighbours by embedding (a faiss index, searched once for all
   new articles) propose candidate stories. A candidate is accepted when the best link to one of
   its members (cosine + a bonus for shared names - a penalty for days apart) reaches
   ``link`` AND the article is close enough to the story as a whole (mean cosine to its members,
   ``centroid``), which stops single-link chaining from turning an event-level story into a
   topic. The best accepted story wins; none -> the article opens a new story whose id derives
   from its own id.
4. when a new article is accepted by two stories whose centroids are themselves very close
   (``merge``), the later story is folded into the earlier one: the only case in which an
   already-assigned article changes story.

Cost per article: one k-NN query (exact inner product up to ``exact_index_max`` vectors, IVF
beyond), an LSH query and work proportional to k; stories keep running centroid sums.
"""

from __future__ import annotations

import bisect
import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from storyline.ids import stable_id
from storyline.stories.dedup import NearDuplicateIndex, NumberIndex, TranslationRule
from storyline.stories.names import name_overlap, split_fingerprint

log = logging.getLogger(__name__)

NEIGHBOUR_CHUNK = 256
IVF_PROBES = 16
IVF_TRAIN_PER_CELL = 40


@dataclass(frozen=True)
class StoryParams:
    """Thresholds of story assignment (cosines of multilingual-e5-small title+lead vectors).

    The embedded text is short (``LEAD_TOKENS`` tokens: the headline and the start of the lead),
    so cosines alone separate events less well than a longer lead did; names and dates carry
    more weight. Calibrated on ECB+ topics 1-35 (event-level clusters; topics 36-45 are kept for
    reporting), ml-crisis (purity, dated), slavicner and the seed pages; MEANTIME for the
    translation rule. A story is judged by the mean cosine of the article to its members (not
    by the cosine to their centroid: the centroid of a large, varied story comes close to any
    news of the kind, and stories then swallow their neighbours).
    """

    neighbours: int = 24
    link: float = 0.95
    centroid: float = 0.88  # mean cosine to the story's members (+ name and language bonus)
    name_weight: float = 0.35
    story_name_weight: float = 0.2
    name_floor: float = 0.15  # overlap below this counts for nothing (a couple of ubiquitous names)
    language_bonus: float = 0.03  # cross-lingual cosines of the same event run lower
    date_free_days: int = 1
    date_slope: float = 0.01  # score lost per day apart beyond ``date_free_days``
    max_days: int = 14  # never link articles further apart than this
    max_span_days: int = 30  # a story is event-level: its articles fall within this many days
    merge: float = 0.98
    exact_index_max: int = 20_000
    undated_window: int = 10_000  # undated articles are compared with this many latest articles
    translation: TranslationRule = field(default_factory=TranslationRule)


@dataclass(frozen=True)
class ArticleInfo:
    """What assignment needs to know about an article beyond its vector."""

    id: str
    language: str
    day: int | None  # publication date as a day ordinal
    names: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()
    length: int = 0
    translated_from: str | None = None  # declared source language of a machine translation


@dataclass(frozen=True)
class Placement:
    story_id: str
    duplicate_of: str | None = None
    how: str = "opened"  # opened | joined | near-duplicate | translation | merged


SOURCE_OF_TRANSLATION = "source-of-translation"
"""Internal: the new article is the original of an earlier declared translation (see ``_reroot``)."""


class _Story:
    """Running state of one story: members, vector sum, date range, names and languages seen."""

    __slots__ = ("_profile", "first_day", "id", "languages", "last_day", "members", "names", "total")

    def __init__(self, story_id: str, dim: int) -> None:
        self.id = story_id
        self.members: list[int] = []
        self.total = np.zeros(dim, dtype=np.float64)
        self.first_day: int | None = None
        self.last_day: int | None = None
        self.names: Counter[str] = Counter()
        self.languages: Counter[str] = Counter()
        self._profile: frozenset[str] | None = None

    def add(self, index: int, vector: np.ndarray, info: ArticleInfo) -> None:
        self.members.append(index)
        self.total += vector
        self.names.update(info.names)
        self._profile = None
        self.languages[info.language] += 1
        if info.day is not None:
            self.first_day = info.day if self.first_day is None else min(self.first_day, info.day)
            self.last_day = info.day if self.last_day is None else max(self.last_day, info.day)

    def mean_cosine(self, vector: np.ndarray) -> float:
        """Mean cosine of ``vector`` to the members (their vectors are unit length)."""
        return float(vector @ self.total) / len(self.members) if self.members else 0.0

    def name_profile(self, size: int = 16, entities: int = 8) -> frozenset[str]:
        """The story's ``size`` most frequent name keys and ``entities`` most frequent linked
        entity ids (recomputed only after a new member); the two kinds are ranked apart so
        that one does not crowd the other out."""
        if self._profile is None:
            ranked = sorted(self.names.items(), key=lambda kv: (-kv[1], kv[0]))
            keys, ids = split_fingerprint(frozenset(self.names))
            self._profile = frozenset(
                [key for key, _ in ranked if key in keys][:size] + [key for key, _ in ranked if key in ids][:entities]
            )
        return self._profile

    def other_language_share(self, language: str) -> float:
        total = sum(self.languages.values())
        return 1.0 - self.languages[language] / total if total else 0.0


def _make_index(data: np.ndarray, *, exact: bool):  # type: ignore[no-untyped-def]
    """Exact inner product, or beyond ``exact_max`` vectors an inverted-file index: about
    sqrt(n) cells trained (k-means, fixed seed) on an evenly spaced sample, searched
    ``IVF_PROBES`` cells at a time. Building it costs seconds even at 100,000 vectors (an HNSW
    graph took most of a minute at 50,000 on two cores), and a query scans ~sqrt(n) vectors."""
    import faiss

    dim = data.shape[1]
    if exact:
        return faiss.IndexFlatIP(dim)
    cells = int(max(1, min(4096, np.sqrt(len(data)), len(data) // IVF_TRAIN_PER_CELL)))
    quantizer = faiss.IndexFlatIP(dim)
    index = faiss.IndexIVFFlat(quantizer, dim, cells, faiss.METRIC_INNER_PRODUCT)
    step = max(1, len(data) // (IVF_TRAIN_PER_CELL * cells))
    index.train(np.ascontiguousarray(data[::step]))
    index.nprobe = IVF_PROBES
    return index


def earlier_neighbours(vectors: np.ndarray, rows: Sequence[int], k: int, *, exact_max: int) -> list[list[int]]:
    """For each row in ``rows`` (ascending), its ``k`` nearest rows among the rows before it.

    Only earlier rows count, so placing articles in one run or in several gives the same
    neighbours. The index grows chunk by chunk: each chunk is searched with room for the
    chunk's own rows, which are then filtered out.
    """
    n = len(vectors)
    rows = list(rows)
    if not rows:
        return []
    data = np.ascontiguousarray(vectors, dtype=np.float32)
    index = _make_index(data, exact=n <= exact_max)
    out: list[list[int]] = []
    added = 0
    chunk = NEIGHBOUR_CHUNK
    for start in range(0, len(rows), chunk):
        part = rows[start : start + chunk]
        limit = part[-1] + 1
        if limit > added:
            index.add(data[added:limit])
            added = limit
        want = min(k + len(part), added)
        _scores, found = index.search(data[part], want)
        for row, hits in zip(part, found, strict=True):
            out.append(hits[(hits >= 0) & (hits < row)][:k].tolist())
    return out


class StoryAssigner:
    """Assigns the ``new`` rows of ``vectors`` to stories, given the placements of earlier rows.

    ``base[i]`` is known for every row (id, language, day); ``load_details(indices)`` returns
    full ``ArticleInfo`` (names, length, translation notice) for the rows it is asked about.
    ``signatures[i]`` is the MinHash signature of row ``i`` when it has one, ``sketches[i]`` its
    figure sketch (``dedup.number_sketch``): earlier rows sharing several figures with a new one
    are tried as translations besides its nearest neighbours by embedding.
    """

    def __init__(
        self,
        vectors: np.ndarray,
        base: Sequence[ArticleInfo],
        *,
        params: StoryParams | None = None,
        load_details: Callable[[Sequence[int]], Mapping[int, ArticleInfo]] | None = None,
        signatures: Mapping[int, np.ndarray] | None = None,
        sketches: Mapping[int, np.ndarray] | None = None,
    ) -> None:
        self.vectors = vectors
        self.sketches = sketches or {}
        self.base = base
        self.params = params or StoryParams()
        self.load_details = load_details
        self.signatures = signatures or {}
        self.details: dict[int, ArticleInfo] = {}

    def _info(self, index: int) -> ArticleInfo:
        return self.details.get(index, self.base[index])

    def assign(self, existing: Mapping[int, Placement], new: Sequence[int]) -> dict[int, Placement]:
        """Placements for the ``new`` rows (in the given order), plus old rows moved by a merge."""
        params = self.params
        placed: dict[int, Placement] = dict(existing)
        new = list(new)
        new_set = set(new)
        if new != sorted(new):
            raise ValueError("new rows must come in store order")
        if self.vectors.any():
            neighbours = earlier_neighbours(self.vectors, new, params.neighbours, exact_max=params.exact_index_max)
        else:  # embeddings switched off: only near-duplicates can be found
            neighbours = [[] for _ in new]
        figures = NumberIndex()
        for index in sorted(self.sketches):
            figures.add(index, self.sketches[index])
        same_figures = [figures.candidates(index) for index in new]
        wanted = set(new) | {j for row in neighbours for j in row} | {j for row in same_figures for j in row}
        if self.load_details is not None:
            self.details.update(self.load_details(sorted(wanted)))
        stories: dict[str, _Story] = {}
        dim = self.vectors.shape[1]
        for index, placement in existing.items():
            story = stories.get(placement.story_id)
            if story is None:
                story = stories[placement.story_id] = _Story(placement.story_id, dim)
            story.add(index, self.vectors[index], self._info(index))
        dup_index = NearDuplicateIndex()
        dup_index.add_all((self.base[i].id, sig) for i, sig in self.signatures.items() if i in existing)
        row_of = {self.base[i].id: i for i in self.signatures}
        changed: dict[int, Placement] = {}
        for position, index in enumerate(new):
            candidates = [j for j in neighbours[position] if j in placed]
            by_figures = [j for j in same_figures[position] if j in placed and j not in candidates]
            duplicate = self._duplicate(index, candidates + by_figures, placed, dup_index, row_of)
            if duplicate is not None:
                placement = duplicate
                if duplicate.how == SOURCE_OF_TRANSLATION:
                    story = stories[duplicate.story_id]
                    changed.update(self._reroot(index, duplicate.duplicate_of or "", story, placed))
                    placement = Placement(story_id=duplicate.story_id, how="joined")
                placement = self._group_joins(index, placement, candidates, placed, stories, changed)
            else:
                placement, merge_from = self._place(index, candidates, placed, stories)
                if merge_from:
                    keep, moved = self._merge(merge_from, placement.story_id, placed, stories)
                    changed.update(moved)
                    placement = Placement(story_id=keep, how="joined")
            placed[index] = placement
            changed[index] = placement
            story = stories.get(placement.story_id)
            if story is None:
                story = stories[placement.story_id] = _Story(placement.story_id, dim)
            story.add(index, self.vectors[index], self._info(index))
            signature = self.signatures.get(index)
            if signature is not None:
                dup_index.add(self.base[index].id, signature)
        return {i: p for i, p in changed.items() if i in new_set or existing.get(i) != p}

    # -- duplicates ---------------------------------------------------------------------------
    def _duplicate(
        self,
        index: int,
        candidates: Sequence[int],
        placed: Mapping[int, Placement],
        dup_index: NearDuplicateIndex,
        row_of: Mapping[str, int],
    ) -> Placement | None:
        signature = self.signatures.get(index)
        if signature is not None:
            for other_id, _score in dup_index.find(signature):
                other = row_of.get(other_id)
                if other is not None and other in placed:
                    return self._copy_of(other, placed, "near-duplicate")
        info = self._info(index)
        rule = self.params.translation
        cosines = self.vectors[list(candidates)] @ self.vectors[index] if candidates else []
        declared_sources: list[tuple[int, bool]] = []  # (row, True when that row is the declared translation)
        for other, cosine in zip(candidates, cosines, strict=True):
            other_info = self._info(other)
            if other_info.language == info.language:
                continue
            declared = info.translated_from == other_info.language or other_info.translated_from == info.language
            if declared and rule.matches_declared(
                cosine=float(cosine),
                names=(info.names, other_info.names),
                numbers=(info.numbers, other_info.numbers),
                days=(info.day, other_info.day),
                lengths=(info.length, other_info.length),
            ):
                declared_sources.append((other, other_info.translated_from == info.language))
            if cosine < rule.min_cosine_with_numbers - rule.declared_bonus:
                continue
            if rule.matches(
                cosine=float(cosine),
                languages=(info.language, other_info.language),
                names=(info.names, other_info.names),
                numbers=(info.numbers, other_info.numbers),
                days=(info.day, other_info.day),
                lengths=(info.length, other_info.length),
                declared=declared,
            ):
                return self._translation_of(other, other_info.translated_from == info.language, info, placed)
        if declared_sources:  # the nearest article in the declared source language that fits
            other, other_is_translation = declared_sources[0]
            return self._translation_of(other, other_is_translation, info, placed)
        return None

    def _group_joins(
        self,
        index: int,
        placement: Placement,
        candidates: Sequence[int],
        placed: dict[int, Placement],
        stories: dict[str, _Story],
        changed: dict[int, Placement],
    ) -> Placement:
        """A copy or translation goes where its original is. When that story holds nothing but
        this one text in its versions (the original, its copies and translations), the new version
        is more evidence about where the text belongs: if it would join another story on its own
        merits, the group's story is merged into that one. (A short machine translation may miss
        its story, while the original, arriving later, reads as plainly part of it.)"""
        root = placement.duplicate_of or self.base[index].id
        group = stories[placement.story_id]
        if any(self.base[m].id != root and placed[m].duplicate_of != root for m in group.members):
            return placement
        others = [j for j in candidates if placed[j].story_id != placement.story_id]
        joined, _merge_from = self._place(index, others, placed, stories)
        if joined.how != "joined":
            return placement
        keep, moved = self._merge([placement.story_id], joined.story_id, placed, stories)
        changed.update(moved)
        return Placement(story_id=keep, duplicate_of=placement.duplicate_of, how=placement.how)

    def _translation_of(
        self, other: int, other_is_translation: bool, info: ArticleInfo, placed: Mapping[int, Placement]
    ) -> Placement:
        if other_is_translation and placed[other].duplicate_of is None and not info.translated_from:
            # this article is the original of an earlier declared translation: it becomes the group's root
            return Placement(placed[other].story_id, duplicate_of=self.base[other].id, how=SOURCE_OF_TRANSLATION)
        return self._copy_of(other, placed, "translation")

    def _reroot(self, source: int, old_root: str, story: _Story, placed: dict[int, Placement]) -> dict[int, Placement]:
        """The original (``source``) of a declared translation arrived after it: the translation,
        and any copies pointing at it, now point at the original (the contract: ``duplicate_of``
        is the article a text duplicates)."""
        new_root = self.base[source].id
        moved: dict[int, Placement] = {}
        for member in story.members:
            old = placed[member]
            if self.base[member].id == old_root or old.duplicate_of == old_root:
                placed[member] = Placement(old.story_id, duplicate_of=new_root, how="translation")
                moved[member] = placed[member]
        return moved

    def _copy_of(self, other: int, placed: Mapping[int, Placement], how: str) -> Placement:
        original = placed[other]
        root = original.duplicate_of or self.base[other].id
        return Placement(story_id=original.story_id, duplicate_of=root, how=how)

    # -- stories ------------------------------------------------------------------------------
    def pair_score(self, a: int, b: int) -> float | None:
        """Cosine + name bonus - date penalty; None when the dates are too far apart to link."""
        info_a, info_b = self._info(a), self._info(b)
        score = float(self.vectors[a] @ self.vectors[b])
        names = name_overlap(info_a.names, info_b.names, cross_lingual=True)
        score += self.params.name_weight * max(0.0, names - self.params.name_floor)
        if info_a.language != info_b.language:
            score += self.params.language_bonus
        if info_a.day is not None and info_b.day is not None:
            apart = abs(info_a.day - info_b.day)
            if apart > self.params.max_days:
                return None
            score -= self.params.date_slope * max(0, apart - self.params.date_free_days)
        return score

    def story_score(self, index: int, story: _Story) -> float:
        """Mean cosine to the story's members + name bonus against its name profile + language bonus."""
        info = self._info(index)
        score = story.mean_cosine(self.vectors[index])
        names = name_overlap(info.names, story.name_profile(), cross_lingual=True)
        score += self.params.story_name_weight * max(0.0, names - self.params.name_floor)
        return score + self.params.language_bonus * story.other_language_share(info.language)

    def _within_dates(self, index: int, story: _Story) -> bool:
        """Joining keeps the story within ``max_span_days`` from its first to its last article."""
        day = self.base[index].day
        if day is None or story.first_day is None or story.last_day is None:
            return True
        return max(story.last_day, day) - min(story.first_day, day) <= self.params.max_span_days

    def _place(
        self, index: int, candidates: Sequence[int], placed: Mapping[int, Placement], stories: Mapping[str, _Story]
    ) -> tuple[Placement, list[str]]:
        best_link: dict[str, float] = {}
        for other in candidates:
            score = self.pair_score(index, other)
            if score is None or score < self.params.link:
                continue
            story_id = placed[other].story_id
            best_link[story_id] = max(best_link.get(story_id, score), score)
        accepted: list[tuple[float, str]] = []
        for story_id, link in best_link.items():
            story = stories[story_id]
            centroid = self.story_score(index, story)
            if centroid >= self.params.centroid and self._within_dates(index, story):
                accepted.append((link + centroid, story_id))
        if not accepted:
            return Placement(story_id=stable_id("s", self.base[index].id), how="opened"), []
        accepted.sort(key=lambda pair: (-pair[0], pair[1]))
        winner = accepted[0][1]
        merge_from = [
            story_id for _score, story_id in accepted[1:] if self._centroids_close(stories[winner], stories[story_id])
        ]
        return Placement(story_id=winner, how="joined"), merge_from

    def _centroids_close(self, a: _Story, b: _Story) -> bool:
        norm = float(np.linalg.norm(a.total) * np.linalg.norm(b.total))
        return norm > 0 and float(a.total @ b.total) / norm >= self.params.merge

    def _merge(
        self, losers: Sequence[str], winner: str, placed: dict[int, Placement], stories: dict[str, _Story]
    ) -> tuple[str, dict[int, Placement]]:
        """Fold the ``losers`` stories into ``winner``; the story first seen keeps its id."""
        group = [winner, *losers]
        keep = min(group, key=lambda sid: min(stories[sid].members))
        moved: dict[int, Placement] = {}
        for story_id in group:
            if story_id == keep:
                continue
            story = stories.pop(story_id)
            for member in story.members:
                old = placed[member]
                placed[member] = Placement(story_id=keep, duplicate_of=old.duplicate_of, how="merged")
                moved[member] = placed[member]
                stories[keep].add(member, self.vectors[member], self._info(member))
        log.debug("stories %s merged into %s", group, keep)
        return keep, moved


def active_rows(base: Sequence[ArticleInfo], new: Sequence[int], params: StoryParams) -> list[int]:
    """The rows one run of assignment needs: the ``new`` rows and the earlier rows they could meet.

    A new article links only to articles at most ``max_days`` from its date, and joins only
    stories spanning at most ``max_span_days``; so every story it could join lies within
    ``max_days + max_span_days`` of its date, with all its dated members. Undated articles (and
    the undated members of stories) are looked for among the latest ``undated_window`` rows in
    store order. The work of a run therefore depends on how many articles fall in that window,
    not on how many the store holds: the cost per article stays flat as the corpus grows.
    """
    new = sorted(new)
    if not new:
        return []
    horizon = params.max_days + params.max_span_days
    new_days = [base[i].day for i in new]
    dated = sorted(day for day in new_days if day is not None)
    any_undated = len(dated) < len(new_days)
    recent_from = max(0, new[0] - params.undated_window)
    new_set = set(new)
    rows: list[int] = []
    for index, info in enumerate(base):
        if index in new_set:
            rows.append(index)
        elif info.day is not None and dated:
            position = bisect.bisect_left(dated, info.day - horizon)
            near = position < len(dated) and dated[position] <= info.day + horizon
            if near or (any_undated and index >= recent_from):
                rows.append(index)
        elif index >= recent_from:  # undated, or no new article has a date
            rows.append(index)
    return rows


def group_members(placements: Mapping[int, Placement]) -> dict[str, list[int]]:
    members: dict[str, list[int]] = defaultdict(list)
    for index, placement in sorted(placements.items()):
        members[placement.story_id].append(index)
    return dict(members)
