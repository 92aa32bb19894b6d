"""Who did it, to whom, and where: event arguments from the mentions of one sentence.

Rules, in order:

- mentions right after a location word ("in", "в", "à", ...) or a word for cities ("в інших містах США")
  that name places are the location, if they sit in the trigger's clause; a place that is the topic
  ("the situation in Ukraine") is neither location nor party; counted units ("500 mln USD") are ignored;
- the actor side is the group of mentions nearest before the trigger (a group is mentions joined by
  "and"/commas; an organisation or country right before a person is that person's affiliation);
- in the passive ("attacked by X", "задержан полицией") the agent acts and the subject is acted upon;
  "est arrivé", "si è dimesso" are active; the subject of "received threats" is the target;
- the recipient side is the first group after the trigger, unless it is far away, after a colon or a
  credited source ("Reuters reported"); for symmetric types (CONSULT, AGREE, COOPERATE), a group after
  "with" joins the actors, as do joint subjects;
- in ru/uk/pl the case decides where word order cannot (:mod:`.roles`): a nominative after the verb
  acts ("NS-2 підтримує Австрія"), a name in an oblique case does not ("агресію Росії"), except after
  an office ("Prezydent Litwy") or as "в МИД заявили";
- with no actor before the trigger only symmetric events take their actors from after it
  ("встретились Донфрид и Рябков"), or a certain nominative does; "X said that he would ..." gives X;
- a trigger right after a preposition is a noun inside a phrase ("at the request of"), not an event; in
  fr/es/it a noun trigger after a determiner needs its doer before it and no other verb between.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.events.lexicon import LanguageCues
from storyline.events.roles import (
    CASE_LANGUAGES,
    after_determiner,
    after_place_noun,
    after_title,
    after_topic_noun,
    after_undergo_verb,
    can_be_object,
    cannot_be_subject,
    credits_a_source,
    governed_through_determiner,
    has_infinitive,
    impersonal_report,
    is_agent_form,
    is_motion_participle,
    is_passive_participle,
    is_quantity_unit,
    is_receiving,
    object_of_an_infinitive,
    of_phrase,
    opens_a_clause,
    other_verb_governs,
    subject_noun_between,
    surely_subject,
)
from storyline.model import Mention

ARGUMENT_KINDS = ("PER", "ORG", "LOC")
MAX_ACTOR_GAP_WORDS = 3  # an actor further from its trigger is usually the subject of another clause
MAX_ACTOR_AFTER_WORDS = 1  # verb-first order: "заявил Лавров", "marcharon los estudiantes"
MAX_RECIPIENT_GAP_WORDS = 12  # the target of "imposed sanctions on", "threatened to launch ... against" is near
_CLAUSE_PUNCT = re.compile(r"[,;:!?.\u2014\u2013]")
_COUNTRY_KB = re.compile(r"(?:^|[:/])loc/[A-Z]{3}$")
_APPOSITION_GAP = re.compile(r"^[\s\w'’.\-]{0,60}$")
_JOINT_GAP_PUNCT = re.compile(r"^\s*[,/&]?\s*$")


def is_country(mention: Mention, country_names: frozenset[str]) -> bool:
    """A LOC mention naming a whole country (a possible actor), not a city or region."""
    if mention.kind != "LOC":
        return False
    if (mention.kb_id and _COUNTRY_KB.search(mention.kb_id)) or _COUNTRY_KB.search(mention.key):
        return True
    return mention.name in country_names


def can_act(mention: Mention, country_names: frozenset[str]) -> bool:
    return mention.kind in ("PER", "ORG") or is_country(mention, country_names)


def _words_between(sentence: str, start: int, end: int) -> int:
    return len(sentence[start:end].split()) if end > start else 0


def _actor_is_close(
    sentence: str,
    actors: list[Mention],
    trigger_start: int,
    trigger_end: int,
    cues: LanguageCues,
    *,
    passive: bool,
    lang: str = "",
) -> bool:
    """The acting side must sit right next to its trigger, not inside a prepositional phrase."""
    for mention in actors:
        if mention.end <= trigger_start:
            gap = sentence[mention.end : trigger_start]
            limit = MAX_ACTOR_GAP_WORDS
            governed = _governed(sentence, mention, cues, lang, sentence[trigger_start:trigger_end])
        else:
            gap = sentence[trigger_end : mention.start]
            limit = 3 if passive else MAX_ACTOR_AFTER_WORDS
            governed = any(cues.preposition.fullmatch(w.strip("«»\"'“”(")) for w in gap.split())
        near = len(gap.split()) <= limit and not _CLAUSE_PUNCT.search(gap.replace("(", "").replace(")", ""))
        if mention.end <= trigger_start and gap.rstrip().endswith("("):
            near = False  # "будівництво ПСГ (пропозицію ...": the trigger opens an aside
        if mention.end <= trigger_start and subject_noun_between(gap, lang):
            near = False  # "all'agenzia Jana il regime accusava": the regime accuses
        if near and (passive or not governed):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Arguments:
    actors: tuple[Mention, ...]
    recipients: tuple[Mention, ...]
    location: Mention | None


def _gap_kind(sentence: str, left: Mention, right: Mention, cues: LanguageCues) -> str:
    gap = sentence[left.end : right.start]
    stripped = gap.strip(" ,")
    if _JOINT_GAP_PUNCT.match(gap) and any(c in gap for c in ",&/"):
        return "joint"
    if stripped and cues.and_.fullmatch(stripped):
        return "joint"
    words = stripped.split()
    if len(words) == 2 and cues.and_.fullmatch(words[0]) and words[1].islower() and len(words[1]) <= 3:
        return "joint"  # "Russia and the United States", "la Francia e il Regno Unito"
    if right.kind == "PER" and left.kind in ("ORG", "LOC") and _APPOSITION_GAP.match(gap) and len(gap.split()) <= 5:
        return "apposition"
    if not stripped and left.kind != "PER":
        return "apposition"
    return "separate"


def _groups(sentence: str, mentions: list[Mention], cues: LanguageCues) -> list[list[Mention]]:
    groups: list[list[Mention]] = []
    for mention in mentions:
        if groups:
            kind = _gap_kind(sentence, groups[-1][-1], mention, cues)
            if kind == "joint":
                groups[-1].append(mention)
                continue
            if kind == "apposition":
                groups[-1][-1] = mention
                continue
        groups.append([mention])
    return groups


def _preceded_by(sentence: str, mention: Mention, pattern: re.Pattern[str], words: int = 1) -> bool:
    head = sentence[: mention.start].split()
    if not head:
        return False
    return any(pattern.fullmatch(w.strip(",.;:«»\"'“”(")) for w in head[-words:])


def _in_prepositional_phrase(head_words: list[str], cues: LanguageCues) -> bool:
    """The trigger follows a preposition, possibly with a short article between ("de la liberación")."""
    words = [w.strip("«»\"'“”(") for w in head_words[-2:]]
    if words and cues.preposition.fullmatch(words[-1]):
        return True
    return (
        len(words) == 2 and len(words[-1]) <= 3 and words[-1].islower() and bool(cues.preposition.fullmatch(words[0]))
    )


def _oblique(sentence: str, mention: Mention, lang: str, trigger_text: str) -> bool:
    """Not the subject by its case, unless it names who acts through an office or a subjectless plural."""
    if not cannot_be_subject(mention, lang):
        return False
    return not (after_title(sentence, mention, lang) or impersonal_report(sentence, mention, trigger_text, lang))


def _governed(sentence: str, mention: Mention, cues: LanguageCues, lang: str = "", trigger_text: str = "") -> bool:
    """Inside a prepositional phrase: "against X", or "через справу X" (preposition + lower-case noun).

    In Russian and Ukrainian the name's case decides when it is known: "в понедельник Путин" is a
    subject, "агресію Росії" is not.
    """
    if trigger_text and impersonal_report(sentence, mention, trigger_text, lang):
        return False
    head = [w.strip(",.;:«»\"'“”(") for w in sentence[: mention.start].split()]
    if head and cues.preposition.fullmatch(head[-1]):
        return True
    if governed_through_determiner(head, lang):
        return True
    if lang in CASE_LANGUAGES:
        if _oblique(sentence, mention, lang, trigger_text):
            return True
        if surely_subject(mention, lang):
            return False
    return len(head) >= 2 and head[-1].islower() and bool(cues.preposition.fullmatch(head[-2]))


def _is_location_use(sentence: str, mention: Mention, cues: LanguageCues, lang: str) -> bool:
    if mention.kind != "LOC":
        return False
    if lang == "hi":
        return bool(re.match(r"\s*में", sentence[mention.end :]))
    return _preceded_by(sentence, mention, cues.location) or after_place_noun(sentence, mention, lang)


def _place_of_clause(sentence: str, place: Mention, trigger_start: int) -> bool:
    """A place before the trigger sets the scene when it opens the sentence ("En France, le PCF a condamné")
    or sits in the trigger's clause; not "la situation en Libye, le Conseil s'est réuni"."""
    gap = sentence[place.end : trigger_start]
    if re.search(r"[.!?]", gap):
        return False
    return len(sentence[: place.start].split()) <= 2 or not _CLAUSE_PUNCT.search(gap)


