"""Build hand-written articles for event tests: mentions are given as (surface, kind, key, name, country)."""

from __future__ import annotations

from collections.abc import Sequence

from storyline.model import Article, DateValue, Mention, TimeExpr

MentionSpec = tuple[str, str, str, str, str | None]


def mentions_for(text: str, specs: Sequence[MentionSpec]) -> tuple[Mention, ...]:
    """Every occurrence of each surface form becomes a mention."""
    out: list[Mention] = []
    for surface, kind, key, name, country in specs:
        start = text.find(surface)
        assert start >= 0, surface
        while start >= 0:
            out.append(Mention(start, start + len(surface), surface, kind, surface, key, name, country=country))
            start = text.find(surface, start + 1)
    return tuple(sorted(out, key=lambda m: m.start))


def times_for(text: str, specs: Sequence[tuple[str, str]]) -> tuple[TimeExpr, ...]:
    """(surface, ISO day) pairs; each first occurrence becomes a day-level time expression."""
    out = []
    for surface, day in specs:
        start = text.index(surface)
        out.append(TimeExpr(start, start + len(surface), surface, DateValue(day, day, "day", "exact")))
    return tuple(out)


def article(
    text: str,
    lang: str,
    mentions: Sequence[MentionSpec] = (),
    times: Sequence[tuple[str, str]] = (),
    *,
    published: str | None = "2022-01-20",
    article_id: str = "a1",
) -> Article:
    return Article(
        id=article_id,
        source=f"{article_id}.txt",
        text=text,
        language=lang,
        published=published,
        mentions=mentions_for(text, mentions),
        times=times_for(text, times),
    )
