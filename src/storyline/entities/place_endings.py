"""Place names told by their ending when nothing else types them ("Gostkowo", "Katowice", "Płońsk"), and
German compass prefixes before a known place ("Ostafrika", "Mitteleuropa").

Polish town and village names share a few endings that given names, surnames and common words rarely
have. A lone unknown capitalised word with one of them (and none of the overruling endings) is taken
for a place. The endings live in ``storyline/data/entities/place_endings.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

DATA_PACKAGE = "storyline.data.entities"


@dataclass(frozen=True)
class PlaceEndings:
    endings: dict[str, tuple[str, ...]]
    overruling: dict[str, tuple[str, ...]]
    compass: dict[str, tuple[str, ...]]  # prefixes, longest first
    people: dict[str, tuple[str, ...]]

    @classmethod
    def load(cls) -> PlaceEndings:
        text = resources.files(DATA_PACKAGE).joinpath("place_endings.tsv").read_text(encoding="utf-8")
        endings: dict[str, tuple[str, ...]] = {}
        overruling: dict[str, tuple[str, ...]] = {}
        compass: dict[str, tuple[str, ...]] = {}
        people: dict[str, tuple[str, ...]] = {}
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            lang, cue, listed = line.split("\t")
            if cue == "ENDINGS":
                endings[lang] = endings.get(lang, ()) + tuple(listed.split())
            elif cue == "NOT":
                overruling[lang] = overruling.get(lang, ()) + tuple(listed.split())
            elif cue == "PEOPLE":
                people[lang] = people.get(lang, ()) + tuple(listed.split())
            elif cue == "COMPASS":
                compass[lang] = tuple(sorted(compass.get(lang, ()) + tuple(listed.split()), key=len, reverse=True))
            else:
                raise ValueError(f"place_endings.tsv: unknown cue {cue!r}")
        return cls(endings, overruling, compass, people)

    def looks_like_place(self, word: str, lang: str) -> bool:
        """Whether ``word`` ends like a place name of ``lang`` (and is longer than its ending by 3+)."""
        lowered = word.lower()
        endings = self.endings.get(lang)
        if not endings or not lowered.endswith(endings) or lowered.endswith(self.overruling.get(lang, ("\0",))):
            return False
        return any(lowered.endswith(e) and len(lowered) - len(e) >= 3 for e in endings)

    def compass_rest(self, word: str, lang: str) -> str | None:
        """The place after a compass prefix written together with it ("Ostafrika" -> "Afrika"), else None."""
        lowered = word.lower()
        for prefix in self.compass.get(lang, ()):
            rest = word[len(prefix) :]
            if lowered.startswith(prefix) and len(rest) >= 4:
                return rest[:1].upper() + rest[1:]
        return None

    def names_a_people(self, word: str, lang: str) -> bool:
        """Whether ``word`` ends like an adjective of a people or a language ("Turkish", "Japanese")."""
        endings = self.people.get(lang, ())
        return bool(endings) and len(word) > 5 and word.lower().endswith(endings)
