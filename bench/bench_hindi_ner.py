"""Hindi entities (best effort, issue #4): mention F1 on HiNER against the entity stage.

HiNER (``../shared/eval/ner/hiner``, CC BY-SA 4.0, ``train: yes``) ships its validation split here,
in CoNLL form (word, tab, BIO tag, one sentence per block) with 11 collapsed types; PERSON,
ORGANIZATION and LOCATION are compared with our PER, ORG and LOC (exact span and kind), the other
types are left out on both sides. The Hindi name lexicon (:mod:`storyline.entities.hindi_lexicon`)
is learned from a fixed 70 % of its sentences (by sentence hash); only the other 30 % are read
here, sampled with a fixed seed; tokens are joined with single spaces.

Usage: ``python bench/bench_hindi_ner.py [--sentences 1500]``
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_entities import KINDS, Span, predict, predicted_spans, prf
from bench.common import eval_dir, save_results, table
from storyline.entities.hindi_lexicon import HINER_PATH, is_test_sentence, read_hiner
from storyline.entities.stage import EntityStage


def hiner(root: Path, sentences: int, seed: int = 7) -> tuple[dict[str, tuple[str, str]], set[Span]]:
    held_out = [s for s in read_hiner(root.joinpath(*HINER_PATH)) if is_test_sentence([w for w, _, _ in s])]
    random.Random(seed).shuffle(held_out)
    docs: dict[str, tuple[str, str]] = {}
    gold: set[Span] = set()
    for n, sentence in enumerate(held_out[:sentences]):
        doc = f"hi-{n}"
        text = ""
        spans: list[tuple[int, int, str]] = []  # the last one grows while its I- tags follow
        previous = ""
        for word, kind, opens in sentence:
            start = len(text) + (1 if text else 0)
            text = f"{text} {word}" if text else word
            if kind and not opens and previous == kind:
                spans[-1] = (spans[-1][0], len(text), kind)
            elif kind:
                spans.append((start, len(text), kind))
            previous = kind
        docs[doc] = ("hi", text)
        gold |= {(doc, s, e, k) for s, e, k in spans}
    return docs, gold


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=1500)
    args = parser.parse_args()
    root = eval_dir()
    if not (root / "ner" / "hiner").exists():
        print("HiNER not found under", root, "- nothing to measure")
        return
    stage = EntityStage()
    stage.kb  # load the knowledge base outside the timing  # noqa: B018
    docs, gold = hiner(root, args.sentences)
    cpu = time.process_time()
    articles, _wall = predict(stage, docs)
    cpu = time.process_time() - cpu
    pred = predicted_spans(articles)
    p, r, f = prf(gold, pred)
    per_kind = {k: prf({g for g in gold if g[3] == k}, {s for s in pred if s[3] == k}) for k in KINDS}
    rows = [
        [
            "HiNER validation (hi)",
            len(docs),
            len(gold),
            f"{p:.3f}",
            f"{r:.3f}",
            f"{f:.3f}",
            *(f"{per_kind[k][2]:.3f}" for k in KINDS),
        ]
    ]
    markdown = (
        f"## Hindi: HiNER validation, held-out 30 %, {len(docs)} sentences sampled (seed 7), "
        "PER/ORG/LOC exact span + kind\n\n"
        + table(["set", "sentences", "gold", "P", "R", "F1", "F1 PER", "F1 ORG", "F1 LOC"], rows)
        + "\n\nBest effort (issue #4 sets no goal for Hindi). "
        + f"Entity stage CPU: {1000 * cpu / len(docs):.1f} ms/sentence."
    )
    figures = {"hi": {"p": p, "r": r, "f1": f, **{f"f1_{k}": per_kind[k][2] for k in KINDS}}, "sentences": len(docs)}
    print(markdown)
    save_results(
        "entities_hindi", markdown, figures, command=f"python bench/bench_hindi_ner.py --sentences {args.sentences}"
    )


if __name__ == "__main__":
    main()
