"""HTML pages: trafilatura's text and metadata, and the text rendering used for dumps."""

from __future__ import annotations

from storyline.clean.html import page_language, render_text
from storyline.clean.stage import CleanStage
from storyline.model import Article, RawDoc

PARAGRAPHS = [
    "The regional parliament approved the new water law on Wednesday after a debate that lasted late into the night.",
    "The law obliges every town with more than ten thousand inhabitants to publish the quality of its drinking "
    "water each month, and sets fines for suppliers that fail to do so.",
    "Opposition members said the fines were too small to change anything, but voted for the law in the end.",
    "The first reports are due in the autumn, when the new rules come into force.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="hi"><head><title>Water law approved after long debate | Lakeside Post</title>
<meta property="og:site_name" content="Lakeside Post">
<meta property="article:published_time" content="2024-05-15T10:00:00Z">
<meta name="author" content="Jonas Weber">
</head><body>
<nav><ul><li><a href="/">मुख्य पृष्ठ</a></li><li><a href="/world">दुनिया</a></li><li><a href="/sport">खेल</a></li></ul></nav>
<article><h1>Water law approved after long debate</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
<p>Subscribe to our newsletter</p>
</article>
<aside><h2>ताज़ा खबरें</h2><ul><li>राज्य सरकार ने नई बस सेवा की घोषणा की</li>
<li>शहर में तीन दिन तक भारी बारिश की चेतावनी जारी</li></ul></aside>
<footer><p>© 2024 Lakeside Post. All rights reserved.</p><a href="/privacy">गोपनीयता नीति</a></footer>
</body></html>"""


def test_render_text_puts_blocks_on_lines() -> None:
    lines = render_text(PAGE).splitlines()
    assert lines[0] == "Water law approved after long debate | Lakeside Post"
    assert "मुख्य पृष्ठ" in lines
    assert PARAGRAPHS[1] in lines
    assert "गोपनीयता नीति" in lines


def test_page_language_attribute() -> None:
    assert page_language(PAGE) == "hi"
    assert page_language("<html><body>x</body></html>") is None


def test_html_article(stage: CleanStage) -> None:
    article = stage.process([RawDoc("page.html", "html", PAGE, "k")])[0]
    assert isinstance(article, Article)
    for paragraph in PARAGRAPHS:
        assert paragraph in article.text
    assert "Subscribe" not in article.text
    assert "All rights reserved" not in article.text
    assert article.title == "Water law approved after long debate"
    assert article.text.startswith(PARAGRAPHS[0])  # the headline is not repeated as the first paragraph
    assert article.outlet == "Lakeside Post"
    assert article.byline == "Jonas Weber"
    assert (article.published, article.published_basis) == ("2024-05-15", "metadata")
    assert article.language == "en"
    assert article.page_language == "hi"


def test_html_and_dump_cleaner_agree_on_the_body(stage: CleanStage) -> None:
    from_dump = stage.process([RawDoc("page.txt", "text", render_text(PAGE), "k")])[0]
    assert isinstance(from_dump, Article)
    assert from_dump.text.split("\n\n") == PARAGRAPHS
