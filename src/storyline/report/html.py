"""The self-contained HTML report (first version: stories, events, entities, articles; all
article-derived text escaped). The report issue replaces it with the interactive one."""

from __future__ import annotations

from html import escape
from pathlib import Path

from storyline.io.writers import write_text
from storyline.store import Store


def render_report(store: Store) -> str:
    entities = {e.id: e for e in store.iter_entities()}
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        "<title>storyline report</title><style>body{font-family:sans-serif;max-width:70em;margin:auto}"
        "article{border-top:1px solid #ccc;padding:.5em 0}</style></head><body>",
        "<h1>storyline report</h1>",
    ]
    for story in store.iter_stories():
        parts.append(f"<section class='story' id='{escape(story.id)}'><h2>{escape(story.title)}</h2>")
        parts.append(f"<p>{len(story.article_ids)} articles · {escape(', '.join(story.languages))}</p>")
        actors = ", ".join(escape(entities[e].name) for e in story.entities if e in entities)
        parts.append(f"<p>Actors: {actors}</p>")
        for article in store.iter_articles(list(story.article_ids)):
            parts.append(
                f"<article><h3>{escape(article.title or '')}</h3><p>{escape(article.language)} · "
                f"{escape(article.published or 'undated')} · {escape(article.source)}</p>"
                f"<details><summary>text</summary><pre style='white-space:pre-wrap'>{escape(article.text)}</pre>"
                "</details></article>"
            )
        parts.append("</section>")
    parts.append("</body></html>")
    return "".join(parts)


def write_report(store: Store, out_dir: Path) -> Path:
    path = out_dir / "report.html"
    write_text(path, render_report(store))
    return path