def _place_after_in_clause(sentence: str, trigger_end: int, place: Mention, cues: LanguageCues, lang: str) -> bool:
    """ "met Ryabkov in Moscow"; not "promised to end the law, ... killed in the city of Homs" nor
    "would seek guarantees that NATO would not deploy weapons in Ukraine" (another clause)."""
    gap = sentence[trigger_end : place.start]
    if re.search(r"[.!?;]", gap) or cues.complementizer.search(gap) or opens_a_clause(gap, lang):
        return False
    if has_infinitive(gap, lang):
        return False  # "призвал решать вопросы в Европе": the place is part of what is asked for
    return len(gap.split()) <= 6 or not _CLAUSE_PUNCT.search(gap)


def _object_of_trigger(sentence: str, trigger_end: int, group: list[Mention], cues: LanguageCues, lang: str) -> bool:
    """The first names after the trigger are its object unless a colon, dash or reporting verb comes first
    ("went on strike, Reuters reports"; "a strike in four countries: Spain, ...") or they are far away."""
    gap = sentence[trigger_end : group[0].start]
    if len(gap.split()) > MAX_RECIPIENT_GAP_WORDS:
        return False  # "asked for an inquiry into the atrocities ... against the regime of X": not X
    if "," in gap and credits_a_source(" ".join(sentence[group[-1].end :].split()[:2]), lang):
        return False  # "went on strike, Reuters reported"
    if cues.reporting.search(gap) or credits_a_source(gap, lang):
        return False  # "began a strike, reports Reuters"
    if opens_a_clause(gap, lang):
        return False  # "zaproponował mu, by połączył Teatr Bolszoj": the object of another clause
    return not re.search(r"[;:\u2014\u2013]", gap)


