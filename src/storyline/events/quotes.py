"""Direct quotes (“…”, «…», „…“, "…", ‚…‘) and reported speech ("X said that …", "заявил, что …").

The speaker is the mention nearest to a reporting verb outside the quote in the same sentence;
a pronoun speaker ("he said") is resolved to the last person mentioned before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.events.lexicon import LanguageCues
from storyline.model import Mention, Quote

_DIRECT = re.compile(
    r"“([^”“\n]{12,1500})”|«([^»«\n]{12,1500})»|„([^“”„\n]{12,1500})[“”]|\"([^\"\n]{12,1500})\"|‚([^‘’\n]{12,800})[‘’]"
)
_SPEAKER_KINDS = ("PER", "ORG")
_MIN_WORDS = 3


def _sentence_of(spans: Sequence[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    for span in spans:
        if span[0] <= pos < span[1]:
            return span
    return None


def _nearest_speaker(mentions: Sequence[Mention], pos: int, lo: int, hi: int, skip: tuple[int, int]) -> Mention | None:
    candidates = [
        m
        for m in mentions
        if m.kind in _SPEAKER_KINDS and lo <= m.start and m.end <= hi and not skip[0] <= m.start < skip[1]
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda m: (min(abs(m.start - pos), abs(m.end - pos)), m.kind != "PER"))


def _last_person_before(mentions: Sequence[Mention], pos: int) -> Mention | None:
    people = [m for m in mentions if m.kind == "PER" and m.end <= pos]
    return people[-1] if people else None


def _speaker_for(
    text: str,
    mentions: Sequence[Mention],
    cues: LanguageCues,
    sentence: tuple[int, int],
    quote: tuple[int, int],
) -> tuple[str | None, str | None]:
    s_start, s_end = sentence
    outside = [(s_start, quote[0]), (quote[1], s_end)]
    for lo, hi in outside:
        for cue in cues.reporting.finditer(text, lo, hi):
            speaker = _nearest_speaker(mentions, cue.start(), s_start, s_end, quote)
            if speaker is not None:
                return speaker.text, speaker.key
            pronoun = cues.pronoun.search(text, max(lo, cue.start() - 20), min(hi, cue.end() + 20))
            if pronoun:
                person = _last_person_before(mentions, s_start)
                return pronoun.group(0), person.key if person else None
    return None, None


def find_quotes(
    text: str,
    sentences: Sequence[tuple[int, int]],
    mentions: Sequence[Mention],
    cues: LanguageCues,
) -> list[Quote]:
    """Direct and reported quotes of an article, in text order."""
    quotes: list[Quote] = []
    taken: list[tuple[int, int]] = []
    for match in _DIRECT.finditer(text):
        group = next(i for i in range(1, 6) if match.group(i) is not None)
        start, end = match.start(group), match.end(group)
        body = text[start:end].strip()
        if len(body.split()) < _MIN_WORDS:
            continue  # a name or a scare-quoted term, not a quote
        sentence = _sentence_of(sentences, match.start()) or (match.start(), match.end())
        last = _sentence_of(sentences, max(match.end() - 1, match.start())) or sentence
        span = (min(sentence[0], last[0]), max(sentence[1], last[1]))
        speaker_text, speaker = _speaker_for(text, mentions, cues, span, (match.start(), match.end()))
        quotes.append(Quote(start, end, text[start:end], speaker_text, speaker))
        taken.append((match.start(), match.end()))
    for s_start, s_end in sentences:
        if any(a < s_end and s_start < b for a, b in taken):
            continue
        quote = _reported(text, (s_start, s_end), mentions, cues)
        if quote is not None:
            quotes.append(quote)
    quotes.sort(key=lambda q: q.start)
    return quotes


def _reported(text: str, sentence: tuple[int, int], mentions: Sequence[Mention], cues: LanguageCues) -> Quote | None:
    s_start, s_end = sentence
    for cue in cues.reporting.finditer(text, s_start, s_end):
        after = cue.end()
        speaker: Mention | None = None
        window = text[after : min(s_end, after + 80)]
        comp = cues.complementizer.search(window)
        if comp is None or text[after : after + comp.start()].count(",") > 1:
            continue
        between = (after, after + comp.start())
        speaker = _nearest_speaker(mentions, cue.start(), s_start, between[1], (between[1], s_end))
        q_start = after + comp.end()
        while q_start < s_end and text[q_start] in " ,:":
            q_start += 1
        q_end = s_end
        while q_end > q_start and text[q_end - 1] in ".!?;। ":
            q_end -= 1
        if len(text[q_start:q_end].split()) < _MIN_WORDS:
            continue
        speaker_text = speaker.text if speaker else None
        key = speaker.key if speaker else None
        if speaker is None:
            pronoun = cues.pronoun.search(text, max(s_start, cue.start() - 20), cue.start())
            if pronoun:
                person = _last_person_before(mentions, s_start)
                speaker_text, key = pronoun.group(0), person.key if person else None
        return Quote(q_start, q_end, text[q_start:q_end], speaker_text, key)
    according = cues.according.search(text, s_start, s_end)
    if according:
        comma = text.find(",", according.end(), s_end)
        if comma > 0:
            speaker = _nearest_speaker(mentions, according.end(), according.end(), comma, (comma, s_end))
            q_start = comma + 1
            while q_start < s_end and text[q_start] == " ":
                q_start += 1
            q_end = s_end
            while q_end > q_start and text[q_end - 1] in ".!?;। ":
                q_end -= 1
            if speaker is not None and len(text[q_start:q_end].split()) >= _MIN_WORDS:
                return Quote(q_start, q_end, text[q_start:q_end], speaker.text, speaker.key)
    return None
