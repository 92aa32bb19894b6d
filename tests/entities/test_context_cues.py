"""Phrases around a name tell a club, band or company from a person (kind_cues.tsv, context_cues.py)."""

from __future__ import annotations

import pytest

from storyline.entities.context_cues import ContextCues
from storyline.entities.stage import EntityStage

from .conftest import kinds

LANGS = ("en", "de", "fr", "es", "it", "pl")


@pytest.fixture(scope="module")
def cues() -> ContextCues:
    return ContextCues.load()


def test_cue_file_covers_each_language_with_both_kinds(cues: ContextCues) -> None:
    for lang in LANGS:
        before = set(cues.before[lang].values())
        assert {"ORG", "PER"} <= before <= {"ORG", "PER", "MISC", "LOC"}, lang
        assert set(cues.after[lang].values()) <= {"ORG", "PER"}
        for phrase in cues.before[lang]:
            assert phrase == phrase.lower() and 1 <= len(phrase.split()) <= 3, (lang, phrase)
    assert "the" in cues.articles["en"] and "all'" in cues.articles["it"]


def test_phrases_before_and_after(cues: ContextCues) -> None:
    text = "In 2004 he signed for the Rovers and was then loaned to Dunmere, where Tallis died."
    assert cues.kind_before(text, text.index("Rovers"), "en") == "ORG"  # "signed for" + article
    assert cues.kind_before(text, text.index("Dunmere"), "en") == "ORG"
    assert cues.kind_after(text, text.index("Tallis") + len("Tallis"), "en") == "PER"
    assert cues.kind_before(text, text.index("In 2004"), "en") is None
    assert cues.kind_before("Sie passò all'Ardenza", len("Sie passò all'"), "it") == "ORG"  # elided article
    assert cues.kind_before("Xavi played", 0, "en") is None  # the start of a text


def test_english_clubs_bands_and_people(stage: EntityStage) -> None:
    text = (
        "After two seasons in the reserves, Okafor joined Harrowgate Athletic on a free transfer. "
        "The record was produced by Miles Dunleavy, and the band later toured with Velvet Orchard. "
        "According to Hauptwald, the compound breaks down in sunlight."
    )
    found = kinds(stage, text, "en")
    assert found["Harrowgate Athletic"] == "ORG"
    assert found["Miles Dunleavy"] == "PER"
    assert found["Hauptwald"] == "PER"


def test_a_lone_unknown_name_after_a_transfer_verb_is_a_club(stage: EntityStage) -> None:
    found = kinds(stage, "In January he was loaned to Brackwater for the rest of the season.", "en")
    assert found["Brackwater"] == "ORG"


def test_german_italian_spanish_and_polish_clubs(stage: EntityStage) -> None:
    assert (
        kinds(stage, "Im Sommer wechselte er zum Zweitligisten Eintracht Wellingen.", "de")["Eintracht Wellingen"]
        == "ORG"
    )
    assert kinds(stage, "Nel 2003 passò al Pontevecchio, dove giocò due stagioni.", "it")["Pontevecchio"] == "ORG"
    assert kinds(stage, "En 2010 fichó por el Brezales tras dejar su club anterior.", "es")["Brezales"] == "ORG"
    assert kinds(stage, "Po dwóch latach przeszedł do Orlętów i podpisał kontrakt.", "pl")["Orlętów"] == "ORG"


def test_people_after_by_phrases_in_other_languages(stage: EntityStage) -> None:
    assert kinds(stage, "La película fue dirigida por Tomás Arribalzaga en 1998.", "es")["Tomás Arribalzaga"] == "PER"
    assert kinds(stage, "Le film a été réalisé par Quentin Dupuyrac en 1972.", "fr")["Quentin Dupuyrac"] == "PER"


def test_an_english_name_takes_the_kind_of_its_last_word(stage: EntityStage) -> None:
    found = kinds(stage, "He scored twice in the Northern League Cup final that spring .", "en")
    assert found.get("Northern League Cup") == "MISC"
    found = kinds(stage, "The team plays its home games at Haverford University Park .", "en")
    assert found.get("Haverford University Park") == "LOC"


def test_no_place_default_after_french_sur(stage: EntityStage) -> None:
    found = kinds(stage, "Le jeu est sorti en 2004 sur Dreamcast puis sur ordinateur .", "fr")
    assert found.get("Dreamcast") != "LOC"


def test_english_common_words_after_a_place_preposition_name_a_place(stage: EntityStage) -> None:
    found = kinds(stage, "The old schoolhouse was moved to Cedar Hollow in the spring of 1931 .", "en")
    assert found.get("Cedar Hollow") == "LOC"
    assert kinds(stage, "Critics called it a Black Friday for the industry .", "en").get("Black Friday") != "LOC"


def test_a_quoted_multiword_title_is_misc(stage: EntityStage) -> None:
    found = kinds(stage, 'The band closed every concert with " Memphis Velvet Nights " that year .', "en")
    assert found.get("Memphis Velvet Nights") == "MISC"  # not a team for its town
    found = kinds(stage, 'Nel 1980 pubblicò il romanzo " Il Giardino di Marta " con Einaudi .', "it")
    assert found.get("Il Giardino di Marta") in {None, "MISC"}


