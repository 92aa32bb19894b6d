"""A detected name span, before linking."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Candidate:
    """A detected name span with the detector's guess of its kind (None = undecided)."""

    start: int
    end: int
    kind: str | None
    source: str  # kb | natasha | caps | phrase | group
    role: str | None = None
    sentence: tuple[int, int] = (0, 0)
    confidence: float = 0.6
