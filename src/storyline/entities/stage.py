"""The entity stage: fills ``Article.mentions``.

For each article: detect name spans (:mod:`storyline.entities.detect`), lemmatise them
(:mod:`storyline.entities.morph`), link them to the knowledge base (:mod:`storyline.entities.kb`),
attach surname-only mentions to a full name of the same article, decide undecided kinds from
context, and read titles next to people's names (:mod:`storyline.entities.roles`).

A mention's ``key`` is ``kb:<id>`` when linked, else ``<KIND>:<folded Latin lemma>``; its ``name``
is the KB's English name, or a readable Latin form of the lemma.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from storyline.entities.detect import NATASHA_LANGS, Candidate
from storyline.entities.italian_runs import places_in_lists
from storyline.entities.kb import KBEntry
from storyline.entities.morph import PYMORPHY_LANGS
from storyline.entities.names import display_latin, fold_latin, inflected_first_name, same_first_name, variant_key
from storyline.entities.openers import LEMMA_CASE_LANGS
from storyline.entities.roles import country_near, role_near
from storyline.entities.slovene_spans import compass_start, country_adjective
from storyline.entities.span_edges import split_hyphenated_places
from storyline.entities.stage_parts import StageParts
from storyline.entities.tokens import GENERATION_SUFFIXES, Token, tokenize
from storyline.model import Article, Mention

log = logging.getLogger(__name__)

_SURNAME_FORM_LANGS = frozenset({"cs", "sk"})
_REGNAL_NUMBER = re.compile(r"^[IVXL]+$")
_TRIM = " \t\n.,;:!?\"'«»„“”()[]"
# A lone name spelling a city this large stays the city before a possessive ("Chicago's"); a smaller
# city's name there is more often a person's ("Kennedy's years").
BIG_CITY_POPULATION = 1_000_000


def _closes_inner(text: str, start: int, end: int) -> bool:
    """Whether the last character closes a quote or abbreviation opened inside the span."""
    last = text[end - 1]
    inner = text[start : end - 1]
    if last == ".":
        return inner.count(".") >= 1  # U.S.
    if last in "»”":
        return "«" in inner or "„" in inner or "“" in inner
    if last == '"':
        return inner.count('"') % 2 == 1
    return False


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the first of its sentence (or line)."""
    head = text[max(0, start - 80) : start]
    stripped = head.rstrip()
    if not stripped or "\n" in head[len(stripped) :]:
        return True
    return stripped[-1] in ".!?:;\"«„“'—–-"


def _in_guillemets(text: str, start: int, end: int) -> bool:
    """Whether the span is the whole of a «…» quotation."""
    return text[max(0, start - 2) : start].strip()[-1:] == "«" and text[end : end + 2].strip()[:1] == "»"


@dataclass
class _Draft:
    start: int
    end: int
    text: str
    kind: str | None
    lemma: str
    entry: KBEntry | None
    candidate: Candidate
    nation: str | None = None  # ISO3 of a group noun's country ("Brytyjczycy", "демократите")


def _is_country(entry: KBEntry | None) -> bool:
    return entry is not None and entry.id.startswith("loc/") and len(entry.id) == 7  # loc/<ISO3>


def _overlaps_any(cand: Candidate, others: list[Candidate]) -> bool:
    return any(o.start < cand.end and cand.start < o.end for o in others)


def _with_fleeting_e(key: str) -> str | None:
    """A surname key with the e that Slavic case forms drop put back ("bidn" -> "biden"), when it
    ends in two consonants; else None."""
    vowels = "aeiouy"
    if len(key) >= 4 and key[-1] not in vowels and key[-2] not in vowels and key[-3] in vowels:
        return key[:-1] + "e" + key[-1]
    return None


