"""Speed machinery of the event stage must not change what it finds: the trigger pre-check, the embedder."""

from __future__ import annotations

import pytest

from storyline.events.classifier import SentenceEmbedder
from storyline.events.lexicon import SUPPORTED_LANGUAGES, EventLexicon, TriggerMatch, literal_heads

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
