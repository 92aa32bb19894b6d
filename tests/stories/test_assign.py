from __future__ import annotations

import numpy as np

from storyline.stories.assign import (
    ArticleInfo,
    Placement,
    StoryAssigner,
    StoryParams,
    active_rows,
    earlier_neighbours,
)
from tests.stories.helpers import near, topic_vectors


def _corpus() -> tuple[np.ndarray, list[ArticleInfo], list[int]]:
    """Two events, interleaved in arrival order: rows 0,2,4,6 about the first, 1,3,5,7 the second."""
    first, second = topic_vectors(1, 2)
    vectors, infos, gold = [], [], []
    for i in range(8):
        event = i % 2
        vectors.append(near(first if event == 0 else second, 0.985, seed=100 + i))
        infos.append(ArticleInfo(id=f"a{i}", language="en", day=738000 + i))
        gold.append(event)
    return np.stack(vectors), infos, gold


def test_articles_about_two_events_form_two_stories_with_ids_from_their_first_article() -> None:
    vectors, infos, gold = _corpus()
    placements = StoryAssigner(vectors, infos).assign({}, list(range(8)))
    story_of = {i: p.story_id for i, p in placements.items()}
    assert len(set(story_of.values())) == 2
    for i in range(8):
        for j in range(8):
            assert (story_of[i] == story_of[j]) == (gold[i] == gold[j])
    assert placements[0].how == "opened" and placements[2].how == "joined"
    assert story_of[0] != story_of[1] and story_of[0].startswith("s_")


def test_incremental_runs_give_the_same_stories_as_one_run_and_keep_old_ones() -> None:
    vectors, infos, _ = _corpus()
    one_run = StoryAssigner(vectors, infos).assign({}, list(range(8)))
    first = StoryAssigner(vectors[:5], infos[:5]).assign({}, list(range(5)))
    second = StoryAssigner(vectors, infos).assign(first, [5, 6, 7])
    assert set(second) == {5, 6, 7}  # nothing already placed moved
    combined = {**first, **second}
    assert {i: p.story_id for i, p in combined.items()} == {i: p.story_id for i, p in one_run.items()}


def test_dates_far_apart_keep_similar_articles_in_separate_stories() -> None:
    (base,) = topic_vectors(2, 1)
    vectors = np.stack([near(base, 0.98, seed=i) for i in range(3)])
    infos = [
        ArticleInfo(id="a0", language="en", day=738000),
        ArticleInfo(id="a1", language="en", day=738001),
        ArticleInfo(id="a2", language="en", day=738000 + 200),  # the same kind of event, months later
    ]
    placements = StoryAssigner(vectors, infos).assign({}, [0, 1, 2])
    assert placements[0].story_id == placements[1].story_id != placements[2].story_id


def test_a_translation_becomes_a_duplicate_of_the_earliest_article_of_its_group() -> None:
    (base,) = topic_vectors(3, 1)
    figures = frozenset({"2022", "10", "40", "179"})
    vectors = np.stack([near(base, 0.99, seed=1), near(base, 0.97, seed=2), near(base, 0.97, seed=3)])
    infos = [
        ArticleInfo(id="en", language="en", day=738000, numbers=figures, length=1000),
        ArticleInfo(id="ru", language="ru", day=738000, numbers=figures, length=1100),
        ArticleInfo(id="de", language="de", day=738001, numbers=figures, length=1150),
    ]
    placements = StoryAssigner(vectors, infos).assign({}, [0, 1, 2])
    assert placements[0].duplicate_of is None
    assert placements[1].duplicate_of == "en" and placements[2].duplicate_of == "en"
    assert placements[1].how == "translation"
    assert len({p.story_id for p in placements.values()}) == 1


def test_near_duplicate_signature_wins_over_embedding() -> None:
    first, second = topic_vectors(4, 2)
    vectors = np.stack([first, second])  # the embeddings disagree completely
    signature = np.arange(64, dtype=np.uint32)
    infos = [ArticleInfo(id="x", language="en", day=None), ArticleInfo(id="y", language="en", day=None)]
    placements = StoryAssigner(vectors, infos, signatures={0: signature, 1: signature.copy()}).assign({}, [0, 1])
    assert placements[1] == Placement(story_id=placements[0].story_id, duplicate_of="x", how="near-duplicate")


def test_a_bridging_article_merges_two_stories_that_are_really_one() -> None:
    (base,) = topic_vectors(5, 1)
    vectors = np.stack([near(base, 0.975, seed=i) for i in range(3)])
    infos = [ArticleInfo(id=f"a{i}", language="en", day=None) for i in range(3)]
    # an earlier run kept a0 and a1 apart (say, thresholds were stricter then)
    existing = {0: Placement("s_first"), 1: Placement("s_second")}
    placements = StoryAssigner(vectors, infos, params=StoryParams(merge=0.9)).assign(existing, [2])
    assert placements[2].story_id == "s_first"
    assert placements[1].story_id == "s_first" and placements[1].how == "merged"
    assert 0 not in placements  # unchanged rows are not rewritten


