"""Benchmark of the clean stage.

1. The sample seeds (../shared/samples): every gold body snippet kept, every boilerplate snippet
   removed, and the metadata fields (compared after NFKC + white-space collapse).
2. boilerplate/aeb (181 news pages, gold articleBody): token-level precision / recall / F1 (mean
   over pages) of (a) plain trafilatura, (b) storyline on the HTML, (c) storyline's text-dump
   cleaner on a plain-text rendering of each page (block elements one per line, menus and
   footers kept, as a scraper's dump).
3. ml-crisis (the folder is the publication date): share of articles given a date, and share of
   given dates that are right.
4. Speed of the stage (articles/s, one process) on the aeb pages and the ml-crisis texts.

Run from the repository root: ``python bench/bench_clean.py`` (``--limit N`` for a quick subset).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import eval_dir, peak_rss_mb, samples_dir, save_results, table
from storyline.clean.html import render_text
from storyline.clean.stage import CleanStage
from storyline.io.decode import declared_html_charset, decode_bytes
from storyline.model import Article, RawDoc

_TOKEN = re.compile(r"\w+", re.UNICODE)


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text or "")).strip()


# ---------------------------------------------------------------- seeds


def bench_seeds(stage: CleanStage) -> tuple[str, dict[str, Any]]:
    gold = json.loads((samples_dir() / "seeds_gold.json").read_text(encoding="utf-8"))["articles"]
    rows = []
    totals: Counter[str] = Counter()
    for name, expected in sorted(gold.items()):
        raw = (samples_dir() / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
        article = stage.process([RawDoc(name, "text", raw, name)])[0]
        if not isinstance(article, Article):
            rows.append([name, "rejected", "", "", "", "", "", "", "", ""])
            continue
        body = norm(article.text)
        kept = sum(norm(s) in body for s in expected["body"])
        removed = sum(norm(s) not in body for s in expected["boilerplate"])
        checks = {
            "language": article.language == expected["language"],
            "page_language": article.page_language == expected.get("page_language"),
            "title": norm(expected["title"]) in norm(article.title),
            "outlet": norm(article.outlet) == norm(expected.get("outlet")),
            "byline": norm(article.byline) == norm(expected.get("byline")),
            "mt": article.machine_translated == expected["machine_translated"]
            and article.translated_from == expected.get("translated_from"),
        }
        low, high = expected["published"]
        if article.published is None:
            date_cell = "none given"
        else:
            date_cell = "right" if low <= article.published <= high else f"WRONG {article.published}"
            totals["dates_right" if low <= article.published <= high else "dates_wrong"] += 1
        totals["body"] += kept
        totals["body_all"] += len(expected["body"])
        totals["boiler"] += removed
        totals["boiler_all"] += len(expected["boilerplate"])
        for key, ok in checks.items():
            totals[key] += ok
        rows.append(
            [
                name,
                f"{kept}/{len(expected['body'])}",
                f"{removed}/{len(expected['boilerplate'])}",
                _cell(checks["language"], article.language),
                _cell(checks["page_language"], article.page_language),
                _cell(checks["title"], article.title),
                _cell(checks["outlet"], article.outlet),
                _cell(checks["byline"], article.byline),
                date_cell,
                _cell(checks["mt"], f"{article.machine_translated}/{article.translated_from}"),
            ]
        )
    headers = ["seed", "body kept", "boilerplate removed", "language", "page_lang", "title", "outlet", "byline"]
    markdown = table([*headers, "published", "MT"], rows)
    markdown += (
        "\n\nTitle counts as right when the gold title is contained in ours (gold cuts some headlines at a colon)."
        "\nPublished: none of the three pages gives a year, so no date is given (a wrong date is worse than none)."
    )
    return markdown, dict(totals)


def _cell(ok: bool, value: Any) -> str:
    text = "" if value is None else str(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return ("ok " if ok else "MISS ") + text


# ---------------------------------------------------------------- aeb


def _prf(predicted: str, gold: str) -> tuple[float, float, float]:
    pred_tokens = Counter(t.casefold() for t in _TOKEN.findall(predicted))
    gold_tokens = Counter(t.casefold() for t in _TOKEN.findall(gold))
    overlap = sum((pred_tokens & gold_tokens).values())
    precision = overlap / sum(pred_tokens.values()) if pred_tokens else 0.0
    recall = overlap / sum(gold_tokens.values()) if gold_tokens else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load_aeb(limit: int | None) -> list[tuple[str, str, str, str]]:
    """(id, html, gold text, url) for the aeb pages."""
    base = eval_dir() / "boilerplate" / "aeb"
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth)[:limit]:
        data = gzip.decompress((base / "html" / f"{key}.html.gz").read_bytes())
        html, _ = decode_bytes(data, declared_html_charset(data))
        pages.append((key, html, truth[key]["articleBody"], truth[key].get("url") or ""))
    return pages


def bench_aeb(stage: CleanStage, pages: list[tuple[str, str, str, str]]) -> tuple[str, dict[str, Any]]:
    import trafilatura

    scores: dict[str, list[tuple[float, float, float]]] = {"a": [], "b": [], "c": []}
    seconds = {"a": 0.0, "b": 0.0, "c": 0.0}
    for key, html, gold, url in pages:
        start = time.perf_counter()
        plain = trafilatura.extract(html) or ""
        seconds["a"] += time.perf_counter() - start
        scores["a"].append(_prf(plain, gold))

        start = time.perf_counter()
        article = stage.process([RawDoc(key, "html", html, key, {"url": url})])[0]
        seconds["b"] += time.perf_counter() - start
        scores["b"].append(_prf(article.text if isinstance(article, Article) else "", gold))

        dump = render_text(html)
        start = time.perf_counter()
        from_dump = stage.process([RawDoc(key, "text", dump, key)])[0]
        seconds["c"] += time.perf_counter() - start
        scores["c"].append(_prf(from_dump.text if isinstance(from_dump, Article) else "", gold))

    labels = {
        "a": "(a) trafilatura.extract, defaults",
        "b": "(b) storyline on the HTML",
        "c": "(c) storyline dump cleaner on the page text",
    }
    rows: list[list[Any]] = []
    figures: dict[str, Any] = {"pages": len(pages)}
    for system, values in scores.items():
        p, r, f = (sum(v[i] for v in values) / len(values) for i in range(3))
        rows.append([labels[system], p, r, f, len(values) / seconds[system] if seconds[system] else None])
        figures[system] = {"precision": p, "recall": r, "f1": f}
    rows.append(["anchor: trafilatura on its own 990-page set (paper)", None, None, 0.924, None])
    markdown = table(["system", "precision", "recall", "F1", "pages/s"], rows)
    return markdown, figures


# ---------------------------------------------------------------- ml-crisis dates


def load_crisis(limit: int | None) -> list[tuple[str, str, str, str]]:
    """(path, language, folder date, text) of the ml-crisis articles."""
    base = eval_dir() / "ml-crisis"
    items = []
    for path in sorted(base.glob("*/*/*/*.txt")):
        lang, topic, folder = path.parts[-4], path.parts[-3], path.parts[-2]
        if topic == "reference" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", folder):
            continue
        items.append((str(path), lang, folder, path.read_text(encoding="utf-8", errors="replace")))
    if limit:
        items = items[:: max(1, len(items) // limit)][:limit]
    return items


def bench_dates(stage: CleanStage, items: list[tuple[str, str, str, str]]) -> tuple[str, dict[str, Any]]:
    by_lang: dict[str, Counter[str]] = {}
    by_basis: Counter[str] = Counter()
    wrong_examples = []
    start, cpu_start = time.perf_counter(), time.process_time()
    for path, lang, folder, text in items:
        counts = by_lang.setdefault(lang, Counter())
        counts["articles"] += 1
        article = stage.process([RawDoc(path, "text", text, path)])[0]
        if not isinstance(article, Article) or article.published is None:
            continue
        counts["dated"] += 1
        by_basis[article.published_basis] += 1
        if abs((dt.date.fromisoformat(article.published) - dt.date.fromisoformat(folder)).days) <= 1:
            counts["within_1_day"] += 1
        if article.published == folder:
            counts["right"] += 1
            by_basis[article.published_basis + " right"] += 1
        else:
            wrong_examples.append(f"{path.split('ml-crisis/')[-1]}: {article.published} ({article.published_basis})")
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    rows = []
    total: Counter[str] = Counter()
    for lang, counts in sorted(by_lang.items()):
        total.update(counts)
        rows.append(_date_row(lang, counts))
    rows.append(_date_row("all", total))
    headers = ["language", "articles", "dated", "share dated", "right", "share of dated right", "within 1 day"]
    markdown = table(headers, rows)
    markdown += "\n\nDates given / right by basis: " + ", ".join(
        f"{basis} {by_basis[basis]}/{by_basis[basis + ' right']}"
        for basis in ("metadata", "dateline", "text")
        if by_basis[basis]
    )
    if wrong_examples:
        markdown += "\n\nWrong dates (first 10): " + "; ".join(wrong_examples[:10])
    figures = {
        "articles": total["articles"],
        "dated": total["dated"],
        "right": total["right"],
        "within_1_day": total["within_1_day"],
        "articles_per_s": total["articles"] / seconds,
        "articles_per_cpu_s": total["articles"] / cpu_seconds,
    }
    return markdown, figures


def _date_row(lang: str, counts: Counter[str]) -> list[Any]:
    dated, right = counts["dated"], counts["right"]
    return [
        lang,
        counts["articles"],
        dated,
        dated / max(1, counts["articles"]),
        right,
        right / dated if dated else None,
        counts["within_1_day"] / dated if dated else None,
    ]


_WORKER_STAGE: list[CleanStage] = []


def _init_worker() -> None:
    _WORKER_STAGE.append(CleanStage())
    _WORKER_STAGE[0].process([RawDoc("warm-up", "text", "Warm-up line of text to load the models.\n" * 3, "w")])


def _clean_batch(batch: list[tuple[str, str]]) -> int:
    results = _WORKER_STAGE[0].process([RawDoc(path, "text", text, path) for path, text in batch])
    return sum(isinstance(r, Article) for r in results)


def bench_speed_two_cores(items: list[tuple[str, str, str, str]]) -> float:
    """Articles/s of the stage on 2 worker processes (batches of 32), models loaded before timing."""
    from concurrent.futures import ProcessPoolExecutor

    batches = [[(p, t) for p, _, _, t in items[i : i + 32]] for i in range(0, len(items), 32)]
    with ProcessPoolExecutor(max_workers=2, initializer=_init_worker) as pool:
        list(pool.map(_clean_batch, [[("w", "Warm-up text line for the worker.")]] * 2))
        start = time.perf_counter()
        list(pool.map(_clean_batch, batches))
        return len(items) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="pages / articles per data set (for a quick run)")
    args = parser.parse_args()
    stage = CleanStage()
    stage.process([RawDoc("warm-up", "text", "Warm-up line of text to load the models.\n" * 3, "w")])
    seeds_md, seeds_fig = bench_seeds(stage)
    pages = load_aeb(args.limit)
    aeb_md, aeb_fig = bench_aeb(stage, pages)
    crisis = load_crisis(args.limit)
    dates_md, dates_fig = bench_dates(stage, crisis)
    two_cores = bench_speed_two_cores(crisis)
    markdown = (
        "## Seeds (../shared/samples/seeds)\n\n"
        + seeds_md
        + "\n\n## boilerplate/aeb: token-level P/R/F1 (mean over pages)\n\n"
        + aeb_md
        + "\n\n## ml-crisis: publication date (gold = folder date, exact day)\n\n"
        + dates_md
        + f"\n\n## Speed\n\nText dumps (ml-crisis, {len(crisis)} pages): {dates_fig['articles_per_s']:.1f} articles/s "
        + f"in one process ({dates_fig['articles_per_cpu_s']:.1f} per CPU-second), {two_cores:.1f} articles/s on "
        + f"2 worker processes; peak RSS {peak_rss_mb():.0f} MB (one process). The 2-core machine is shared with "
        + f"other jobs (load average {os.getloadavg()[0]:.1f} at the end of the run), so wall-clock speeds vary."
    )
    command = "python bench/bench_clean.py" + (f" --limit {args.limit}" if args.limit else "")
    figures = {"seeds": seeds_fig, "aeb": aeb_fig, "dates": dates_fig, "articles_per_s_2_cores": two_cores}
    save_results("bench_clean", markdown, figures, command=command)


if __name__ == "__main__":
    main()
