"""Slavic word forms: possessives of a surname refer to the person named in the article; case forms share a stem."""

from __future__ import annotations

from storyline.entities.resources import EntityResources
from storyline.entities.stage import EntityStage

from .conftest import by_text, mentions_of

SL = (
    "Župan Marko Kovačič je v ponedeljek odprl nov most čez reko. "
    "Kovačičeva odločitev je razveselila meščane, opozicija pa je Kovačičevo ravnanje ostro kritizirala. "
    "Gradnjo je vodila Barbara Zupan."
)


def test_possessive_of_a_named_person_is_that_person(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, SL, "sl"))
    person = found["Marko Kovačič"]
    assert person.kind == "PER"
    for possessive in ("Kovačičeva", "Kovačičevo"):
        assert found[possessive].kind == "PER"
        assert found[possessive].key == person.key


def test_possessive_without_an_owner_is_a_person_linked_to_nobody(stage: EntityStage) -> None:
    # Slovene news annotation reads a surname's possessive as a person mention even when no full name
    # owns it; it must not be linked to another person of the article
    text = "Novakova hiša stoji ob cesti. Gradnjo je vodila Barbara Zupan."
    found = by_text(mentions_of(stage, text, "sl"))
    assert found["Novakova"].kind == "PER"
    assert found["Novakova"].kb_id is None
    assert found["Novakova"].key != found["Barbara Zupan"].key


def test_possessive_endings_are_loaded_longest_first() -> None:
    resources = EntityResources.load()
    endings = resources.possessive_endings
    assert endings and all(e == e.lower() and e.isascii() for e in endings)
    assert list(endings) == sorted(endings, key=len, reverse=True)
    assert resources.stem_key("trump") in resources.possessive_owner_keys("trumpova")
    assert resources.possessive_owner_keys("ov") == []


def test_cyrillic_ia_nouns_share_a_stem_across_cases() -> None:
    resources = EntityResources.load()
    from storyline.entities.names import variant_key

    forms = ["Швейцарія", "Швейцарії", "Швейцарію", "Швейцария", "Швейцарии", "Швейцарию"]
    assert len({resources.stem_key(variant_key(f)) for f in forms}) == 1