def _speaker_of_pronoun(sentence: str, before: list[Mention], trigger_start: int, cues: LanguageCues) -> Mention | None:
    """ "X announced that during the talks he would seek ...": a subject pronoun right before the trigger
    stands for the person who reports it, named before the reporting verb."""
    head = sentence[:trigger_start]
    words = head.split()[-3:]
    pronoun_at = next((i for i, w in enumerate(words) if cues.pronoun.fullmatch(w.strip(",.;:«»\"'“”("))), None)
    if pronoun_at is None:
        return None
    for mention in reversed([m for m in before if m.kind == "PER"]):
        between = sentence[mention.end : trigger_start]
        if cues.reporting.search(between) and cues.complementizer.search(between) and not re.search(r"[.;!?]", between):
            return mention
    return None


def _agent_follows_trigger(sentence: str, trigger_end: int, cues: LanguageCues) -> bool:
    """ "attacked by X", "arrestato dalla polizia": the agent's preposition comes right after the trigger;
    in "Rivolta mossa da Bin Laden" it belongs to another participle."""
    words = sentence[trigger_end:].split()[:1]
    return bool(words) and bool(cues.passive.fullmatch(words[0].strip(",.;:«»\"'“”(")))


def _unique(mentions: list[Mention]) -> tuple[Mention, ...]:
    seen: set[str] = set()
    out: list[Mention] = []
    for mention in mentions:
        if mention.key not in seen:
            seen.add(mention.key)
            out.append(mention)
    return tuple(out)


def _near_after(sentence: str, trigger_end: int, group: list[Mention], words: int = 2) -> bool:
    gap = sentence[trigger_end : group[0].start]
    return len(gap.split()) <= words and not _CLAUSE_PUNCT.search(gap)


