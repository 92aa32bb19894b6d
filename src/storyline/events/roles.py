"""Grammatical clues to who acts in an event sentence, beyond word order.

- Case (ru/uk): pymorphy3 tells whether a name's head word can be nominative (a subject), only
  accusative/dative (an object put first: "«Північний потік-2» підтримує Австрія") or only an oblique
  case inside a noun phrase ("агресію Росії"). Polish has no analyser here: a name whose surface form
  differs from its lemma and ends in an oblique ending ("Rosji", "Putinem") is not a subject.
- Passive participles (ru/uk: "задержан", "затриманий") make the subject the one acted upon.
- Past participles of motion verbs with "to be" in fr/it ("est arrivé", "sono scesi") are active.
- A trigger right after a determiner in fr/es/it is a noun ("la condena"); its doer follows "de".

The word lists live in ``storyline/data/event_roles/roles.json``; the analyser is the read-only
per-process pymorphy3 cache of :mod:`storyline.time.morph`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

from storyline.events.lexicon import compile_pattern
from storyline.model import Mention
from storyline.time.morph import morph_analyzer

CASE_LANGUAGES = ("ru", "uk")
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ'’ʼ]+(?:-[А-Яа-яЁёІіЇїЄєҐґ]+)?")
_LATIN_WORD = re.compile(r"[^\W\d_]+")
_NOMINATIVE = "nomn"
_OBJECT_CASES = frozenset({"accs", "datv"})
_ROMANCE_PREPOSITIONS = frozenset(
    [
        "a",
        "al",
        "alla",
        "allo",
        "ai",
        "agli",
        "alle",
        "da",
        "dal",
        "dalla",
        "dallo",
        "dai",
        "dagli",
        "dalle",
        "con",
        "su",
        "sul",
        "sulla",
        "per",
        "par",
        "pour",
        "por",
        "en",
        "in",
        "nel",
        "nella",
        "à",
        "au",
        "aux",
        "avec",
        "contre",
        "contra",
        "sur",
        "sobre",
    ]
)
_NUMBER = re.compile(r"\d[\d\s.,]*$")
_BARE_STEM = re.compile(r"[бвгджзклмнпрстфхцчшщ]$", re.IGNORECASE)


@dataclass(frozen=True)
class RoleCues:
    motion: re.Pattern[str] | None
    quantity: re.Pattern[str]
    determiner: re.Pattern[str] | None
    of: re.Pattern[str] | None
    oblique: re.Pattern[str] | None
    support: re.Pattern[str] | None
    auxiliary: re.Pattern[str] | None
    title: re.Pattern[str] | None
    place_noun: re.Pattern[str] | None
    topic_noun: re.Pattern[str] | None
    threat: re.Pattern[str] | None
    undergo: re.Pattern[str] | None
    announce: re.Pattern[str] | None
    source: re.Pattern[str] | None
    clause_opener: re.Pattern[str] | None
    infinitive: re.Pattern[str] | None
    should: re.Pattern[str] | None
    plan: re.Pattern[str] | None
    preannounce: re.Pattern[str] | None


_ELIDED = re.compile(r"^[^\W\d_]{1,5}['’](?=\w)")


def _bare_words(text: str) -> list[str]:
    """Words without surrounding punctuation or an elided article ("l'intervento" -> "intervento")."""
    return [_ELIDED.sub("", w.strip(",.;:«»\"'“”()")) for w in text.split()]


def _ending(endings: str) -> re.Pattern[str] | None:
    if not endings:
        return None
    alternatives = sorted(endings.split("|"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, alternatives)) + ")$", re.IGNORECASE)


def _optional(alternatives: str) -> re.Pattern[str] | None:
    return compile_pattern(alternatives) if alternatives.strip() else None


@cache
def role_cues(lang: str) -> RoleCues:
    """The role word lists of ``lang`` (read once per process; read-only)."""
    data = json.loads(resources.files("storyline").joinpath("data", "event_roles", "roles.json").read_text("utf-8"))
    oblique = _ending(data["oblique_endings"].get(lang, ""))
    return RoleCues(
        motion=_optional(data["motion_participles"].get(lang, "")),
        quantity=compile_pattern(data["quantity"]),
        determiner=_optional(data["determiners"].get(lang, "")),
        of=_optional(data["of"].get(lang, "")),
        oblique=oblique,
        support=_optional(data["support_verbs"].get(lang, "")),
        auxiliary=_optional(data["auxiliaries"].get(lang, "")),
        title=_optional(data["titles"].get(lang, "")),
        place_noun=_optional(data["place_nouns"].get(lang, "")),
        topic_noun=_optional(data["topic_nouns"].get(lang, "")),
        threat=_optional(data["threat_verbs"].get(lang, "")),
        undergo=_optional(data["undergo_verbs"].get(lang, "")),
        announce=_optional(data["announce_verbs"].get(lang, "")),
        source=_optional(data["source_verbs"].get(lang, "")),
        clause_opener=_optional(data["clause_openers"].get(lang, "")),
        infinitive=_ending(data["infinitive_endings"].get(lang, "")),
        should=_optional(data["should_verbs"].get(lang, "")),
        plan=_optional(data["plan_verbs"].get(lang, "")),
        preannounce=_optional(data["preannounce_verbs"].get(lang, "")),
    )


def _head_word(mention: Mention, pattern: re.Pattern[str]) -> str | None:
    """The word that carries a name's case: a person's surname, else the first word."""
    words = pattern.findall(mention.text)
    if not words:
        return None
    return words[-1] if mention.kind == "PER" else words[0]


def mention_cases(mention: Mention, lang: str) -> frozenset[str] | None:
    """Grammatical cases a Russian/Ukrainian name can be in; None when unknown (Latin script, acronyms)."""
    if lang not in CASE_LANGUAGES:
        return None
    word = _head_word(mention, _CYRILLIC_WORD)
    if word is None or (word.isupper() and len(word) > 1):
        return None  # acronyms are indeclinable
    analyzer = morph_analyzer(lang)
    if analyzer is None:
        return None
    parses = analyzer.parse(word.replace("’", "'").replace("ʼ", "'"))
    # a proper name is singular unless it only exists in the plural ("Нидерланды", "США")
    singular = [p for p in parses if p.tag.case and p.tag.number != "plur"]
    cases = frozenset(str(p.tag.case) for p in (singular or parses) if p.tag.case)
    pronoun_or_adjective = any(p.tag.POS in ("NPRO", "ADJF", "PRTF") for p in parses)
    if _BARE_STEM.search(word) and not pronoun_or_adjective:  # "Рябков", "Донфрид": a bare stem is a nominative
        cases |= {_NOMINATIVE}
    return cases or None


def _polish_oblique(mention: Mention, cues: RoleCues) -> bool:
    if cues.oblique is None:
        return False
    words, lemma_words = _LATIN_WORD.findall(mention.text), _LATIN_WORD.findall(mention.lemma)
    if not words or len(words) != len(lemma_words):
        return False
    index = len(words) - 1 if mention.kind == "PER" else 0
    word, lemma = words[index], lemma_words[index]
    return word.lower() != lemma.lower() and bool(cues.oblique.search(word))


def cannot_be_subject(mention: Mention, lang: str) -> bool:
    """The name's form rules out the nominative ("Росії", "Путиным", "Rosji")."""
    if lang == "pl":
        return _polish_oblique(mention, role_cues(lang))
    cases = mention_cases(mention, lang)
    return cases is not None and _NOMINATIVE not in cases


