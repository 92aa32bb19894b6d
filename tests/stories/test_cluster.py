"""update_stories over a real store, with a stand-in embedder (hand-made vectors per headline)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from storyline.ids import article_id
from storyline.model import Article
from storyline.store import Store
from storyline.stories.cluster import RECORD_MODEL, update_stories
from storyline.stories.embed import DIM, MODEL_NAME
from tests.stories.helpers import near, topic_vectors

QUAKE = (
    "A magnitude 6.1 earthquake struck near the coastal town of Mirela at 04:12 on Sunday, damaging "
    "the harbour and the old church. Emergency services said 23 people were injured and 140 families "
    "spent the night in tents on the football ground. The mayor, Ana Petrovna, asked for tents and "
    "blankets, and the regional government sent 300 soldiers to clear the roads."
)
VOTE = (
    "Parliament in Velsk approved the new budget by 181 votes to 120 on Thursday after a night of "
    "debate. Finance minister Tomas Hrubý said spending on schools would rise by 4 percent while the "
    "opposition leader Marta Ilić called the plan a gift to the capital and promised to fight it in court."
)


class HeadlineEmbedder:
    """Vectors chosen by the test for each headline; counts what it was asked to embed."""

    model_name = MODEL_NAME

    def __init__(self, vectors: dict[str, np.ndarray]) -> None:
        self.vectors = vectors
        self.embedded: list[str] = []

    def embed_articles(self, articles: Sequence[Article]) -> np.ndarray:
        self.embedded.extend(a.title or "" for a in articles)
        return np.stack([self.vectors[a.title or ""] for a in articles])


def _article(title: str, text: str, language: str = "en", published: str | None = "2023-03-05") -> Article:
    return Article(
        id=article_id(text),
        source=f"{title}.txt",
        text=text,
        language=language,
        title=title,
        published=published,
        input_key=f"key:{title}",
    )


def _vectors() -> dict[str, np.ndarray]:
    quake, vote = topic_vectors(11, 2)
    return {
        "Earthquake hits Mirela": near(quake, 0.98, 1),
        "Mirela quake: 23 injured": near(quake, 0.97, 2),
        "Terremoto a Mirela": near(quake, 0.955, 3),
        "Budget passes in Velsk": near(vote, 0.98, 4),
        "Mirela earthquake (wire copy)": near(quake, 0.96, 5),
    }


def test_update_stories_is_incremental_and_flags_copies(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "storyline.db")
    embedder = HeadlineEmbedder(_vectors())
    first = [_article("Earthquake hits Mirela", QUAKE), _article("Budget passes in Velsk", VOTE)]
    store.add_results(first)
    update_stories(store, embedder=embedder)  # type: ignore[arg-type]
    before = store.article_stories()
    assert before[first[0].id][0] != before[first[1].id][0]

    later = [
        _article(
            "Mirela quake: 23 injured",
            QUAKE.replace("Sunday", "Sunday morning").replace("04:12", "4.12am") + " Aftershocks continued.",
        ),
        _article(
            "Terremoto a Mirela",
            "Un terremoto di magnitudo 6.1 ha colpito la città costiera di Mirela alle 04:12 di domenica: 23 "
            "feriti, 140 famiglie nelle tende e 300 soldati inviati dalla regione per liberare le strade.",
            language="it",
        ),
    ]
    store.add_results(later)
    update_stories(store, embedder=embedder)  # type: ignore[arg-type]
    after = store.article_stories()
    assert {aid: row for aid, row in after.items() if aid in before} == before  # old rows untouched
    quake_story = before[first[0].id][0]
    copy_row, translation_row = after[later[0].id], after[later[1].id]
    assert copy_row[:2] == (quake_story, first[0].id)  # a near-duplicate of the first report
    assert translation_row[0] == quake_story
    assert embedder.embedded == [a.title for a in first + later]  # nothing embedded twice
    store.close()


def test_a_later_run_with_embeddings_computes_the_ones_an_earlier_run_skipped(tmp_path: Path) -> None:
    from storyline.config import Settings

    store = Store.open(tmp_path / "storyline.db")
    store.add_results([_article("Earthquake hits Mirela", QUAKE)])
    update_stories(store, Settings(embed=False))
    store.add_results([_article("Terremoto a Mirela", "Un terremoto ha colpito Mirela domenica.", "it")])
    embedder = HeadlineEmbedder(_vectors())
    update_stories(store, embedder=embedder)  # type: ignore[arg-type]
    assert sorted(embedder.embedded) == ["Earthquake hits Mirela", "Terremoto a Mirela"]
    assert all(r[-1] == 1.0 for r in store.get_embeddings(RECORD_MODEL).values())
    store.close()


def test_without_embeddings_each_article_is_its_own_story_but_copies_are_still_found(tmp_path: Path) -> None:
    from storyline.config import Settings

    store = Store.open(tmp_path / "storyline.db")
    articles = [
        _article("Earthquake hits Mirela", QUAKE),
        _article("Mirela earthquake (wire copy)", QUAKE + " Reporting by wire staff."),
        _article("Budget passes in Velsk", VOTE),
    ]
    store.add_results(articles)
    update_stories(store, Settings(embed=False))
    rows = store.article_stories()
    assert rows[articles[1].id][1] == articles[0].id
    assert rows[articles[0].id][0] == rows[articles[1].id][0] != rows[articles[2].id][0]
    records = store.get_embeddings(RECORD_MODEL)
    assert len(records) == 3 and all(r[-1] == 0.0 and not r[:DIM].any() for r in records.values())
    store.close()
