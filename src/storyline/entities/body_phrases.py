"""Names of public bodies (and of seas, islands, ...) that Slovene and Czech write with one capital letter.

"Državni zbor", "Slovenska vojska", "Evropsko investicijsko banko" (sl), "Ústavní soud", "Česká
národní banka" (cs): a capitalised adjective, up to two more adjectives in lower case, then a head
noun of a body (``data/entities/body_heads.tsv``), in any case form; or a capitalised head noun
itself ("Ministrstvu", "Úřad"). Either may go on with "za"/"pro" and up to three lower-case words
("Ministrstvu za zdravje", "Zavod za zaposlovanje", "Úřad pro ochranu osobních údajů"), ending at
a listed stop word ("je", "in") or verb ending, a word that is not in lower case, or punctuation.

Place names are built the same way ("Baltsko morje", "Iberskem polotoku", "Severní moře"): LOC.

Capitalised runs take only the first word ("Državnem"); the phrase is one ORG span that wins over
it by being longer. The words are matched by their endings, not parsed: a phrase must end in a
listed head noun, which is what keeps "Slovenski turisti" out; an opener that is a country
adjective ("britanski parlament", "Ameriški kongres") names no body of its own and is left out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources

from storyline.entities.candidates import Candidate
from storyline.entities.resources import DATA_PACKAGE, PatternIndex
from storyline.entities.tokens import Token

BODY_LANGS = frozenset({"sl", "cs"})  # the languages body_heads.tsv lists
_MAX_INNER = 2  # lower-case adjectives between the capitalised opener and the head
_MAX_COMPLEMENT = 3  # lower-case words after "za"/"pro"
_MAX_JOINED = 7  # ... when "in" joins them ("za delo, družino ... in enake možnosti" stays cut)
_ADJECTIVE_STARTS = ("n", "sk", "šk", "čn", "ar", "ov")  # zvez-ne, senat-ni, parlament-arni: adjectives, not heads


@dataclass(frozen=True)
class BodyPhrases:
    endings: dict[str, tuple[str, ...]]  # lang -> adjective endings, longest first
    heads: dict[str, PatternIndex]  # lang -> head patterns; the value is "KIND stem"
    fors: dict[str, frozenset[str]]
    stops: dict[str, frozenset[str]]
    verb_endings: dict[str, tuple[str, ...]]
    inner: dict[str, frozenset[str]] = field(default_factory=dict)  # "in", "nad" inside a complement
    not_verbs: dict[str, frozenset[str]] = field(default_factory=dict)  # nouns ending like verbs ("zdravila")
    closed: dict[str, PatternIndex] = field(default_factory=dict)  # heads that take no complement ("unija")
    seats: dict[str, PatternIndex] = field(default_factory=dict)  # heads named with their seat ("univerza v")
    at_places: dict[str, frozenset[str]] = field(default_factory=dict)  # "v", "na" before the seat

    @classmethod
    def load(cls) -> BodyPhrases:
        text = resources.files(DATA_PACKAGE).joinpath("body_heads.tsv").read_text(encoding="utf-8")
        rows: dict[tuple[str, str], list[str]] = {}
        for line in text.splitlines():
            if line.strip() and not line.startswith("#"):
                lang, part, words = line.split("\t")
                rows.setdefault((lang, part), []).extend(words.split())
        langs = {lang for lang, _ in rows}
        return cls(
            endings={lang: tuple(sorted(rows.get((lang, "endings"), []), key=len, reverse=True)) for lang in langs},
            heads={
                lang: PatternIndex(
                    [(w, "ORG " + w.rstrip("*")) for w in rows.get((lang, "heads"), [])]
                    + [(w, "LOC " + w.rstrip("*")) for w in rows.get((lang, "place_heads"), [])]
                )
                for lang in langs
            },
            fors={lang: frozenset(rows.get((lang, "for"), [])) for lang in langs},
            stops={lang: frozenset(rows.get((lang, "stops"), [])) for lang in langs},
            verb_endings={lang: tuple(rows.get((lang, "verb_endings"), [])) for lang in langs},
            inner={lang: frozenset(rows.get((lang, "inner"), [])) for lang in langs},
            not_verbs={lang: frozenset(rows.get((lang, "not_verbs"), [])) for lang in langs},
            closed={lang: PatternIndex([(w, w) for w in rows.get((lang, "closed_heads"), [])]) for lang in langs},
            seats={lang: PatternIndex([(w, w) for w in rows.get((lang, "seat_heads"), [])]) for lang in langs},
            at_places={lang: frozenset(rows.get((lang, "at_places"), [])) for lang in langs},
        )

    def _adjective(self, word: str, lang: str) -> bool:
        return len(word) >= 5 and word.isalpha() and word.lower().endswith(self.endings[lang])

    def _head(self, word: str, lang: str) -> str | None:
        """The kind (ORG, LOC) of the name a head noun closes, or None when ``word`` is no head."""
        lowered = word.lower()
        value = self.heads[lang].first(lowered) if word.isalpha() else None
        if value is None:
            return None
        kind, stem = value.split(" ")
        rest = lowered[len(stem) :]
        return kind if len(rest) <= 3 and not rest.startswith(_ADJECTIVE_STARTS) else None

    def find(
        self,
        tokens: list[Token],
        lang: str,
        sentence: tuple[int, int],
        country_adjective: Callable[[str], str | None] = lambda word: None,
        is_place: Callable[[str], bool] = lambda word: False,
    ) -> list[Candidate]:
        """The body names among ``tokens`` (one sentence) of ``lang``; a known place right after one is
        part of it ("Zveza potrošnikov Slovenije"), and so is "v"/"na" and a place after a school's head
        ("Univerza v Ljubljani")."""
        if lang not in self.heads:
            return []
        found: list[Candidate] = []
        for i, token in enumerate(tokens):
            if not token.is_capitalised or token.is_acronym:
                continue
            kind = self._head(token.text, lang)
            head = i if kind == "ORG" else None  # a capitalised "Ministrstvu", not a capitalised "Morje"
            if head is None and self._adjective(token.text, lang) and not country_adjective(token.text):
                for j in range(i + 1, min(i + 2 + _MAX_INNER, len(tokens))):
                    word = tokens[j].text
                    kind = self._head(word, lang) if word.islower() else None
                    if kind:
                        head = j
                        break
                    if not (word.islower() and self._adjective(word, lang)):
                        break
            if head is None:
                continue
            end = self._complement_end(tokens, head, lang) if kind == "ORG" else head
            if kind == "ORG":
                end = self._place_end(tokens, head, end, lang, is_place)
            if end > i:  # a capitalised head alone is the capitalised run's to take
                found.append(Candidate(token.start, tokens[end].end, kind, "phrase", sentence=sentence, confidence=0.8))
        return found

    def _complement_end(self, tokens: list[Token], head: int, lang: str) -> int:
        """The last token of "za zdravje" after the head at ``head`` (``head`` when there is none): up to
        three lower-case words, or more when "in"/"nad" join them ("za preprečevanje in nadzor bolezni")."""
        if head + 2 >= len(tokens) or tokens[head + 1].text not in self.fors[lang]:
            return head
        closed = self.closed.get(lang)
        if closed is not None and closed.first(tokens[head].text.lower()):
            return head  # "Evropske unije za dva meseca": a union takes no "za"
        end = head
        limit = _MAX_COMPLEMENT
        inner = self.inner.get(lang, frozenset())
        for k in range(head + 2, min(head + 2 + _MAX_JOINED, len(tokens))):
            word = tokens[k].text
            joins = word in inner and k > head + 2 and k + 1 < len(tokens)
            following = tokens[k + 1].text if joins else ""
            if joins and self._complement_word(following, lang) and self._head(following, lang) is None:
                limit = _MAX_JOINED  # the next word goes on with the name
                continue
            if k - head - 1 > limit or not self._complement_word(word, lang):
                break
            end = k
        return end

    def _place_end(self, tokens: list[Token], head: int, end: int, lang: str, is_place: Callable[[str], bool]) -> int:
        """The last token once a place after the name is taken in: "... Slovenije", "Univerza v Ljubljani"."""
        nxt = end + 1
        seat = self.seats.get(lang)
        if (
            nxt + 1 < len(tokens)
            and seat is not None
            and end == head
            and seat.first(tokens[head].text.lower())
            and tokens[nxt].text in self.at_places.get(lang, frozenset())
        ):
            nxt += 1  # "Univerza v Ljubljani"
        if nxt >= len(tokens) or not tokens[nxt].is_capitalised or tokens[nxt].is_acronym:
            return end
        if nxt + 1 < len(tokens) and tokens[nxt + 1].is_capitalised:
            return end  # "Slovenj Gradec", "Maroš Šefčovič": more than one word follows
        return nxt if is_place(tokens[nxt].text) else end

    def _complement_word(self, word: str, lang: str) -> bool:
        """A lower-case word that may stand in a complement: no stop word, no verb ("ocenjuje")."""
        if not (word.isalpha() and word.islower()) or word in self.stops[lang]:
            return False
        verb = len(word) > 4 and word.endswith(self.verb_endings[lang])
        return not verb or word in self.not_verbs.get(lang, frozenset())