def surely_subject(mention: Mention, lang: str) -> bool:
    """Nominative and not accusative: the name can only be the subject ("Австрія", "Трамп")."""
    cases = mention_cases(mention, lang)
    return cases is not None and _NOMINATIVE in cases and "accs" not in cases


def can_be_object(mention: Mention, lang: str) -> bool:
    cases = mention_cases(mention, lang)
    return cases is not None and bool(cases & _OBJECT_CASES)


def is_agent_form(mention: Mention, lang: str) -> bool:
    """Instrumental only: the doer of a Russian/Ukrainian passive ("задержан полицией")."""
    cases = mention_cases(mention, lang)
    return cases is not None and "ablt" in cases and _NOMINATIVE not in cases and "accs" not in cases


def is_passive_participle(word: str, lang: str) -> bool:
    """ "задержан", "затриманий", "затримано": the trigger reports what was done to its subject."""
    if lang not in CASE_LANGUAGES:
        return False
    match = _CYRILLIC_WORD.search(word)
    analyzer = morph_analyzer(lang) if match else None
    if analyzer is None or match is None:
        return False
    tag = analyzer.parse(match.group(0).replace("’", "'"))[0].tag
    return "pssv" in tag.grammemes or "Impe" in tag.grammemes


def is_motion_participle(word: str, lang: str) -> bool:
    """An active past with "to be" (fr "est arrivé", it "sono scesi"), not a passive."""
    pattern = role_cues(lang).motion
    return pattern is not None and bool(pattern.fullmatch(word))


