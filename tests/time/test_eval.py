"""Accuracy floor on public TimeML data (skipped when ../shared/eval is absent)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.eval
def test_tempeval3_platinum_value_f1_beats_heideltime(eval_dir: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_time import ours, read_tml, score_docs

    folder = eval_dir / "timex" / "tempeval3" / "data" / "TempEval3" / "Evaluation" / "te3-platinum"
    docs = [read_tml(path) for path in sorted(folder.glob("*.tml"))]
    assert len(docs) == 20
    result = score_docs(docs, ours)
    assert result.value_f1 > 0.776  # HeidelTime's TempEval-3 value F1


@pytest.mark.eval
def test_meantime_value_accuracy(eval_dir: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_time import ours, read_meantime_xml, score_docs

    folder = eval_dir / "meantime-en-xml" / "data" / "meantime_newsreader_english_oct15" / "intra-doc_annotation"
    docs = [d for path in sorted(folder.glob("*/*.xml")) if (d := read_meantime_xml(path)) is not None]
    assert len(docs) >= 100
    result = score_docs(docs, ours, only="DATE")
    assert result.accuracy > 0.85
    assert result.f1 > 0.85
