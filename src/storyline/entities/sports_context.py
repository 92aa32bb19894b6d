"""A town's name in a sports report names the team: "Burnley beat Fulham 2-0", "his debut for Wrexham".

The words that make a sentence a sports report are typed by hand in
``storyline/data/entities/sports_words.tsv``. Only a lone name read as a place by default is changed,
never one after a preposition of place ("a stadium in Burnley"), nor a country or region the knowledge
base holds by hand (national teams keep their country's kind).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

DATA_PACKAGE = "storyline.data.entities"


@dataclass(frozen=True)
class SportsContext:
    words: dict[str, frozenset[str]]  # lang -> words of sports reports

    @classmethod
    def load(cls) -> SportsContext:
        text = resources.files(DATA_PACKAGE).joinpath("sports_words.tsv").read_text(encoding="utf-8")
        words: dict[str, frozenset[str]] = {}
        for line in text.splitlines():
            if line.strip() and not line.startswith("#"):
                lang, listed = line.split("\t")
                words[lang] = words.get(lang, frozenset()) | frozenset(listed.split())
        return cls(words)

    def is_sports_report(self, sentence: str, lang: str) -> bool:
        wanted = self.words.get(lang, frozenset())
        return bool(wanted) and any(word.strip(".,;:()\"'").lower() in wanted for word in sentence.split())