def test_family_nouns_and_honorifics_before_a_lone_name(stage: EntityStage) -> None:
    assert kinds(stage, "In the novel , Mrs. Pellowes is a cold housekeeper .", "en").get("Pellowes") == "PER"
    assert kinds(stage, "His sister Swarnalata became a novelist .", "en").get("Swarnalata") == "PER"


def test_an_italian_town_after_di_is_a_place(cues: ContextCues, stage: EntityStage) -> None:
    assert cues.town_word_before("il vescovo di Roma", len("il vescovo di "), "it")
    assert not cues.town_word_before("il vescovo di Roma", len("il vescovo di "), "en")
    assert kinds(stage, "Il nuovo auditorium di Roma fu inaugurato nel 2002 .", "it").get("Roma") == "LOC"


def test_works_products_and_centuries_are_no_places(stage: EntityStage) -> None:
    found = kinds(stage, "Le recensioni sul sito Recensopoli sono positive .", "it")
    assert found.get("Recensopoli") == "MISC"
    found = kinds(stage, "Nel 1983 uscì il Vortrix 64 , successore del modello precedente .", "it")
    assert found.get("Vortrix") != "LOC"
    assert "Seicento" not in kinds(stage, "La chiesa fu ricostruita alla fine del Seicento .", "it")


def test_a_lone_event_word_and_a_product_after_its_noun_are_no_places(stage: EntityStage) -> None:
    found = kinds(stage, "Il a été plusieurs fois médaillé aux Championnats du monde de lutte .", "fr")
    assert found.get("Championnats") != "LOC"
    found = kinds(stage, "Le jeu est sorti sur la console Vextra en 1996 .", "fr")
    assert found.get("Vextra") == "MISC"


def test_a_name_that_only_spells_a_town_takes_the_kind_its_phrase_tells(stage: EntityStage) -> None:
    # Napoli and Santana are towns in the gazetteer; the phrase around them says club and person.
    text = "In 1984 he transferred to Napoli for a record fee. The solo was written by Santana in one night."
    found = kinds(stage, text, "en")
    assert found["Napoli"] == "ORG"
    assert found["Santana"] == "PER"
    # without such a phrase a town stays a town
    assert kinds(stage, "The ferry from Napoli arrived late in the evening.", "en")["Napoli"] == "LOC"


def test_the_noun_after_a_possessive_tells_a_person_from_a_club(stage: EntityStage) -> None:
    found = kinds(stage, "At the funeral , Marwick 's widow thanked the crowd .", "en")
    assert found["Marwick"] == "PER"
    found = kinds(stage, "After the final whistle , Dunmere 's fans stayed to applaud .", "en")
    assert found["Dunmere"] == "ORG"
    assert kinds(stage, "Later that year Okafor's wife opened a bakery .", "en")["Okafor"] == "PER"


def test_river_phrases_before_tell_a_place(cues: ContextCues) -> None:
    text = "The mill stood on the banks of the Velm, two miles upstream of Tarrow."
    assert cues.kind_before(text, text.index("Velm"), "en") == "LOC"
    assert cues.kind_before(text, text.index("Tarrow"), "en") == "LOC"


def test_settlement_phrases_before_tell_a_place_but_not_before_a_possessive(cues: ContextCues) -> None:
    text = "The road then enters Tarrowby and runs past the villages of Velm and nearby Ossery."
    for name in ("Tarrowby", "Velm", "Ossery"):
        assert cues.kind(text, text.index(name), text.index(name) + len(name), "en") == "LOC", name
    text = "The envoy enters Valdor's court at dawn."
    start = text.index("Valdor")
    assert cues.kind(text, start, start + len("Valdor"), "en") != "LOC"  # the court is the place


def test_compass_and_border_phrases_before_tell_a_place(cues: ContextCues) -> None:
    text = "The farm lies north of Tarrowby, and the province shares a border with Velmoria."
    for name in ("Tarrowby", "Velmoria"):
        assert cues.kind(text, text.index(name), text.index(name) + len(name), "en") == "LOC", name


def test_a_possessed_noun_may_follow_one_adjective(cues: ContextCues) -> None:
    text = "Tarrowby's former mayor met Valdor's late wife."
    assert cues.kind_after(text, text.index("'s"), "en") == "LOC"
    assert cues.kind_after(text, text.index("'s late"), "en") == "PER"
    assert cues.kind_after("Tarrowby's big new park", len("Tarrowby"), "en") is None  # one adjective only


def test_a_member_or_officer_after_a_name_makes_it_a_body(stage: EntityStage) -> None:
    text = (
        "In 1979 Velvet Orchard guitarist Tom Hale left the group. "
        "One Brindco executive said the Quarrane brand would be dropped. A spokesman declined to comment."
    )
    found = kinds(stage, text, "en")
    assert found["Velvet Orchard"] == "ORG"
    assert found["Brindco"] == "ORG"
    assert found["Quarrane"] == "ORG"
    assert "A" not in found or found["A"] != "ORG"  # a lone letter opening a sentence is no body


def test_a_player_after_a_name_makes_it_a_club(stage: EntityStage) -> None:
    assert kinds(stage, "One Brackwater player , a medical student , said it was over .", "en")["Brackwater"] == "ORG"


def test_a_name_after_developed_or_manufactured_by_is_a_company(stage: EntityStage) -> None:
    found = kinds(stage, "The game was developed by Quarrane and the console manufactured by Brindco .", "en")
    assert found["Quarrane"] == "ORG" and found["Brindco"] == "ORG"
