"""Mention detection: where the names are in a text, and a first guess at their kind.

Three detectors, combined per sentence, then overlaps resolved (longer span first, then the
more trusted source):

- the knowledge-base gazetteer: word n-grams (up to six words) that are exactly a KB alias;
  it is the only detector for scripts without capital letters (Devanagari);
- capitalised runs: maximal runs of capitalised words (with connectors such as ``of``, ``von``,
  ``de`` inside), split at title words (``Deputy Foreign Minister``: they give the role of the
  name that follows), sentence-initial common words dropped (simplemma dictionaries), kind guessed
  from marker words (``Ministry``, ``River``), given names and titles;
- natasha's Russian news NER (ships in its wheel), for Russian, Ukrainian and Bulgarian text.
"""

from __future__ import annotations

import logging
from typing import Any

from storyline.entities.body_phrases import BODY_LANGS
from storyline.entities.candidates import Candidate
from storyline.entities.detector_parts import DetectorParts
from storyline.entities.elisions import apostrophe_after_particle, elided_connector_width
from storyline.entities.german_kinds import german_loose_match
from storyline.entities.german_runs import german_name_words, german_noun_after_den
from storyline.entities.german_teams import club_number_width, national_teams
from storyline.entities.italian_runs import event_names, from_a_place, with_papal_title
from storyline.entities.kb import surface_key
from storyline.entities.name_shapes import (
    elision_mark,
    epithet_follows,
    initial_continues,
    marker_only_connector,
    numbered_head,
    numbered_nickname,
    particle_article,
    postposed_adjectives,
    whole_quotation,
)
from storyline.entities.openers import LEMMA_CASE_LANGS, common_opener, drop_common_openers
from storyline.entities.resources import TitlePattern
from storyline.entities.run_kinds import guess_run_kind, is_roman_numeral
from storyline.entities.slavic_kinds import KIND_LANGS
from storyline.entities.slavic_phrases import NOT_NAME_POS, PHRASE_LANGS, prefer_phrases
from storyline.entities.slovene_name_forms import case_bases
from storyline.entities.slovene_spans import split_tiled_runs
from storyline.entities.span_edges import TRIMMED_LANGS, capitalised_pieces, plain_words
from storyline.entities.spans import (
    is_shouting,
    join_ampersands,
    join_possessive_places,
    merge_split_people,
    overlap,
    resolve_overlaps,
    split_at_conjunctions,
    split_place_prefixes,
)
from storyline.entities.tokens import GENERATION_SUFFIXES, Token, tokenize
from storyline.text.sentences import split_sentences

log = logging.getLogger(__name__)


NATASHA_LANGS = frozenset({"ru", "uk", "bg"})
MAX_NGRAM = 8  # "Organization for Security and Co-operation in Europe" is 7 tokens
_ORG_CONNECTORS = frozenset({"of", "for", "the"})  # join only after a marker word: "Bank of England"
_SENTENCE_OPENERS = frozenset("\"«„“‘'([—–-:")
_SAINT_TITLES = frozenset({"san", "santa", "santo", "sant", "saint", "sainte", "são", "papa"})
_SENTENCE_ENDS = frozenset(".!?…")  # the splitter misses some ends ("катастрофа“. Според Камерън")


def _abbreviation_before(tokens: list[Token], dot: int) -> bool:
    """Whether the full stop at ``tokens[dot]`` ends a short abbreviation or initial ("Mr.", "J.")."""
    return dot > 0 and tokens[dot].text == "." and len(tokens[dot - 1].text) <= 3


