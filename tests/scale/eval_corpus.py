"""Real articles from ../shared/eval written out as storyline inputs, for bench/bench_scale.py.

Sources (read at run time, never copied into the repo):

- slavicner ``raw/<topic>/<lang>/*.txt`` (title on the first line, then the body): written as
  ``.txt`` text dumps, so they go through the text cleaner like scraped pages;
- ml-crisis ``<lang>/<topic>/<YYYY-MM-DD>/<id>.txt``: JSONL records with the folder date as
  ``published``;
- ECB+ ``<topic>/<n>ecb*.xml`` (tokens with sentence numbers) and MEANTIME ``<lang>/meantime.conll``
  (tokens per document): detokenised to plain text, JSONL records.

When a size asks for more articles than exist (about 8,000), the extra ones are *variations*:
the same article with its paragraphs (or, for one-paragraph texts, its sentences) rotated, so each
copy has new text and a new id but the same language, length and content. The figures then say so.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]»”'])")
_NO_SPACE_AFTER = re.compile(r"([(\[«“]) ")


@dataclass(frozen=True)
class RealArticle:
    origin: str  # slavicner | ml-crisis | ecbplus | meantime
    title: str | None
    text: str
    published: str | None = None
    as_text_dump: bool = False


def detokenize(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    return _NO_SPACE_AFTER.sub(r"\1", text)


def by_language(paths: list[Path], language_of: Callable[[Path], str]) -> list[Path]:
    """The paths taken in turn from each language (sorted within one), so any prefix mixes every language:
    a worker's memory grows when a language first appears, and sizes should be compared on the same mix."""
    groups: dict[str, list[Path]] = {}
    for path in sorted(paths):
        groups.setdefault(language_of(path), []).append(path)
    ordered = [group for _, group in sorted(groups.items())]
    return [group[i] for i in range(max(map(len, ordered), default=0)) for group in ordered if i < len(group)]


def slavicner_articles(eval_dir: Path) -> Iterator[RealArticle]:
    for path in by_language(list((eval_dir / "slavicner" / "raw").rglob("*.txt")), lambda p: p.parent.name):
        raw = path.read_text(encoding="utf-8", errors="replace").strip()
        if not raw:
            continue
        title, _, body = raw.partition("\n")
        yield RealArticle("slavicner", title.strip(), body.strip(), as_text_dump=True)


def ml_crisis_articles(eval_dir: Path) -> Iterator[RealArticle]:
    root = eval_dir / "ml-crisis"
    for path in by_language(list(root.rglob("*.txt")), lambda p: p.relative_to(root).parts[0]):
        parts = path.relative_to(root).parts
        if len(parts) != 4 or parts[1] == "reference":
            continue
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        if text:
            yield RealArticle("ml-crisis", None, text, published=parts[2])


def ecbplus_articles(eval_dir: Path) -> Iterator[RealArticle]:
    for path in sorted((eval_dir / "ecbplus").rglob("*.xml")):
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError:
            continue
        sentences: dict[str, list[str]] = {}
        for token in root.iter("token"):
            sentences.setdefault(token.get("sentence", "0"), []).append(token.text or "")
        lines = [detokenize(tokens) for _, tokens in sorted(sentences.items(), key=lambda kv: int(kv[0]))]
        if len(lines) > 1:
            yield RealArticle("ecbplus", lines[0], "\n\n".join(lines[1:]))


def meantime_articles(eval_dir: Path) -> Iterator[RealArticle]:
    for path in sorted((eval_dir / "meantime" / "MEANTIME-prep" / "output_data").glob("*/meantime.conll")):
        doc: dict[str, list[str]] = {}
        current: str | None = None
        with path.open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                if line.startswith("#begin document"):
                    current, doc = line.strip(), {}
                elif line.startswith("#end document"):
                    if doc:
                        sentences = [detokenize(t) for _, t in sorted(doc.items(), key=lambda kv: int(kv[0]))]
                        if len(sentences) > 1:
                            yield RealArticle("meantime", sentences[0], "\n\n".join(sentences[1:]))
                    current = None
                elif current and line.strip():
                    cols = line.rstrip("\n").split("\t")
                    if len(cols) >= 4:
                        doc.setdefault(cols[1], []).append(cols[3])


def spread(sources: list[list[RealArticle]]) -> list[RealArticle]:
    """All articles, each source spread evenly over the sequence, so any prefix has the whole set's mix of
    sources (and, with ``by_language``, of languages): the cost per article of two sizes is then comparable."""
    keyed = [
        ((i + 0.5) / len(source), rank, article)
        for rank, source in enumerate(sources)
        for i, article in enumerate(source)
    ]
    return [article for _, _, article in sorted(keyed, key=lambda k: (k[0], k[1]))]


def real_articles(eval_dir: Path) -> list[RealArticle]:
    """Every real article, the sources spread evenly so any prefix is a mix of languages and kinds."""
    return spread(
        [
            list(slavicner_articles(eval_dir)),
            list(ml_crisis_articles(eval_dir)),
            list(ecbplus_articles(eval_dir)),
            list(meantime_articles(eval_dir)),
        ]
    )


def variation(article: RealArticle, copy: int) -> RealArticle:
    """The ``copy``-th variation (0 = the article itself): paragraphs or sentences rotated."""
    if copy == 0:
        return article
    units = [p for p in article.text.split("\n\n") if p.strip()]
    joiner = "\n\n"
    if len(units) < 3:
        units = [s for s in re.split(r"(?<=[.!?])\s+", article.text) if s.strip()]
        joiner = " "
    if not units:
        units = [article.text.strip() or "-"]
    shift = copy % len(units) or 1
    rotated = units[shift:] + units[:shift]
    if copy >= len(units):  # more copies than rotations: drop one more unit from the end each round
        rotated = [*rotated[: max(1, len(rotated) - copy // len(units))], f"({copy})"]
    return RealArticle(article.origin, article.title, joiner.join(rotated), article.published, article.as_text_dump)


def write_corpus(articles: list[RealArticle], size: int, dest: Path, *, shard: int = 1000) -> dict[str, int]:
    """Write ``size`` inputs under ``dest`` (text dumps and JSONL shards); returns counts per origin."""
    dest.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {"real": 0, "variations": 0}
    records: list[str] = []
    shard_no = 0

    def flush() -> None:
        nonlocal records, shard_no
        if records:
            (dest / f"shard{shard_no:04d}.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
            shard_no += 1
            records = []

    for n in range(size):
        copy, index = divmod(n, len(articles))
        article = variation(articles[index], copy)
        counts["real" if copy == 0 else "variations"] += 1
        counts[article.origin] = counts.get(article.origin, 0) + 1
        if article.as_text_dump:
            folder = dest / f"dumps{n // shard:04d}"
            folder.mkdir(exist_ok=True)
            (folder / f"{n:06d}.txt").write_text(f"{article.title or ''}\n\n{article.text}\n", encoding="utf-8")
        else:
            record: dict[str, str] = {"text": article.text}
            if article.title:
                record["title"] = article.title
            if article.published:
                record["published"] = article.published
            records.append(json.dumps(record, ensure_ascii=False))
            if len(records) >= shard:
                flush()
    flush()
    return counts
