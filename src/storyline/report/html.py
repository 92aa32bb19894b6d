"""The self-contained, interactive HTML report: one file, no network needed to view it.

The page holds the front-end (``assets/app.js`` and ``assets/app.css``, inlined and allowed by
hash in a strict Content-Security-Policy) and the data as JSON blocks (see ``bundle``). All
article-derived text is rendered by the script through DOM APIs (``textContent``), never parsed
as HTML, so hostile titles, names or text cannot run code in the page.

The page is written as a stream, so the driver's memory does not grow with the corpus text:
:class:`ReportWriter` takes the events, stories, entities and articles one at a time (from the passes over
the store that write the JSONL exports, see ``exports.write_outputs``) and spools each section of
the page (stories, entities, article metadata, article text blocks) to a temporary file next to
the report; :meth:`ReportWriter.finish` then writes the page in order (head, index, app script,
text blocks), streaming the events from the store, and moves it into place. What stays in memory
is one small entry per evidence span and per entity key. A run killed at any point never leaves
a partial ``report.html``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from storyline import __version__
from storyline.errors import OutputNotWritable
from storyline.model import Article, Entity, Event, Story
from storyline.report import bundle
from storyline.report.bundle import EvidenceSlices, compact_evidence, compact_layers, front_end_config
from storyline.report.embed import csp_hash, front_end_script, json_for_script, read_asset
from storyline.report.views import article_layers, article_meta, entity_summary, event_view, story_detail
from storyline.store import Store

log = logging.getLogger(__name__)

REPORT_NAME = "report.html"


def report_csp(script: str, style: str) -> str:
    return "; ".join(
        [
            "default-src 'none'",
            f"script-src {csp_hash(script)}",
            f"style-src {csp_hash(style)}",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def page_head(script: str, style: str) -> str:
    """Everything before the index JSON (the ``sl-data`` block is left open)."""
    config = json_for_script(front_end_config("embedded"))
    return "".join(
        [
            '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{report_csp(script, style)}">\n',
            '<meta name="referrer" content="no-referrer">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            "<title>storyline report</title>\n",
            f"<style>{style}</style>\n",
            "</head><body>\n",
            '<div id="app"><noscript>This report needs JavaScript to show its views.</noscript></div>\n',
            f'<script type="application/json" id="sl-config">{config}</script>\n',
            '<script type="application/json" id="sl-data">',
        ]
    )


def text_block_open(number: int) -> str:
    return f'<script type="application/json" id="sl-texts-{number}">{{'


PAGE_END = "</body></html>\n"


def _write_array(out: IO[str], items: Iterable[Any]) -> None:
    """``items`` as one JSON array, written item by item (the same text as ``json_for_script(list(items))``)."""
    out.write("[")
    for number, item in enumerate(items):
        if number:
            out.write(",")
        out.write(json_for_script(item))
    out.write("]")


class _Spool:
    """A temporary file next to the report that a section of the page is written to as items arrive."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.count = 0
        self.file: IO[str] = path.open("w+", encoding="utf-8", newline="\n")

    def add_json(self, item: Any) -> None:
        """Append ``item`` to a JSON array (the brackets are written by :meth:`copy_array_to`)."""
        if self.count:
            self.file.write(",")
        self.file.write(json_for_script(item))
        self.count += 1

    def copy_to(self, out: IO[str]) -> None:
        self.file.seek(0)
        shutil.copyfileobj(self.file, out)

    def copy_array_to(self, out: IO[str]) -> None:
        out.write("[")
        self.copy_to(out)
        out.write("]")

    def remove(self) -> None:
        self.file.close()
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)


