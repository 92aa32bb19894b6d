"""The PLOVER ontology and the CAMEO -> PLOVER mapping, as shipped in ``storyline/data/plover``.

``load_ontology()`` reads the tables; callers keep the returned object (no module-level cache).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


@dataclass(frozen=True)
class CameoCode:
    code: str
    type: str
    mode: str | None
    context: str | None


@dataclass(frozen=True)
class PloverOntology:
    types: dict[str, dict[str, Any]]
    quads: dict[str, list[str]]
    contexts: tuple[str, ...]
    statuses: tuple[str, ...]
    legacy_types: dict[str, str]
    cameo: dict[str, CameoCode]

    def modes(self, event_type: str) -> tuple[str, ...]:
        return tuple(self.types[event_type]["modes"])

    def quad(self, event_type: str) -> str:
        return next(q for q, members in self.quads.items() if event_type in members)

    def is_symmetric(self, event_type: str) -> bool:
        return bool(self.types[event_type]["symmetric"])

    def verb(self, event_type: str, mode: str | None = None) -> str:
        spec = self.types[event_type]
        if mode and mode in spec["modes"]:
            return str(spec["modes"][mode]["verb"])
        return str(spec["verb"])

    def normalise_type(self, name: str) -> str | None:
        """A PLOVER type for ``name``, accepting older names (DEMAND -> REQUEST, FIGHT -> ASSAULT)."""
        name = name.strip().upper()
        if name in self.types:
            return name
        return self.legacy_types.get(name)

    def from_cameo(self, code: str) -> CameoCode | None:
        """The PLOVER coding of a CAMEO code, falling back to its parent codes (0423 -> 042 -> 04)."""
        code = code.strip()
        while code:
            if code in self.cameo:
                return self.cameo[code]
            code = code[:-1]
        return None


def _read(*parts: str) -> str:
    node = resources.files("storyline").joinpath("data")
    for part in parts:
        node = node.joinpath(part)
    return node.read_text(encoding="utf-8")


def load_ontology() -> PloverOntology:
    raw = json.loads(_read("plover", "ontology.json"))
    cameo: dict[str, CameoCode] = {}
    lines = [ln for ln in _read("plover", "cameo_to_plover.tsv").splitlines() if ln and not ln.startswith("#")]
    for line in lines[1:]:
        code, event_type, mode, context = [*line.split("\t"), "", "", ""][:4]
        cameo[code] = CameoCode(code, event_type, mode or None, context or None)
    return PloverOntology(
        types=raw["types"],
        quads=raw["quads"],
        contexts=tuple(raw["contexts"]),
        statuses=tuple(raw["statuses"]),
        legacy_types=raw["legacy_types"],
        cameo=cameo,
    )
