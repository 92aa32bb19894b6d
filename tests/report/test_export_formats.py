"""``storyline export``: CSV/Parquet tables, the GraphML actor graph and PLOVER records."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from storyline.errors import MissingExtraError, UsageError
from storyline.export import export_store
from tests.report.report_fixtures import ERDOGAN, PUTIN, UN, fill_store

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture()
def out_dir(tmp_path: Path) -> Path:
    fill_store(tmp_path / "storyline.db", hostile=True)
    return tmp_path


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_writes_one_table_per_kind(out_dir: Path) -> None:
    written = export_store(out_dir, "csv", dest=None)
    assert written == out_dir / "export-csv"
    assert sorted(p.name for p in written.iterdir()) == [
        "articles.csv",
        "entities.csv",
        "event_entities.csv",
        "events.csv",
        "stories.csv",
    ]
    events = {row["id"]: row for row in _read_csv(written / "events.csv")}
    assert events["ev-consult"]["type"] == "CONSULT"
    assert events["ev-consult"]["quad"] == "verbal_cooperation"
    assert events["ev-consult"]["date_start"] == "2022-08-05"
    assert len(json.loads(events["ev-consult"]["evidence"])) == 2
    links = _read_csv(written / "event_entities.csv")
    assert {"event_id": "ev-request", "entity_id": UN, "role": "recipient"} in links
    entities = {row["id"]: row for row in _read_csv(written / "entities.csv")}
    aliases = json.loads(entities[PUTIN]["aliases"])
    assert {"text": "Путин", "lang": "ru", "count": 1} in aliases
    articles = {row["id"]: row for row in _read_csv(written / "articles.csv")}
    assert articles["art-ru"]["text"].startswith("Путин провёл")


def test_csv_cells_cannot_become_spreadsheet_formulas(tmp_path: Path, out_dir: Path) -> None:
    written = export_store(out_dir, "csv", dest=tmp_path / "tables")
    entities = {row["id"]: row for row in _read_csv(written / "entities.csv")}
    assert entities["ent-evil"]["kb_id"] == ""  # None stays empty
    stories = {row["id"]: row for row in _read_csv(written / "stories.csv")}
    for row in stories.values():
        assert not row["title"].startswith(("=", "+", "-", "@"))


def test_csv_prefixes_formula_like_text(tmp_path: Path) -> None:
    from storyline.export import write_csv

    path = tmp_path / "t.csv"
    write_csv(path, [{"id": "x", "title": '=HYPERLINK("http://evil")', "n": -3}])
    row = _read_csv(path)[0]
    assert row["title"] == '\'=HYPERLINK("http://evil")'
    assert row["n"] == "-3"


def test_csv_is_written_from_a_stream_of_rows(tmp_path: Path) -> None:
    from storyline.export import write_csv

    rows = ({"id": f"a{n}", "text": f"paragraph {n}\n\nsecond, with a comma"} for n in range(3))
    write_csv(tmp_path / "stream.csv", rows)
    assert [(r["id"], r["text"]) for r in _read_csv(tmp_path / "stream.csv")] == [
        (f"a{n}", f"paragraph {n}\n\nsecond, with a comma") for n in range(3)
    ]
    write_csv(tmp_path / "empty.csv", iter(()))
    assert (tmp_path / "empty.csv").read_bytes() == b"id\r\n"


def test_csv_article_rows_match_the_jsonl_export(tmp_path: Path, out_dir: Path) -> None:
    from storyline.exports import write_exports
    from storyline.store import Store

    written = export_store(out_dir, "csv", dest=tmp_path / "tables")
    store = Store.open(out_dir / "storyline.db", readonly=True)
    try:
        write_exports(store, tmp_path)
    finally:
        store.close()
    exported = [
        json.loads(line) for line in (tmp_path / "articles.jsonl").read_text(encoding="utf-8").split("\n") if line
    ]
    rows = _read_csv(written / "articles.csv")
    assert [(r["id"], r["story_id"]) for r in rows] == [(a["id"], a["story_id"]) for a in exported]
    assert [json.loads(r["times"]) for r in rows] == [a["times"] for a in exported]


def test_graphml_has_entities_as_nodes_and_typed_event_edges(out_dir: Path) -> None:
    written = export_store(out_dir, "graphml", dest=None)
    root = ET.parse(written).getroot()
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(f"{GRAPHML}key")}
    graph = root.find(f"{GRAPHML}graph")
    assert graph is not None and graph.get("edgedefault") == "directed"
    nodes = {n.get("id") for n in graph.iter(f"{GRAPHML}node")}
    assert {PUTIN, ERDOGAN, UN} <= nodes
    edges = []
    for edge in graph.iter(f"{GRAPHML}edge"):
        data = {keys[d.get("key")]: d.text for d in edge.iter(f"{GRAPHML}data")}
        edges.append((edge.get("source"), edge.get("target"), data["type"]))
    assert (PUTIN, ERDOGAN, "CONSULT") in edges
    assert (ERDOGAN, UN, "REQUEST") in edges
    assert not any(t == "AGREE" for _, _, t in edges)  # no recipient: no edge


def test_plover_records_name_actors_with_countries(out_dir: Path) -> None:
    written = export_store(out_dir, "plover", dest=None)
    records = {r["id"]: r for r in map(json.loads, written.read_text(encoding="utf-8").splitlines())}
    consult = records["ev-consult"]
    assert consult["event_type"] == "CONSULT" and consult["mode"] == "visit"
    assert consult["source"][0]["name"] == "Vladimir Putin" and consult["source"][0]["country"] == "RUS"
    assert consult["target"][0]["country"] == "TUR"
    assert consult["location"]["name"] == "Sochi"
    assert consult["event_date"] == "2022-08-05"
    assert {e["article_id"] for e in consult["evidence"]} == {"art-en", "art-ru"}
    assert consult["text"].startswith("Vladimir Putin met")


def test_parquet_tables_round_trip(out_dir: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    written = export_store(out_dir, "parquet", dest=None)
    table = pq.read_table(written / "events.parquet")
    assert {"CONSULT", "AGREE", "REQUEST", "ACCUSE", "THREATEN"} < set(table.column("type").to_pylist())


def test_parquet_without_pyarrow_says_how_to_install(out_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingExtraError, match=r"storyline\[parquet\]"):
        export_store(out_dir, "parquet", dest=None)


def test_export_without_a_store_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no store"):
        export_store(tmp_path, "csv", dest=None)
    with pytest.raises(UsageError, match="format"):
        export_store(tmp_path, "xlsx", dest=None)


def test_export_command_writes_the_format_asked_for(out_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from storyline.cli import main

    assert main(["export", "--out", str(out_dir), "--format", "graphml"]) == 0
    assert (out_dir / "export-graphml" / "actors.graphml").is_file()
    assert "actors.graphml" in capsys.readouterr().out
