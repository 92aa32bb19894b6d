"""The kind of an unknown German name of two or three words that no word inside it tells.

German people's names take no article, but clubs, bands, companies and buildings do: "die Boca Juniors",
"bei den Tamworth Rovers", "beim Brackwell United". After an article (or a preposition fused with one) an
unknown name is a body; after "im" and "am" (in/at the) it is mostly a place ("im Hyde Park", "am Lake
Tahoe"), as it is after "in" and "aus" without an article ("in Santa Monica"); after a bare "bei" it is
mostly a club or firm someone works for ("bei Aston Villa").
"""

from __future__ import annotations

from storyline.entities.kind_context import word_before

# "bei" (at, with) before a name without article is mostly a club or firm one works for: "bei Aston Villa"
_BODY_WORDS = frozenset({"der", "die", "das", "den", "dem", "des", "beim", "zum", "zur", "vom", "bei"})
_PLACE_WORDS = frozenset({"im", "am", "ins", "in", "aus"})


def german_article_kind(text: str, start: int) -> str | None:
    """ORG after an article or "bei" ("die Grateful Dead"), LOC after "im", "am", "in" or "aus", else None."""
    before = word_before(text, start)
    if before in _BODY_WORDS:
        return "ORG"
    if before in _PLACE_WORDS:
        return "LOC"
    return None
