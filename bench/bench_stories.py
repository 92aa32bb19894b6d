"""Stories benchmark: story clustering, duplicates and translations, speed.

Run from the repository root: ``python bench/bench_stories.py`` (``--quick`` for subsets while
developing). Eval articles are built directly as ``Article`` objects (language, title, text,
published) and go through the real store and ``update_stories``; title+lead embeddings are
cached outside the repository (``$STORYLINE_BENCH_CACHE`` or ``/tmp/storyline-bench-cache``)
so repeated runs skip the model.

Sets (read from ../shared/eval at run time, never copied):
- ecbplus (en): gold cluster = topic + ecb/ecbplus sub-topic; B-cubed P/R/F1, reported on the
  usual test topics 36-45 and on all topics. Documents are XML tokens; the text is rebuilt from
  them, URL lines dropped, the first sentence used as the headline.
- slavicner (bg cs pl ru sl uk, 7 topics; cross-topic test split) and ml-crisis (es fr it,
  4 topics; folder = publication date): purity (no story mixes topics) and the share of
  multi-article stories that span more than one language.
- meantime (en es it nl, 120 documents x 4 aligned translations): translation duplicates,
  pairwise precision / recall of "same document in two languages".
- seeds: the three sample pages (through the real cleaning stage) mixed with 20 articles of
  other stories; the three must form one story, alone.
- speed/memory: clustering at 1k/10k/50k articles on synthetic embeddings (see ``bench_speed``).
"""

from __future__ import annotations

import hashlib
import html
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import eval_dir, peak_rss_mb, samples_dir, save_results, table
from storyline.ids import article_id
from storyline.model import Article
from storyline.store import Store
from storyline.stories.assign import StoryParams
from storyline.stories.cluster import update_stories
from storyline.stories.embed import MODEL_NAME, LeadEmbedder, lead_text


@dataclass(frozen=True)
class Doc:
    """One eval article and its gold label (topic, sub-topic or aligned-document key)."""

    article: Article
    gold: str


# -- loading the eval sets ---------------------------------------------------------------------
_TOKEN = re.compile(r'<token t_id="\d+" sentence="(\d+)" number="\d+">([^<]*)</token>')