def test_earlier_neighbours_only_look_back() -> None:
    vectors = np.stack(topic_vectors(6, 40))
    found = earlier_neighbours(vectors, list(range(40)), 5, exact_max=1000)
    assert found[0] == []
    assert all(all(j < row for j in hits) and len(hits) == min(5, row) for row, hits in enumerate(found))
    approx = earlier_neighbours(vectors, list(range(40)), 5, exact_max=10)  # the inverted-file path
    assert all(all(j < row for j in hits) for row, hits in enumerate(approx))


def _stream(days: list[int | None]) -> list[ArticleInfo]:
    return [ArticleInfo(id=f"a{i}", language="en", day=None if d is None else 738000 + d) for i, d in enumerate(days)]


def test_a_run_looks_only_at_articles_within_reach_of_the_new_ones_dates() -> None:
    params = StoryParams(max_days=30, max_span_days=30, undated_window=3)
    # a year of dated articles, two undated ones long ago and one recent, then two new articles on day 400
    infos = _stream([0, 100, None, 200, 330, 345, 360, None, 399, 400, 410, 400, 401])
    rows = active_rows(infos, [11, 12], params)
    # days 345..410 are within 60 days of day 400 (a story joined may span 30 days, its links reach 30 more);
    # the undated row 7 is not among the 3 latest rows before the new ones, so it is left out
    assert rows == [5, 6, 8, 9, 10, 11, 12]


def test_an_undated_new_article_looks_at_the_latest_articles() -> None:
    params = StoryParams(undated_window=3)
    infos = _stream([0, 100, None, 200, 330, 345, None])
    assert active_rows(infos, [6], params) == [3, 4, 5, 6]


def test_assigning_in_the_window_gives_the_same_stories_as_assigning_over_everything() -> None:
    first, second = topic_vectors(3, 2)
    vectors, days = [], []
    for i in range(40):  # the same two kinds of event recur every 100 days; each occurrence is its own story
        vectors.append(near(first if i % 2 == 0 else second, 0.985, seed=300 + i))
        days.append((i // 8) * 100 + i % 8 // 3)
    infos = _stream(days)
    data = np.stack(vectors)
    earlier = StoryAssigner(data, infos).assign({}, list(range(32)))
    everything = StoryAssigner(data, infos).assign(earlier, list(range(32, 40)))
    rows = active_rows(infos, list(range(32, 40)), StoryParams())
    assert len(rows) < 20
    local = StoryAssigner(data[rows], [infos[i] for i in rows]).assign(
        {k: earlier[i] for k, i in enumerate(rows) if i in earlier}, [k for k, i in enumerate(rows) if i >= 32]
    )
    assert {rows[k]: p.story_id for k, p in local.items()} == {i: p.story_id for i, p in everything.items()}
    assert len({p.story_id for p in everything.values()}) == 2


def test_the_original_of_an_earlier_translation_brings_it_into_the_story_it_belongs_to() -> None:
    (base,) = topic_vectors(5, 1)
    dam = frozenset({"kkh", "krs", "dnp", "ntn"})
    other_dam = frozenset({"kkh", "krs", "dnp", "prs"})  # a second report, not a translation of the first
    vectors = np.stack([
        near(base, 0.985, seed=1),  # German report
        near(base, 0.985, seed=2),  # Russian report
        near(base, 0.9, seed=3),  # a short English machine translation: too far to join on its own
        near(base, 0.985, seed=4),  # its Ukrainian original, arriving last
    ])  # fmt: skip
    infos = [
        ArticleInfo(id="de", language="de", day=738000, names=dam, length=1000),
        ArticleInfo(id="ru", language="ru", day=738000, names=other_dam, length=1900),
        ArticleInfo(id="en", language="en", day=738000, names=frozenset({"rsn", "hpp", "flt", "vkt"}), length=1000,
                    translated_from="uk"),
        ArticleInfo(id="uk", language="uk", day=738000, names=frozenset({"rsn", "hpp", "flt", "vkt"}), length=1000),
    ]  # fmt: skip
    placements = StoryAssigner(vectors, infos).assign({}, [0, 1, 2, 3])
    assert placements[2].how == "merged" and placements[1].duplicate_of is None
    assert len({p.story_id for p in placements.values()}) == 1
    assert placements[2].duplicate_of == "uk" and placements[3].duplicate_of is None
