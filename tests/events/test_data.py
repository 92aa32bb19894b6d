"""The shipped PLOVER tables and event lexicons are complete and well-formed."""

from __future__ import annotations

import re

import pytest

from storyline.events.lexicon import SUPPORTED_LANGUAGES, EventLexicon, compile_pattern, read_trigger_table
from storyline.events.ontology import PLOVER_TYPES, load_ontology


def test_ontology_has_the_sixteen_types_each_in_one_quad() -> None:
    onto = load_ontology()
    assert set(onto.types) == set(PLOVER_TYPES)
    quads = [t for members in onto.quads.values() for t in members]
    assert sorted(quads) == sorted(PLOVER_TYPES)
    assert onto.quad("ASSAULT") == "material_conflict"
    assert onto.quad("CONSULT") == "verbal_cooperation"
    assert set(onto.modes("CONSULT")) == {"visit", "third-party", "multilateral", "phone"}
    assert "ceasefire" in onto.modes("RETREAT")
    for spec in onto.types.values():
        assert spec["verb"] and all(m["verb"] for m in spec["modes"].values())
        assert -10 <= spec["score"] <= 10


def test_legacy_names_and_cameo_codes_map_to_plover() -> None:
    onto = load_ontology()
    assert onto.normalise_type("demand") == "REQUEST"
    assert onto.normalise_type("FIGHT") == "ASSAULT"
    assert onto.normalise_type("BANANA") is None
    phone = onto.from_cameo("041")
    assert phone is not None and (phone.type, phone.mode) == ("CONSULT", "phone")
    child = onto.from_cameo("0429")  # unknown leaf: falls back to its parent code
    assert child is not None and child.type == "CONSULT"
    assert all(code.type in PLOVER_TYPES for code in onto.cameo.values())
    assert len(onto.cameo) > 200


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_trigger_tables_cover_types_and_use_known_modes(lang: str) -> None:
    onto = load_ontology()
    rows = read_trigger_table(lang)
    assert {t for t, *_ in rows} >= set(PLOVER_TYPES) - {"RETREAT", "COOPERATE", "CONCEDE", "MOBILIZE", "SANCTION"}
    for event_type, mode, weight, alternatives in rows:
        assert event_type in PLOVER_TYPES
        assert mode is None or mode in onto.modes(event_type), (lang, event_type, mode)
        assert 0 < weight <= 1
        assert all(a.strip() for a in alternatives.split("|")), (lang, event_type)
    EventLexicon().rules(lang)
    EventLexicon().cues(lang)


def test_pattern_language_stems_gaps_and_word_edges() -> None:
    stem = compile_pattern("negotiat*")
    assert stem.search("they negotiated for hours")
    assert not stem.search("renegotiate")  # must start at a word start
    exact = compile_pattern("met")
    assert exact.search("Putin met Biden") and not exact.search("the metro")
    gap = compile_pattern("called ... for")
    assert gap.search("He called once again for calm")
    assert not gap.search("He called them yesterday at noon and then waited for")
    assert isinstance(gap, re.Pattern)


def test_longest_trigger_wins_over_overlapping_shorter_one() -> None:
    lex = EventLexicon()
    found = lex.find_triggers("Warplanes carried out an air strike on the depot.", "en")
    assert [(m.type, m.mode) for m in found] == [("ASSAULT", "aerial")]
    strike = lex.find_triggers("Dock workers went on strike on Monday.", "en")
    assert [m.type for m in strike] == ["PROTEST"]


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("ru", "Лавров провёл переговоры с Блинкеном в Женеве.", "CONSULT"),
        ("uk", "Російські війська обстріляли Харків вночі.", "ASSAULT"),
        ("de", "Die Regierung verhängte neue Sanktionen gegen Minsk.", "SANCTION"),
        ("fr", "Les syndicats ont appelé à la grève générale.", "PROTEST"),
        ("es", "El gobierno rechazó la propuesta de la oposición.", "REJECT"),
        ("it", "Il ministro ha minacciato di chiudere i porti.", "THREATEN"),
        ("pl", "Policja aresztowała trzech działaczy.", "COERCE"),
        ("hi", "सरकार ने विपक्ष के आरोप को खारिज कर दिया।", "REJECT"),
    ],
)
def test_triggers_in_each_language(lang: str, sentence: str, expected: str) -> None:
    types = [m.type for m in EventLexicon().find_triggers(sentence, lang)]
    assert expected in types, types
