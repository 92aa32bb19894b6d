"""Whatever the text, mentions are well-formed: valid, non-overlapping spans that spell their text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.entities.stage import EntityStage

from .conftest import mentions_of

WORDS = [
    "Putin", "Путин", "NATO", "the", "in", "Kyiv", "Ministry", "of", "Defence", "«", "»", "ТОВ", "(",
    ")", ",", ".", "\n\n", "Sergei", "і", "and", "Unii", "Europejskiej", "पुतिन", "U.S.", "Mr", "Jen",
    "Psaki", "—", "Міністерство", "закордонних", "справ", "України", "'s", "ZDA", "COVID-19",
]  # fmt: skip


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=0, max_size=30),
    lang=st.sampled_from(["en", "ru", "uk", "pl", "de", "hi"]),
)
def test_mentions_are_well_formed(stage: EntityStage, words: list[str], lang: str) -> None:
    text = " ".join(words)
    mentions = mentions_of(stage, text, lang)
    previous_end = -1
    for mention in sorted(mentions, key=lambda m: m.start):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous_end, "mentions overlap"
        previous_end = mention.end
        assert mention.kind in {"PER", "ORG", "LOC", "MISC"}
        assert mention.key.startswith(("kb:", f"{mention.kind}:"))
        assert (mention.kb_id is None) == (not mention.key.startswith("kb:"))
        assert mention.name
