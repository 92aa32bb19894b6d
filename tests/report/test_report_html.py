"""The self-contained report: safe embedding, strict CSP, and a bundle that links layers to the corpus."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from storyline.model import Article, DateValue, Event, Evidence
from storyline.report import bundle as bundle_module
from storyline.report.bundle import EvidenceSlices, compact_evidence
from storyline.report.embed import csp_hash, front_end_script, json_for_script
from storyline.report.html import render_report, write_report
from storyline.report.views import EVENT_TYPES, event_view, plover_palette, quad_of
from storyline.store import Store
from tests.report.report_fixtures import HOSTILE_TEXT, fill_store

HOSTILE_STRINGS = [
    "</script><script>alert(1)</script>",
    "<!-- <script>",
    "a\u2028b\u2029c",
    "&lt; & &amp; <b>",
    "\"'`\\",
    HOSTILE_TEXT,
]


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    path = fill_store(tmp_path_factory.mktemp("report") / "storyline.db", hostile=True)
    store = Store.open(path, readonly=True)
    yield store
    store.close()


@pytest.mark.parametrize("text", HOSTILE_STRINGS)
def test_json_for_script_round_trips_without_markup_characters(text: str) -> None:
    embedded = json_for_script({"text": text, "list": [text]})
    assert not set(embedded) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(embedded) == {"text": text, "list": [text]}


def _blocks(html: str) -> dict[str, str]:
    return dict(re.findall(r'<script type="application/json" id="([a-z0-9-]+)">(.*?)</script>', html, flags=re.S))


def _page_data(html: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The page's index and every article's compact layers (from all the text blocks)."""
    blocks = _blocks(html)
    texts = {}
    for name, block in blocks.items():
        if name.startswith("sl-texts-"):
            texts.update(json.loads(block))
    return json.loads(blocks["sl-data"]), texts


def test_hostile_text_cannot_add_script_elements(hostile_store: Store) -> None:
    html = render_report(hostile_store)
    # the config, data and texts blocks plus the one inline script of the app; nothing from the data
    assert len(re.findall(r"<script\b", html, flags=re.I)) == 4
    assert "onerror" not in html.replace(front_end_script(), "").replace("\\u003cimg src=x onerror", "")
    blocks = _blocks(html)
    assert set(blocks) == {"sl-config", "sl-data", "sl-texts-0"}
    texts = json.loads(blocks["sl-texts-0"])
    assert texts["art-evil"]["text"] == HOSTILE_TEXT
    data = json.loads(blocks["sl-data"])
    titles = {story["id"]: story["title"] for story in data["stories"]}
    assert titles["story-evil"].startswith('"><img')


def test_csp_allows_only_the_inlined_script_and_style(hostile_store: Store) -> None:
    html = render_report(hostile_store)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp is not None
    policy = csp.group(1)
    assert "default-src 'none'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    script = re.findall(r"<script>(.*?)</script>", html, flags=re.S)
    style = re.findall(r"<style>(.*?)</style>", html, flags=re.S)
    assert len(script) == 1 and len(style) == 1
    assert f"script-src {csp_hash(script[0])}" in policy
    assert f"style-src {csp_hash(style[0])}" in policy
    assert "http://" not in policy and "https://" not in policy


def test_front_end_never_parses_data_as_html() -> None:
    script = front_end_script()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in script


def test_bundle_links_mentions_and_event_sentences_to_corpus_objects(hostile_store: Store) -> None:
    index, texts = _page_data(render_report(hostile_store))
    english = texts["art-en"]
    # compact layers: mentions [start, end, kind, entity id]; events [start, end, type, status, event id, summary]
    by_text = {english["text"][m[0] : m[1]]: m[3] for m in english["mentions"]}
    assert by_text["Vladimir Putin"] == "ent-putin"
    assert by_text["United Nations"] == "ent-un"
    assert [m[2] for m in english["mentions"]] == ["PER", "PER", "LOC", "PER", "ORG"]
    start, end, event_type, status, event_id, _ = english["events"][0]
    assert (event_type, status, event_id) == ("CONSULT", "reported", "ev-consult")
    assert english["text"][start:end].startswith("Vladimir Putin met")
    assert english["times"][0][2:] == ["2022-08-05", "2022-08-05", "day", "exact"]
    russian_event = texts["art-ru"]["events"][0]
    assert russian_event[4] == "ev-consult"  # the same real-world event, reported in Russian
    counts = index["meta"]["counts"]
    assert counts == {"stories": 2, "events": 6, "entities": 5, "articles": 4}
    story = next(s for s in index["stories"] if s["id"] == "story-sochi")
    assert story["size"] == 3 and story["event_count"] == 4


def test_article_texts_are_split_into_lazily_parsed_blocks(
    hostile_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle_module, "TEXT_CHUNK", 3)
    html = render_report(hostile_store)
    blocks = _blocks(html)
    data = json.loads(blocks["sl-data"])
    assert {b for b in blocks if b.startswith("sl-texts")} == {"sl-texts-0", "sl-texts-1"}
    for meta in data["articles"]:
        assert meta["id"] in json.loads(blocks[f"sl-texts-{meta['chunk']}"])


def test_write_report_writes_one_file(hostile_store: Store, tmp_path: Path) -> None:
    path = write_report(hostile_store, tmp_path)
    assert path == tmp_path / "report.html"
    html = path.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)  # nothing fetched at view time


def test_report_of_an_empty_store_is_valid(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "storyline.db")
    try:
        html = render_report(store)
    finally:
        store.close()
    data = json.loads(_blocks(html)["sl-data"])
    assert data["stories"] == [] and data["meta"]["counts"]["articles"] == 0


def test_plover_palette_covers_the_sixteen_types_once() -> None:
    palette = plover_palette()
    assert set(palette["quads"]) == {
        "verbal_cooperation",
        "material_cooperation",
        "verbal_conflict",
        "material_conflict",
    }
    members = [t for quad in palette["quads"].values() for t in quad["types"]]
    assert sorted(members) == sorted(EVENT_TYPES) and len(members) == 16
    assert set(palette["type_colours"]) == set(EVENT_TYPES)
    colours = [q["colour"] for q in palette["quads"].values()] + list(palette["type_colours"].values())
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in colours)
    assert quad_of("ASSAULT") == "material_conflict" and quad_of("CONSULT") == "verbal_cooperation"
    assert quad_of("NOT_A_TYPE") is None


def test_evidence_keeps_its_sentence_only_when_the_text_slice_differs() -> None:
    text = "First sentence. Second one here."
    evidence = [
        Evidence(article_id="a", sentence="Second one here.", start=16, end=32),
        Evidence(article_id="a", sentence="Second  one (edited)", start=16, end=32),
        Evidence(article_id="gone", sentence="From an article not in the store.", start=0, end=33),
    ]
    event = Event(
        id="ev",
        type="CONSULT",
        mode=None,
        actors=(),
        recipients=(),
        location=None,
        date=DateValue(None, None, "unknown", "unresolved"),
        status="reported",
        summary="",
        evidence=tuple(evidence),
        confidence=0.5,
    )
    slices = EvidenceSlices()
    slices.expect(event)
    slices.record(Article(id="a", source="a.txt", text=text, language="en"))
    slices.record(Article(id="other", source="b.txt", text="Unrelated text, no evidence in it.", language="en"))
    assert compact_evidence(event_view(event), slices)["evidence"] == [
        ["a", 16, 32],
        ["a", 16, 32, "Second  one (edited)"],
        ["gone", 0, 33, "From an article not in the store."],
    ]
