"""Sentence splitting with character offsets, for any language.

razdel (which ships with natasha) handles Russian/Ukrainian and is good on Latin-script news
too; a light rule-based splitter covers Devanagari (danda) and is the fallback.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

_RULE = re.compile(r"[^.!?।…]+(?:[.!?।…]+[\"'”»)\]]*|$)", re.S)
_ABBREV = re.compile(r"(?:\b[A-ZА-ЯІЇЄ][a-zа-яіїє]{0,3}|\b[A-ZА-Я])\.$")
# Titles and place prefixes that stand before a name and never end an English sentence: "St. Louis",
# "Mt. Hood", "Dr. Fauci", "Gen. Milley". razdel ends a sentence after some of them.
_TITLE_BEFORE_NAME = re.compile(r"\b(?:St|Mt|Ft|Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Rev|Gov|Sen|Rep|Sr)\.$")


def _rule_split(text: str, offset: int = 0) -> list[Span]:
    spans: list[Span] = []
    start = None
    for match in _RULE.finditer(text):
        s, e = match.span()
        if start is None:
            start = s
        chunk = text[start:e].rstrip()
        if _ABBREV.search(chunk) and e < len(text):
            continue  # "Dr." / "St." / "В." do not end a sentence
        spans.append((start, e))
        start = None
    if start is not None:
        spans.append((start, len(text)))
    out: list[Span] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s + offset, e + offset))
    return out


def split_sentences(text: str, lang: str | None = None) -> list[Span]:
    """Half-open spans of the sentences of ``text``; paragraphs (blank lines) always split."""
    spans: list[Span] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        chunk = para.group(0)
        base = para.start()
        if lang == "hi" or re.search(r"[\u0900-\u097F]", chunk[:200]):
            spans.extend(_rule_split(chunk, base))
            continue
        try:
            from razdel import sentenize
        except ImportError:  # pragma: no cover - razdel ships with natasha
            spans.extend(_rule_split(chunk, base))
            continue
        local: list[Span] = []
        for sentence in sentenize(chunk):
            if not sentence.text.strip():
                continue
            first = sentence.text.lstrip()[:1]
            after_title = bool(local) and bool(_TITLE_BEFORE_NAME.search(chunk[local[-1][0] : local[-1][1]]))
            if local and (first.isdigit() or first.islower() or (after_title and first.isupper())):
                local[-1] = (local[-1][0], sentence.stop)  # "Dec. 15 in Moscow", "St. Louis": one sentence
            else:
                local.append((sentence.start, sentence.stop))
        spans.extend((base + s, base + e) for s, e in local)
    return spans
