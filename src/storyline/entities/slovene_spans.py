"""Span edges of Slovene names that the capitalised runs get wrong.

- A lower-case compass adjective belongs to the name it qualifies: "vzhodni Evropi", "zahodnega
  Balkana", "jugovzhodne Evrope" are one place (Slovene writes the adjective in lower case; the news
  annotation takes it in).
- Slovene word order puts two names side by side ("da je Krim Rusiji pripadel", "je Trump EU
  očital"): a capitalised run that the knowledge base reads as two or more names end to end is those
  names, not one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from storyline.entities.candidates import Candidate

SPAN_LANGS = frozenset({"sl"})
_COMPASS = re.compile(
    r"(?:(?:jugo|severo)?(?:vzhodn|zahodn)|severn|južn|podsahars[kc])(?:i|a|o|e|ega|emu|em|im|ih|imi) +$"
)


def compass_start(text: str, start: int, lang: str) -> int | None:
    """Where a lower-case compass adjective right before a place starting at ``start`` begins, else None."""
    if lang not in SPAN_LANGS:
        return None
    head = text[max(0, start - 25) : start]
    match = _COMPASS.search(head)
    if match is None:
        return None
    begin = start - len(head) + match.start()
    if (begin > 0 and text[begin - 1].isalpha()) or not text[begin : begin + 1].islower():
        return None
    return begin


def split_tiled_runs(
    text: str, candidates: list[Candidate], lang: str, is_common: Callable[[str], bool]
) -> list[Candidate]:
    """Without the capitalised runs that two or more knowledge-base names cover end to end; a name that
    is also a common word ("Radio" in "Radio Slovenija") does not count."""
    if lang not in SPAN_LANGS:
        return candidates
    known = [c for c in candidates if c.source == "kb" and not is_common(text[c.start : c.end])]
    out = []
    for cand in candidates:
        if cand.source == "caps" and _tiled(cand, known):
            continue
        out.append(cand)
    return out


def _tiled(run: Candidate, known: list[Candidate]) -> bool:
    inside = sorted((c for c in known if run.start <= c.start and c.end <= run.end), key=lambda c: c.start)
    if len(inside) < 2 or inside[0].start != run.start or inside[-1].end != run.end:
        return False
    return all(0 < nxt.start - prev.end <= 1 for prev, nxt in itertools.pairwise(inside))


_ADJECTIVE = re.compile(r"^\w+(?:sk|šk|čk)(?:i|a|o|e|ega|emu|em|im|ih|imi)$")
_NOT_NOUNS = frozenset(  # verbs, particles and prepositions that follow a country's name ("Kitajska je")
    "je so sta bo bodo bi ni niso pa in ter ali se si da ki kot že še tudi pri na v z s iz o od do po za".split()  # noqa: SIM905
)
_PLACE_PREPOSITIONS = frozenset("v na iz z s o pri proti po do k h ob med pred nad pod čez".split())  # noqa: SIM905


def country_adjective(text: str, start: int, end: int, lang: str, names: tuple[str, ...] = ()) -> bool:
    """Whether the word at ``start:end``, which the knowledge base reads as a country ("Ruski",
    "Slovenski"), is an adjective qualifying the lower-case noun after it ("Ruski predsednik"), not the
    country: no case form of the country's own ``names`` ("Hrvaška" -> "Hrvaški" stays a country), no
    preposition before it, a lower-case word that is no verb or particle after it."""
    word = text[start:end]
    if lang not in SPAN_LANGS or not _ADJECTIVE.match(word):
        return False
    for name in names:
        base = name[:-1] if name[-1:] in "aeo" else name
        if word.startswith(base) and len(word) - len(base) <= 3:
            return False
    before = text[max(0, start - 20) : start].split()
    if before and before[-1].lower() in _PLACE_PREPOSITIONS:
        return False
    after = text[end : end + 30].split()
    nxt = after[0] if after else ""
    return nxt.isalpha() and nxt.islower() and nxt not in _NOT_NOUNS
