"""HTML pages: trafilatura's extraction and metadata, and a plain-text rendering of the whole page.

``render_text`` turns a page into what a scraper's text dump looks like (every block element on
its own line, navigation, menus and footers included), so the dump cleaner can be run and
compared on the same pages.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "ul",
        "br",
        "option",
        "select",
        "button",
        "label",
        "title",
        "caption",
    ]
)
_SKIP_TAGS = frozenset(["script", "style", "noscript", "template", "svg", "iframe", "object", "head"])
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


@dataclass(frozen=True)
class HtmlExtraction:
    """What trafilatura found in a page."""

    text: str
    title: str | None
    author: str | None
    sitename: str | None
    date: str | None
    url: str | None
    page_language: str | None  # the <html lang> attribute, as ISO 639-1


def _parse(html: str) -> Any:
    import lxml.html

    try:
        return lxml.html.fromstring(html)
    except (ValueError, Exception):  # lxml raises ParserError / ValueError on odd documents
        log.debug("lxml could not parse the page", exc_info=True)
        return None


def render_text(html: str) -> str:
    """The page as a text dump: the text of each block element on its own line, title first."""
    root = _parse(html)
    if root is None:
        return ""
    lines: list[str] = []
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        lines.append(title.text_content().strip())
    buffer: list[str] = []

    def flush() -> None:
        line = _SPACES.sub(" ", "".join(buffer)).strip()
        if line:
            lines.append(line)
        buffer.clear()

    def walk(element: Any) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _SKIP_TAGS:
            return
        block = tag in _BLOCK_TAGS
        if block:
            flush()
        if element.text and tag:
            buffer.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                buffer.append(child.tail)
        if block:
            flush()

    body = root.find(".//body")
    walk(body if body is not None else root)
    flush()
    return "\n".join(lines)


def page_language(html: str) -> str | None:
    match = re.search(r"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z]{2,3})", html[:5000], re.IGNORECASE)
    return match.group(1).lower() if match else None


def extract(html: str, *, url: str | None = None) -> HtmlExtraction:
    """Article text (paragraphs separated by newlines) and metadata by trafilatura."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        deduplicate=False,
    )
    if document is None:
        return HtmlExtraction("", None, None, None, None, url, page_language(html))

    def field(name: str) -> str | None:
        value = getattr(document, name, None)
        return str(value).strip() or None if value else None

    return HtmlExtraction(
        text=field("text") or "",
        title=field("title"),
        author=field("author"),
        sitename=field("sitename"),
        date=field("date"),
        url=field("url") or url,
        page_language=page_language(html),
    )
