from __future__ import annotations

import pytest

from storyline.entities.names import display_latin, fold_latin, is_latin_script, to_latin, variant_key


@pytest.mark.parametrize(
    "spellings",
    [
        ("Zelensky", "Zelenskyy", "Zelenskiy", "Зеленский", "Зеленський"),
        ("Ryabkov", "Рябков"),
        ("Blinken", "Блинкен", "Блінкен"),
        ("Putin", "Путин", "Путін", "पुतिन"),
        ("Christopher Kempe", "Кристофер Кемпе"),
        ("Stoltenberg", "Столтенберг"),
    ],
)
def test_spelling_variants_share_a_key(spellings: tuple[str, ...]) -> None:
    assert len({variant_key(s) for s in spellings}) == 1, {s: variant_key(s) for s in spellings}


def test_different_names_keep_different_keys() -> None:
    assert variant_key("Dmytro Kuleba") != variant_key("Andrii Kuleba")
    assert variant_key("Peskov") != variant_key("Lavrov")


def test_transliteration_and_folding() -> None:
    assert to_latin("Київ").lower().startswith("ki")
    assert fold_latin("Jean-Pierre O’Neil") == "jean pierre oneil"
    assert display_latin("зеленський").startswith("Zelensk")
    assert is_latin_script("Łukasz Kraków")
    assert not is_latin_script("Москва")
