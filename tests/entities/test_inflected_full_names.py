"""A KB person's full name with both words inflected ("Joego Bidena", "Joem Bidenom") is that person;
the same surname after another first name is somebody else."""

from __future__ import annotations

import pytest

from storyline.entities.stage import EntityStage

from .conftest import by_text, mentions_of


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Zwycięstwo Joego Bidena w Pensylwanii było wyraźne.", "pl", "Joego Bidena"),
        ("Vítězství Joea Bidena v Pensylvánii bylo jasné.", "cs", "Joea Bidena"),
        ("S predsednikom Joem Bidenom se je srečal v Washingtonu.", "sl", "Joem Bidenom"),
        ("Obisk Josepha Bidna v Kijevu je trajal dva dni.", "sl", "Josepha Bidna"),
    ],
)
def test_an_inflected_full_name_is_the_kb_person(stage: EntityStage, text: str, lang: str, name: str) -> None:
    found = by_text(mentions_of(stage, text, lang))
    assert found[name].kind == "PER"
    assert found[name].kb_id == "per/joe-biden"


def test_another_first_name_with_the_surname_is_someone_else(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "Hunter Biden przyjechał wczoraj do Warszawy.", "pl"))
    assert found["Hunter Biden"].kind == "PER"
    assert found["Hunter Biden"].kb_id is None
    found = by_text(mentions_of(stage, "Obisk Jill Bidenove v Kijevu je trajal dva dni.", "sl"))
    assert all(m.kb_id != "per/joe-biden" for m in found.values())
