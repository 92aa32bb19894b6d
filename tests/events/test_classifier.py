"""The shipped event-type classifier: its weights file, and typing of clear sentences in several languages."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.events.classifier import NO_EVENT, TypeClassifier
from storyline.events.ontology import PLOVER_TYPES
from storyline.events.stage import EventStage
from storyline.events.train import gsr_split


def test_weights_cover_every_type_and_no_event() -> None:
    classifier = TypeClassifier()
    assert classifier.available
    probs = classifier.probabilities(np.random.default_rng(0).normal(size=(3, 384)).astype(np.float32))
    assert set(classifier.classes) == {*PLOVER_TYPES, NO_EVENT}
    for row in probs:
        assert abs(sum(row.values()) - 1.0) < 1e-4


def test_gold_standard_split_is_fixed_and_about_thirty_percent() -> None:
    ids = [f"PLOVER-GSR01-AGREE-{i:04d}" for i in range(400)]
    share = sum(gsr_split(i) == "test" for i in ids) / len(ids)
    assert 0.2 < share < 0.4
    assert [gsr_split(i) for i in ids] == [gsr_split(i) for i in ids]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Thousands of protesters marched through the capital against the new law.", "PROTEST"),
        ("Полиция задержала двадцать активистов у здания суда.", "COERCE"),
        ("Artillery shelled the outskirts of the city overnight, killing four people.", "ASSAULT"),
    ],
)
def test_clear_sentences_get_their_type(sentence: str, expected: str) -> None:
    (probs,) = TypeClassifier().predict([sentence])
    best = max(probs, key=lambda k: probs[k])
    assert best == expected, sorted(probs.items(), key=lambda kv: -kv[1])[:3]


def test_classifier_vetoes_page_chrome_with_a_weak_trigger() -> None:
    stage = EventStage()
    triggers = stage.lexicon.find_triggers(
        "Sign up today and join the discussion: our team welcomes comments from readers.", "en"
    )
    assert triggers
    (probs,) = TypeClassifier().predict(
        ["Sign up today and join the discussion: our team welcomes comments from readers."]
    )
    assert stage.choose_trigger(triggers, probs) is None
