"""Benchmark the time tagger (storyline.time) on TimeML corpora, the seed articles, and for speed.

Run from the repository root::

    python bench/bench_time.py            # everything (a few minutes, most of it dateparser)
    python bench/bench_time.py --quick    # skip dateparser

Scoring (TempEval-3 style): a system expression matches a gold TIMEX3 when their character
spans overlap (lenient). Extraction P/R/F1 count matches; value accuracy is the share of
matched pairs whose normalised value equals the gold value; value F1 = extraction F1 x value
accuracy (the TempEval-3 attribute F1). All TIMEX3 types are scored ("all"), and DATE alone
("DATE"). Our values are TimeML-style strings (2013-03-22, 2013-W12, 2013-03, 2013, 199, P3Y,
PRESENT_REF). Gold values are read in that notation (2000-W7 as 2000-W07, 198X as 198, 1968-XX
as 1968); TIME gold values are compared on their date part (we do not resolve clock times);
DURATION on the ISO duration; SET is never produced by us and counts as a miss when matched.

dateparser.search.search_dates runs on the same texts with the document date as
RELATIVE_BASE; its value counts as right when its date equals a gold day value, or starts with
a gold month/year value (generous to it: it cannot say "a month").
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import eval_dir, samples_dir, save_results, table
from storyline.time.tagger import Timex, tag_timexes

HEIDELTIME_VALUE_F1 = 77.6
SUTIME_VALUE_F1 = 67.4


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class Doc:
    name: str
    text: str
    dct: str
    gold: tuple[Gold, ...]
    lang: str = "en"


@dataclass(frozen=True)
class Guess:
    start: int
    end: int
    value: str
    kind: str


# ---------------------------------------------------------------- readers


_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_tml(path: Path) -> Doc:
    """A TimeML file: plain text of <TEXT> with its TIMEX3 spans, and the DCT value."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
    dct = dct_match.group(1)[:10] if dct_match else ""
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    out: list[str] = []
    gold: list[Gold] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    length = 0
    for match in _TAG.finditer(body):
        chunk = _unescape(body[pos : match.start()])
        out.append(chunk)
        length += len(chunk)
        pos = match.end()
        closing, name, attrs = match.group(1), match.group(2), match.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(attrs)))
        elif open_timex is not None:
            start, attributes = open_timex
            gold.append(Gold(start, length, attributes.get("type", ""), attributes.get("value", "")))
            open_timex = None
    out.append(_unescape(body[pos:]))
    return Doc(path.stem, "".join(out), dct, tuple(gold))


def _unescape(text: str) -> str:
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


_NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", "%", ")", "'s", "n't", "'", "’s", "”", "'re", "'ve", "'ll", "'d"}
_NO_SPACE_AFTER = {"(", "$", "“", "``"}


