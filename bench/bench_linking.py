"""Linking benchmark: cross-lingual entity linking on slavicner, exact signatures vs fuzzy merge.

Run from the repository root: ``python bench/bench_linking.py``. The slavicner cross-topic test
split (read from ../shared/eval at run time) goes through the real EntityStage once; the linker
then runs twice over the same mentions, once with exact name signatures only (``fuzzy=False``,
the previous behaviour) and once with the fuzzy merge of non-KB keys. Pairwise precision / recall
over correctly found mentions against gold cross-lingual ids uses the helpers of
``bench_entities``. New merges (keys joined only by the fuzzy step) are listed with their gold
verdict so they can be checked by eye. ``--cache PATH`` keeps the stage output in a pickle
outside the repository for quicker development runs.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_entities import linking_pairs, pairwise_linking, predict, slavicner
from bench.common import eval_dir, save_results, table
from storyline.entities.link import link_entities
from storyline.entities.stage import EntityStage
from storyline.model import Article


def _articles(cache: str) -> tuple[dict[str, Article], dict[tuple[str, int, int], str], set[tuple[str, int, int, str]]]:
    docs, gold, xids = slavicner(eval_dir())
    if cache and Path(cache).exists():
        with open(cache, "rb") as handle:
            articles = pickle.load(handle)
    else:
        articles, _seconds = predict(EntityStage(), docs)
        if cache:
            with open(cache, "wb") as handle:
                pickle.dump(articles, handle)
    return articles, xids, gold


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", default="", help="pickle of the stage output (outside the repo)")
    parser.add_argument("--examples", type=int, default=40)
    args = parser.parse_args()
    articles, xids, gold = _articles(args.cache)
    rows = []
    links = {}
    for label, fuzzy in (("exact signatures (before)", False), ("fuzzy merge (after)", True)):
        started = time.process_time()
        link = link_entities(articles.values(), fuzzy=fuzzy)
        cpu = time.process_time() - started
        links[label] = link
        p, r = pairwise_linking(linking_pairs(articles, link, xids, gold))
        rows.append([label, p, r, len(link.entities), cpu])
    before, after = links["exact signatures (before)"], links["fuzzy merge (after)"]

    # gold xid of each key (by its correctly found mentions)
    key_xids: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles.values():
        for m in article.mentions:
            xid = xids.get((article.id, m.start, m.end))
            if xid is not None and (article.id, m.start, m.end, m.kind) in gold:
                key_xids[m.key][xid] += 1
    names_before = {e.id: e.name for e in before.entities}
    old_groups: dict[str, set[str]] = defaultdict(set)
    for key, eid in after.key_to_entity.items():
        old_groups[eid].add(before.key_to_entity[key])
    examples: list[list[object]] = []
    verdicts: Counter[str] = Counter()
    by_id = {e.id: e for e in after.entities}
    for eid, olds in sorted(old_groups.items(), key=lambda kv: (-by_id[kv[0]].mentions, kv[0])):
        if len(olds) < 2:
            continue
        parts = []
        part_xids = []
        for old in sorted(olds, key=lambda o: names_before[o]):
            keys = [k for k, v in before.key_to_entity.items() if v == old]
            xs: Counter[str] = Counter()
            for k in keys:
                xs.update(key_xids.get(k, Counter()))
            top = xs.most_common(1)[0][0] if xs else "?"
            part_xids.append(top)
            parts.append(f"{names_before[old]} [{top}]")
        known = [x for x in part_xids if x != "?"]
        verdict = "no gold" if len(known) < 2 else ("right" if len(set(known)) == 1 else "WRONG")
        verdicts[verdict] += 1
        if len(examples) < args.examples:
            examples.append([by_id[eid].kind, " + ".join(parts), verdict])
    markdown = (
        "## slavicner cross-topic test: cross-lingual linking over correctly found mentions\n\n"
        + table(["linker", "pairwise P", "pairwise R", "entities", "link CPU s"], rows)
        + "\n\nGoals: P ≥ 0.98 kept, R up (bench_entities goal P ≥ 0.95, R ≥ 0.85).\n\n"
        + f"New merges: {sum(verdicts.values())}; by gold xid of the merged parts: "
        + ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items()))
        + "\n\n## Examples of new merges (name [gold xid of its mentions])\n\n"
        + table(["kind", "merged", "gold"], examples)
    )
    figures = {
        "rows": rows,
        "merges": dict(verdicts),
    }
    save_results("linking", markdown, figures, command="python bench/bench_linking.py")


if __name__ == "__main__":
    main()
