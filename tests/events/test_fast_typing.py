"""Speed machinery of the event stage: the trigger pre-check finds the same triggers, the embedder runs on its
thread budget, and the classifier reads only the sentences the lexicon cannot decide (a few per article)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from storyline.events.classifier import SentenceEmbedder, TypeClassifier
from storyline.events.lexicon import SUPPORTED_LANGUAGES, EventLexicon, TriggerMatch, literal_heads
from storyline.events.stage import EventStage
from tests.events.helpers import article

SENTENCES = [
    ("en", "PUTIN MET BIDEN IN GENEVA AND THEY NEGOTIATED FOR HOURS."),
    ("en", "Warplanes carried out an air strike on the depot, and dock workers went on strike."),
    ("en", "The minister called once again for calm after protesters were arrested."),
    ("fr", "L’armée a bombardé la ville tandis que le président appelait à l'ouverture de négociations."),
    ("fr", "Les syndicats ont appelé à la grève générale contre la réforme."),
    ("ru", "ЛАВРОВ ПРОВЁЛ ПЕРЕГОВОРЫ С БЛИНКЕНОМ, А ПОЛИЦИЯ ЗАДЕРЖАЛА АКТИВИСТОВ."),
    ("uk", "Російські війська обстріляли Харків, а уряд запровадив нові санкції."),
    ("de", "Die Regierung verhängte neue Sanktionen gegen Minsk und drohte mit weiteren Schritten."),
    ("es", "El gobierno rechazó la propuesta de la oposición y arrestó a tres dirigentes."),
    ("it", "Il ministro ha minacciato di chiudere i porti e ha incontrato il sindaco."),
    ("pl", "Policja aresztowała trzech działaczy, a premier spotkał się z prezydentem."),
    ("hi", "सरकार ने विपक्ष के आरोप को खारिज कर दिया और प्रधानमंत्री ने राष्ट्रपति से मुलाकात की।"),
    ("en", "Nothing in this sentence is an event at all."),
]


def every_rule_triggers(lexicon: EventLexicon, text: str, lang: str) -> list[TriggerMatch]:
    """The reference: run every rule of the language (no pre-check), keep the longest non-overlapping."""
    found = [
        TriggerMatch(rule.type, rule.mode, rule.weight, m.start(), m.end(), m.group(0))
        for rule in lexicon.rules(lang)
        for m in rule.pattern.finditer(text)
    ]
    found.sort(key=lambda m: (-(m.end - m.start), -m.weight, m.start))
    kept: list[TriggerMatch] = []
    for trigger in found:
        if all(trigger.end <= k.start or trigger.start >= k.end for k in kept):
            kept.append(trigger)
    return sorted(kept, key=lambda m: m.start)


def test_literal_heads_are_first_words_without_stars_or_apostrophe_tails() -> None:
    assert literal_heads("negotiat*|called ... for|Met") == ("called", "met", "negotiat")
    assert literal_heads("l'accord*|d’accord") == ("d", "l")
    assert literal_heads("'tis|met") is None  # an alternative without a literal head: always run the rule


@pytest.mark.parametrize(("lang", "sentence"), SENTENCES)
def test_pre_checked_triggers_equal_running_every_rule(lang: str, sentence: str) -> None:
    lexicon = EventLexicon()
    assert lexicon.find_triggers(sentence, lang) == every_rule_triggers(lexicon, sentence, lang)


def test_pre_check_skips_rules_whose_words_are_absent() -> None:
    lexicon = EventLexicon()
    text = "Nothing in this sentence is an event at all."
    assert len(lexicon.candidate_rules(text, "en")) < len(lexicon.rules("en")) // 4
    types = {rule.type for rule in lexicon.candidate_rules("Police arrested two men.", "en")}
    assert "COERCE" in types


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_pre_check_is_exact_across_languages_on_mixed_text(lang: str) -> None:
    lexicon = EventLexicon()
    for _lang, sentence in SENTENCES:  # other languages' sentences too: foreign words must not break it
        assert lexicon.find_triggers(sentence, lang) == every_rule_triggers(lexicon, sentence, lang)


def test_embedder_runs_the_model_on_the_thread_budget_it_is_given() -> None:
    from threadpoolctl import ThreadpoolController

    embedder = SentenceEmbedder(threads=1)
    model = embedder.model
    seen: list[int] = []
    real_passage = model.passage

    def spying_passage(texts: list[str]) -> object:
        seen.extend(lib["num_threads"] for lib in ThreadpoolController().info() if lib["user_api"] == "openmp")
        return real_passage(texts)

    model.passage = spying_passage
    try:
        vectors = embedder.embed(["Police arrested two men.", "Протестующие вышли на улицы."])
    finally:
        del model.passage
    assert vectors.shape == (2, 384)
    assert seen and set(seen) == {1}
    assert embedder.model is SentenceEmbedder().model  # one model per process, shared with other stages


class RecordingClassifier(TypeClassifier):
    """The shipped classifier, remembering which sentences it was asked to read."""

    def __init__(self) -> None:
        super().__init__()
        self.read: list[str] = []

    def predict(self, sentences: Sequence[str]) -> list[dict[str, float]]:
        self.read.extend(sentences)
        return super().predict(sentences)


DONFRIED = ("Karen Donfried", "PER", "kb:donfried", "Karen Donfried", "USA")
RYABKOV = ("Sergei Ryabkov", "PER", "kb:ryabkov", "Sergei Ryabkov", "RUS")
POLICE = ("Police", "ORG", "ORG:police", "Police", None)


def test_a_strong_verb_trigger_types_its_sentence_without_the_classifier() -> None:
    classifier = RecordingClassifier()
    text = "Karen Donfried met Sergei Ryabkov in Moscow on Wednesday."
    (out,) = EventStage(classifier=classifier).process([article(text, "en", [DONFRIED, RYABKOV])])
    (event,) = out.events
    assert event.type == "CONSULT" and set(event.actors) == {"kb:donfried", "kb:ryabkov"}
    assert classifier.read == []
    assert 0.0 < event.confidence < 1.0


def test_weak_or_mixed_triggers_are_read_by_the_classifier_which_can_veto() -> None:
    stage = EventStage()
    chrome = "The Daily Courier welcomes your feedback: click here to sign up for our newsletter."
    courier = ("Daily Courier", "ORG", "ORG:daily courier", "Daily Courier", None)
    assert stage.needs_classifier(stage.lexicon.find_triggers(chrome, "en"), "en")  # 'welcomes' is weak
    classifier = RecordingClassifier()
    (out,) = EventStage(classifier=classifier).process([article(chrome, "en", [courier])])
    assert classifier.read == [chrome]
    assert out.events == ()
    mixed = stage.lexicon.find_triggers("Police arrested the men and then released them.", "en")
    assert len({t.type for t in mixed}) > 1 and stage.needs_classifier(mixed, "en")


def test_noun_triggers_in_free_word_order_languages_need_the_classifier() -> None:
    stage = EventStage()
    noun = stage.lexicon.find_triggers("Новые санкции США против Москвы вступили в силу.", "ru")
    verb = stage.lexicon.find_triggers("Полиция задержала двадцать активистов у здания суда.", "ru")
    assert noun and stage.needs_classifier(noun, "ru")
    assert verb and not stage.needs_classifier(verb, "ru")


def test_the_classifier_reads_at_most_a_few_sentences_per_article_the_first_ones() -> None:
    sentences = [f"Police welcomed group number {n} of visitors at the station today." for n in range(1, 8)]
    text = " ".join(sentences)
    classifier = RecordingClassifier()
    EventStage(classifier=classifier).process([article(text, "en", [POLICE])])
    assert classifier.read == sentences[: len(classifier.read)]
    assert len(classifier.read) == 4


def test_a_repeated_sentence_is_embedded_once_and_gets_the_same_vector() -> None:
    embedder = SentenceEmbedder()
    model = embedder.model
    read: list[str] = []
    real_passage = model.passage

    def counting_passage(texts: list[str]) -> object:
        read.extend(texts)
        return real_passage(texts)

    model.passage = counting_passage
    try:
        a, b = "Police arrested two men in Lyon.", "Протестующие вышли на улицы Минска."
        vectors = embedder.embed([a, b, a, a])
    finally:
        del model.passage
    assert read == [a, b]
    assert vectors.shape == (4, 384)
    assert np.allclose(vectors[0], vectors[2]) and np.allclose(vectors[0], vectors[3])
    assert not np.allclose(vectors[0], vectors[1])