def detokenise(tokens: Sequence[str], breaks: set[int]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens into readable text; returns the text and each token's character span."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    previous = ""
    for i, token in enumerate(tokens):
        if i:
            sep = "\n" if i in breaks else ("" if token in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER else " ")
            parts.append(sep)
            length += len(sep)
        spans.append((length, length + len(token)))
        parts.append(token)
        length += len(token)
        previous = token
    return "".join(parts), spans


def read_xtn(path: Path, lang: str) -> list[Doc]:
    """XTN TSV: token, BIO-type, value; documents start with a DCTVALUE line; blank lines end sentences."""
    docs: list[Doc] = []
    rows: list[tuple[str, str, str]] = []
    breaks: set[int] = set()
    dct = ""

    def flush() -> None:
        if not rows:
            return
        text, spans = detokenise([r[0] for r in rows], breaks)
        gold: list[Gold] = []
        for i, (_, tag, value) in enumerate(rows):
            if tag.startswith("B-"):
                j = i + 1
                while j < len(rows) and rows[j][1] == "I-" + tag[2:]:
                    j += 1
                gold.append(Gold(spans[i][0], spans[j - 1][1], tag[2:], value))
        docs.append(Doc(f"{path.parent.parent.name}-{lang}-{len(docs)}", text, dct, tuple(gold), lang))

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("*!-DCTVALUE="):
            flush()
            rows, breaks = [], set()
            dct = line.split('"')[1][:10]
            continue
        if not line.strip():
            breaks.add(len(rows))
            continue
        cols = line.split("\t")
        if len(cols) >= 3:
            rows.append((cols[0], cols[1], cols[2]))
    flush()
    return docs


def read_meantime_xml(path: Path) -> Doc | None:
    """MEANTIME CAT XML: tokens with sentence numbers, TIMEX3 markables anchored to token ids."""
    raw = path.read_text(encoding="utf-8")
    tokens = re.findall(r'<token number="\d+" sentence="(\d+)" t_id="(\d+)">([^<]*)</token>', raw)
    if not tokens:
        return None
    # only the first sentences of each MEANTIME article are annotated: score those alone
    sentence_of = {t[1]: int(t[0]) for t in tokens}
    anchored = [sentence_of[t] for t in re.findall(r'<token_anchor t_id="(\d+)"/>', raw) if t in sentence_of]
    last_sentence = max(anchored, default=-1)
    tokens = [t for t in tokens if int(t[0]) <= last_sentence]
    if not tokens:
        return None
    breaks = {i for i in range(1, len(tokens)) if tokens[i][0] != tokens[i - 1][0]}
    text, spans = detokenise([_unescape(t[2]) for t in tokens], breaks)
    index = {t[1]: i for i, t in enumerate(tokens)}
    gold: list[Gold] = []
    dct = ""
    for attrs, inner in re.findall(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", raw, re.S):
        attributes = dict(_ATTR.findall(attrs))
        ids = [index[t] for t in re.findall(r'<token_anchor t_id="(\d+)"/>', inner) if t in index]
        if attributes.get("functionInDocument") == "CREATION_TIME":
            dct = attributes.get("value", "")[:10]
        if ids:
            gold.append(
                Gold(spans[min(ids)][0], spans[max(ids)][1], attributes.get("type", ""), attributes.get("value", ""))
            )
    return Doc(path.stem, text, dct, tuple(gold))


# ---------------------------------------------------------------- scoring


def ours(doc: Doc) -> list[Guess]:
    return [Guess(t.start, t.end, t.resolution.timex, t.resolution.kind) for t in _tag(doc)]


def _tag(doc: Doc) -> list[Timex]:
    return tag_timexes(doc.text, doc.lang, doc.dct or None)


def gold_value(gold: Gold) -> str:
    """The gold value in the notation we produce: a date-time's date, ``2000-W07`` for ``2000-W7``,
    ``198`` for the older ``198X``, ``1968`` for ``1968-XX`` (unknown parts dropped)."""
    value = gold.value
    if re.match(r"\d{4}-\d{2}-\d{2}T", value):
        value = value.split("T")[0]
    value = re.sub(r"^(\d{4})-W(\d)$", r"\1-W0\2", value)
    value = re.sub(r"^(\d{3})X$", r"\1", value)
    return re.sub(r"^(\d{4}(?:-\d{2})?)(?:-XX)+$", r"\1", value)


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    matched_gold: int = 0
    matched_system: int = 0
    pairs: int = 0
    right: int = 0

    def add(self, other: Score) -> None:
        for name in ("gold", "system", "matched_gold", "matched_system", "pairs", "right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.matched_system / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return self.right / self.pairs if self.pairs else 0.0

    @property
    def value_f1(self) -> float:
        return self.f1 * self.accuracy

    def row(self, name: str) -> list[Any]:
        return [name, self.gold, self.system, 100 * self.precision, 100 * self.recall, 100 * self.f1,
                100 * self.accuracy, 100 * self.value_f1]  # fmt: skip


def score(gold: Sequence[Gold], guesses: Sequence[Guess], same: Callable[[Gold, Guess], bool] | None = None) -> Score:
    same = same or (lambda g, s: s.value == gold_value(g))
    result = Score(gold=len(gold), system=len(guesses))
    used: set[int] = set()
    for g in gold:
        hits = [i for i, s in enumerate(guesses) if s.start < g.end and g.start < s.end]
        if not hits:
            continue
        result.matched_gold += 1
        best = next((i for i in hits if i not in used), hits[0])
        used.add(best)
        result.pairs += 1
        result.right += int(same(g, guesses[best]))
    result.matched_system = sum(1 for s in guesses if any(s.start < g.end and g.start < s.end for g in gold))
    return result


def score_docs(
    docs: Iterable[Doc], system: Callable[[Doc], list[Guess]], *, only: str | None = None, same: Any = None
) -> Score:
    total = Score()
    for doc in docs:
        gold = [g for g in doc.gold if only is None or g.type == only]
        guesses = system(doc)
        if only == "DATE":
            guesses = [s for s in guesses if s.kind in ("date", "ref")]
        total.add(score(gold, guesses, same))
    return total


# ---------------------------------------------------------------- dateparser side by side


def dateparser_guesses(doc: Doc) -> list[Guess]:
    from dateparser.search import search_dates

    base = dt.datetime.fromisoformat(doc.dct) if doc.dct else dt.datetime(2020, 1, 1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(doc.text, languages=[doc.lang], settings={"RELATIVE_BASE": base}) or []
    guesses: list[Guess] = []
    pos = 0
    for surface, when in found:
        start = doc.text.find(surface, pos)
        if start < 0:
            start = doc.text.find(surface)
        if start < 0:
            continue
        pos = start + len(surface)
        guesses.append(Guess(start, start + len(surface), when.date().isoformat(), "date"))
    return guesses


def dateparser_same(gold: Gold, guess: Guess) -> bool:
    value = gold_value(gold)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return guess.value == value
    return bool(re.fullmatch(r"\d{4}(-\d{2})?", value)) and guess.value.startswith(value)


# ---------------------------------------------------------------- seeds


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def seed_results() -> tuple[list[list[Any]], dict[str, Any]]:
    gold_all = json.loads((samples_dir() / "seeds_gold.json").read_text(encoding="utf-8"))["articles"]
    rows: list[list[Any]] = []
    figures: dict[str, Any] = {}
    total_right = total = 0
    for name, gold in sorted(gold_all.items()):
        path = samples_dir() / "seeds" / f"{name}.txt"
        if not path.exists() or not gold.get("times"):
            continue
        text = _norm(path.read_text(encoding="utf-8", errors="replace"))
        first, last = (dt.date.fromisoformat(d) for d in gold["published"])
        days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
        right_per_day = []
        misses: set[str] = set()
        for day in days:
            found = tag_timexes(text, gold["language"], day.isoformat())
            right = 0
            for item in gold["times"]:
                snippet = _norm(item["text"])
                at = text.find(snippet)
                ok = at >= 0 and any(
                    t.start < at + len(snippet)
                    and at < t.end
                    and t.resolution.timex == item["value"]
                    and (t.resolution.span is not None and t.resolution.span.granularity == item["granularity"])
                    for t in found
                )
                right += int(ok)
                if not ok:
                    misses.add(item["text"])
            right_per_day.append(right)
        n = len(gold["times"])
        rows.append([name, gold["language"], f"{first}..{last}", n, min(right_per_day), max(right_per_day),
                     "; ".join(sorted(misses)) or "-"])  # fmt: skip
        figures[name] = {"gold": n, "right_min": min(right_per_day), "right_max": max(right_per_day)}
        total += n
        total_right += min(right_per_day)
    figures["all_right_min"] = total_right
    figures["all_gold"] = total
    return rows, figures


# ---------------------------------------------------------------- main


def timed(fn: Callable[[Doc], Any], docs: Sequence[Doc], *, repeats: int = 3) -> tuple[float, list[Any]]:
    """The best of ``repeats`` timed passes (the machine is shared: the minimum is the least noisy)."""
    best = float("inf")
    results: list[Any] = []
    for _ in range(repeats):
        started = time.perf_counter()
        results = [fn(doc) for doc in docs]
        best = min(best, time.perf_counter() - started)
    return best, results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip dateparser (the slow part)")
    args = parser.parse_args()
    base = eval_dir()
    te3_dir = base / "timex" / "tempeval3" / "data" / "TempEval3" / "Evaluation" / "te3-platinum"
    te3 = [read_tml(p) for p in sorted(te3_dir.glob("*.tml"))]
    tbaq_dir = base / "timex" / "tempeval3" / "data" / "TempEval3" / "Training" / "TBAQ-cleaned"
    tbaq = [read_tml(p) for p in sorted(tbaq_dir.glob("*/*.tml"))]
    xtn = base / "timex" / "xtn" / "datasets"
    xtn_sets = {
        "xtn timebank en (test)": read_xtn(xtn / "timebank" / "en" / "test.tsv", "en"),
        "xtn meantime en (test)": read_xtn(xtn / "meantime" / "en" / "test.tsv", "en"),
        "xtn timebank es (test)": read_xtn(xtn / "timebank" / "es" / "test.tsv", "es"),
        "xtn meantime es (test)": read_xtn(xtn / "meantime" / "es" / "test.tsv", "es"),
    }
    mt_dir = base / "meantime-en-xml" / "data" / "meantime_newsreader_english_oct15" / "intra-doc_annotation"
    meantime = [d for p in sorted(mt_dir.glob("*/*.xml")) if (d := read_meantime_xml(p)) is not None]

    headers = ["data set", "gold", "system", "P", "R", "F1 (lenient)", "value acc", "value F1"]
    rows: list[list[Any]] = []
    figures: dict[str, Any] = {}

    def record(name: str, result: Score) -> None:
        rows.append(result.row(name))
        figures[name] = {"P": result.precision, "R": result.recall, "F1": result.f1,
                         "value_accuracy": result.accuracy, "value_F1": result.value_f1,
                         "gold": result.gold, "system": result.system}  # fmt: skip

    record("TE3-platinum en, all types (ours)", score_docs(te3, ours))
    record("TE3-platinum en, DATE only (ours)", score_docs(te3, ours, only="DATE"))
    record("TBAQ-cleaned en (train: the tuning set), all (ours)", score_docs(tbaq, ours))
    for name, docs in xtn_sets.items():
        record(f"{name}, all (ours)", score_docs(docs, ours))
        record(f"{name}, DATE (ours)", score_docs(docs, ours, only="DATE"))
    record("MEANTIME en CAT-XML, all (ours)", score_docs(meantime, ours))
    record("MEANTIME en CAT-XML, DATE (ours)", score_docs(meantime, ours, only="DATE"))
    rows.append(["TE3-platinum: HeidelTime (anchor)", "", "", "", "", "", "", HEIDELTIME_VALUE_F1])
    rows.append(["TE3-platinum: SUTime (anchor)", "", "", "", "", "", "", SUTIME_VALUE_F1])

    # speed, side by side on the same texts (warmed up: rules and locale data load on first use)
    speed_sets = {
        "en (TE3-platinum + MEANTIME)": te3 + xtn_sets["xtn meantime en (test)"],
        "es (TimeBank + MEANTIME)": xtn_sets["xtn timebank es (test)"] + xtn_sets["xtn meantime es (test)"],
    }
    speed_rows: list[list[Any]] = []
    for label, speed_docs in speed_sets.items():
        warm_up = Doc("warm-up", "On Monday, 3 March 2021, two days ago.", "2021-03-05", (), speed_docs[0].lang)
        chars = sum(len(d.text) for d in speed_docs)
        _tag(warm_up)
        ours_seconds, _ = timed(_tag, speed_docs)
        speed_rows.append(
            [label, "storyline.time", len(speed_docs), chars, ours_seconds, chars / ours_seconds / 1000, ""]
        )
        figures[f"speed {label} ours_seconds"] = ours_seconds
        if args.quick:
            continue
        dateparser_guesses(warm_up)
        dp_seconds, _ = timed(dateparser_guesses, speed_docs)
        figures[f"speed {label} dateparser_seconds"] = dp_seconds
        speed_rows.append([label, "dateparser.search_dates", len(speed_docs), chars, dp_seconds,
                           chars / dp_seconds / 1000, f"{dp_seconds / ours_seconds:.0f}x slower"])  # fmt: skip
    if not args.quick:
        record("TE3-platinum en, all types (dateparser)", score_docs(te3, dateparser_guesses, same=dateparser_same))
        dp_es = score_docs(xtn_sets["xtn timebank es (test)"], dateparser_guesses, same=dateparser_same)
        record("xtn timebank es (test), all (dateparser)", dp_es)

    seed_rows, seed_figures = seed_results()
    figures["seeds"] = seed_figures

    markdown = "## Accuracy (lenient span match; value F1 = F1 x value accuracy, as in TempEval-3)\n\n"
    markdown += table(headers, rows)
    markdown += (
        "\n\n## Seed articles (`samples/seeds_gold.json` `times`), for every publication date in the gold range\n\n"
    )
    seed_headers = ["article", "lang", "published range", "gold", "right (worst date)", "right (best date)", "missed"]
    markdown += table(seed_headers, seed_rows)
    markdown += f"\n\nAll resolved right (worst date): {seed_figures['all_right_min']}/{seed_figures['all_gold']}\n"
    markdown += "\n## Speed (same texts, one process, after a warm-up call; best of 3 passes)\n\n"
    markdown += table(["texts", "tagger", "docs", "chars", "seconds", "k chars/s", "vs ours"], speed_rows)
    notes = [part for part in __doc__.split("\n\n") if part.startswith(("Scoring", "dateparser"))]
    markdown += "\n\nNotes: " + " ".join(notes).replace("\n", " ") + "\n"
    command = "python bench/bench_time.py" + (" --quick" if args.quick else "")
    save_results("time", markdown, figures, command=command)


if __name__ == "__main__":
    main()