def is_quantity_unit(sentence: str, mention: Mention) -> bool:
    """A name counted by a number ("500 mln USD", "61 представителя"): a unit, never an actor."""
    head = sentence[: mention.start].rstrip()
    words = head.split()
    if not words:
        return False
    if _NUMBER.search(words[-1]):
        return mention.kind == "ORG" and mention.text.isupper()  # "500 USD"; not "2021 Biden"
    return len(words) >= 2 and bool(_NUMBER.search(words[-2])) and bool(role_cues("en").quantity.fullmatch(words[-1]))


def after_determiner(head_words: list[str], lang: str) -> bool:
    """The trigger follows a determiner ("la condena", "une manifestation"): it is a noun."""
    pattern = role_cues(lang).determiner
    if pattern is None or not head_words:
        return False
    last = head_words[-1].strip("«»\"'“”(")
    return bool(pattern.fullmatch(last)) or bool(re.match(r"^(?:l|d|un)['’]$", last, re.IGNORECASE))


def of_phrase(gap: str, lang: str) -> bool:
    """ "del primer ministro turco," between a noun trigger and a name: the name is the noun's doer."""
    pattern = role_cues(lang).of
    words = gap.split()
    if pattern is None or not words or len(words) > 6:
        return False
    first = words[0]
    elided = re.match(r"^(?:d|dell|l)['’]$", first, re.IGNORECASE)
    if not (pattern.fullmatch(first) or elided):
        return False
    if any(c in gap for c in ";:()") or "," in gap.rstrip().rstrip(","):
        return False
    return all(w.rstrip(",").islower() for w in words[1:])


def other_verb_governs(gap: str, lang: str) -> bool:
    """Between a subject and "la manifestazione" stands a verb that is not a support verb
    ("sospende", "reprimen"): the noun is that verb's object, not an event of the subject."""
    cues = role_cues(lang)
    if cues.support is None:
        return False
    words = [w.strip(",.;:«»\"'“”()") for w in gap.split()[:-1]]  # the last word is the determiner
    content = [w for w in words if w and w.islower() and not (cues.auxiliary and cues.auxiliary.fullmatch(w))]
    if not content:
        return False
    return not any(cues.support.fullmatch(w) for w in content)


def after_title(sentence: str, mention: Mention, lang: str) -> bool:
    """ "Prezydent Litwy", "глава МИД Германии": a name in the genitive after an office acts through it."""
    pattern = role_cues(lang).title
    if pattern is None:
        return False
    words = [w.strip(",.;:«»\"'“”()") for w in sentence[: mention.start].split()][-3:]
    for word in reversed(words):
        if pattern.fullmatch(word):
            return True
        if not (word.isupper() or word[:1].isupper()):  # only other names may stand between ("глава МИД ...")
            return False
    return False


def impersonal_report(sentence: str, mention: Mention, trigger_text: str, lang: str) -> bool:
    """ "У «Газпромі» спростували", "в МИД заявили": an organisation speaks through a subjectless plural."""
    if lang not in CASE_LANGUAGES or mention.kind != "ORG":
        return False
    head = [w.strip("«»\"'“”(") for w in sentence[: mention.start].split()]
    head = [w for w in head if w]
    first = trigger_text.split()[0].lower() if trigger_text.split() else ""
    return bool(head) and head[-1].lower() in ("в", "во", "у") and first.endswith("ли")


def after_place_noun(sentence: str, mention: Mention, lang: str) -> bool:
    """ "в інших містах США", "in cities of Syria": the country is where it happens, not who acts."""
    pattern = role_cues(lang).place_noun
    if pattern is None or mention.kind != "LOC":
        return False
    words = _bare_words(sentence[: mention.start])[-3:]
    return any(pattern.fullmatch(w) for w in words[-2:])