class MentionDetector(DetectorParts):
    """Finds candidate name spans in an article text."""

    def _may_hold_names(self, tokens: list[Token], lang: str) -> bool:
        """Whether a sentence has a capitalised word that is not just a common word opening it."""
        words = [t for t in tokens if t.is_word]
        for k, token in enumerate(words):
            if token.is_capitalised and (k > 0 or not self.lemmatizer.is_common(token.text, lang)):
                return True
        return False

    # -- dictionaries ---------------------------------------------------------------------

    def is_common_word(self, word: str, lang: str) -> bool:
        """A word of the language's general vocabulary (by simplemma's dictionary)."""
        return self.lemmatizer.is_known(word, lang)

    # -- detection ------------------------------------------------------------------------

    def detect(self, text: str, lang: str) -> list[Candidate]:
        candidates: list[Candidate] = []
        named_sentences: list[tuple[int, int]] = []  # sentences worth natasha's time
        sentences = split_sentences(text, lang)
        for start, end in sentences:
            tokens = tokenize(text, start, end)
            if lang in NATASHA_LANGS and self._may_hold_names(tokens, lang):
                named_sentences.append((start, end))
            candidates += self._gazetteer(text, tokens, lang, (start, end))
            candidates += self._capitalised_runs(text, tokens, lang, (start, end))
            candidates += self.quoted_titles.find(tokens, lang, (start, end))  # "Late Show with David Letterman"
            candidates += self._quoted_companies(text, tokens, lang, (start, end))
            candidates += self._bodies_of_places(text, tokens, lang, (start, end))
            if lang in BODY_LANGS:
                candidates += self.body_phrases.find(
                    tokens,
                    lang,
                    (start, end),
                    self.resources.country_of_adjective,
                    lambda w: self._known_place(w, lang),
                )
            if lang == "de":  # "die irische Fußballnationalmannschaft"
                candidates += national_teams(tokens, (start, end), self.resources.country_of_adjective)
        if lang in PHRASE_LANGS:
            candidates += self.phrases.find_in_text(text, sentences, lang)
        if lang in NATASHA_LANGS:
            try:
                spans = self.natasha_spans_in(text, named_sentences)
            except (ValueError, IndexError) as exc:  # natasha chokes on some odd inputs
                log.debug("natasha failed: %s", exc)
                spans = []
            for start, stop, kind in spans:
                if "\n" in text[start:stop]:
                    stop = start + text[start:stop].index("\n")
                start = self._without_common_opener(text, start, stop, lang)
                start = self.phrases.start_after_clause(text, start, stop, lang)
                if lang in TRIMMED_LANGS and kind in {"PER", "LOC"}:
                    pieces = capitalised_pieces(text, start, stop)
                    keep = (p for p in pieces if not self._is_capitalised_common_word(text, *p, lang))
                    start, stop = next(keep, (start, start))
                if start >= stop:
                    continue
                if self._is_capitalised_common_word(text, start, stop, lang) or is_shouting(text[start:stop]):
                    continue
                if self.resources.is_not_name(text[start:stop], lang):
                    continue
                if kind == "PER":
                    for piece_start, piece_stop, piece_kind in self.phrases.split_person_span(text, start, stop, lang):
                        candidates.append(Candidate(piece_start, piece_stop, piece_kind, "natasha", confidence=0.8))
                    continue
                candidates.append(Candidate(start, stop, kind, "natasha", confidence=0.8))
            # natasha and the gazetteer decide; capitalised runs only fill the gaps they leave
            chosen = resolve_overlaps(prefer_phrases([c for c in candidates if c.source != "caps"]))
            gaps = [c for c in candidates if c.source == "caps" and (c.kind is not None or c.end - c.start > 3)]
            kept = chosen + [c for c in gaps if not any(overlap(c, o) for o in chosen)]
            for cand in gaps:
                # a marker-word name ("Львівської області") may swallow the shorter spans inside it
                inside = [o for o in kept if overlap(cand, o) and o is not cand]
                if (
                    lang != "ru"  # natasha is trained on Russian: its spans stand there
                    and cand.kind in {"ORG", "LOC"}
                    and inside
                    and all(cand.start <= o.start and o.end <= cand.end for o in inside)
                    and not any(o.source in {"kb", "phrase"} for o in inside)
                ):
                    kept = [o for o in kept if o not in inside] + [cand]
        else:
            kept = candidates
        kept = split_tiled_runs(text, kept, lang, lambda word: self.lemmatizer.is_common(word, lang))  # "Krim Rusiji"
        split = split_place_prefixes(text, resolve_overlaps(kept), candidates, self.resources)
        conjunctions = self.resources.context.get((lang, "AND"), frozenset())
        split = [piece for cand in split for piece in split_at_conjunctions(text, cand, conjunctions)]
        people = merge_split_people(text, join_ampersands(text, split), self.resources)
        if lang == "en":
            people = join_possessive_places(text, people, self.resources)  # "Tarrow's Jetty"
        extended = self.place_heads.extend(text, people, lang, self.resources.connectors.get(lang, frozenset()))
        if lang == "it":
            extended = event_names(self.italian_runs, text, with_papal_title(self, text, extended))
        return self.kind_rules.apply(text, extended, lang) if lang in KIND_LANGS else extended

    def _without_common_opener(self, text: str, start: int, stop: int, lang: str) -> int:
        """Where a span starts once a common word opening it is dropped ("Според Камерън" -> "Камерън")."""
        first, _, rest = text[start:stop].partition(" ")
        head = text[max(0, start - 40) : start].rstrip()
        opens = not head or head[-1] in ".!?:;\"«„“'—–-"
        if (
            opens
            and rest
            and rest[:1].isupper()
            and not first.lower().endswith(self.resources.adjective_endings.get(lang, ("\0",)))
            and not self.resources.is_given_name(first)
            and self.lemmatizer.is_common(first, lang)
            # natasha's Russian spans stand ("Государственная Дума", "Совет Федерации") unless an adverb,
            # conjunction or particle longer than a Chinese surname opens them ("Вчера Сталин", not "Ли Пэн")
            and (lang != "ru" or (len(first) > 3 and self._function_word(first, lang)))
        ):
            return start + len(first) + 1
        return start

    def _function_word(self, word: str, lang: str) -> bool:
        """Whether pymorphy3 (ru, uk) reads ``word`` first as an adverb, conjunction, particle, preposition or
        predicative (``NOT_NAME_POS``)."""
        readings = self.lemmatizer.parses(word, lang)
        return bool(readings) and readings[0].tag.POS in NOT_NAME_POS

    def _is_capitalised_common_word(self, text: str, start: int, stop: int, lang: str) -> bool:
        """A single common word capitalised only because it opens a sentence ("Очакваме", "Срещата")."""
        word = text[start:stop]
        if " " in word or not word[:1].isupper() or word.isupper():
            return False
        head = text[max(0, start - 200) : start]
        before = head.rstrip()
        opens = not before or before[-1] in ".!?:;\"«„“'—–-" or "\n" in head[len(before) :]
        if before[-1:] in {"«", "„", "“", '"'} and text[stop : stop + 2].lstrip()[:1] in {"»", "“", "”", '"'}:
            return False  # the whole of a quotation: «Беркут» is a name
        if not opens or self.resources.is_given_name(word) or self.strong_kb_match(word, lang):
            return False
        return self.lemmatizer.is_common(word, lang)  # the dictionary knows "Сталин" as a proper noun: a name

    def _gazetteer(self, text: str, tokens: list[Token], lang: str, sentence: tuple[int, int]) -> list[Candidate]:
        found: list[Candidate] = []
        i = 0
        while i < len(tokens):
            first = tokens[i]
            if first.is_word and not first.is_capitalised and self.kb.opens_lowercase_body(first.text, lang):
                body = self._lowercase_body(text, tokens, i, lang, sentence)
                if body is not None:
                    found.append(body)
                    i = next(k for k in range(i, len(tokens)) if tokens[k].end >= body.end) + 1
                    continue
            if (
                not first.is_word
                or not (first.is_capitalised or first.is_uncased_script)
                or self.resources.is_not_name(first.text, lang)
            ):
                i += 1
                continue
            match = None
            may_inflect = self.kb.opens_inflected_name(first.text, lang)
            for n in range(min(MAX_NGRAM, len(tokens) - i), 0, -1):
                last = tokens[i + n - 1]
                if not last.is_word and last.text != ".":
                    continue
                surface = text[first.start : last.end]
                if (len(surface) <= 3 and not surface.isupper() and not first.is_uncased_script) or (
                    n == 1 and is_roman_numeral(surface)
                ):
                    continue  # "Who" is not WHO; "XI" (secolo) is no Xi
                entries = self.kb.lookup(surface, lang) if n == 1 else self._exact(surface)
                if not entries and n > 1 and may_inflect and plain_words(tokens[i : i + n]):
                    entries = self.kb.lookup_inflected(surface, lang)
                weak = bool(entries) and all(e.id.startswith(("city/", "sub/")) for e in entries)
                if weak and n == 1:
                    opens = i == 0 or tokens[i - 1].text in _SENTENCE_OPENERS
                    if (
                        len(surface) < 3
                        or (opens and common_opener(self.lemmatizer, surface, lang))
                        or self.resources.is_given_name(surface)
                        or self.resources.keyword_kind(surface, lang) in {"ORG", "MISC"}  # "Guerra", a Chadian region
                    ):
                        entries = []
                elif entries and n == 1 and lang != "de" and not surface.isupper():
                    opens = i == 0 or tokens[i - 1].text in _SENTENCE_OPENERS
                    if opens and (
                        self.lemmatizer.is_common(surface, lang)
                        or (lang == "it" and self.italian_runs.birth_participle(text, [first]))
                    ):
                        entries = []  # "Того" opening a sentence is a pronoun, not Togo; "Nato a Lucerna"
                if entries and n == 1 and lang == "de" and german_loose_match(self, text, first):
                    entries = []  # "Staat" is no spelling of the States, "Gerät" no town, "Lajos" no Laos
                if entries:
                    confidence = 0.8 if weak else 0.9
                    match = Candidate(
                        first.start, last.end, entries[0].kind, "kb", sentence=sentence, confidence=confidence
                    )
                    i += n
                    break
            if match is None:
                i += 1
            else:
                found.append(match)
        return found

    def _lowercase_body(
        self, text: str, tokens: list[Token], i: int, lang: str, sentence: tuple[int, int]
    ) -> Candidate | None:
        """A body named in lower case, as Slovene and Czech news often write them ("evropske komisije",
        "britanskem parlamentu"): only multi-word organisation names of the knowledge base."""
        for n in range(min(4, len(tokens) - i), 1, -1):
            last = tokens[i + n - 1]
            if not all(t.is_word for t in tokens[i : i + n]):
                continue
            surface = text[tokens[i].start : last.end]
            entries = self._exact(surface) or self.kb.lookup_inflected(surface, lang)
            if entries and entries[0].kind == "ORG":
                return Candidate(tokens[i].start, last.end, "ORG", "kb", sentence=sentence, confidence=0.9)
        return None

    def _quoted_companies(
        self, text: str, tokens: list[Token], lang: str, sentence: tuple[int, int]
    ) -> list[Candidate]:
        """A legal-form word and the quoted name after it: ТОВ «Будінвест-Проект», ООО "Ромашка"."""
        forms = self.resources.legal_forms.get(lang, frozenset())
        found = []
        for i, token in enumerate(tokens[:-1]):
            if token.text not in forms or tokens[i + 1].text not in {"«", '"', "„", "“"}:
                continue
            close = {"«": "»", '"': '"', "„": "“", "“": "”"}[tokens[i + 1].text]
            for j in range(i + 2, min(i + 14, len(tokens))):
                if tokens[j].text in {close, '"', "”", "»"} and j > i + 2:
                    found.append(Candidate(token.start, tokens[j].end, "ORG", "kb", sentence=sentence, confidence=0.9))
                    break
        return found

    def _bodies_of_places(
        self, text: str, tokens: list[Token], lang: str, sentence: tuple[int, int]
    ) -> list[Candidate]:
        """A capitalised organisation word, lower-case words, then a place: "Служба безпеки України",
        "Министерство иностранных дел России", "Ministerstwo Spraw Zagranicznych Polski"."""
        if lang in {"en", "de", "fr", "es", "it", "hi"}:
            return []
        found = []
        stops = self.resources.context.get((lang, "LOC"), frozenset()) | self.resources.context.get(
            (lang, "AND"), frozenset()
        )
        for i, head in enumerate(tokens):
            if not (head.is_word and head.is_capitalised) or self.resources.keyword_kind(head.text, lang) != "ORG":
                continue
            for j in range(i + 1, min(i + 6, len(tokens))):
                token = tokens[j]
                if not token.is_word or token.text in stops:
                    break
                if token.is_capitalised:
                    if (
                        j > i + 1
                        or head.is_acronym
                        or head.text.lower() in self.resources.keywords.get((lang, "ORG"), ())
                    ) and any(e.kind == "LOC" for e in self.kb.lookup(token.text, lang)):
                        found.append(Candidate(head.start, token.end, "ORG", "kb", sentence=sentence, confidence=0.9))
                    break
        return found

    def _known_place(self, word: str, lang: str) -> bool:
        """A country, region or town of the knowledge base, in any case form ("Slovenije", "Mariboru")."""
        if self.resources.is_given_name(word):
            return False
        forms = [word] + (case_bases(word) if lang == "sl" else [])  # "Ljubljani" -> "Ljubljana"
        return any(any(e.kind == "LOC" for e in self.kb.lookup(f, lang)) or self.kb.is_town(f) for f in forms)

    def _exact(self, surface: str) -> list[Any]:
        hits = self.kb._exact.get(surface_key(surface))
        return self.kb.rank_ids(hits) if hits else []

    def _title_at(self, words: list[str], lang: str) -> TitlePattern | None:
        """The longest title pattern that the start of ``words`` (lower-case) spells."""
        if not words:
            return None
        for pattern in self.resources.titles_starting(words[0], lang):
            n = len(pattern.words)
            if n <= len(words) and self.resources.spells_title(pattern, words[:n], lang):
                return pattern
        return None

    def _title_across(self, tokens: list[Token], i: int, j: int, lang: str) -> bool:
        """Whether a title that starts in the run ``tokens[i:j]`` goes on through the connector at ``j`` and
        the word after it ("Deputy Secretary of State", "Minister of Defence"): the run takes them in."""
        lowered = [t.text.lower() for t in tokens[i : j + MAX_NGRAM]]
        for k in range(j - i):
            title = self._title_at(lowered[k:], lang)
            if title is not None and k + len(title.words) > j - i + 1:
                return True
        return False

    def _capitalised_runs(
        self, text: str, tokens: list[Token], lang: str, sentence: tuple[int, int]
    ) -> list[Candidate]:
        found: list[Candidate] = []
        n = len(tokens)
        # German: a common noun, not one of the names the German dictionary holds ("Schumann")
        common = self.german_nouns.is_common if lang == "de" else lambda word: self.lemmatizer.is_common(word, lang)
        i = 0
        while i < n:
            token = tokens[i]
            if not (token.is_word and token.is_capitalised) or self.resources.is_not_name(token.text, lang):
                i += 1
                continue
            j = i + 1
            while j < n:
                nxt = tokens[j]
                if nxt.is_word and nxt.is_capitalised and not self.resources.is_not_name(nxt.text, lang):
                    j += 1
                elif (
                    self.resources.is_connector(nxt.text, lang)
                    and j + 1 < n
                    and tokens[j + 1].is_word
                    and tokens[j + 1].is_capitalised
                    and not (lang == "de" and nxt.text == "den" and german_noun_after_den(self, tokens[j + 1].text))
                    and (
                        (nxt.text not in _ORG_CONNECTORS and not marker_only_connector(nxt.text, lang))
                        or self.resources.keyword_kind(tokens[j - 1].text, lang)
                        or (lang == "de" and self.resources.keyword_kind(tokens[j - 1].text, "en"))  # "College of"
                        or self._title_across(tokens, i, j, lang)  # "Deputy Secretary of State"
                    )
                    and not (lang == "it" and from_a_place(self, text, tokens[i:j], nxt))
                ):
                    j += 2
                elif lang == "en" and j == i + 1 and epithet_follows(tokens, j, self.resources.is_given_name):
                    j += 2  # "Alexander the Great", "Hugh of Dunmere": one person
                elif self.resources.is_connector(nxt.text, lang) and particle_article(tokens, j):
                    j += 3  # "von der Leyen", "de la Fuente"
                elif width := elided_connector_width(tokens, j, lambda word: self.resources.is_connector(word, lang)):
                    j += width + 1  # "Valle d'Itria", "Hôtel d ' Évreux"
                elif initial_continues(tokens, j, common, self.resources.is_given_name):
                    j += 1  # the full stop of an initial: "John V. Tunney"
                elif lang == "de" and club_number_width(tokens, i, j, self.resources):
                    j += 1  # "Eintracht 05", "SV 1920 Brackwell"
                elif apostrophe_after_particle(tokens, j):
                    j += 1  # "Gabriele D ' Annunzio", "Parry O ' Brien"
                else:
                    break
            if j < n and (numbered_head(tokens, j) or numbered_nickname(tokens, j)):
                j += 1  # "Interstate 93", "U.S. Route 62", "Ligue 2", "Channel 4", "Harwell 76ers"
            if lang == "it":
                j += self.italian_runs.epithet_width(self, tokens, i, j)  # "Pipino il Breve"
            # an adjective and a lower-case head noun: "Європейська комісія", "Верховний суд", "Чорне море"
            if (
                j == i + 1
                and j < n
                and tokens[j].is_word
                and not tokens[j].is_capitalised
                and tokens[i].text.lower().endswith(self.resources.adjective_endings.get(lang, ("\0",)))
                and self.resources.keyword_kind(tokens[j].text, lang)
                and lang not in {"en", "de"}
            ):
                j += 1
            # a body's head noun and lower-case adjectives after it: "Ligue nationale", "Partito democratico"
            if j == i + 1 and lang in self.postposed_endings and self.resources.keyword_kind(token.text, lang) == "ORG":
                j += postposed_adjectives(tokens, j, self.postposed_endings[lang])
            elif (
                j == i + 1 and lang == "it" and self.italian_runs.heads_described_place(self, token.text)
            ):  # "Impero romano"
                j += self.italian_runs.closing_adjectives(
                    self, tokens, j, self.postposed_endings[lang]
                )  # "Impero romano"
            if lang in self.postposed_endings:  # "(La) Ligue nationale de hockey", "Ministero della pubblica"
                j = self.body_complements.extend(tokens, i, j, lang, self.resources, self.postposed_endings[lang])
            at_sentence_start = (
                i == 0
                or (tokens[i - 1].text in _SENTENCE_OPENERS and not elision_mark(text, tokens[i - 1]))
                or (tokens[i - 1].text in _SENTENCE_ENDS and not _abbreviation_before(tokens, i - 1))
                or "\n" in text[tokens[i - 1].end : token.start]
            ) and not whole_quotation(tokens, i, j)
            found += self._split_run(text, tokens[i:j], lang, sentence, at_sentence_start)
            i = j
        return found

    def _split_run(
        self, text: str, run: list[Token], lang: str, sentence: tuple[int, int], at_sentence_start: bool
    ) -> list[Candidate]:
        """Cut a capitalised run at title words; each remaining piece is a candidate name."""
        lowered = [t.text.lower() for t in run]
        pieces: list[tuple[list[Token], str | None, bool]] = []  # tokens, role of preceding title, honorific
        current: list[Token] = []
        role: str | None = None
        honorific = False
        k = 0
        while k < len(run):
            title = self._title_at(lowered[k:], lang)
            if (
                title is not None
                and self.kb.lookup(text[run[k].start : run[-1].end], lang) == []
                and not self._names_a_body(run, k + len(title.words), lang)  # "Duke University", "General Motors"
                and not self._only_a_place_after(text, run, k + len(title.words), lang)  # "Captain America"
                and not self._surname_like_title(run, k, len(title.words))  # "Carole King", "Elizabeth Bishop"
            ):
                if current and not self._modifies_title(current, lang):
                    pieces.append((current, role, honorific))
                current = []
                role, honorific = title.role, True
                k += len(title.words)
                continue
            if current and k > 0 and self._starts_person(run, k, lowered):
                pieces.append((current, role, honorific))
                current, role, honorific = [], None, False
            current.append(run[k])
            k += 1
        if current:
            pieces.append((current, role, honorific))
        out: list[Candidate] = []
        for index, (words, piece_role, after_title) in enumerate(pieces):
            while words and (not words[-1].is_word or self.resources.is_connector(words[-1].text, lang)):
                words = words[:-1]  # "Genova di" before a person cut off
            while words and self.resources.is_connector(words[0].text, lang):
                words = words[1:]
            if index == 0 and at_sentence_start and not after_title:
                words = drop_common_openers(self, text, words, lang)
            body_hint = None
            if lang == "de" and words:
                words, body_hint = german_name_words(self, words)
            while words and self.resources.is_connector(words[0].text, lang):
                words = words[1:]  # "Dista da Trapani" once "Dista" is dropped
            if not words:
                continue
            start, end = words[0].start, words[-1].end
            kind = guess_run_kind(self, text, words, lang, after_title)
            if body_hint is not None and (kind in {None, "PER"} or body_hint == "MISC"):
                kind = body_hint  # "zum Ligakonkurrenten FC Nantes", "das Album Nachtfalter"
            if (
                kind == "DROP"
                and len(words) == 1
                and not (index == 0 and at_sentence_start)
                and self.resources.keyword_kind(words[0].text, lang)
                and not (lang == "de" and self.is_common_word(words[0].text, lang))
            ):
                # a capitalised marker word inside a sentence names a known body: "Unia", "Parlament"
                marker = self.resources.keyword_kind(words[0].text, lang)
                kind = marker if marker in {"ORG", "MISC"} else None  # "Championnat (du monde)" is an event
            if kind == "DROP":
                continue
            out.append(Candidate(start, end, kind, "caps", role=piece_role, sentence=sentence, confidence=0.6))
        return out

    def _modifies_title(self, words: list[Token], lang: str) -> bool:
        """Whether the words before a title are common words qualifying it, no name ("First Deputy Prime
        Minister", "Acting President"): their dictionary lemma is lower-case ("Russian" stays)."""
        return lang in LEMMA_CASE_LANGS and all(
            w.is_word and not w.is_acronym and common_opener(self.lemmatizer, w.text, lang) for w in words
        )

    def _surname_like_title(self, run: list[Token], k: int, width: int) -> bool:
        """Whether a one-word title ends the run right after a given name: a surname there ("Carole King",
        "Elizabeth Bishop", "Robin Duke", "Carole King Jr."), not the title of somebody named after it."""
        return (
            width == 1
            and k >= 1
            and (k + 1 == len(run) or (k + 2 == len(run) and run[k + 1].text in GENERATION_SUFFIXES))
            and run[k].text[:1].isupper()
            and self.resources.is_given_name(run[k - 1].text)
        )

    def _only_a_place_after(self, text: str, run: list[Token], after: int, lang: str) -> bool:
        """Whether the words after a title word are only a country's or region's name: no person follows
        ("Captain America", "King Country")."""
        if after >= len(run):
            return False
        rest = text[run[after].start : run[-1].end]
        return self.kb.names_a_region(rest, lang)

    def _names_a_body(self, run: list[Token], after: int, lang: str) -> bool:
        """Whether the title word before ``run[after]`` opens a body's or a place's name: the run ends
        there on a marker word ("Duke University", "General Motors", "King Hospital")."""
        return after == len(run) - 1 and self.resources.keyword_kind(run[after].text, lang) in {"ORG", "LOC"}

    def strong_kb_match(self, surface: str, lang: str) -> bool:
        """A KB match that is not only a generated city or region (those include common words)."""
        return any(not e.id.startswith(("city/", "sub/")) for e in self.kb.lookup(surface, lang))

    def _starts_person(self, run: list[Token], k: int, lowered: list[str]) -> bool:
        """Whether a person's name starts at ``run[k]`` after other words ("MSW Matteo Salvini")."""
        token = run[k]
        if not self.resources.is_given_name(token.text) or k + 1 >= len(run):
            return False
        previous = run[k - 1]
        if any(e.kind == "LOC" for e in self._exact(f"{previous.text} {token.text}")):
            return False  # "San Francisco Giants", "Santa Maria" are no title and a person
        if previous.text.lower() in _SAINT_TITLES:
            return False  # "San Benedetto dei Marsi", "Papa Innocenzo X": a saint's or pope's title opens the name
        return previous.is_word and not self.resources.is_given_name(previous.text)
