"""Who did it, to whom, and where: event arguments from the mentions of one sentence.

Rules, in order:

- mentions right after a location word ("in", "в", "à", ...) that name places are the location;
- the actor side is the group of mentions nearest before the trigger (a group is mentions joined by
  "and"/commas; an organisation or country right before a person is that person's affiliation);
- in the passive ("attacked by X") the group after "by" acts and the one before is acted upon;
- the recipient side is the first group after the trigger; for symmetric types (CONSULT, AGREE,
  COOPERATE), a group after "with" joins the actors, as do joint subjects;
- with no actor before the trigger only symmetric events take their actors from after it
  ("встретились Донфрид и Рябков"); otherwise the words after the verb are its objects;
- a trigger right after a preposition is a noun inside a phrase ("at the request of"), not an event;
  after a passive auxiliary ("was released") the subject is the recipient.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.events.lexicon import LanguageCues
from storyline.model import Mention

ARGUMENT_KINDS = ("PER", "ORG", "LOC")
MAX_ACTOR_GAP_WORDS = 3  # an actor further from its trigger is usually the subject of another clause
MAX_ACTOR_AFTER_WORDS = 1  # verb-first order: "заявил Лавров", "marcharon los estudiantes"
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
    sentence: str, actors: list[Mention], trigger_start: int, trigger_end: int, cues: LanguageCues, *, passive: bool
) -> bool:
    """The acting side must sit right next to its trigger, not inside a prepositional phrase."""
    for mention in actors:
        if mention.end <= trigger_start:
            gap = sentence[mention.end : trigger_start]
            limit = MAX_ACTOR_GAP_WORDS
            governed = _governed(sentence, mention, cues)
        else:
            gap = sentence[trigger_end : mention.start]
            limit = 3 if passive else MAX_ACTOR_AFTER_WORDS
            governed = any(cues.preposition.fullmatch(w.strip("«»\"'“”(")) for w in gap.split())
        near = len(gap.split()) <= limit and not _CLAUSE_PUNCT.search(gap.replace("(", "").replace(")", ""))
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


def _governed(sentence: str, mention: Mention, cues: LanguageCues) -> bool:
    """Inside a prepositional phrase: "against X", or "через справу X" (preposition + lower-case noun)."""
    head = [w.strip(",.;:«»\"'“”(") for w in sentence[: mention.start].split()]
    if head and cues.preposition.fullmatch(head[-1]):
        return True
    return len(head) >= 2 and head[-1].islower() and bool(cues.preposition.fullmatch(head[-2]))


def _is_location_use(sentence: str, mention: Mention, cues: LanguageCues, lang: str) -> bool:
    if mention.kind != "LOC":
        return False
    if lang == "hi":
        return bool(re.match(r"\s*में", sentence[mention.end :]))
    return _preceded_by(sentence, mention, cues.location)


def _unique(mentions: list[Mention]) -> tuple[Mention, ...]:
    seen: set[str] = set()
    out: list[Mention] = []
    for mention in mentions:
        if mention.key not in seen:
            seen.add(mention.key)
            out.append(mention)
    return tuple(out)


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
    usable = [m for m in mentions if m.kind in ARGUMENT_KINDS and (m.end <= trigger_start or m.start >= trigger_end)]
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
    location = next((m for m in places if m.start >= trigger_end), places[-1] if places else None)
    parties = [m for m in usable if m not in places]
    before = [m for m in parties if m.end <= trigger_start]
    after = [m for m in parties if m.start >= trigger_end]
    before_groups = _groups(sentence, before, cues)
    after_groups = _groups(sentence, after, cues)

    actors: list[Mention] = list(before_groups[-1]) if before_groups else []
    recipients: list[Mention] = []
    head_words = sentence[:trigger_start].split()
    if _in_prepositional_phrase(head_words, cues):
        return Arguments((), tuple(actors), location)  # "at the request of", "о введении санкций": not an event
    passive_voice = any(cues.passive_aux.fullmatch(w.strip(",")) for w in head_words[-2:])
    by_agent = bool(
        cues.passive.pattern != r"(?!x)x"
        and after_groups
        and _preceded_by(sentence, after_groups[0][0], cues.passive, words=1)
        and len(sentence[trigger_end : after_groups[0][0].start].split()) <= 3
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
            if first_prep is None or cues.with_.fullmatch(first_prep):
                actors += list(first)  # "met X", "discussed with the deputy minister X"; not "a summit on Libya"
        elif actors:
            recipients = list(first)
    actors = [m for m in actors if can_act(m, country_names)]
    if actors and not _actor_is_close(sentence, actors, trigger_start, trigger_end, cues, passive=by_agent):
        actors = []
    actor_t = _unique(actors)
    recipient_t = tuple(m for m in _unique(recipients) if m.key not in {a.key for a in actor_t})
    return Arguments(actor_t, recipient_t, location)