def after_topic_noun(sentence: str, mention: Mention, lang: str) -> bool:
    """ "the situation in Ukraine", "la crise en Libye": the place is what is talked about."""
    pattern = role_cues(lang).topic_noun
    if pattern is None:
        return False
    words = _bare_words(sentence[: mention.start])[-3:]
    return len(words) >= 2 and any(pattern.fullmatch(w) for w in words[:-1])


def after_undergo_verb(head: str, lang: str) -> bool:
    """ "ha ricevuto minacce", "came under attack": the trigger's subject is its target."""
    pattern = role_cues(lang).undergo
    if pattern is None:
        return False
    words = head.split()[-3:]
    return bool(words) and bool(pattern.search(" ".join(words)))


def is_receiving(trigger_text: str, lang: str) -> bool:
    """The trigger itself is "received" / "ricevuto" / "a reçu": its subject hosts, its object visits."""
    pattern = role_cues(lang).undergo
    return pattern is not None and bool(pattern.search(trigger_text))


def credits_a_source(text: str, lang: str) -> bool:
    """ "Reuters reported", "сообщает", "según": the words credit a news source."""
    pattern = role_cues(lang).source
    return pattern is not None and bool(pattern.search(text))


def opens_a_clause(gap: str, lang: str) -> bool:
    """ "..., by połączył", "чтобы": what follows belongs to a purpose or content clause."""
    pattern = role_cues(lang).clause_opener
    return pattern is not None and bool(pattern.search(gap))


def has_infinitive(gap: str, lang: str) -> bool:
    """An infinitive between the trigger and a place ("призвал решать вопросы в Европе", ru/uk/pl)."""
    pattern = role_cues(lang).infinitive
    if pattern is None:
        return False
    words = [w.strip(",.;:«»\"'“”()") for w in gap.split()]
    if lang in CASE_LANGUAGES:
        analyzer = morph_analyzer(lang)
        if analyzer is not None:
            return any(w and analyzer.parse(w.lower())[0].tag.POS == "INFN" for w in words)
    return any(len(w) > 3 and w.islower() and pattern.search(w) for w in words)


def subject_noun_between(gap: str, lang: str) -> bool:
    """ "all'agenzia Jana il regime accusava": a determiner and a common noun right before the trigger are
    its subject, so the name before them is not (fr/es/it)."""
    pattern = role_cues(lang).determiner
    words = [w.strip(",.;:«»\"'“”()") for w in gap.split()]
    if pattern is None or len(words) < 2:
        return False
    for det, noun in pairwise(words):
        if pattern.fullmatch(det) and noun.islower() and not pattern.fullmatch(noun):
            return True
    return False


def governed_through_determiner(head: list[str], lang: str) -> bool:
    """ "tradito dal suo amico Silvio": a preposition, a determiner and a lower-case noun before the name."""
    cues = role_cues(lang)
    if cues.determiner is None or cues.of is None or len(head) < 3:
        return False
    prep, det, noun = head[-3], head[-2], head[-1]
    is_prep = bool(cues.of.fullmatch(prep)) or prep.lower() in _ROMANCE_PREPOSITIONS
    return is_prep and bool(cues.determiner.fullmatch(det)) and noun.islower()


def object_of_an_infinitive(head: str, lang: str) -> bool:
    """ "Ryanair może odrzucić żądania", "готов отклонить требования": a noun trigger right after an
    infinitive other than a support verb ("ввести санкции") is that verb's object, not an event (ru/uk/pl)."""
    cues = role_cues(lang)
    words = [w.strip(",.;:«»\"'“”()") for w in head.split()]
    if cues.infinitive is None or not words or not words[-1]:
        return False
    word = words[-1].lower()
    if cues.support is not None and cues.support.fullmatch(word):
        return False
    if lang in CASE_LANGUAGES:
        analyzer = morph_analyzer(lang)
        return analyzer is not None and analyzer.parse(word.replace("’", "'"))[0].tag.POS == "INFN"
    return len(word) > 3 and bool(cues.infinitive.search(word))
