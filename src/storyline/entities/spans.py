"""Span clean-up after detection: overlaps, place prefixes, conjunctions, names cut in two."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from storyline.entities.candidates import Candidate
from storyline.entities.resources import EntityResources
from storyline.entities.tokens import tokenize

_SOURCE_RANK = {"kb": 3, "phrase": 2.5, "natasha": 2, "caps": 1}


def is_shouting(surface: str) -> bool:
    """A run of long all-capitals words is a shouted headline or banner, not a name."""
    words = surface.split()
    return len(words) >= 2 and all(w.isupper() for w in words) and any(len(w) >= 6 for w in words)


def overlap(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping candidates: longer spans first, then the more trusted detector."""

    def rank(c: Candidate) -> float:
        if c.source == "kb" and c.confidence < 0.9:
            return 1.5  # generated city/region names lose ties with natasha
        return _SOURCE_RANK.get(c.source, 0)

    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), -rank(c), c.start))
    # the taken spans never overlap, so sorted by start their ends are sorted too: a candidate can only
    # overlap the taken span starting last before its end (bisect, instead of comparing with every one)
    starts: list[int] = []
    ends: list[int] = []
    taken: list[Candidate] = []
    for cand in ranked:
        if cand.end <= cand.start:
            continue
        at = bisect_left(starts, cand.end)
        if at and ends[at - 1] > cand.start:
            continue
        starts.insert(at, cand.start)
        ends.insert(at, cand.end)
        taken.append(cand)
    # natasha and the gazetteer give kinds; borrow them for a caps span they agree with exactly
    return sorted(taken, key=lambda c: c.start)


def split_place_prefixes(
    text: str, chosen: list[Candidate], pool: list[Candidate], resources: EntityResources
) -> list[Candidate]:
    """Split "России Владимир Путин" / "Rosji Władimir Putin" into the place and the person.

    A person span that starts with a knowledge-base place or organisation (found by the gazetteer)
    followed by more capitalised words is two names, not one; when the place is only a generated
    town or region name, or is spelled like a given name, the words after it must open with a given name.
    """
    starts: dict[int, list[Candidate]] = {}
    for cand in pool:
        if cand.source == "kb" and cand.kind in {"LOC", "ORG"}:
            starts.setdefault(cand.start, []).append(cand)

    def splits(prefix: Candidate, cand: Candidate) -> bool:
        if prefix.end >= cand.end or cand.kind not in {"PER", None}:
            return False
        if prefix.confidence >= 0.9 and not resources.is_given_name(text[prefix.start : prefix.end]):
            return True
        # a generated town or region, or a place spelled like a given name ("Georgie", "Karoline"),
        # only before a given name: "Georgie Brad Raffensperger", "Karoline Lindseyja Grahama"
        following = text[prefix.end : cand.end].split()  # a full name after it, not "Salvador Illa"
        return len(following) >= 2 and resources.is_given_name(following[0])

    out: list[Candidate] = []
    for cand in chosen:
        prefix = next((p for p in starts.get(cand.start, ()) if splits(p, cand)), None)
        if prefix is None:
            out.append(cand)
            continue
        rest = cand.end
        nxt = prefix.end
        while nxt < rest and not text[nxt].isalnum():
            nxt += 1
        out.append(prefix)
        if nxt < rest and text[nxt].isupper():
            out.append(Candidate(nxt, rest, "PER", cand.source, cand.role, cand.sentence, cand.confidence))
    return out


def merge_split_people(text: str, chosen: list[Candidate], resources: EntityResources) -> list[Candidate]:
    """Join a given name and the person name right after it that a detector cut apart ("Дмитро" "Кулеба")."""
    out: list[Candidate] = []
    for cand in sorted(chosen, key=lambda c: c.start):
        if out:
            prev = out[-1]
            gap = text[prev.end : cand.start]
            words = text[prev.start : prev.end].split()
            if (
                prev.kind == "PER"
                and cand.kind in {"PER", None}
                and gap == " "
                and words
                and resources.is_given_name(words[-1])
            ):
                out[-1] = Candidate(prev.start, cand.end, "PER", prev.source, prev.role, prev.sentence, prev.confidence)
                continue
        out.append(cand)
    return out


_POSSESSIVE_GAP = re.compile(r"^ ?['’]s $")
_SAINTS = frozenset({"st", "st.", "saint"})


def join_possessive_places(text: str, chosen: list[Candidate], resources: EntityResources) -> list[Candidate]:
    """Join an English owner's name and the place named after it ("Tarrow's Jetty", "St Alban's Cathedral"):
    the possessive belongs inside when the name after it ends on a place's head word. A known place before
    the possessive stays apart ("Leeds's Union Station": the station of the city)."""
    out: list[Candidate] = []
    for cand in sorted(chosen, key=lambda c: c.start):
        if out:
            prev = out[-1]
            owner, place = text[prev.start : prev.end].split(), text[cand.start : cand.end].split()
            if (
                _POSSESSIVE_GAP.match(text[prev.end : cand.start])
                and 1 <= len(owner) <= 3
                and 1 <= len(place) <= 3
                and (prev.source != "kb" or owner[0].lower() in _SAINTS)
                and resources.keyword_kind(place[-1], "en") == "LOC"
                and all(w[:1].isupper() for w in owner + place)
                and not any(w.isupper() for w in owner)  # "NASA's Central Station": a body's
            ):
                out[-1] = Candidate(prev.start, cand.end, "LOC", "caps", None, prev.sentence, prev.confidence)
                continue
        out.append(cand)
    return out


def split_at_conjunctions(text: str, cand: Candidate, conjunctions: frozenset[str]) -> list[Candidate]:
    """Cut "Путін і Байден" into two names; a lower-case conjunction never sits inside one name."""
    if cand.source in {"kb", "phrase"} or not conjunctions:
        return [cand]
    pieces: list[Candidate] = []
    start = cand.start
    for token in tokenize(text, cand.start, cand.end):
        if token.text in conjunctions:
            if token.start > start:
                pieces.append(
                    Candidate(start, token.start, cand.kind, cand.source, cand.role, cand.sentence, cand.confidence)
                )
            start = token.end
    if not pieces:
        return [cand]
    pieces.append(Candidate(start, cand.end, cand.kind, cand.source, None, cand.sentence, cand.confidence))
    return [p for p in pieces if text[p.start : p.end].strip()]


def join_ampersands(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Two names joined by an ampersand are one firm's or group's name: "Harwell & Sons", "Brindle & Co",
    "A&M Records"; not two places ("Dunmere & Harwell"), nor two lone letters ("R&B", "R&D": terms)."""
    ordered = sorted(candidates, key=lambda c: c.start)
    out: list[Candidate] = []
    for cand in ordered:
        last = out[-1] if out else None
        if (
            last is not None
            and last.end <= cand.start
            and text[last.end : cand.start].strip() == "&"
            and not (last.kind == "LOC" and cand.kind == "LOC")
            and not (cand.end - cand.start == 1 and len(text[last.start : last.end].split()[-1]) == 1)
        ):
            out[-1] = replace(last, end=cand.end, kind="ORG", role=None)
        else:
            out.append(cand)
    return out
