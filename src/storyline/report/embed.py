"""Safe embedding of data and code in one HTML page, and the page's Content-Security-Policy.

Data goes in ``<script type="application/json">`` blocks: the browser never runs them, and
:func:`json_for_script` escapes every character that could end the block or confuse a parser
(``<``, ``>``, ``&``, U+2028, U+2029), so no article text can close the element or open a tag.
"""

from __future__ import annotations

import base64
import hashlib
import json
from importlib import resources
from typing import Any

_SCRIPT_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def json_for_script(obj: Any) -> str:
    """JSON text that is safe inside ``<script type="application/json">`` and parses back to ``obj``."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_ESCAPES)


def csp_hash(source: str) -> str:
    """The CSP source expression (``'sha256-…'``) that allows exactly this inline script or style."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def read_asset(name: str) -> str:
    """A front-end file from ``storyline/report/assets`` (shared by the report and the web app)."""
    return resources.files("storyline.report").joinpath(f"assets/{name}").read_text(encoding="utf-8")


def front_end_script() -> str:
    """The whole front-end script: the ``app-NN-*.js`` parts in name order, in one strict-mode function."""
    assets = resources.files("storyline.report").joinpath("assets")
    names = sorted(item.name for item in assets.iterdir() if item.name.startswith("app-") and item.name.endswith(".js"))
    intro, *parts = (read_asset(name) for name in names)
    body = "\n".join(parts)
    return f'{intro}(function () {{\n"use strict";\n\n{body}\n}})();\n'
