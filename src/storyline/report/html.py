"""The self-contained, interactive HTML report: one file, no network needed to view it.

The page holds the front-end (``assets/app.js`` and ``assets/app.css``, inlined and allowed by
hash in a strict Content-Security-Policy) and the data as JSON blocks (see ``bundle``). All
article-derived text is rendered by the script through DOM APIs (``textContent``), never parsed
as HTML, so hostile titles, names or text cannot run code in the page.
"""

from __future__ import annotations

import logging
from pathlib import Path

from storyline.io.writers import write_text
from storyline.report.bundle import ReportBundle, build_bundle, front_end_config
from storyline.report.embed import csp_hash, front_end_script, json_for_script, read_asset
from storyline.store import Store

log = logging.getLogger(__name__)


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


def render_bundle(bundle: ReportBundle) -> str:
    script = front_end_script()
    style = read_asset("app.css")
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
            f'<script type="application/json" id="sl-data">{json_for_script(bundle.index)}</script>\n',
            # the app runs before the article texts are parsed: the story list shows while they load
            f"<script>{script}</script>\n",
            *(
                f'<script type="application/json" id="sl-texts-{number}">{json_for_script(block)}</script>\n'
                for number, block in enumerate(bundle.texts)
            ),
            "</body></html>\n",
        ]
    )


def render_report(store: Store) -> str:
    return render_bundle(build_bundle(store))


def write_report(store: Store, out_dir: Path) -> Path:
    path = out_dir / "report.html"
    html = render_report(store)
    write_text(path, html)
    log.info("report: %s (%.1f MB)", path, len(html.encode("utf-8")) / 1e6)
    return path