class EntityStage(StageParts):
    """Per-article stage: named-entity mentions with lemma, linking key, KB link, country and role."""

    name = "entities"

    def process(self, batch: Sequence[Article]) -> list[Article]:
        return [replace(article, mentions=tuple(self.find_mentions(article))) for article in batch]

    # -- one article ----------------------------------------------------------------------

    def find_mentions(self, article: Article) -> list[Mention]:
        text, lang = article.text, article.language or "en"
        candidates = split_hyphenated_places(text, self.detector.detect(text, lang), self._is_place, self._is_name)
        candidates += self._lower_case_groups(text, lang, candidates)
        candidates += [c for c in self.party_members.find(text, lang) if not _overlaps_any(c, candidates)]
        if lang == "hi":  # no capitals to find names by: words learned from HiNER's train part
            candidates += [c for c in self.hindi_lexicon.find(text) if not _overlaps_any(c, candidates)]
        drafts = [d for d in (self._draft(text, c, lang) for c in candidates) if d]
        drafts = [d for d in drafts if not (d.entry and _is_country(d.entry) and self._adjective_of(d, text, lang))]
        for draft in drafts:  # "against Fulham", "gegen Schalke": the club, not the town
            if (
                draft.entry is not None
                and draft.entry.id.startswith("city/")
                and " " not in draft.text
                and self.kind_context.names_a_team(text, draft.start, lang)
            ):
                draft.kind, draft.entry = "ORG", None
        self._read_towns_by_context(text, drafts, lang)
        if lang == "it":  # "Sellano , Monte Vallone e Cerreto": towns listed with towns
            places_in_lists(text, drafts, self.kb.resources.is_given_name)
        self._full_names_in_kb(drafts)
        self._resolve_surnames(drafts)
        self._resolve_kinds(text, drafts, lang)
        if lang == "it":
            places_in_lists(text, drafts, self.kb.resources.is_given_name)
        self._teams_in_sports_reports(text, drafts, lang)
        if lang == "en":
            self._groups_of_people_as_misc(drafts, lang)
        for draft in drafts:  # "republikanci": a party named by its members (sl)
            if draft.candidate.source == "party" and (party := self.party_members.party_of(draft.text, lang)):
                draft.kind, draft.entry = "ORG", self.kb.get(party)
        for draft in drafts:  # "Američani", "демократите": people standing for their country or party
            group = self.group_nouns.group_of(draft.text, lang)
            if group:
                entry = self.kb.get(group if "/" in group else f"loc/{group}")
                draft.kind, draft.entry = "PER", entry
                draft.nation = entry.country if entry else (None if "/" in group else group)
        for draft in drafts:  # sl: "vzhodni Evropi", a place with its compass adjective
            if draft.kind == "LOC" and (start := compass_start(text, draft.start, lang)) is not None:
                draft.start, draft.text, draft.lemma, draft.entry = start, text[start : draft.end], draft.text, None
        resources = self.kb.resources
        place_country = {
            d.end: d.entry.country
            for d in drafts
            if d.entry is not None and d.entry.id.startswith("loc/") and d.entry.country and len(d.entry.id) == 7
        }
        mentions = []
        for draft in drafts:
            kind = draft.kind or "MISC"
            entry = draft.entry
            role = draft.candidate.role
            if kind == "PER":
                role = role or role_near(text, draft.start, draft.end, draft.candidate.sentence, lang, resources)
                if not role and entry is not None:
                    role = entry.role_on(article.published)
            if entry is not None:
                key, name, country, kb_id = entry.key, entry.name, entry.country, entry.id
            else:
                folded = fold_latin(draft.lemma) or fold_latin(draft.text) or draft.text.casefold()
                key, name, country, kb_id = f"{kind}:{folded}", display_latin(draft.lemma), None, None
                if draft.nation:  # a group noun of a country the knowledge base lacks
                    country = draft.nation
                elif kind == "MISC" and " " not in draft.text:
                    country = resources.country_of_adjective(draft.text)  # "Russian" -> RUS
                elif kind in {"PER", "ORG"} and (role or kind == "ORG"):
                    country = (resources.country_of_adjective(draft.text.split()[0]) if kind == "ORG" else None) or (
                        country_near(text, draft.start, draft.candidate.sentence, resources, place_country)
                    )
            mentions.append(
                Mention(
                    start=draft.start,
                    end=draft.end,
                    text=draft.text,
                    kind=kind,
                    lemma=draft.lemma,
                    key=key,
                    name=name,
                    confidence=draft.candidate.confidence if entry is None else max(draft.candidate.confidence, 0.9),
                    lang=lang,
                    country=country,
                    role=role or None,
                    kb_id=kb_id,
                )
            )
        return mentions

    def _teams_in_sports_reports(self, text: str, drafts: list[_Draft], lang: str) -> None:
        """A lone town or unknown name read as a place is the team in a sports report, unless a preposition
        of place stands before it ("at" and "to" do not count: "a loan spell at Kettering", "moved to
        Wrexham"); countries and regions written by hand stay places. An unknown capitalised plural after the
        article is the team there too ("the Harriers")."""
        if not self.sports.covers(lang):
            return
        place_words = (self.kb.resources.context.get((lang, "LOC"), frozenset()) | {"of"}) - {"at", "to"}
        for draft in drafts:
            if (
                draft.kind in {None, "MISC"}
                and draft.entry is None
                and " " not in draft.text
                and not draft.text.isupper()
                and (
                    self.sports.names_a_team(text, draft.start, draft.text, lang)
                    or self.sports.team_word_before(text, draft.start, lang)
                )
                and not self.kb.resources.country_of_adjective(draft.text)
                and not self.misc_words.is_misc(draft.text, lang)  # "the Celts": a people
                and self.sports.is_sports_report(self._sentence_of(text, draft), lang)
            ):
                draft.kind = "ORG"  # "the Harriers won the pennant", "two seasons with Quarrane"
                continue
            if draft.kind != "LOC" or " " in draft.text:
                continue
            if draft.entry is not None and not draft.entry.id.startswith("city/"):
                continue
            before = text[max(0, draft.start - 30) : draft.start].split()
            if before and before[-1].lower() in place_words:
                continue
            if self.sports.is_sports_report(self._sentence_of(text, draft), lang):
                draft.kind, draft.entry = "ORG", None

    def _groups_of_people_as_misc(self, drafts: list[_Draft], lang: str) -> None:
        """An unknown English name that ends on a people's, faith's or language's word ("Native American",
        "Reform Jews", "Middle Welsh") names a group or a language, not a body, a person or a place."""
        resources = self.kb.resources
        for draft in drafts:
            words = draft.text.split()
            if draft.entry is not None or len(words) < 2 or resources.is_given_name(words[0]):
                continue
            if any(resources.is_connector(word, lang) or word.isupper() for word in words):
                continue  # "Communist Party of China", "TS Lombard"
            last = words[-1]
            if (resources.country_of_adjective(last) or self.misc_words.is_misc(last, lang)) and not any(
                e.kind == "LOC" for e in self.kb.lookup(last, lang)
            ):
                draft.kind = "MISC"

    @staticmethod
    def _sentence_of(text: str, draft: _Draft) -> str:
        sentence = draft.candidate.sentence
        if sentence[1] > sentence[0]:
            return text[sentence[0] : sentence[1]]
        return text[max(0, draft.start - 200) : draft.end + 200]

    def _read_towns_by_context(self, text: str, drafts: list[_Draft], lang: str) -> None:
        """A lone name that only spells a town takes the kind its phrase tells: "played for Napoli" is the
        club, "Kennedy died" and "directed by Hamilton" are people. Hand-written entries stay."""
        cues = self.detector.context_cues
        for draft in drafts:
            if (
                draft.candidate.source in {"caps", "kb"}
                and " " not in draft.text
                and draft.entry is not None
                and draft.entry.generated
                and draft.entry.id.startswith("city/")
            ):
                cue = cues.kind(text, draft.start, draft.end, lang)
                if cue is None and self.detector.mononyms.is_person(draft.text, lang):
                    cue = "PER"  # "Kennedy", "Stalin": a person far more often than the town
                if cue is None and self.kind_context.reads_as_person(text, draft, lang, pronouns=False):
                    cue = "PER"  # "Hamilton had argued", "a speech by Kennedy"
                if (
                    cue is None
                    and draft.entry.population < BIG_CITY_POPULATION
                    and self.kind_context.possessive_follows(text, draft.end, lang)
                ):
                    cue = "PER"  # "Kennedy's years", unless the noun tells a place ("Durham's mayor")
                if cue in {"PER", "ORG"}:
                    draft.kind, draft.entry = cue, None
                    draft.lemma = self._lemmatizer.name(draft.text, lang, cue)

    def _draft(self, text: str, cand: Candidate, lang: str) -> _Draft | None:
        start, end = cand.start, cand.end
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM and not _closes_inner(text, start, end):
            end -= 1
        if end - start < 2 and not text[start:end].isupper():
            return None
        if text[end : end + 1] == "." and text[max(start, end - 3) : end].lstrip() in GENERATION_SUFFIXES:
            end += 1  # "Martin Truex Jr.": the abbreviation's dot belongs to the name
        surface = text[start:end]
        if "(" in surface and ")" not in surface:  # "области (НКАО" -> "области"
            end = start + surface.index("(")
            while end > start and text[end - 1] in _TRIM:
                end -= 1
            surface = text[start:end]
        if not surface or self._is_title_only(surface, lang):
            return None
        # "evropske komisije" (sl, cs), "британците" (bg): names in lower case
        lower_case_body = (cand.source == "kb" and cand.kind == "ORG") or cand.source in {"group", "party"}
        if not any(ch.isupper() for ch in surface) and any(ch.islower() for ch in surface) and not lower_case_body:
            return None  # a name has a capital letter in scripts that have them
        kind = cand.kind
        entries = self.kb.lookup(surface, lang)
        lemma = self._lemmatizer.name(surface, lang, kind if kind in {"PER", "LOC", "ORG"} else None)
        if lemma != surface and all(e.id.startswith(("city/", "sub/")) for e in entries):
            # the lemma's country or hand-written entry beats a city matched only by a spelling variant of
            # the inflected form ("Китая" is China's genitive, not "Кіта", Quito in Belarusian)
            by_lemma = self.kb.lookup(lemma, lang)
            if not entries or not all(e.id.startswith(("city/", "sub/")) for e in by_lemma):
                entries = by_lemma
        if not entries and " " in surface and kind != "PER":
            # "Unii Europejskiej" -> "Unia Europejski": every word's lemma, matched on stems
            word_lemmas = " ".join(self._lemmatizer.word(w, lang, kind) for w in surface.split())
            if word_lemmas != surface:
                entries = self.kb.lookup(word_lemmas, lang)
        if (
            entries
            and cand.source == "caps"
            and " " not in surface
            and all(e.id.startswith(("city/", "sub/")) for e in entries)
            and (
                self._lemmatizer.is_common(surface, lang)  # the dictionary knows "Житомира" as a proper noun
                if lang in PYMORPHY_LANGS or lang in LEMMA_CASE_LANGS
                else self.detector.is_common_word(surface, lang)
            )
        ):
            entries = []  # a common word that happens to spell a town somewhere
            if lang in NATASHA_LANGS and kind is None:
                return None
        entry = self._choose_entry(entries, kind, cand, lang)
        if (
            entry is not None
            and kind == "PER"
            and entry.generated
            and self.detector.phrases.reads_as_person(
                surface, lang, given_name_only=not entry.id.startswith(("city/", "sub/"))
            )
        ):
            entry = None  # uk/ru: "Андрій Кравець", "Черніков" are people, not the towns they spell
        if entry is not None:
            kind = entry.kind
        return _Draft(start, end, surface, kind, lemma, entry, cand)

    def _is_title_only(self, surface: str, lang: str) -> bool:
        words = surface.lower().split()
        return bool(words) and any(p.matches(words) for p in self.kb.resources.titles_starting(words[0], lang))

    @staticmethod
    def _choose_entry(entries: list[KBEntry], kind: str | None, cand: Candidate, lang: str) -> KBEntry | None:
        if not entries:
            return None
        same_kind = [e for e in entries if e.kind == kind]
        if same_kind:
            return same_kind[0]
        best = entries[0]
        # natasha is reliable on Russian people: a person named like a town stays a person.
        if cand.source == "natasha" and kind == "PER" and best.generated and lang == "ru":
            return None
        return best

    def _full_names_in_kb(self, drafts: list[_Draft]) -> None:
        """A person's full name that the knowledge base lacks as written because both words are inflected
        ("Joego Bidena", "Joem Bidenom", "Josepha Bidna") is the one KB person whose surname the last word
        is a case form of, when every word before it is a form of one of that person's first names.
        Another first name with the same surname ("Hunter Biden") stays somebody else."""
        stem_key = self.kb.resources.stem_key
        for draft in drafts:
            words = draft.text.split()
            if draft.entry is not None or draft.kind not in {"PER", None} or not 2 <= len(words) <= 3:
                continue
            people = self._known_person(words[-1])
            if len(people) != 1:
                people = self._known_person(_with_fleeting_e(stem_key(variant_key(words[-1]))))
            if len(people) != 1:
                continue
            person = people[0]
            given = {variant_key(alias.split()[0]) for _, alias in person.all_aliases() if " " in alias}
            firsts = [variant_key(word) for word in words[:-1]]
            if all(
                any(same_first_name(first, name) or inflected_first_name(first, name) for name in given)
                for first in firsts
            ):
                draft.kind, draft.entry = "PER", person

    def _resolve_surnames(self, drafts: list[_Draft]) -> None:
        """A lone surname takes the full name seen in the same article (unless two full names share it)."""
        resources = self.kb.resources
        full: dict[str, list[_Draft]] = {}
        for draft in drafts:
            words = draft.lemma.split()
            if any(_REGNAL_NUMBER.match(word) for word in draft.text.split()[1:-1]):
                continue  # "Edoardo I d'Inghilterra", "Henry I of England": a sovereign's last word is his realm
            if draft.kind == "PER" and len(words) >= 2:
                full.setdefault(resources.stem_key(variant_key(words[-1])), []).append(draft)
        for draft in drafts:
            if len(draft.text.split()) != 1 or draft.kind not in {"PER", None}:
                continue
            if draft.entry is not None and draft.entry.kind != "PER":
                continue
            stem = resources.stem_key(variant_key(draft.lemma))
            owners = full.get(stem, [])
            if not owners and draft.entry is None:  # a possessive adjective: "Trumpova", "Bidenove"
                owners = next(
                    (full[k] for k in resources.possessive_owner_keys(variant_key(draft.text)) if k in full), []
                )
            # one owner: the same entry, or the same first name in any case form ("Borisa", "Boris")
            first_names = {
                o.entry.id if o.entry else resources.stem_key(variant_key(o.lemma.split()[0])) for o in owners
            }
            if len(first_names) == 1:
                owner = owners[0]
                draft.kind, draft.entry = "PER", owner.entry
                draft.lemma = owner.lemma if owner.entry is None else draft.lemma
                continue
            if draft.entry is None and not owners:
                people = [e for e in self.kb.lookup_surname(draft.lemma) if e.kind == "PER"]
                if len(people) != 1:  # "Bidna": the case form of "Biden" drops its e
                    people = self._known_person(_with_fleeting_e(resources.stem_key(variant_key(draft.lemma))))
                if len(people) != 1:
                    people = self._possessive_owner_in_kb(draft.text)
                if len(people) == 1:
                    draft.kind, draft.entry = "PER", people[0]

    def _lower_case_groups(self, text: str, lang: str, taken: list[Candidate]) -> list[Candidate]:
        """Bulgarian "британците", "демократите": groups of people, outside the spans already found."""
        return [
            Candidate(start, end, "PER", "group", confidence=0.9)
            for start, end, _country in self.group_nouns.in_lower_case(text, lang)
            if not _overlaps_any(Candidate(start, end, None, "group"), taken)
        ]

    def _possessive_owner_in_kb(self, word: str) -> list[KBEntry]:
        """The one person of the knowledge base a possessive adjective is made from, when no full name
        in the article owns it ("Bidnovo" -> Joe Biden, Slovene dropping the e of "Biden"; "Mayeva")."""
        for key in self.kb.resources.possessive_owner_keys(variant_key(word)):
            for surname in (key, _with_fleeting_e(key)):
                people = self._known_person(surname)
                if len(people) == 1:
                    return people
        return []

    @staticmethod
    def _adjective_of(draft: _Draft, text: str, lang: str) -> bool:
        """sl: "Ruski predsednik" names no country (see slovene_spans.country_adjective)."""
        names = draft.entry.aliases.get(lang, ()) if draft.entry else ()
        return country_adjective(text, draft.start, draft.end, lang, tuple(names))

    def _form_owner(self, word: str, kind: str, drafts: list[_Draft]) -> KBEntry | None:
        """The one linked person of the article whose surname a Slovene form comes from ("Mayeva" ->
        Theresa May), else the one person of the knowledge base with that surname; for a body's
        possessive ("Ryanairovih") the body; else None."""
        owners = self.slovene_forms.owner_names(word)
        if kind == "ORG":
            stems = [o.capitalize() + end for o in owners[:1] for end in ("", "o", "a", "e")]
            return next((e for stem in stems for e in self.kb.lookup(stem, "sl") if e.kind == "ORG"), None)
        entries = {
            d.entry.id: d.entry
            for d in drafts
            if d.kind == "PER" and d.entry is not None and d.text.split()[-1].lower() in owners
        }
        if not entries:
            entries = {e.id: e for owner in owners for e in self._known_person(owner)}
        return next(iter(entries.values())) if len(entries) == 1 else None

    def _known_person(self, surname: str | None) -> list[KBEntry]:
        return [e for e in self.kb.lookup_surname(surname) if e.kind == "PER"] if surname else []

    def _after_place_noun(self, before: list[Token], lang: str) -> bool:
        """Whether a lower-case place noun comes just before, maybe with "of": "gminie Pasym", "village of Ely"."""
        resources = self.kb.resources
        words = [t.text for t in before[-2:]]
        if len(words) == 2 and resources.is_connector(words[1], lang):
            words = words[:1]
        last = words[-1] if words else ""
        return last[:1].islower() and resources.keyword_kind(last, lang) == "LOC"

    def _is_surname_form(self, word: str, lang: str) -> bool:
        """A Czech or Slovak feminine surname ("Bibiová", "Mayové", "Mayovou"), not a common word ("nová").

        Possessives of a surname ("Novakova hiša") are left alone: without the owner's full name in the
        article they may be any adjective."""
        if lang not in _SURNAME_FORM_LANGS or word.isupper() or self._lemmatizer.is_common(word, lang):
            return False
        return word.lower().endswith(("ová", "ové", "ovou"))

    def _small_town(self, word: str, lang: str) -> bool:
        """An unknown name that spells a town, and is neither a common word nor a given name."""
        resources = self.kb.resources
        if not self.kb.is_town(word) or word.isupper() or resources.is_given_name(word):
            return False
        if resources.country_of_adjective(word):
            return False  # "Rusy", "Američanů": people of a country
        if self._lemmatizer.is_common(word, lang):
            return False
        return not (lang in PYMORPHY_LANGS and self._lemmatizer.is_person_name(word, lang))

    def _reads_as_town(self, text: str, draft: _Draft, lang: str) -> bool:
        """A small town's name, unless its phrase tells a person or a body, or a possessive follows with
        no noun of a place after it ("Marley's songs", but "Tarrow's mayor")."""
        if not self._small_town(draft.text, lang):
            return False
        cue = self.detector.context_cues.kind(text, draft.start, draft.end, lang)
        return cue == "LOC" or (cue is None and not self._owns_what_follows(text, draft, lang))

    def _owns_what_follows(self, text: str, draft: _Draft, lang: str) -> bool:
        """Whether a possessive follows the name with no noun of a place after it: the preposition before
        governs what the name owns ("in Valdor's novels"), not the name ("in Tarrow's suburbs")."""
        return self.kind_context.possessive_follows(text, draft.end, lang) and (
            self.detector.context_cues.kind_after(text, draft.end, lang) != "LOC"
        )

    def _resolve_kinds(self, text: str, drafts: list[_Draft], lang: str) -> None:
        """Decide undecided kinds: after a preposition of place or a place noun it is a place, else MISC."""
        place_words = self.kb.resources.context.get((lang, "LOC"), frozenset())
        undecided: list[_Draft] = []
        known = {d.text: d.kind for d in drafts if d.kind in {"PER", "ORG"}}
        for draft in drafts:
            if draft.kind is not None:
                continue
            if self.misc_words.is_misc(draft.text, lang):
                draft.kind = "MISC"  # "in Latin", "on Catholic doctrine": a language or faith, not a place
                continue
            if " " not in draft.text and (form_kind := self.slovene_forms.kind(draft.text, lang, known)):
                draft.kind = form_kind  # "Merklova", "Ryanairovih", "Šefčovič", "Newyorčani"
                draft.entry = self._form_owner(draft.text, form_kind, drafts)
                continue
            if " " not in draft.text and (place := self.slovene_forms.place(draft.text, lang)):
                draft.kind, draft.entry = "LOC", place  # "Teksasa", "Michiganu"
                continue
            before = tokenize(text, max(0, draft.start - 40), draft.start)
            if before and self.detector.phrases.with_person(before[-1].text, draft.text, lang):
                draft.kind = "PER"  # "із Іванкою": "with" a person, not "from" a place
                draft.lemma = self._lemmatizer.name(draft.text, lang, "PER")
            elif (
                before
                and (before[-1].text.lower() in place_words or self._after_place_noun(before, lang))
                and not self._owns_what_follows(text, draft, lang)
            ) or (not _opens_sentence(text, draft.start) and self._reads_as_town(text, draft, lang)):
                draft.kind = "LOC"
                draft.lemma = self._lemmatizer.name(draft.text, lang, "LOC")
            elif _in_guillemets(text, draft.start, draft.end) and lang in PYMORPHY_LANGS:
                draft.kind = "ORG"  # «Беркут», «Шахтар»: a quoted unknown name is a body
            elif " " not in draft.text and (
                self.kb.resources.is_given_name(draft.text)
                or self._lemmatizer.is_person_name(draft.text, lang)
                or self._is_surname_form(draft.text, lang)
            ):
                draft.kind = "PER"
                draft.lemma = self._lemmatizer.name(draft.text, lang, "PER")
            else:
                undecided.append(draft)
        self.kind_context.resolve(text, drafts, undecided, lang, self._lemmatizer)
        for draft in undecided:
            if draft.kind in {"PER", "LOC"}:
                draft.lemma = self._lemmatizer.name(draft.text, lang, draft.kind)
