"""German capitalised runs: common nouns before a name are no part of it.

German capitalises every noun, so a run of capitalised words often opens with descriptors:
"Überraschungsmeister Leicester City", "Co-Trainer von Danny Ainge", "Roman von Fannie Hurst",
"Liga zu Çaykur Rizespor". A descriptor is a dictionary noun, or a compound or hyphenated word that ends
in one ("Überraschungs|meister", "Co-|Trainer"), and neither a known place nor a town.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.entities.tokens import Token

if TYPE_CHECKING:
    from storyline.entities.detect import MentionDetector

MIN_COMPOUND_HEAD = 5  # letters of the noun closing a compound ("meister"; "burg", "berg" are too short)
MIN_COMPOUND_LEFT = 4  # letters before it ("Überraschungs-")


def _is_common(det: MentionDetector, word: str) -> bool:
    return det.is_common_word(word, "de")


def compound_of_common_noun(det: MentionDetector, word: str) -> bool:
    """Whether ``word`` is a hyphenated or closed compound whose last part is a dictionary noun."""
    if "-" in word:
        tail = word.rsplit("-", 1)[1]
        return len(tail) >= 3 and tail[:1].isupper() and _is_common(det, tail)
    for cut in range(MIN_COMPOUND_LEFT, len(word) - MIN_COMPOUND_HEAD + 1):
        tail = word[cut:]
        if tail[:1].islower() and _is_common(det, tail[:1].upper() + tail[1:]):
            return True
    return False


def german_descriptor(det: MentionDetector, word: str) -> bool:
    """A German common noun (or a compound of one) that is neither a known place nor a town ("Regisseur",
    "Co-Trainer", "Überraschungsmeister"; not "Manchester")."""
    if not word[:1].isupper() or det.kb.lookup(word, "de") or det.kb.is_town(word):
        return False
    return _is_common(det, word) or compound_of_common_noun(det, word)


def cut_before_connector(det: MentionDetector, words: list[Token]) -> list[Token]:
    """The words after the first connector when all the words before it are descriptors and a word that is
    no common noun follows: "Co-Trainer von Danny Ainge" -> "Danny Ainge". Marker words keep the run whole
    ("Universität von Kalifornien", "Bank für Internationalen Zahlungsausgleich"); a dictionary noun that
    also spells a town somewhere ("Roman") still counts as a descriptor here."""
    for k, word in enumerate(words):
        if k == 0 or word.is_capitalised or not det.resources.is_connector(word.text, "de"):
            continue
        head, rest = words[:k], words[k + 1 :]
        if not any(w.is_capitalised and not _is_common(det, w.text) for w in rest):
            return words
        if all(
            w.is_word
            and not w.is_acronym
            and not det.resources.keyword_kind(w.text, "de")
            and (_is_common(det, w.text) or compound_of_common_noun(det, w.text))
            and not det.strong_kb_match(w.text, "de")
            for w in head
        ):
            return rest
        return words
    return words
