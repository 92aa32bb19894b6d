"""The report and the JSONL exports written as streams: same page as one-shot serialisation, one pass
over the articles for both, and nothing half-written left behind when writing fails."""

from __future__ import annotations

import errno
import json
import re
from pathlib import Path
from typing import Any

import pytest

from storyline.errors import OutputNotWritable
from storyline.exports import write_outputs
from storyline.report import bundle as bundle_module
from storyline.report import html as html_module
from storyline.report.embed import json_for_script
from storyline.report.html import write_report
from storyline.store import Store
from tests.report.report_fixtures import fill_store

FULL_READS = (
    "iter_articles",
    "iter_articles_with_stories",
    "iter_entities",
    "entity_key_map",
    "iter_events",
    "iter_stories",
    "iter_quotes",
    "iter_rejections",
)
BLOCK = re.compile(r'<script type="application/json" id="([a-z0-9-]+)">(.*?)</script>', flags=re.S)


@pytest.fixture()
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    opened = Store.open(fill_store(tmp_path_factory.mktemp("store") / "storyline.db", hostile=True), readonly=True)
    yield opened
    opened.close()


def _jsonl(path: Path) -> list[dict[str, Any]]:
    # split at "\n" only: hostile text holds U+2028, which str.splitlines() would also break at
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


@pytest.mark.parametrize("chunk", [1, 2, 3, 200])
def test_streamed_blocks_are_the_same_text_as_one_shot_serialisation(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(bundle_module, "TEXT_CHUNK", chunk)
    html = write_report(store, tmp_path).read_text(encoding="utf-8")
    blocks = dict(BLOCK.findall(html))
    for name, text in blocks.items():
        assert json_for_script(json.loads(text)) == text, name  # pieces joined exactly as json.dumps would
    index = json.loads(blocks["sl-data"])
    assert list(index) == ["meta", "stories", "events", "entities", "articles"]
    articles = index["articles"]
    assert len(articles) == index["meta"]["counts"]["articles"] == 4
    assert len(index["events"]) == index["meta"]["counts"]["events"]
    text_blocks = sorted(int(name.rsplit("-", 1)[1]) for name in blocks if name.startswith("sl-texts-"))
    assert text_blocks == list(range(-(-len(articles) // chunk)))  # no empty or missing block
    for number, meta in enumerate(articles):
        assert meta["chunk"] == number // chunk
        assert meta["id"] in json.loads(blocks[f"sl-texts-{meta['chunk']}"])
    assert html.endswith("</script>\n</body></html>\n")


def test_outputs_read_each_table_once_and_agree(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    for name in FULL_READS:
        original = getattr(Store, name)

        def counted(self: Store, *args: Any, _original: Any = original, _name: str = name, **kwargs: Any) -> Any:
            reads.append(_name)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(Store, name, counted)
    counts, report = write_outputs(store, tmp_path)
    # the events twice: the exports' pass gives the report their evidence spans, which the articles need;
    # the report's compact events need every article seen first
    assert sorted(reads) == sorted([*FULL_READS[1:], "iter_events"])
    exported = _jsonl(tmp_path / "articles.jsonl")
    assert counts["articles"] == len(exported) == 4
    index = json.loads(dict(BLOCK.findall(report.read_text(encoding="utf-8")))["sl-data"])
    assert [a["id"] for a in index["articles"]] == [a["id"] for a in exported]
    assert [(a["story_id"], a["duplicate_of"]) for a in index["articles"]] == [
        (a["story_id"], a["duplicate_of"]) for a in exported
    ]
    assert {a["story_id"] for a in exported} == {"story-sochi", "story-evil"}
    assert not list(tmp_path.glob("*.tmp"))


def test_a_failure_mid_stream_leaves_the_previous_files_whole(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_outputs(store, tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    real_layers = html_module.article_layers
    third = _jsonl(tmp_path / "articles.jsonl")[2]["id"]  # the disk fills up while the third article is written

    def failing_layers(article: Any, **kwargs: Any) -> dict[str, Any]:
        if article.id == third:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_layers(article, **kwargs)

    monkeypatch.setattr(html_module, "article_layers", failing_layers)
    with pytest.raises(OutputNotWritable, match="No space left"):
        write_outputs(store, tmp_path)
    with pytest.raises(OutputNotWritable, match=r"report\.html: No space left"):
        write_report(store, tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # no .tmp left, nothing replaced


def test_report_finish_failure_removes_its_temporary_files(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_room(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.EFBIG, "File too large")

    monkeypatch.setattr(html_module.shutil, "copyfileobj", no_room)
    with pytest.raises(OutputNotWritable, match="File too large"):
        write_report(store, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_events_must_come_before_the_articles(store: Store, tmp_path: Path) -> None:
    # an article's event sentences are linked to corpus events as it streams past: a late event would be missed
    with html_module.ReportWriter(store, tmp_path) as report:
        article, story_id, duplicate_of = next(store.iter_articles_with_stories())
        report.add_article(article, story_id=story_id, duplicate_of=duplicate_of)
        with pytest.raises(ValueError, match="before the first article"):
            report.add_event(next(store.iter_events()))
    assert list(tmp_path.iterdir()) == []
