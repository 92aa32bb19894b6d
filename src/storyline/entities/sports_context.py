"""A town's name in a sports report names the team: "Kettering beat Hartlepool 2-0", "his debut for Wrexham".

The words that make a sentence a sports report are typed by hand in
``storyline/data/entities/sports_words.tsv``. Only a lone name read as a place by default is changed,
never one after a preposition of place ("a stadium in Kettering"), nor a country or region the knowledge
base holds by hand (national teams keep their country's kind).
"""

from __future__ import annotations

from dataclasses import dataclass

from storyline.entities.resources import WordLists


class SportsWordLists(WordLists):
    FILE = "sports_words.tsv"


@dataclass(frozen=True)
class SportsContext:
    lists: SportsWordLists  # (lang, "SPORTS") -> words of sports reports

    @classmethod
    def load(cls) -> SportsContext:
        return cls(SportsWordLists.load())

    def covers(self, lang: str) -> bool:
        """Whether sports reports can be told in ``lang``."""
        return bool(self.lists.get(lang, "SPORTS"))

    def is_sports_report(self, sentence: str, lang: str) -> bool:
        wanted = self.lists.get(lang, "SPORTS")
        return bool(wanted) and any(word.strip(".,;:()\"'").lower() in wanted for word in sentence.split())
