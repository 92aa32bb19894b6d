"""Build the event-type classifier weights (``storyline/data/events/type_classifier.npz``).

Training data: the hand-written multilingual sentences in ``storyline/data/events/train_examples.tsv``
plus the *train* part of the PLOVER gold standard records (OEDA, CC BY-SA 4.0, marked ``train: yes``
in ../shared/eval/SOURCES.md; see NOTICE). The test part (a fixed 30 % chosen by a hash of the record
id, see :func:`gsr_split`) is never used here and is what ``bench/bench_events.py`` reports on.

Run from the repository root::

    python -m storyline.events.train [--eval ../shared/eval] [--out src/storyline/data/events/type_classifier.npz]
"""

from __future__ import annotations

import argparse
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from storyline.events.classifier import NO_EVENT, SentenceEmbedder
from storyline.events.ontology import PloverOntology, load_ontology
from storyline.ids import digest

log = logging.getLogger(__name__)

GSR_PATH = ("plover", "gold_standard_records", "PLOVER_GSR_CAMEO.txt")
TEST_SHARE = 3  # of 10 buckets


@dataclass(frozen=True)
class GsrRecord:
    id: str
    text: str
    type: str
    actors: tuple[str, ...]
    recipients: tuple[str, ...]


def gsr_split(record_id: str) -> str:
    """``train`` or ``test``, fixed by a hash of the record id."""
    return "test" if int(digest(record_id), 16) % 10 < TEST_SHARE else "train"


def _actor_texts(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(str(item.get("actorText", "")) for item in value if isinstance(item, dict) and item.get("actorText"))


def read_gsr(eval_dir: Path, ontology: PloverOntology) -> list[GsrRecord]:
    """The coded sentences of the PLOVER gold standard records, with types mapped to the 16 types."""
    raw = json.loads(eval_dir.joinpath(*GSR_PATH).read_text(encoding="utf-8"))
    records = []
    for item in raw:
        event_type = ontology.normalise_type(str(item.get("event", "")))
        if event_type is None or not item.get("text"):
            continue
        records.append(
            GsrRecord(
                id=item["id"],
                text=item["text"],
                type=event_type,
                actors=_actor_texts(item.get("source")),
                recipients=_actor_texts(item.get("target")),
            )
        )
    return records


def read_own_examples() -> list[tuple[str, str, str]]:
    """(lang, type, sentence) rows written by hand for storyline."""
    from storyline.events.lexicon import _data_text

    rows = []
    for line in _data_text("events", "train_examples.tsv").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        lang, label, sentence = line.split("\t")
        rows.append((lang, label, sentence))
    return rows


def training_set(eval_dir: Path | None, ontology: PloverOntology) -> tuple[list[str], list[str]]:
    texts: list[str] = []
    labels: list[str] = []
    for _lang, label, sentence in read_own_examples():
        texts.append(sentence)
        labels.append(label)
    if eval_dir is not None and eval_dir.joinpath(*GSR_PATH).is_file():
        for record in read_gsr(eval_dir, ontology):
            if gsr_split(record.id) == "train":
                texts.append(record.text)
                labels.append(record.type)
    else:
        log.warning("PLOVER gold standard records not found; training on the hand-written examples only")
    return texts, labels


def fit(vectors: np.ndarray, labels: list[str], *, c: float = 0.5) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Logistic regression on standardised embeddings, with the standardisation folded into the weights.

    e5 vectors share a large common direction, so unscaled they give nearly uniform probabilities.
    """
    from sklearn.linear_model import LogisticRegression

    mean = vectors.mean(axis=0)
    scale = vectors.std(axis=0) + 1e-6
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    model.fit((vectors - mean) / scale, labels)
    coef = model.coef_ / scale
    intercept = model.intercept_ - coef @ mean
    return coef.astype(np.float32), intercept.astype(np.float32), np.asarray(model.classes_, dtype=str)


def build(eval_dir: Path | None, out: Path) -> dict[str, int]:
    ontology = load_ontology()
    texts, labels = training_set(eval_dir, ontology)
    vectors = SentenceEmbedder().embed(texts)
    coef, intercept, classes = fit(vectors, labels)
    assert NO_EVENT in set(classes.tolist())
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, coef=coef, intercept=intercept, classes=classes)
    return {label: labels.count(label) for label in sorted(set(labels))}


def main() -> None:
    root = Path(__file__).resolve().parents[3]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=root.parent / "shared" / "eval")
    parser.add_argument(
        "--out", type=Path, default=root / "src" / "storyline" / "data" / "events" / "type_classifier.npz"
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    counts = build(args.eval if args.eval.is_dir() else None, args.out)
    log.info("wrote %s from %d sentences: %s", args.out, sum(counts.values()), counts)


if __name__ == "__main__":
    main()
