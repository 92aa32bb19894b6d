"""Event status from cue words around the trigger: reported, planned, hypothetical or negated."""

from __future__ import annotations

import re

from storyline.events.lexicon import LanguageCues, TriggerMatch
from storyline.events.roles import role_cues

_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s-\s")
_WORD = re.compile(r"\S+")
# languages whose negation / future particle may follow the verb ("traf sich nicht", "n'a pas")
_AFTER_TRIGGER = {"de": 3, "fr": 2}


def _words_before(sentence: str, start: int, count: int) -> str:
    """The last ``count`` words before ``start`` in the same clause."""
    head = sentence[:start]
    breaks = list(_CLAUSE_BREAK.finditer(head))
    if breaks:
        head = head[breaks[-1].end() :]
    words = _WORD.findall(head)
    return " ".join(words[-count:])


def _words_after(sentence: str, end: int, count: int) -> str:
    tail = sentence[end:]
    cut = _CLAUSE_BREAK.search(tail)
    if cut:
        tail = tail[: cut.start()]
    return " ".join(_WORD.findall(tail)[:count])


def event_status(sentence: str, trigger: TriggerMatch, cues: LanguageCues, *, lang: str) -> str:
    """Status of the event whose trigger is at ``trigger`` (offsets local to ``sentence``)."""
    before = _words_before(sentence, trigger.start, 4)
    after = _words_after(sentence, trigger.end, _AFTER_TRIGGER.get(lang, 0))
    if trigger.type != "REJECT" and (cues.negation.search(before) or (after and cues.negation.search(after))):
        return "negated"
    head = sentence[: trigger.start]
    if len(head) > 160:
        head = head[-160:]
    if cues.conditional.search(head) or cues.intent.search(_words_before(sentence, trigger.start, 5)):
        return "hypothetical"  # "if Russia invades"; "could attack", "wanted to storm" in the same clause
    should = role_cues(lang).should
    if should is not None and should.search(_words_before(sentence, trigger.start, 3)):
        return "hypothetical"  # "Silvio dovrebbe rifiutarsi", "Russia must withdraw": what should happen
    plan, preannounce = role_cues(lang).plan, role_cues(lang).preannounce
    if preannounce is not None and preannounce.search(_words_before(sentence, trigger.start, 4)):
        return "planned"  # "анонсировала шестой пакет санкций": announced ahead, not yet imposed
    if plan is not None and plan.search(_words_before(sentence, trigger.start, 3)):
        return "planned"  # "Putin is planning an invasion", "готовит наступление"
    threat = role_cues(lang).threat
    if trigger.type != "THREATEN" and threat is not None and threat.search(_words_before(sentence, trigger.start, 3)):
        return "hypothetical"  # "grożą strajkiem", "threatened to strike": a threat, not the strike
    announce = role_cues(lang).announce
    if (
        trigger.type == "PROTEST"
        and announce is not None
        and announce.search(_words_before(sentence, trigger.start, 3))
    ):
        return "planned"  # "объявили забастовку", "convocó una huelga": the strike is still to come
    own_future = trigger.type != "REJECT" and (  # "не планируется" is a refusal, not a plan
        cues.future.search(trigger.text)
        or (cues.future_ending is not None and bool(cues.future_ending.search(trigger.text.split()[0])))
    )
    if cues.future.search(_words_before(sentence, trigger.start, 6)) or own_future:
        return "planned"
    if after and cues.future.search(after):
        return "planned"
    return "reported"