class ReportWriter:
    """Writes ``report.html`` from streams of events, stories, entities and articles (module docstring).

    Give it every event (:meth:`add_event`; all of them before the first article), story
    (:meth:`add_story`), entity (:meth:`add_entity`) and article (:meth:`add_article`) of the store,
    each kind in the store's order, then call :meth:`finish`. Use it as a context manager: leaving
    without :meth:`finish` (an error) removes every temporary file and leaves any previous report
    as it was; after a kill, the next run overwrites the temporary files.

    The ``add_*`` methods let an ``OSError`` (disk full) propagate as it is, for a caller that writes
    other files alongside (the JSONL exports) to report and clean up; :func:`write_report` wraps
    them in :meth:`writing`.
    """

    def __init__(self, store: Store, out_dir: Path) -> None:
        self.store = store
        self.path = out_dir / REPORT_NAME
        self._tmp = out_dir / f"{REPORT_NAME}.tmp"
        self._chunk = bundle.TEXT_CHUNK
        self._slices = EvidenceSlices()
        self._event_of: dict[tuple[str, int, int], str] = {}  # small: one entry per evidence span
        self._events = 0
        self._key_to_entity = store.entity_key_map()
        self._spools: list[_Spool] = []
        try:
            with self.writing():
                self._stories = self._spool("stories")
                self._entities = self._spool("entities")
                self._articles = self._spool("articles")  # article metadata for the index
                self._texts = self._spool("texts")  # the text blocks, each a complete <script> element
        except BaseException:
            self.__exit__(None, None, None)
            raise

    def _spool(self, section: str) -> _Spool:
        spool = _Spool(self.path.with_name(f"{REPORT_NAME}.{section}.tmp"))
        self._spools.append(spool)
        return spool

    def __enter__(self) -> ReportWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        for spool in self._spools:
            spool.remove()
        with contextlib.suppress(OSError):
            self._tmp.unlink(missing_ok=True)

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Turn an ``OSError`` inside the block into :class:`OutputNotWritable` naming the report."""
        try:
            yield
        except OSError as exc:  # disk full, read-only, file size limit: the previous report is left whole
            raise OutputNotWritable(f"cannot write {self.path}: {exc.strerror or exc}") from exc

    def add_event(self, event: Event) -> None:
        """Note the event's evidence spans (its record is written by :meth:`finish`); before any article."""
        if self._articles.count:
            raise ValueError("the report needs every event before the first article")
        self._slices.expect(event)
        self._event_of.update({(ev.article_id, ev.start, ev.end): event.id for ev in event.evidence})
        self._events += 1

    def add_story(self, story: Story) -> None:
        self._stories.add_json(story_detail(story))

    def add_entity(self, entity: Entity) -> None:
        summary = entity_summary(entity)
        summary["article_ids"] = list(entity.article_ids)
        self._entities.add_json(summary)

    def add_article(self, article: Article, *, story_id: str | None, duplicate_of: str | None) -> None:
        """Spool the article's metadata (for the index) and its text with highlight layers (for its block)."""
        number = self._articles.count
        meta = article_meta(article, story_id=story_id, duplicate_of=duplicate_of)
        meta["chunk"] = number // self._chunk
        layers = compact_layers(article_layers(article, key_to_entity=self._key_to_entity, event_of=self._event_of))
        self._articles.add_json(meta)
        texts = self._texts.file
        if number % self._chunk == 0:
            if number:
                texts.write("}</script>\n")
            texts.write(text_block_open(number // self._chunk))
        else:
            texts.write(",")
        texts.write(f"{json_for_script(article.id)}:{json_for_script(layers)}")
        self._slices.record(article)

    def finish(self) -> Path:
        """Write the page (head, index, app script, text blocks) and move it into place."""
        script = front_end_script()
        style = read_asset("app.css")
        counts = {
            "stories": self._stories.count,
            "events": self._events,
            "entities": self._entities.count,
            "articles": self._articles.count,
        }
        meta = {
            "version": __version__,
            "generated": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "counts": counts,
        }
        with self.writing():
            if self._articles.count:
                self._texts.file.write("}</script>\n")
            with self._tmp.open("w", encoding="utf-8", newline="\n") as out:
                out.write(page_head(script, style))
                out.write(f'{{"meta":{json_for_script(meta)},"stories":')
                self._stories.copy_array_to(out)
                out.write(',"events":')
                # the events are read again here: whether each evidence sentence can be cut from its
                # article's text is known only now that every article has been seen
                _write_array(out, (compact_evidence(event_view(e), self._slices) for e in self.store.iter_events()))
                out.write(',"entities":')
                self._entities.copy_array_to(out)
                out.write(',"articles":')
                self._articles.copy_array_to(out)
                out.write("}</script>\n")
                # the app runs before the article texts are parsed: the story list shows while they load
                out.write(f"<script>{script}</script>\n")
                self._texts.copy_to(out)
                out.write(PAGE_END)
                out.flush()
                os.fsync(out.fileno())
            os.replace(self._tmp, self.path)
        log.info("report: %s (%.1f MB, %d articles)", self.path, self.path.stat().st_size / 1e6, self._articles.count)
        return self.path


def feed_report(store: Store, report: ReportWriter) -> None:
    """Give the report every event, story, entity and article of the store (when nothing else reads them)."""
    for event in store.iter_events():
        report.add_event(event)
    for story in store.iter_stories():
        report.add_story(story)
    for entity in store.iter_entities():
        report.add_entity(entity)
    for article, story_id, duplicate_of in store.iter_articles_with_stories():
        report.add_article(article, story_id=story_id, duplicate_of=duplicate_of)


def write_report(store: Store, out_dir: Path) -> Path:
    """Write ``out_dir/report.html`` from the store alone (a run writes it with the exports: ``write_outputs``)."""
    with ReportWriter(store, out_dir) as report:
        with report.writing():
            feed_report(store, report)
        return report.finish()


def render_report(store: Store) -> str:
    """The whole page as one string (for tests and small stores; runs use :func:`write_report`)."""
    with tempfile.TemporaryDirectory(prefix="storyline-report-") as tmp:
        return write_report(store, Path(tmp)).read_text(encoding="utf-8")
