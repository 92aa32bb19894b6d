"""Titles in quotation marks: a quoted run of capitalised words is a work, a show or a slogan (MISC).

Encyclopaedic and news text quote the titles of films, songs, books and shows: "Late Show with David
Letterman", "Paul Merton in China", "Il Giardino di Marta". The names inside such a title are part of it,
not mentions of their own; a candidate spanning the whole quotation (two words or more, every word
capitalised or one of the language's small title words) wins over them by its length. Slavic news quote the
names of bodies instead («Газпром»), so only the languages of ``title_words.tsv`` are read so.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from storyline.entities.candidates import Candidate
from storyline.entities.tokens import Token

DATA_PACKAGE = "storyline.data.entities"
MAX_TITLE_TOKENS = 12
_CLOSING = {'"': {'"'}, "“": {"”", '"'}, "„": {"“", "”", '"'}, "«": {"»"}}


@dataclass(frozen=True)
class QuotedTitles:
    small_words: dict[str, frozenset[str]]

    @classmethod
    def load(cls) -> QuotedTitles:
        text = resources.files(DATA_PACKAGE).joinpath("title_words.tsv").read_text(encoding="utf-8")
        words: dict[str, frozenset[str]] = {}
        for line in text.splitlines():
            if line.strip() and not line.startswith("#"):
                lang, listed = line.split("\t")
                words[lang] = words.get(lang, frozenset()) | frozenset(listed.split())
        return cls(words)

    def find(self, tokens: list[Token], lang: str, sentence: tuple[int, int]) -> list[Candidate]:
        """MISC candidates for the quoted titles among ``tokens`` (one sentence)."""
        small = self.small_words.get(lang)
        if not small:
            return []
        found = []
        i = 0
        while i < len(tokens):
            closing = _CLOSING.get(tokens[i].text)
            if closing is None:
                i += 1
                continue
            j = i + 1
            while j < len(tokens) and j - i <= MAX_TITLE_TOKENS and tokens[j].text not in closing:
                j += 1
            if j >= len(tokens) or tokens[j].text not in closing:
                i += 1  # no closing mark near: an apostrophe or a stray mark
                continue
            inside = tokens[i + 1 : j]
            if self._title_case(inside, small):
                found.append(Candidate(inside[0].start, inside[-1].end, "MISC", "caps", sentence=sentence))
            i = j + 1  # a quotation closed here, titled or not: the next mark opens a new one
        return found

    @staticmethod
    def _title_case(words: list[Token], small: frozenset[str]) -> bool:
        """Two words or more, the first capitalised, each capitalised, a number or a small title word."""
        if len([w for w in words if w.is_word]) < 2 or not words[0].is_capitalised:
            return False
        return all(
            w.is_capitalised or w.text.isdigit() or w.text.lower() in small or not w.is_word for w in words
        ) and any(w.is_word and w.text.lower() not in small for w in words[1:])
