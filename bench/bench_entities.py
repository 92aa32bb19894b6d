"""Entities: mention detection F1, cross-lingual linking, the seed articles, speed.

Sets (test splits only; large sets sampled with a fixed seed, said in the table):

- ``slavicner`` (bg cs pl ru sl uk), the cross-topic test split: mention F1 per language over
  PER/ORG/LOC (exact span and kind), and cross-lingual linking as pairwise precision/recall over
  the correctly found mentions, against the gold cross-lingual ids (xid);
- ``ner/factrueval`` test and ``ner/nerel`` test (ru): F1 beside natasha's NER on the same docs;
- ``ner/ner-uk`` test (uk): F1;
- ``ner/wikineural`` test (en de fr es it pl): F1 per language over PER/ORG/LOC (MISC left out on
  both sides), on every test sentence (about 10,000 per language; a 400-sentence sample, the default
  until session 5, moved F1 by ±0.02 from one sample to the next);
- the three seed articles (cleaned by the real CleanStage): gold entities found, and Putin, Biden,
  Blinken, Donfried and NATO each one entity across the articles;
- speed: articles/s of the entity stage on the slavicner articles.

Usage: ``python bench/bench_entities.py [--wikineural-sentences N] [--quick]`` (N = 0: all)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import eval_dir, samples_dir, save_results, table
from storyline.entities.link import LinkResult, link_entities
from storyline.entities.stage import EntityStage
from storyline.model import Article

KINDS = ("PER", "ORG", "LOC")
Span = tuple[str, int, int, str]  # doc, start, end, kind


def prf(gold: set[Span], pred: set[Span]) -> tuple[float, float, float]:
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def predict(stage: EntityStage, docs: dict[str, tuple[str, str]]) -> tuple[dict[str, Article], float]:
    """Run the entity stage over ``docs`` (id -> (lang, text)); returns articles and seconds."""
    started = time.perf_counter()
    out = {}
    for doc_id, (lang, text) in docs.items():
        (article,) = stage.process([Article(id=doc_id, source=doc_id, text=text, language=lang)])
        out[doc_id] = article
    return out, time.perf_counter() - started


def predicted_spans(articles: dict[str, Article]) -> set[Span]:
    return {(aid, m.start, m.end, m.kind) for aid, a in articles.items() for m in a.mentions if m.kind in KINDS}


def natasha_spans(stage: EntityStage, docs: dict[str, tuple[str, str]]) -> set[Span]:
    out = set()
    for doc_id, (_lang, text) in docs.items():
        for start, end, kind in stage.detector.natasha_spans(text):
            if kind in KINDS:
                out.add((doc_id, start, end, kind))
    return out


# -- slavicner ------------------------------------------------------------------------------


def slavicner(root: Path) -> tuple[dict[str, tuple[str, str]], set[Span], dict[tuple[str, int, int], str]]:
    base = root / "slavicner"
    docs: dict[str, tuple[str, str]] = {}
    gold: set[Span] = set()
    xids: dict[tuple[str, int, int], str] = {}
    for rel in (base / "SPLIT_cross-topic_test.txt").read_text(encoding="utf-8").split():
        raw = base / rel
        ann = base / ("ner" + rel[3:-4] + ".tsv")
        if not raw.exists() or not ann.exists():
            continue
        lang = rel.split("/")[2]
        docs[rel] = (lang, raw.read_text(encoding="utf-8"))
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) < 6 or parts[4] not in KINDS:
                continue
            start, end = int(parts[0]), int(parts[1])
            gold.add((rel, start, end, parts[4]))
            xids[(rel, start, end)] = parts[5]
    return docs, gold, xids


def linking_pairs(
    articles: dict[str, Article],
    link: LinkResult,
    xids: dict[tuple[str, int, int], str],
    gold: set[tuple[str, int, int, str]],
) -> list[tuple[str, str]]:
    """(gold cross-lingual id, our entity id) for every correctly found mention that has a gold id."""
    pairs = []
    for article in articles.values():
        for m in article.mentions:
            xid = xids.get((article.id, m.start, m.end))
            if xid is not None and (article.id, m.start, m.end, m.kind) in gold:
                pairs.append((xid, link.key_to_entity[m.key]))
    return pairs


def pairwise_linking(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    """Pairwise precision/recall of predicted clusters against gold clusters over the same items."""

    def same_pairs(counter: Counter[object]) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    both = same_pairs(Counter(pairs))
    pred = same_pairs(Counter(p for _g, p in pairs))
    gold = same_pairs(Counter(g for g, _p in pairs))
    return (both / pred if pred else 0.0), (both / gold if gold else 0.0)


# -- Russian and Ukrainian sets ---------------------------------------------------------------


def factrueval(root: Path) -> tuple[dict[str, tuple[str, str]], set[Span]]:
    base = root / "ner" / "factrueval" / "testset"
    kind_of = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
    docs, gold = {}, set()
    for txt in sorted(base.glob("book_*.txt")):
        doc = txt.stem
        docs[doc] = ("ru", txt.read_text(encoding="utf-8-sig"))
        spans = {}
        for line in txt.with_suffix(".spans").read_text(encoding="utf-8-sig").splitlines():
            parts = line.split()
            if len(parts) >= 4:
                spans[parts[0]] = (int(parts[2]), int(parts[2]) + int(parts[3]))
        for line in txt.with_suffix(".objects").read_text(encoding="utf-8-sig").splitlines():
            head = line.split("#", 1)[0].split()
            if len(head) < 3 or head[1] not in kind_of:
                continue
            parts = [spans[s] for s in head[2:] if s in spans]
            if parts:
                gold.add((doc, min(s for s, _ in parts), max(e for _, e in parts), kind_of[head[1]]))
    return docs, gold


def brat(files: Iterable[Path], lang: str, kind_of: dict[str, str]) -> tuple[dict[str, tuple[str, str]], set[Span]]:
    docs, gold = {}, set()
    for ann in files:
        doc = ann.stem
        docs[doc] = (lang, ann.with_suffix(".txt").read_text(encoding="utf-8"))
        spans = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            if not line.startswith("T"):
                continue
            fields = line.split("\t")
            if len(fields) >= 5 and fields[2].isdigit():  # "T1<TAB>LOC<TAB>112<TAB>119<TAB>text"
                kind, offsets = fields[1], fields[2:4]
            else:  # "T1<TAB>LOC 112 119<TAB>text"
                kind, *offsets = fields[1].replace(";", " ").split() if len(fields) > 1 else ["", ""]
            if kind in kind_of and len(offsets) == 2:
                spans.append((int(offsets[0]), int(offsets[1]), kind_of[kind]))
        for start, end, kind in spans:  # outermost mentions of the kinds scored
            if not any(s <= start and end <= e and (s, e) != (start, end) for s, e, _k in spans):
                gold.add((doc, start, end, kind))
    return docs, gold


def nerel(root: Path) -> tuple[dict[str, tuple[str, str]], set[Span]]:
    loc = {k: "LOC" for k in ("CITY", "COUNTRY", "STATE_OR_PROVINCE", "LOCATION", "DISTRICT")}
    kinds = {"PERSON": "PER", "ORGANIZATION": "ORG", **loc}
    return brat(sorted((root / "ner" / "nerel" / "NEREL-v1.1" / "test").glob("*.ann")), "ru", kinds)


def ner_uk(root: Path) -> tuple[dict[str, tuple[str, str]], set[Span]]:
    base = root / "ner" / "ner-uk" / "v2.0" / "data"
    lines = (base / "dev-test-split.txt").read_text(encoding="utf-8").split()
    test = set(lines[lines.index("TEST") + 1 :])
    files = sorted(p for sub in ("bruk", "ng") for p in (base / sub).glob("*.ann") if p.stem in test)
    return brat(files, "uk", {"PERS": "PER", "ORG": "ORG", "LOC": "LOC"})


# -- wikineural -------------------------------------------------------------------------------


def wikineural(
    root: Path, lang: str, sentences: int, seed: int = 7, split: str = "test"
) -> tuple[dict[str, tuple[str, str]], set[Span]]:
    path = root / "ner" / "wikineural" / "data" / "wikineural" / lang / f"{split}.conllu"
    blocks = [b for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    random.Random(seed).shuffle(blocks)
    docs, gold = {}, set()
    for n, block in enumerate(blocks[:sentences] if sentences > 0 else blocks):
        doc = f"{lang}-{n}"
        text, spans, current = "", [], None
        for line in block.splitlines():
            parts = line.split("\t")
            if len(parts) < 3:
                continue
            word, tag = parts[1], parts[2]
            start = len(text) + (1 if text else 0)
            text = f"{text} {word}" if text else word
            end = len(text)
            if tag.startswith("B-") or (tag.startswith("I-") and (current is None or current[2] != tag[2:])):
                current = [start, end, tag[2:]]
                spans.append(current)
            elif tag.startswith("I-") and current is not None:
                current[1] = end
            else:
                current = None
        docs[doc] = (lang, text)
        gold |= {(doc, s, e, k) for s, e, k in spans if k in KINDS}
    return docs, gold


# -- seeds ------------------------------------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def seeds() -> tuple[list[list[object]], dict[str, object]]:
    from storyline.clean.stage import CleanStage
    from storyline.io.readers import read_inputs

    base = samples_dir()
    gold = json.loads((base / "seeds_gold.json").read_text(encoding="utf-8"))["articles"]
    docs = list(read_inputs([str(p) for p in sorted((base / "seeds").glob("*.txt"))], max_doc_bytes=20_000_000))
    cleaned = CleanStage().process(docs)
    articles = EntityStage().process([a for a in cleaned if isinstance(a, Article)])
    link = link_entities(articles)
    by_id = {e.id: e for e in link.entities}
    rows: list[list[object]] = []
    found_total = gold_total = 0
    missing: list[str] = []
    for article in articles:
        name = Path(article.source).stem
        expected = gold.get(name, {}).get("entities", {})
        entity_ids = {link.key_to_entity[m.key] for m in article.mentions}
        names = {_norm(by_id[e].name) for e in entity_ids}
        aliases = {_norm(a.text) for e in entity_ids for a in by_id[e].aliases}
        found = 0
        for _kind, items in expected.items():
            for item in items:
                gold_total += 1
                if _norm(item) in names or _norm(item) in aliases:
                    found += 1
                else:
                    missing.append(f"{name[:3]}:{item}")
        found_total += found
        rows.append([name, article.language, len(article.mentions), f"{found}/{sum(map(len, expected.values()))}"])
    one_entity = {}
    for person in ("Vladimir Putin", "Joe Biden", "Antony Blinken", "Karen Donfried", "NATO"):
        ids = {e.id for e in link.entities if _norm(e.name) == _norm(person)}
        one_entity[person] = len(ids)
    figures = {"found": found_total, "gold": gold_total, "missing": missing, "entities_per_name": one_entity}
    return rows, figures


# -- main -------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--wikineural-sentences", type=int, default=0, help="0: every sentence")
    parser.add_argument("--wikineural-split", default="test", choices=("test", "val"), help="val for tuning")
    parser.add_argument("--quick", action="store_true", help="a small sample of every set, for development")
    parser.add_argument("--only", default="", help="comma-separated: seeds,slavicner,ru,uk,wikineural")
    args = parser.parse_args()
    only = set(filter(None, args.only.split(",")))
    root = eval_dir()
    stage = EntityStage()
    stage.kb  # load the knowledge base outside the timings  # noqa: B018
    figures: dict[str, object] = {}
    sections: list[str] = []

    def wanted(name: str) -> bool:
        return not only or name in only

    def limit(docs: dict[str, tuple[str, str]], n: int) -> dict[str, tuple[str, str]]:
        if not args.quick:
            return docs
        chosen = sorted(docs)
        random.Random(3).shuffle(chosen)
        return {d: docs[d] for d in sorted(chosen[:n])}

    if wanted("seeds"):
        rows, seed_figures = seeds()
        figures["seeds"] = seed_figures
        per_name = seed_figures["entities_per_name"]
        sections.append(
            "## Seeds (real CleanStage + EntityStage + link_entities)\n\n"
            + table(["article", "lang", "mentions", "gold entities found"], rows)
            + f"\n\nGold entities found: {seed_figures['found']}/{seed_figures['gold']}; missing: "
            + (", ".join(seed_figures["missing"]) or "none")  # type: ignore[arg-type]
            + "\n\nEntities per name across the seeds (goal 1 each): "
            + ", ".join(f"{k} {v}" for k, v in per_name.items())  # type: ignore[union-attr]
        )

    if wanted("slavicner"):
        docs, gold, xids = slavicner(root)
        docs = limit(docs, 60)
        gold = {g for g in gold if g[0] in docs}
        articles, seconds = predict(stage, docs)
        pred = predicted_spans(articles)
        rows = []
        for lang in ("bg", "cs", "pl", "ru", "sl", "uk"):
            g = {s for s in gold if docs[s[0]][0] == lang}
            p = {s for s in pred if docs[s[0]][0] == lang}
            row: list[object] = [lang, len({s[0] for s in g}), len(g), *prf(g, p)]
            row += [prf({s for s in g if s[3] == k}, {s for s in p if s[3] == k})[2] for k in KINDS]
            if lang == "ru":
                nat = natasha_spans(stage, {d: v for d, v in docs.items() if v[0] == "ru"})
                row.append(prf(g, nat)[2])
            else:
                row.append(None)
            rows.append(row)
        allp, allr, allf = prf(gold, pred)
        rows.append(["all", len(docs), len(gold), allp, allr, allf, None, None, None, None])
        link = link_entities(articles.values())
        pairs = linking_pairs(articles, link, xids, gold)
        lp, lr = pairwise_linking(pairs)
        cross = [(g, p) for g, p in pairs]
        chars = sum(len(t) for _l, t in docs.values())
        figures["slavicner"] = {"rows": rows, "link_p": lp, "link_r": lr, "seconds": seconds, "docs": len(docs)}
        sections.append(
            "## slavicner cross-topic test: mentions (exact span + kind, PER/ORG/LOC)\n\n"
            + table(["lang", "docs", "gold", "P", "R", "F1", "F1 PER", "F1 ORG", "F1 LOC", "natasha F1"], rows)
            + f"\n\nCross-lingual linking over {len(cross)} correctly found mentions, pairwise against gold xids: "
            + f"P {lp:.3f}, R {lr:.3f} (goal P ≥ 0.95, R ≥ 0.85).\n\n"
            + f"Speed: {len(docs) / seconds:.1f} articles/s ({chars / seconds / 1000:.1f} k chars/s) on one core."
        )
        figures["speed_articles_per_s"] = len(docs) / seconds

    if wanted("ru") or wanted("uk"):
        rows = []
        sets = []
        if wanted("ru"):
            sets += [("factrueval test (ru)", factrueval(root)), ("nerel test (ru)", nerel(root))]
        if wanted("uk"):
            sets += [("ner-uk test (uk)", ner_uk(root))]
        for name, (docs, gold) in sets:
            docs = limit(docs, 30)
            gold = {g for g in gold if g[0] in docs}
            articles, _seconds = predict(stage, docs)
            pred = predicted_spans(articles)
            row: list[object] = [name, len(docs), len(gold), *prf(gold, pred)]
            row += [prf({s for s in gold if s[3] == k}, {s for s in pred if s[3] == k})[2] for k in KINDS]
            row.append(prf(gold, natasha_spans(stage, docs))[2] if "(ru)" in name else None)
            rows.append(row)
        figures["ru_uk"] = rows
        sections.append(
            "## Russian and Ukrainian NER test sets (exact span + kind)\n\n"
            + table(["set", "docs", "gold", "P", "R", "F1", "F1 PER", "F1 ORG", "F1 LOC", "natasha F1"], rows)
        )

    if wanted("wikineural"):
        rows = []
        n = 60 if args.quick else args.wikineural_sentences
        for lang in ("en", "de", "fr", "es", "it", "pl"):
            docs, gold = wikineural(root, lang, n, split=args.wikineural_split)
            articles, _seconds = predict(stage, docs)
            pred = predicted_spans(articles)
            row = [lang, len(docs), len(gold), *prf(gold, pred)]
            row += [prf({s for s in gold if s[3] == k}, {s for s in pred if s[3] == k})[2] for k in KINDS]
            rows.append(row)
        figures["wikineural"] = rows
        sections.append(
            f"## wikineural {args.wikineural_split}, "
            + (f"{n} sentences per language sampled (seed 7), " if n > 0 else "every sentence, ")
            + "PER/ORG/LOC (goal F1 ≥ 0.75)\n\n"
            + table(["lang", "sentences", "gold", "P", "R", "F1", "F1 PER", "F1 ORG", "F1 LOC"], rows)
        )

    command = "python bench/bench_entities.py" + (" " + " ".join(sys.argv[1:]) if sys.argv[1:] else "")
    save_results("entities", "\n\n".join(sections), figures, command=command)


if __name__ == "__main__":
    main()