def _is_passive(head_words: list[str], trigger_text: str, cues: LanguageCues, lang: str) -> bool:
    """ "was released", "fue detenido", "был задержан", "затриманий"; not "est arrivé" or "are striking"."""
    first = trigger_text.split()[0] if trigger_text.split() else ""
    if is_passive_participle(first, lang):
        return True
    if not any(cues.passive_aux.fullmatch(w.strip(",")) for w in head_words[-2:]):
        return False
    if lang == "en" and first.lower().endswith("ing"):
        return False  # progressive: "workers are striking"
    if lang == "it" and any(w.lower() in ("si", "s'") for w in head_words[-3:]):
        return False  # reflexive: "si è dimesso", "si sono ritirati"
    return not is_motion_participle(first, lang)


def _roles_by_case(
    sentence: str,
    trigger_end: int,
    actors: list[Mention],
    recipients: list[Mention],
    after_groups: list[list[Mention]],
    lang: str,
    trigger_text: str,
) -> tuple[list[Mention], list[Mention]]:
    """Free word order (ru/uk/pl): the nominative acts wherever it stands; a fronted object is acted upon."""
    first = after_groups[0] if after_groups and _near_after(sentence, trigger_end, after_groups[0]) else None
    subject_after = first is not None and all(surely_subject(m, lang) for m in first)
    if actors and all(_oblique(sentence, m, lang, trigger_text) for m in actors):
        objects = [m for m in actors if can_be_object(m, lang)]
        if first is not None and subject_after:  # "Цуг-у ... заборонив суд": object first, subject after
            rest = [m for g in after_groups[1:2] for m in g]
            return list(first), objects or rest
        return [], recipients  # "агресію Росії": a name inside a noun phrase does not act
    fronted_object = all(can_be_object(m, lang) and not surely_subject(m, lang) for m in actors)
    if actors and first is not None and subject_after and fronted_object:
        return list(first), actors  # "«Північний потік-2» публічно підтримує Австрія"
    if not actors and first is not None and subject_after:
        rest = [m for g in after_groups[1:2] for m in g]
        return list(first), rest  # verb first: "відхилив позов ... суддя"; "заявил Лавров"
    return actors, recipients


