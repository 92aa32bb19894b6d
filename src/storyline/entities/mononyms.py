"""People known by one name ("Aristotele", "Cartesio", "Giotto", "Maometto").

A lone capitalised word is typed from its context; in encyclopaedic Italian the most frequent lone names
are those of philosophers, writers, artists, rulers, biblical and mythological figures, written in their
Italian form, and a lone unknown word inside a sentence would otherwise be taken for a place. English
text writes such people by their surname ("Kennedy", "Hindenburg", "Rodin"), many of which GeoNames
also lists as a town or an alternate city name; the English list outranks that town reading. The names
live in ``storyline/data/entities/mononyms.tsv``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

DATA_PACKAGE = "storyline.data.entities"


@dataclass(frozen=True)
class Mononyms:
    names: dict[str, frozenset[str]]  # lang -> names

    @classmethod
    def load(cls) -> Mononyms:
        """The packaged list, read once per process (the knowledge base and the detector both use it)."""
        return _load_packaged()

    @classmethod
    def _parse(cls) -> Mononyms:
        text = resources.files(DATA_PACKAGE).joinpath("mononyms.tsv").read_text(encoding="utf-8")
        names: dict[str, frozenset[str]] = {}
        for line in text.splitlines():
            if line.strip() and not line.startswith("#"):
                lang, listed = line.split("\t")
                names[lang] = names.get(lang, frozenset()) | frozenset(listed.split())
        return cls(names)

    def is_person(self, word: str, lang: str) -> bool:
        """Whether ``word`` is a person known by that one name in ``lang``."""
        return word in self.names.get(lang, ())


@functools.cache
def _load_packaged() -> Mononyms:
    return Mononyms._parse()
