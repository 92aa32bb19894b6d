"""Real output validates against the JSON Schemas shipped in the package, and ids are stable."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from storyline.cli import main
from storyline.schema import OUTPUT_FILES, load_schema
from tests.core.corpus_builder import DE_TEXT, EN_TEXT, FR_TEXT, RU_TEXT


def _write_inputs(root: Path) -> Path:
    src = root / "in"
    src.mkdir()
    (src / "en.txt").write_text(EN_TEXT, encoding="utf-8")
    (src / "ru.txt").write_text(RU_TEXT, encoding="utf-8")
    (src / "feed.jsonl").write_text(
        json.dumps({"text": FR_TEXT, "title": "Budget", "published": "2024-03-05", "outlet": "Le Journal"})
        + "\n"
        + json.dumps({"text": DE_TEXT})
        + "\n",
        encoding="utf-8",
    )
    (src / "broken.jsonl").write_text("{oops\n", encoding="utf-8")
    return src


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("contract")
    src = _write_inputs(root)
    outs = []
    for name in ("a", "b"):
        out = root / name
        assert main(["run", str(src), "--out", str(out), "--quiet"]) == 0
        outs.append(out)
    return outs[0], outs[1]


@pytest.mark.parametrize("name", OUTPUT_FILES)
def test_output_records_match_schema(two_runs: tuple[Path, Path], name: str) -> None:
    out = two_runs[0]
    path = out / f"{name}.jsonl"
    assert path.exists()
    validator = jsonschema.Draft202012Validator(load_schema(name))
    for line in path.read_text(encoding="utf-8").splitlines():
        errors = sorted(validator.iter_errors(json.loads(line)), key=str)
        assert not errors, f"{name}: {errors[0].message}"


def test_run_json_and_report_written(two_runs: tuple[Path, Path]) -> None:
    out = two_runs[0]
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    jsonschema.validate(run, load_schema("run"))
    assert run["counts"]["inputs"] == 5
    assert run["counts"]["articles"] == 4
    assert run["counts"]["rejected_by_reason"] == {"parse_error": 1}
    assert (out / "report.html").stat().st_size > 0
    assert (out / "storyline.db").exists()


def test_ids_are_the_same_on_every_run(two_runs: tuple[Path, Path]) -> None:
    a, b = two_runs
    for name in OUTPUT_FILES:
        ids_a = [json.loads(x).get("id") for x in (a / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
        ids_b = [json.loads(x).get("id") for x in (b / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
        assert ids_a == ids_b, name


def test_article_offsets_point_into_text(two_runs: tuple[Path, Path]) -> None:
    out = two_runs[0]
    for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        for t in article["times"]:
            assert article["text"][t["start"] : t["end"]] == t["text"]
    texts = {json.loads(x)["id"]: json.loads(x)["text"] for x in (out / "articles.jsonl").read_text().splitlines()}
    for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines():
        for ev in json.loads(line)["evidence"]:
            assert texts[ev["article_id"]][ev["start"] : ev["end"]] == ev["sentence"]


def test_metadata_from_jsonl_is_kept(two_runs: tuple[Path, Path]) -> None:
    out = two_runs[0]
    articles = [json.loads(x) for x in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    fr = next(a for a in articles if a["language"] == "fr")
    assert fr["published"] == "2024-03-05"
    assert fr["published_basis"] == "metadata"
    assert fr["outlet"] == "Le Journal"
    assert fr["title"] == "Budget"