def find_arguments(
    sentence: str,
    mentions: list[Mention],
    trigger_start: int,
    trigger_end: int,
    *,
    cues: LanguageCues,
    lang: str,
    symmetric: bool,
    visit: bool = False,
    country_names: frozenset[str] = frozenset(),
) -> Arguments:
    """Arguments of the event triggered at ``trigger_start:trigger_end`` (offsets local to ``sentence``)."""
    usable = [
        m
        for m in mentions
        if m.kind in ARGUMENT_KINDS
        and (m.end <= trigger_start or m.start >= trigger_end)
        and not is_quantity_unit(sentence, m)
    ]
    topics = [m for m in usable if m.kind == "LOC" and after_topic_noun(sentence, m, lang)]
    for group in _groups(sentence, usable, cues):  # "the situation in Ukraine and Russia": neither place nor party
        if group[0] in topics:
            topics += [m for m in group[1:] if m.kind == "LOC" and m not in topics]
    usable = [m for m in usable if m not in topics]
    places = [m for m in usable if _is_location_use(sentence, m, cues, lang)]
    for group in _groups(sentence, usable, cues):  # "in Spain, Portugal and Belgium": all places
        if group[0] in places:
            places += [m for m in group[1:] if m.kind == "LOC" and m not in places]
    if visit:
        places += [
            m
            for m in usable
            if m.kind == "LOC" and m.start >= trigger_end and m.start - trigger_end <= 4 and m not in places
        ]
    before_places = [m for m in places if m.end <= trigger_start and _place_of_clause(sentence, m, trigger_start)]
    after_places = [
        m for m in places if m.start >= trigger_end and _place_after_in_clause(sentence, trigger_end, m, cues, lang)
    ]
    location = after_places[0] if after_places else before_places[-1] if before_places else None
    parties = [m for m in usable if m not in places]
    before = [m for m in parties if m.end <= trigger_start]
    after = [m for m in parties if m.start >= trigger_end]
    before_groups = _groups(sentence, before, cues)
    after_groups = _groups(sentence, after, cues)

    actors: list[Mention] = list(before_groups[-1]) if before_groups else []
    recipients: list[Mention] = []
    if sentence[:trigger_start].endswith("#"):
        return Arguments((), (), location)  # "#protesta": a hashtag names a topic, it does not report an event
    if visit and is_receiving(sentence[trigger_start:trigger_end], lang):  # "X received Y": Y visits X
        guest = after_groups[0] if after_groups and _near_after(sentence, trigger_end, after_groups[0], 4) else []
        found = [m for m in guest if can_act(m, country_names)]
        return Arguments(_unique(found), _unique(actors) if found else (), location)
    head_words = sentence[:trigger_start].split()
    if _in_prepositional_phrase(head_words, cues):
        return Arguments((), tuple(actors), location)  # "at the request of", "о введении санкций": not an event
    if after_determiner(head_words, lang):  # a noun trigger: "la condena del primer ministro", "la liberación de X"
        doer = after_groups[0] if after_groups else None
        if doer and of_phrase(sentence[trigger_end : doer[0].start], lang):
            return Arguments((), (), location)  # "de X" is its doer or its patient: word order cannot tell
        if actors and other_verb_governs(sentence[actors[-1].end : trigger_start], lang):
            return Arguments((), (), location)  # "Fassino sospende la manifestazione": another verb's object
        if not actors and not symmetric:
            return Arguments((), (), location)  # "Le loro richieste vengono dettate da X": X is no doer of the noun
    if (lang in CASE_LANGUAGES or lang == "pl") and object_of_an_infinitive(sentence[:trigger_start], lang):
        return Arguments((), (), location)  # "Ryanair może odrzucić żądania": the demands are not Ryanair's
    passive_voice = _is_passive(head_words, sentence[trigger_start:trigger_end], cues, lang) or after_undergo_verb(
        sentence[:trigger_start], lang
    )
    by_agent = bool(
        cues.passive.pattern != r"(?!x)x"
        and after_groups
        and _preceded_by(sentence, after_groups[0][0], cues.passive, words=1)
        and len(sentence[trigger_end : after_groups[0][0].start].split()) <= 3
        and (passive_voice or _agent_follows_trigger(sentence, trigger_end, cues))
    ) or bool(
        passive_voice
        and lang in CASE_LANGUAGES
        and after_groups
        and _near_after(sentence, trigger_end, after_groups[0], words=3)
        and all(is_agent_form(m, lang) for m in after_groups[0])
    )
    if by_agent:
        recipients = actors
        actors = list(after_groups[0])
    elif passive_voice:  # "Tarbel was released", "fue detenido": the subject is acted upon
        recipients = actors
        actors = []
    elif after_groups:
        first = after_groups[0]
        if not actors and symmetric:  # "В Москве встретились Донфрид и Рябков"
            actors = list(first)
            if len(after_groups) > 1 and _preceded_by(sentence, after_groups[1][0], cues.with_, 2):
                actors += list(after_groups[1])
        elif symmetric:  # "met (with) X", "talks between X and Y": PLOVER lists all sides as actors
            head = [w.strip(",.;:«»\"'“”(") for w in sentence[trigger_end : first[0].start].split()]
            first_prep = next((w for w in head if cues.preposition.fullmatch(w)), None)
            gap = sentence[trigger_end : first[0].start]
            other_clause = cues.complementizer.search(gap) or opens_a_clause(gap, lang) or re.search(r"[,;:]", gap)
            if (first_prep is None or cues.with_.fullmatch(first_prep)) and not other_clause:
                actors += list(first)  # "met X", "discussed with the deputy minister X"; not "a summit on Libya"
        elif actors and _object_of_trigger(sentence, trigger_end, first, cues, lang):
            recipients = list(first)
    if not symmetric and not passive_voice and (lang in CASE_LANGUAGES or lang == "pl"):
        actors, recipients = _roles_by_case(
            sentence, trigger_end, actors, recipients, after_groups, lang, sentence[trigger_start:trigger_end]
        )
    actors = [m for m in actors if can_act(m, country_names)]
    if actors and not _actor_is_close(sentence, actors, trigger_start, trigger_end, cues, passive=by_agent, lang=lang):
        actors = []
    if not actors and not passive_voice:
        speaker = _speaker_of_pronoun(sentence, before, trigger_start, cues)
        if speaker is not None and can_act(speaker, country_names):  # "Ryabkov announced that he would seek"
            actors = [speaker]
    actor_t = _unique(actors)
    recipient_t = tuple(m for m in _unique(recipients) if m.key not in {a.key for a in actor_t})
    return Arguments(actor_t, recipient_t, location)