def _detokenise(tokens: Sequence[str]) -> str:
    text = " ".join(html.unescape(t) for t in tokens)
    text = re.sub(r" ([,.;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    text = re.sub(r" ('s|n't|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    return text.replace("`` ", '"').replace(" ''", '"')


def _article(text: str, title: str | None, language: str, source: str, published: str | None = None) -> Article:
    return Article(
        id=article_id(f"{title or ''}\n{text}"),
        source=source,
        text=text,
        language=language,
        title=title,
        published=published,
        published_basis="metadata" if published else "none",
    )


def load_ecbplus(root: Path, topics: set[int] | None = None) -> list[Doc]:
    docs = []
    for path in sorted((root / "ecbplus" / "ECB+_LREC2014" / "ECB+").glob("*/*.xml")):
        topic = int(path.parent.name)
        if topics is not None and topic not in topics:
            continue
        sentences: dict[int, list[str]] = defaultdict(list)
        for number, token in _TOKEN.findall(path.read_text(encoding="utf-8")):
            sentences[int(number)].append(token)
        lines = [_detokenise(toks) for _, toks in sorted(sentences.items())]
        lines = [line for line in lines if not line.lower().startswith("http")]
        if not lines:
            continue
        sub = "ecbplus" if path.stem.endswith("ecbplus") else "ecb"
        text = "\n\n".join(lines[1:]) or lines[0]
        docs.append(Doc(_article(text, lines[0], "en", str(path)), f"{topic}/{sub}"))
    return docs


def _title_and_body(raw: str) -> tuple[str | None, str]:
    lines = [line.strip() for line in raw.strip().splitlines()]
    title = lines[0] if lines and len(lines[0]) < 250 else None
    body = "\n".join(lines[1:] if title else lines).strip()
    return title, body or raw.strip()


def load_slavicner(root: Path, split: str = "SPLIT_cross-topic_test.txt") -> list[Doc]:
    base = root / "slavicner"
    docs = []
    for rel in (base / split).read_text(encoding="utf-8").split():
        path = base / rel
        if not path.is_file():
            continue
        topic, lang = path.parent.parent.name, path.parent.name
        title, body = _title_and_body(path.read_text(encoding="utf-8", errors="replace"))
        docs.append(Doc(_article(body, title, lang, str(path)), topic))
    return docs


def load_ml_crisis(root: Path) -> list[Doc]:
    docs = []
    for path in sorted((root / "ml-crisis").glob("*/*/*/*.txt")):
        lang, topic, day = path.parts[-4], path.parts[-3], path.parts[-2]
        title, body = _title_and_body(path.read_text(encoding="utf-8", errors="replace"))
        docs.append(Doc(_article(body, title, lang, str(path), published=day), topic))
    return docs


def _conll_documents(path: Path) -> dict[str, list[str]]:
    """Sentences (detokenised) of each document of a CoNLL file, by document name."""
    docs: dict[str, dict[int, list[str]]] = {}
    current = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#begin document"):
            current = line.split("(", 1)[1].split(")", 1)[0]
            docs[current] = defaultdict(list)
        elif line.strip() and not line.startswith("#") and current:
            cols = line.split("\t")
            docs[current][int(cols[1])].append(cols[3])
    return {name: [_detokenise(t) for _, t in sorted(s.items())] for name, s in docs.items() if s}


def load_meantime(root: Path) -> list[Doc]:
    docs = []
    base = root / "meantime" / "MEANTIME-prep" / "output_data"
    for lang in ("en", "es", "it", "nl"):
        for name, lines in _conll_documents(base / lang / "meantime.conll").items():
            date = _meantime_date(lines[1]) if len(lines) > 1 else None
            body = "\n\n".join(lines[2:] if date else lines[1:]) or lines[0]
            docs.append(Doc(_article(body, lines[0], lang, f"meantime/{lang}/{name}", date), name))
    # the date line is only parsed in English; the aligned versions carry the original's date
    dates = {d.gold: d.article.published for d in docs if d.article.published}
    return [Doc(replace(d.article, published=dates.get(d.gold)), d.gold) for d in docs]


_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july"), 1)}
_MONTHS.update({m: i for i, m in enumerate(("august", "september", "october", "november", "december"), 8)})


def _meantime_date(line: str) -> str | None:
    match = re.match(r"([A-Za-z]+) (\d{1,2}), (\d{4})$", line.strip())
    if match and match.group(1).lower() in _MONTHS:
        return f"{match.group(3)}-{_MONTHS[match.group(1).lower()]:02d}-{int(match.group(2)):02d}"
    return None


# -- embeddings, cached outside the repository -------------------------------------------------
def cache_dir() -> Path:
    import os

    path = Path(os.environ.get("STORYLINE_BENCH_CACHE", "/tmp/storyline-bench-cache"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def embed_cached(articles: Sequence[Article], embedder: LeadEmbedder) -> dict[str, np.ndarray]:
    """Title+lead vectors by article id; computed once per distinct lead text and kept on disk."""
    keys = {a.id: hashlib.sha256(f"{MODEL_NAME}\n{lead_text(a)}".encode()).hexdigest()[:24] for a in articles}
    out: dict[str, np.ndarray] = {}
    todo = []
    for article in articles:
        path = cache_dir() / f"{keys[article.id]}.npy"
        if path.is_file():
            out[article.id] = np.load(path)
        else:
            todo.append(article)
    if todo:
        vectors = embedder.embed_articles(todo)
        for article, vector in zip(todo, vectors, strict=True):
            np.save(cache_dir() / f"{keys[article.id]}.npy", vector)
            out[article.id] = vector
    return out


class CachedEmbedder:
    """Stands in for ``LeadEmbedder`` with vectors computed (and cached) beforehand."""

    model_name = MODEL_NAME

    def __init__(self, vectors: dict[str, np.ndarray]) -> None:
        self.vectors = vectors

    def embed_articles(self, articles: Sequence[Article]) -> np.ndarray:
        return np.stack([self.vectors[a.id] for a in articles])


# -- running the real store path ---------------------------------------------------------------
@dataclass(frozen=True)
class Outcome:
    story: dict[str, str]  # article id -> story id
    duplicate_of: dict[str, str | None]
    seconds: float


def cluster_docs(docs: Sequence[Doc], *, params: StoryParams | None = None, batches: int = 1) -> Outcome:
    """Feed the docs (in order) to a fresh store and ``update_stories``, in ``batches`` runs."""
    vectors = embed_cached([d.article for d in docs], LeadEmbedder())
    seconds = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "storyline.db")
        try:
            size = max(1, -(-len(docs) // batches))
            for start in range(0, len(docs), size):
                chunk = [d.article for d in docs[start : start + size]]
                chunk = [replace(a, input_key=f"bench:{a.source}:{a.id}") for a in chunk]
                store.add_results(chunk)
                started = time.perf_counter()
                update_stories(store, params=params, embedder=CachedEmbedder(vectors))  # type: ignore[arg-type]
                seconds += time.perf_counter() - started
            rows = store.article_stories()
        finally:
            store.close()
    return Outcome(
        story={aid: sid or aid for aid, (sid, _dup, _how) in rows.items()},
        duplicate_of={aid: dup for aid, (_sid, dup, _how) in rows.items()},
        seconds=seconds,
    )


# -- scores ------------------------------------------------------------------------------------
def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    items = [i for i in gold if i in predicted]
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for i in items:
        by_pred[predicted[i]].add(i)
        by_gold[gold[i]].add(i)
    precision = recall = 0.0
    for i in items:
        same = len(by_pred[predicted[i]] & by_gold[gold[i]])
        precision += same / len(by_pred[predicted[i]])
        recall += same / len(by_gold[gold[i]])
    p, r = precision / len(items), recall / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def story_stats(predicted: dict[str, str], gold: dict[str, str], language: dict[str, str]) -> dict[str, float]:
    """Purity (article-weighted), share of pure multi-article stories, share spanning languages."""
    members: dict[str, list[str]] = defaultdict(list)
    for aid, sid in predicted.items():
        if aid in gold:
            members[sid].append(aid)
    majority = sum(Counter(gold[a] for a in group).most_common(1)[0][1] for group in members.values())
    multi = [group for group in members.values() if len(group) > 1]
    pure = sum(1 for group in multi if len({gold[a] for a in group}) == 1)
    spanning = sum(1 for group in multi if len({language[a] for a in group}) > 1)
    return {
        "articles": float(sum(len(g) for g in members.values())),
        "stories": float(len(members)),
        "multi_article_stories": float(len(multi)),
        "largest": float(max((len(g) for g in members.values()), default=0)),
        "purity": majority / max(1, sum(len(g) for g in members.values())),
        "pure_story_share": pure / max(1, len(multi)),
        "multi_language_share": spanning / max(1, len(multi)),
        "clustered_share": sum(len(g) for g in multi) / max(1, sum(len(g) for g in members.values())),
    }


def translation_scores(outcome: Outcome, docs: Sequence[Doc]) -> tuple[float, float, int, int]:
    """Pairwise precision/recall of "same document in two languages" from duplicate groups."""
    root = {aid: dup or aid for aid, dup in outcome.duplicate_of.items()}
    ids = [d.article.id for d in docs if d.article.id in root]
    gold = {d.article.id: d.gold for d in docs}
    lang = {d.article.id: d.article.language for d in docs}
    true_pos = predicted = actual = 0
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if lang[a] == lang[b]:
                continue
            same_pred, same_gold = root[a] == root[b], gold[a] == gold[b]
            predicted += same_pred
            actual += same_gold
            true_pos += same_pred and same_gold
    return true_pos / max(1, predicted), true_pos / max(1, actual), predicted, actual
