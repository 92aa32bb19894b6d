"""Benchmark of language identification (``storyline.language.detect.LanguageDetector``).

Article-level accuracy on every raw text of slavicner (``raw/<topic>/<lang>/``), ml-crisis
(``<lang>/<topic>/<date>/<id>.txt``) and meantime (documents rebuilt from ``<lang>/meantime.conll``
tokens); the gold language is the folder. Also: texts/s and the peak memory of the detector.

Run from the repository root: ``python bench/bench_language.py`` (``--limit N`` per set for a quick run).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import eval_dir, peak_rss_mb, save_results, table
from storyline.language.detect import LanguageDetector, supported_languages


def slavicner_texts() -> Iterator[tuple[str, str, str]]:
    for path in sorted((eval_dir() / "slavicner" / "raw").glob("*/*/*")):
        if path.is_file():
            yield str(path), path.parent.name, path.read_text(encoding="utf-8", errors="replace")


def crisis_texts() -> Iterator[tuple[str, str, str]]:
    for path in sorted((eval_dir() / "ml-crisis").glob("*/*/*/*.txt")):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", path.parent.name):
            yield str(path), path.parts[-4], path.read_text(encoding="utf-8", errors="replace")


def meantime_texts() -> Iterator[tuple[str, str, str]]:
    base = eval_dir() / "meantime" / "MEANTIME-prep" / "output_data"
    for conll in sorted(base.glob("*/meantime.conll")):
        lang = conll.parent.name
        documents: dict[str, list[list[str]]] = {}
        for line in conll.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 4:
                continue
            doc, sentence = parts[0], int(parts[1])
            sentences = documents.setdefault(doc, [])
            while len(sentences) <= sentence:
                sentences.append([])
            sentences[sentence].append(parts[3])
        for doc, sentences in documents.items():
            yield f"meantime/{lang}/{doc}", lang, "\n".join(" ".join(tokens) for tokens in sentences)


def evaluate(detector: LanguageDetector, texts: Iterator[tuple[str, str, str]], limit: int | None) -> dict[str, Any]:
    per_lang: dict[str, Counter[str]] = {}
    errors: list[str] = []
    seconds = 0.0
    for i, (path, gold, text) in enumerate(texts):
        if limit and i >= limit:
            break
        start = time.perf_counter()
        answer = detector.detect(text)
        seconds += time.perf_counter() - start
        counts = per_lang.setdefault(gold, Counter())
        counts["texts"] += 1
        if answer == gold:
            counts["right"] += 1
        elif len(errors) < 8:
            errors.append(f"{path.split('/eval/')[-1]} → {answer}")
    total = sum((c for c in per_lang.values()), Counter())
    return {"per_lang": per_lang, "total": total, "seconds": seconds, "errors": errors}


def stage_language(limit: int | None) -> dict[str, int]:
    """Article.language from the clean stage (body without page chrome) on the ml-crisis page dumps."""
    from storyline.clean.stage import CleanStage
    from storyline.model import Article, RawDoc

    stage = CleanStage()
    counts = {"texts": 0, "right": 0, "rejected": 0}
    for i, (path, gold, text) in enumerate(crisis_texts()):
        if limit and i >= limit:
            break
        article = stage.process([RawDoc(path, "text", text, path)])[0]
        counts["texts"] += 1
        counts["right"] += isinstance(article, Article) and article.language == gold
        counts["rejected"] += not isinstance(article, Article)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="texts per data set (for a quick run)")
    parser.add_argument("--high-accuracy", action="store_true", help="lingua in high-accuracy mode (more RAM)")
    args = parser.parse_args()
    rss_before = peak_rss_mb()
    detector = LanguageDetector(high_accuracy=args.high_accuracy)
    rows: list[list[Any]] = []
    figures: dict[str, Any] = {"languages_supported": len(supported_languages())}
    all_texts, all_right, all_seconds = 0, 0, 0.0
    notes = []
    data_sets = (("slavicner", slavicner_texts()), ("ml-crisis", crisis_texts()), ("meantime", meantime_texts()))
    for name, texts in data_sets:
        result = evaluate(detector, texts, args.limit)
        total = result["total"]
        langs = " ".join(f"{lang} {c['right']}/{c['texts']}" for lang, c in sorted(result["per_lang"].items()))
        accuracy = total["right"] / max(1, total["texts"])
        speed = total["texts"] / max(result["seconds"], 1e-9)
        rows.append([name, total["texts"], total["right"], f"{accuracy:.4f}", langs, speed])
        figures[name] = {"texts": total["texts"], "right": total["right"], "accuracy": accuracy}
        all_texts += total["texts"]
        all_right += total["right"]
        all_seconds += result["seconds"]
        if result["errors"]:
            notes.append(f"{name} errors (first 8): " + "; ".join(result["errors"]))
    overall = f"{all_right / max(1, all_texts):.4f}"
    rows.append(["all", all_texts, all_right, overall, "goal ≥ 0.995", all_texts / max(all_seconds, 1e-9)])
    staged = stage_language(args.limit)
    rows.append(
        [
            "ml-crisis, body after the clean stage",
            staged["texts"],
            staged["right"],
            f"{staged['right'] / max(1, staged['texts']):.4f}",
            f"Article.language of the cleaned body; {staged['rejected']} pages have no article text (rejected)",
            None,
        ]
    )
    figures["ml-crisis_clean_stage"] = staged
    figures["all"] = {"texts": all_texts, "right": all_right, "accuracy": all_right / max(1, all_texts)}
    figures["peak_rss_mb"] = peak_rss_mb()
    markdown = table(["data set", "texts", "right", "accuracy", "right / texts per language", "texts/s"], rows)
    mode = "high-accuracy" if args.high_accuracy else "low-accuracy"
    markdown += (
        f"\n\nDetector: pycld2 first pass, lingua ({mode} mode) for short or close-neighbour texts, "
        f"{len(supported_languages())} languages. Peak RSS of this process {peak_rss_mb():.0f} MB "
        f"({peak_rss_mb() - rss_before:.0f} MB more than at start). The other mode: "
        f"`python bench/bench_language.py {'' if args.high_accuracy else '--high-accuracy'}` "
        f"(results in `bench_language{'' if args.high_accuracy else '_high_accuracy'}.md`)."
    )
    if notes:
        markdown += "\n\n" + "\n\n".join(notes)
    command = "python bench/bench_language.py" + (f" --limit {args.limit}" if args.limit else "")
    command += " --high-accuracy" if args.high_accuracy else ""
    name = "bench_language_high_accuracy" if args.high_accuracy else "bench_language"
    save_results(name, markdown, figures, command=command)


if __name__ == "__main__":
    main()
