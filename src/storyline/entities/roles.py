"""Titles and offices next to a person's name: "Deputy Foreign Minister Sergei Ryabkov",
"министр иностранных дел России Сергей Лавров", "Sergei Ryabkov, Russia's deputy foreign minister"."""

from __future__ import annotations

from storyline.entities.resources import EntityResources
from storyline.entities.tokens import tokenize

_WINDOW = 90  # characters looked at before / after a name
_SKIPPABLE = frozenset({"of", "the", "'s", "’s", "us", "u.s.", "de", "du", "des", "von", "der", "la", "del"})


def _title_ending_at(words: list[str], resources: EntityResources, lang: str) -> str | None:
    """A title whose last word is the last of ``words`` (possibly followed by skippable words)."""
    for skip in range(0, 3):
        if skip and not all(w in _SKIPPABLE or w[:1].isupper() for w in words[len(words) - skip :]):
            break
        upto = len(words) - skip
        for pattern in resources.titles.get(lang, ()):
            n = len(pattern.words)
            if n <= upto and resources.spells_title(pattern, [w.lower() for w in words[upto - n : upto]], lang):
                return pattern.role or ""
    return None


def role_near(
    text: str, start: int, end: int, sentence: tuple[int, int], lang: str, resources: EntityResources
) -> str | None:
    """The title written just before the name at ``start:end``, or in an apposition after it."""
    sent_start, sent_end = sentence
    before = tokenize(text, max(sent_start, start - _WINDOW), start)
    words = [t.text for t in before if t.is_word or t.text in {"'s", "’s"}]
    # stop at punctuation: only the words directly in front of the name count
    if before and not before[-1].is_word and before[-1].text not in {"'s", "’s"}:
        words = []
    else:
        cut = max((i for i, t in enumerate(before) if not t.is_word and t.text not in {"'s", "’s", "-"}), default=-1)
        words = [t.text for t in before[cut + 1 :]]
    if words:
        role = _title_ending_at(words, resources, lang)
        if role:
            return role
    after = tokenize(text, end, min(sent_end if sent_end > end else len(text), end + _WINDOW))
    if len(after) >= 2 and after[0].text == ",":
        words_after: list[str] = []
        for token in after[1:]:
            if not token.is_word and token.text not in {"'s", "’s"}:
                break
            words_after.append(token.text.lower())
        for offset in range(0, min(3, len(words_after))):
            for pattern in resources.titles.get(lang, ()):
                n = len(pattern.words)
                if pattern.role and resources.spells_title(pattern, words_after[offset : offset + n], lang):
                    return pattern.role
    return None


def country_near(
    text: str, start: int, sentence: tuple[int, int], resources: EntityResources, place_country: dict[int, str]
) -> str | None:
    """The country named just before a name, within its title: "Russian Deputy Foreign Minister X",
    "министр иностранных дел России X", "US Secretary of State X". ``place_country`` maps the end offset
    of each country mention in the text to its ISO3 code."""
    before = tokenize(text, max(sentence[0], start - _WINDOW), start)
    cut = max((i for i, t in enumerate(before) if not t.is_word and t.text not in {"'s", "’s", "-", "."}), default=-1)
    for token in reversed(before[cut + 1 :]):
        code = place_country.get(token.end) or resources.country_of_adjective(token.text)
        if code:
            return code
    return None
