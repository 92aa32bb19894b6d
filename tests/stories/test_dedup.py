from __future__ import annotations

import numpy as np

from storyline.stories.dedup import (
    MinHasher,
    NearDuplicateIndex,
    NumberIndex,
    TranslationRule,
    number_set,
    number_sketch,
    signature_to_vector,
    vector_to_signature,
)

WIRE = (
    "Rescue teams reached the village of Sarkoy on Tuesday after a landslide buried eleven houses, the "
    "regional governor said. Forty-two people were taken to hospital and seven are still missing. Heavy "
    "rain had fallen for three days before the hillside gave way shortly after midnight, and the road to "
    "the valley stayed closed on Wednesday while engineers checked the bridge."
)


def test_a_lightly_edited_copy_is_a_near_duplicate_and_another_story_is_not() -> None:
    hasher = MinHasher()
    index = NearDuplicateIndex()
    original = hasher.signature(WIRE)
    other = hasher.signature(
        "The central bank kept its main interest rate at four percent on Thursday, saying inflation had "
        "slowed for a third month while wages kept rising faster than expected across most regions."
    )
    assert original is not None and other is not None
    index.add("wire", original)
    index.add("bank", other)
    copy = hasher.signature(WIRE.replace("the regional governor said", "the governor told reporters") + " (Agencies)")
    assert copy is not None
    found = index.find(copy)
    assert [aid for aid, _ in found] == ["wire"]
    unrelated = hasher.signature("The home side scored twice in the last ten minutes to win the cup final at last.")
    assert unrelated is not None and index.find(unrelated) == []


def test_short_texts_have_no_signature_and_signatures_survive_the_vector_table() -> None:
    hasher = MinHasher()
    assert hasher.signature("Too short to say.") is None
    signature = hasher.signature(WIRE)
    assert signature is not None and signature.dtype == np.uint32
    stored = np.frombuffer(signature_to_vector(signature).tobytes(), dtype=np.float32)
    assert np.array_equal(vector_to_signature(stored), signature)


def test_translation_rule_needs_shared_figures_or_a_very_close_embedding() -> None:
    rule = TranslationRule()
    en = number_set("Airbus won a $40 billion deal for 179 tankers on February 29, 2008")
    es = number_set("Airbus ganó un contrato de 40.000 millones por 179 aviones el 29 de febrero de 2008")
    other = number_set("Boeing lost 3 appeals in 2007 and said 12 jobs would go by 2011")
    common = {"languages": ("en", "es"), "names": (frozenset(), frozenset()), "days": (1, 1), "lengths": (900, 1000)}
    assert rule.matches(cosine=0.88, numbers=(en, es), **common)
    assert not rule.matches(cosine=0.88, numbers=(en, other), **common)
    assert not rule.matches(cosine=0.99, numbers=(en, es), **{**common, "languages": ("en", "en")})
    assert not rule.matches(cosine=0.99, numbers=(en, es), **{**common, "days": (1, 30)})
    assert not rule.matches(cosine=0.99, numbers=(en, es), **{**common, "lengths": (300, 1000)})
    few = (frozenset({"7"}), frozenset({"7"}))
    assert rule.matches(cosine=0.95, numbers=few, **common)
    assert not rule.matches(cosine=0.89, numbers=few, **common)
    assert rule.matches(cosine=0.89, numbers=few, declared=True, **common)


def test_figure_sketches_find_the_translation_that_shares_the_figures() -> None:
    en = number_set("Airbus won a $40 billion deal for 179 tankers on February 29, 2008; 12 bases, 4 engines")
    es = number_set("Airbus ganó 40.000 millones por 179 aviones el 29 de febrero de 2008; 12 bases, 4 motores")
    other = number_set("Boeing lost 3 appeals in 2007 and said 12 jobs would go by 2011")
    index = NumberIndex()
    for row, numbers in enumerate([en, other, es]):
        index.add(row, number_sketch(numbers))
    assert index.candidates(2) == [0]  # shares 40, 179, 29, 2008, 12, 4 with the English article
    assert index.candidates(0) == []  # only earlier rows count
    assert not number_sketch(frozenset()).any()


def test_two_shared_figures_do_not_make_a_translation() -> None:
    rule = TranslationRule()
    summit_ru = number_set("Саммит G20 в 2024 году, 17 стран поддержали декларацию")
    summit_de = number_set("G20-Gipfel 2024 endet: 1 Erklärung")
    common = {"languages": ("ru", "de"), "names": (frozenset(), frozenset()), "days": (1, 1), "lengths": (900, 1000)}
    assert not rule.matches(cosine=0.88, numbers=(summit_ru, summit_de), **common)
