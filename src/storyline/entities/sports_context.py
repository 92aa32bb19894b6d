"""A town's name in a sports report names the team: "Kettering beat Hartlepool 2-0", "his debut for Wrexham";
so does a capitalised plural after the article there ("the Harriers won the pennant"), and an unknown name
after a word a team follows there ("two seasons with Quarrane").

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
    lists: SportsWordLists  # (lang, "SPORTS" / "TEAM_ARTICLE" / "NOT_TEAM_ENDING" / "TEAM_BEFORE") -> words

    @classmethod
    def load(cls) -> SportsContext:
        return cls(SportsWordLists.load())

    def covers(self, lang: str) -> bool:
        """Whether sports reports can be told in ``lang``."""
        return bool(self.lists.get(lang, "SPORTS"))

    def names_a_team(self, text: str, start: int, word: str, lang: str) -> bool:
        """Whether a lone unknown ``word`` at ``start`` is shaped like a team's nickname: a capitalised plural
        after the article (``TEAM_ARTICLE``: "the Harriers", "the Blue Jays"), not a people's or follower's
        word (``NOT_TEAM_ENDING``: "the Romans", "the Lutherans")."""
        articles = self.lists.get(lang, "TEAM_ARTICLE")
        before = text[max(0, start - 20) : start].split()[-1:]
        return (
            bool(articles)
            and bool(before)
            and before[0].lower() in articles
            and word[:1].isupper()
            and word[1:].islower()
            and word.endswith("s")
            and not word.lower().endswith(tuple(self.lists.get(lang, "NOT_TEAM_ENDING")))
        )

    def team_word_before(self, text: str, start: int, lang: str) -> bool:
        """Whether the word before ``start`` is one a team follows in a sports report (``TEAM_BEFORE``: "for",
        "with", "over": "his debut for Dunmere", "a win over Quarrane")."""
        before = text[max(0, start - 20) : start].split()[-1:]
        return bool(before) and before[0].lower() in self.lists.get(lang, "TEAM_BEFORE")

    def is_sports_report(self, sentence: str, lang: str) -> bool:
        wanted = self.lists.get(lang, "SPORTS")
        return bool(wanted) and any(word.strip(".,;:()\"'").lower() in wanted for word in sentence.split())
