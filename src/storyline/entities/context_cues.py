"""The kind of a name read off the phrase around it, when the name's own words do not tell.

"he signed for Wrexham", "wechselte zum Zweitligisten Arminia", "passò all'Inter", "grał w Wiśle": the name
is a club, band or company; "directed by Sam Raimi", "Arppe died": a person; "the mouth of the Tarrow": a
place. The phrases live in
``storyline/data/entities/kind_cues.tsv``; the detector asks only for names whose kind is otherwise a
guess (a lone unknown word, a run taken for a person by default).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources

DATA_PACKAGE = "storyline.data.entities"
MAX_PHRASE_WORDS = 3
_CONTEXT_CHARS = 60
_BEFORE_CUES = ("ORG_BEFORE", "PER_BEFORE", "MISC_BEFORE", "LOC_BEFORE")
_AFTER_CUES = ("ORG_AFTER", "PER_AFTER")
_POSSESSED_CUES = ("PER_POSSESSED", "ORG_POSSESSED", "LOC_POSSESSED")
_POSSESSIVE_MARKS = frozenset({"'s", "'"})
_STRIP = ',;:()"«»„“”'
_QUOTES = frozenset({'"', "»", "”", "“"})
_END_PUNCT = ".,;:!?)\"'»”"


def _normalise(word: str) -> str:
    return word.replace("’", "'").lower()


@dataclass(frozen=True)
class ContextCues:
    before: dict[str, dict[str, str]]  # lang -> phrase before the name -> kind
    before_with_article: dict[str, dict[str, str]]  # lang -> phrase that an article may follow -> kind
    after: dict[str, dict[str, str]]  # lang -> word after the name -> kind
    articles: dict[str, frozenset[str]]
    town_after: dict[str, frozenset[str]]  # lang -> words after which a town's name is the town
    possessed: dict[str, dict[str, str]] = field(default_factory=dict)  # lang -> noun after "'s" -> kind
    last_words: dict[str, frozenset[str]] = field(default_factory=dict)  # lang -> last words of BEFORE phrases

    def __post_init__(self) -> None:
        if not self.last_words:
            lasts = {lang: frozenset(p.split()[-1] for p in phrases) for lang, phrases in self.before.items()}
            object.__setattr__(self, "last_words", lasts)

    @classmethod
    def load(cls) -> ContextCues:
        text = resources.files(DATA_PACKAGE).joinpath("kind_cues.tsv").read_text(encoding="utf-8")
        before: dict[str, dict[str, str]] = {}
        with_article: dict[str, dict[str, str]] = {}
        after: dict[str, dict[str, str]] = {}
        articles: dict[str, frozenset[str]] = {}
        town_after: dict[str, frozenset[str]] = {}
        possessed: dict[str, dict[str, str]] = {}
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            lang, cue, listed = line.split("\t")
            phrases = [_normalise(p.strip()) for p in listed.split("|") if p.strip()]
            if cue == "ARTICLE":
                articles[lang] = articles.get(lang, frozenset()) | frozenset(phrases)
                continue
            if cue == "TOWN_AFTER":
                town_after[lang] = town_after.get(lang, frozenset()) | frozenset(phrases)
                continue
            if cue in _POSSESSED_CUES:
                possessed.setdefault(lang, {}).update(dict.fromkeys(phrases, cue.split("_")[0]))
                continue
            if cue not in _BEFORE_CUES + _AFTER_CUES:
                raise ValueError(f"kind_cues.tsv: unknown cue {cue!r}")
            kind = cue.split("_")[0]
            for phrase in phrases:
                if cue in _AFTER_CUES:
                    after.setdefault(lang, {})[phrase] = kind
                elif phrase.endswith(" +"):
                    with_article.setdefault(lang, {})[phrase[:-2]] = kind
                    before.setdefault(lang, {})[phrase[:-2]] = kind
                else:
                    before.setdefault(lang, {})[phrase] = kind
        return cls(before, with_article, after, articles, town_after, possessed=possessed)

    def kind_before(self, text: str, start: int, lang: str) -> str | None:
        """ORG or PER when a listed phrase ends just before ``start`` (maybe with an article between)."""
        phrases = self.before.get(lang)
        if not phrases:
            return None
        head = text[max(0, start - _CONTEXT_CHARS) : start]
        if head[-1:].isalnum():
            return None  # the name starts inside a word
        pieces = head.split()[-(MAX_PHRASE_WORDS + 3) :]  # the words a phrase and an article can take, and stray marks
        words = ['"' if w in _QUOTES else _normalise(w) for w in pieces]  # a title closes: '"Il Gattopardo" di'
        words = [w for w in words if w == '"' or w.strip(_STRIP)]
        if not words or (words[-1] not in self._last_words(lang) and words[-1] not in self.articles.get(lang, ())):
            return None
        for n in range(min(MAX_PHRASE_WORDS, len(words)), 0, -1):
            kind = phrases.get(" ".join(words[-n:]))
            if kind is not None:
                return kind
        if words[-1] in self.articles.get(lang, ()):
            with_article = self.before_with_article.get(lang, {})
            for n in range(min(MAX_PHRASE_WORDS, len(words) - 1), 0, -1):
                kind = with_article.get(" ".join(words[-n - 1 : -1]))
                if kind is not None:
                    return kind
        return None

    def _last_words(self, lang: str) -> frozenset[str]:
        """The words the ``lang`` phrases end on (a quick test before joining words into phrases)."""
        return self.last_words.get(lang, frozenset())

    def kind_after(self, text: str, end: int, lang: str) -> str | None:
        """ORG or PER when the word right after ``end`` is a listed one ("died", "ausgeliehen")."""
        words = self.after.get(lang)
        if not words:
            return None
        tail = text[end : end + 40].split(maxsplit=2)
        if not tail or text[end : end + 1].isalnum():
            return None
        if _normalise(tail[0]) in _POSSESSIVE_MARKS and len(tail) > 1:  # "Kennedy's widow", "Fulham 's fans"
            return self._possessed_kind(text[end : end + 60].split()[1:3], lang)
        return words.get(_normalise(tail[0]).rstrip(_END_PUNCT))  # "died."

    def _possessed_kind(self, words: list[str], lang: str) -> str | None:
        """The kind a possessed noun tells, maybe after one adjective ("Tarrow's former mayor")."""
        possessed = self.possessed.get(lang, {})
        for n, word in enumerate(words):
            kind = possessed.get(_normalise(word).rstrip(_END_PUNCT))
            if kind is not None or n > 0 or not word.isalpha() or not word.islower():
                return kind
        return None

    def kind(self, text: str, start: int, end: int, lang: str) -> str | None:
        """The kind the phrase before the name tells, else the one the word after it tells. A place phrase
        before a possessive tells the kind of what the name owns ("enters Valdor's court"), not the name's."""
        before = self.kind_before(text, start, lang)
        if before == "LOC" and self._possessive_after(text, end):
            return self.kind_after(text, end, lang)
        return before or self.kind_after(text, end, lang)

    @staticmethod
    def _possessive_after(text: str, end: int) -> bool:
        tail = text[end : end + 4].split(maxsplit=1)
        return bool(tail) and not text[end : end + 1].isalnum() and _normalise(tail[0]) in _POSSESSIVE_MARKS

    def town_word_before(self, text: str, start: int, lang: str) -> bool:
        """Whether the word before ``start`` is one after which a town's name names the town ("di Roma")."""
        words = text[max(0, start - _CONTEXT_CHARS) : start].split()
        return bool(words) and _normalise(words[-1]) in self.town_after.get(lang, ())
