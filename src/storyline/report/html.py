"""The self-contained, interactive HTML report: one file, no network needed to view it.

The page holds the front-end (``assets/app.js`` and ``assets/app.css``, inlined and allowed by
hash in a strict Content-Security-Policy) and the data as JSON blocks (see ``bundle``). All
article-derived text is rendered by the script through DOM APIs (``textContent``), never parsed
as HTML, so hostile titles, names or text cannot run code in the page.

The page is written as a stream, so the driver's memory does not grow with the corpus:
:class:`ReportWriter` takes the articles one at a time (from a pass over the store that the JSONL
exports can share) and spools their metadata and their text blocks to two temporary files next to
the report; :meth:`ReportWriter.finish` then writes the page in order (head, index, app script,
text blocks), reading stories, events and entities from the store one record at a time, and moves
it into place. A run killed at any point never leaves a partial ``report.html``.
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
from storyline.model import Article, Entity
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


class ReportWriter:
    """Writes ``report.html`` from a stream of articles; see the module docstring.

    Use as a context manager: leaving it without :meth:`finish` (an error, a kill) removes every
    temporary file and leaves any previous report as it was.
    """

    def __init__(self, store: Store, out_dir: Path) -> None:
        self.store = store
        self.path = out_dir / REPORT_NAME
        self._tmp = out_dir / f"{REPORT_NAME}.tmp"
        self._metas_path = out_dir / f"{REPORT_NAME}.articles.tmp"
        self._texts_path = out_dir / f"{REPORT_NAME}.texts.tmp"
        self._chunk = bundle.TEXT_CHUNK
        self._articles = 0
        self._slices = EvidenceSlices()
        self._event_of: dict[tuple[str, int, int], str] = {}
        for event in store.iter_events():  # small: one entry per evidence span
            self._slices.expect(event)
            self._event_of.update({(ev.article_id, ev.start, ev.end): event.id for ev in event.evidence})
        self._key_to_entity = store.entity_key_map()
        self._spools: list[IO[str]] = []
        try:
            with self.writing():
                self._metas = self._spool(self._metas_path)
                self._texts = self._spool(self._texts_path)
        except BaseException:
            self.__exit__(None, None, None)
            raise

    def _spool(self, path: Path) -> IO[str]:
        spool = path.open("w+", encoding="utf-8", newline="\n")
        self._spools.append(spool)
        return spool

    def __enter__(self) -> ReportWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        for spool in self._spools:
            spool.close()
        for path in (self._metas_path, self._texts_path, self._tmp):
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        try:
            yield
        except OSError as exc:  # disk full, read-only, file size limit: the previous report is left whole
            raise OutputNotWritable(f"cannot write {self.path}: {exc.strerror or exc}") from exc

    def add_article(self, article: Article, *, story_id: str | None, duplicate_of: str | None) -> None:
        """Spool the article's metadata (for the index) and its text with highlight layers (for its block).

        An ``OSError`` (disk full) propagates as it is, for the caller that writes alongside (the
        articles' JSONL writer) to report and clean up; :func:`write_report` wraps it in :meth:`writing`.
        """
        number = self._articles
        meta = article_meta(article, story_id=story_id, duplicate_of=duplicate_of)
        meta["chunk"] = number // self._chunk
        layers = compact_layers(article_layers(article, key_to_entity=self._key_to_entity, event_of=self._event_of))
        if number:
            self._metas.write(",")
        self._metas.write(json_for_script(meta))
        if number % self._chunk == 0:
            if number:
                self._texts.write("}</script>\n")
            self._texts.write(text_block_open(number // self._chunk))
        else:
            self._texts.write(",")
        self._texts.write(f"{json_for_script(article.id)}:{json_for_script(layers)}")
        self._slices.record(article)
        self._articles += 1

    def finish(self) -> Path:
        """Write the page (head, index, app script, text blocks) and move it into place."""
        script = front_end_script()
        style = read_asset("app.css")
        counts = {
            "stories": self.store.row_count("stories"),
            "events": self.store.row_count("events"),
            "entities": self.store.row_count("entities"),
            "articles": self._articles,
        }
        meta = {
            "version": __version__,
            "generated": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "counts": counts,
        }
        with self.writing():
            if self._articles:
                self._texts.write("}</script>\n")
            with self._tmp.open("w", encoding="utf-8", newline="\n") as out:
                out.write(page_head(script, style))
                out.write(f'{{"meta":{json_for_script(meta)},"stories":')
                _write_array(out, (story_detail(story) for story in self.store.iter_stories()))
                out.write(',"events":')
                _write_array(out, (compact_evidence(event_view(e), self._slices) for e in self.store.iter_events()))
                out.write(',"entities":')
                _write_array(out, (self._entity_entry(entity) for entity in self.store.iter_entities()))
                out.write(',"articles":[')
                self._metas.seek(0)
                shutil.copyfileobj(self._metas, out)
                out.write("]}</script>\n")
                # the app runs before the article texts are parsed: the story list shows while they load
                out.write(f"<script>{script}</script>\n")
                self._texts.seek(0)
                shutil.copyfileobj(self._texts, out)
                out.write(PAGE_END)
                out.flush()
                os.fsync(out.fileno())
            os.replace(self._tmp, self.path)
        log.info("report: %s (%.1f MB, %d articles)", self.path, self.path.stat().st_size / 1e6, self._articles)
        return self.path

    @staticmethod
    def _entity_entry(entity: Entity) -> dict[str, Any]:
        summary = entity_summary(entity)
        summary["article_ids"] = list(entity.article_ids)
        return summary


def write_report(store: Store, out_dir: Path) -> Path:
    """Write ``out_dir/report.html`` from the store (one streamed pass over its articles)."""
    with ReportWriter(store, out_dir) as report:
        with report.writing():
            for article, story_id, duplicate_of in store.iter_articles_with_stories():
                report.add_article(article, story_id=story_id, duplicate_of=duplicate_of)
        return report.finish()


def render_report(store: Store) -> str:
    """The whole page as one string (for tests and small stores; runs use :func:`write_report`)."""
    with tempfile.TemporaryDirectory(prefix="storyline-report-") as tmp:
        return write_report(store, Path(tmp)).read_text(encoding="utf-8")
