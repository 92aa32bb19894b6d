"""Lower-case place nouns that belong to the name after them ("provincia di Pavia", "mer Baltique").

Italian, French and Spanish write the common noun of many geographic names in lower case, and the
noun is part of the name: "lago di Campotosto", "monti Sicani", "río Ebro". A name found right after
such a noun (or after the noun and a connector) takes the noun in and becomes a place. The nouns live
in ``storyline/data/entities/place_heads.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from importlib import resources

from storyline.entities.candidates import Candidate

_WORD = re.compile(r"[^\s']+'?|'")

DATA_PACKAGE = "storyline.data.entities"
_MAX_GAP_WORDS = 2  # the noun and at most one connector ("provincia di"; "parco nazionale del" is left out)


@dataclass(frozen=True)
class PlaceHeads:
    nouns: dict[str, frozenset[str]]

    @classmethod
    def load(cls) -> PlaceHeads:
        text = resources.files(DATA_PACKAGE).joinpath("place_heads.tsv").read_text(encoding="utf-8")
        nouns: dict[str, frozenset[str]] = {}
        for line in text.splitlines():
            if line.strip() and not line.startswith("#"):
                lang, words = line.split("\t")
                nouns[lang] = nouns.get(lang, frozenset()) | frozenset(words.split())
        return cls(nouns)

    def extend(self, text: str, candidates: list[Candidate], lang: str, connectors: frozenset[str]) -> list[Candidate]:
        """The candidates, each right after a place noun widened to take it in, as a place."""
        nouns = self.nouns.get(lang)
        if not nouns:
            return candidates
        taken_ends = {c.end for c in candidates}
        out = []
        for cand in candidates:
            start = self._head_start(text, cand.start, nouns, connectors)
            if (
                start is None
                or start in taken_ends
                or any(c is not cand and c.start < cand.start and c.end > start for c in candidates)
            ):
                out.append(cand)
            else:
                out.append(replace(cand, start=start, kind="LOC"))
        return out

    @staticmethod
    def _head_start(text: str, start: int, nouns: frozenset[str], connectors: frozenset[str]) -> int | None:
        """Where the place noun before ``start`` begins, if there is one."""
        head_start = max(0, start - 40)
        words = [(m.start(), m.group(0)) for m in _WORD.finditer(text, head_start, start)]
        if not words or words[-1][0] + len(words[-1][1]) < start - 1:
            return None
        for n in range(1, _MAX_GAP_WORDS + 1):
            if len(words) < n:
                return None
            position, noun = words[-n]
            between = [w for _p, w in words[len(words) - n + 1 :]]
            if not all(_joins(w, connectors) for w in between):
                return None
            if noun in nouns:
                return position
        return None


def _joins(word: str, connectors: frozenset[str]) -> bool:
    """A connector between a place noun and its name: "di", "del", or an elided "dell'", "d'"."""
    bare = word.replace("’", "'")
    return bare in connectors or (bare.endswith("'") and len(bare) <= 6 and bare[:1] == "d")
