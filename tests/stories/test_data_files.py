"""The language data of the stories area loads and is well formed."""

from __future__ import annotations

from storyline.stories.brief import wording
from storyline.stories.names import name_stopwords

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def test_name_stopwords_are_casefolded_words_without_names() -> None:
    words = name_stopwords()
    assert len(words) > 300
    assert all(w == w.casefold() and w.strip() == w and w for w in words)
    for common in ("the", "january", "в", "według", "montag"):
        assert common in words
    for name in ("putin", "biden", "geneva", "moscow", "kyiv"):
        assert name not in words


def test_plover_wording_covers_every_type_and_month() -> None:
    words = wording()
    assert set(words.verbs) == set(words.nouns) == set(words.links) == PLOVER_TYPES
    assert all(v.strip() for v in (*words.verbs.values(), *words.nouns.values(), *words.links.values()))
    assert words.months[0] == "January" and len(words.months) == 12
