"""Shapes of names in capitalised runs: initials, particles, German descriptors, English heads."""

from __future__ import annotations

from storyline.entities.name_shapes import load_postposed_adjective_endings
from storyline.entities.stage import EntityStage
from storyline.text.sentences import split_sentences

from .conftest import by_text, kinds, mentions_of


def test_initials_stay_inside_a_persons_name(stage: EntityStage) -> None:
    text = "The score was written by Marta K. Ellwood and produced by J. R. Hallam in a week."
    found = by_text(mentions_of(stage, text, "en"))
    assert found["Marta K. Ellwood"].kind == "PER"
    assert found["J. R. Hallam"].kind == "PER"


def test_a_letter_ending_a_sentence_is_not_an_initial(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "They chose plan B. Then Hallam left for Leeds.", "en"))
    assert not any(text.startswith("B.") or text.startswith("B Then") for text in found)


def test_name_particles_with_and_without_articles(stage: EntityStage) -> None:
    english = by_text(mentions_of(stage, "The museum bought a portrait of Pieter van Dalen last year.", "en"))
    assert "Pieter van Dalen" in english
    german = by_text(mentions_of(stage, "Die Rede hielt Gerlinde von der Aue vor dem Landtag.", "de"))
    assert "Gerlinde von der Aue" in german


def test_german_article_is_no_connector_between_common_nouns(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "Die Art gehört zur Familie der Glanzkäfer und lebt in Wäldern.", "de"))
    assert "Familie der Glanzkäfer" not in found


def test_german_descriptors_are_cut_and_a_club_word_makes_a_body(stage: EntityStage) -> None:
    text = "Im Sommer wechselte er zum Ligakonkurrenten Union Kellbach, wo ihn Regisseur Tomas Brandauer entdeckte."
    found = by_text(mentions_of(stage, text, "de"))
    assert found["Union Kellbach"].kind == "ORG"
    assert "Tomas Brandauer" in found and found["Tomas Brandauer"].kind == "PER"


def test_a_german_town_that_is_also_a_word_after_in(stage: EntityStage) -> None:
    text = "Sie wohnte lange in Lage und sprach oft über die Lage der Bauern."
    towns = [m for m in mentions_of(stage, text, "de") if m.text == "Lage"]
    assert [(m.start, m.kind) for m in towns] == [(text.index("Lage"), "LOC")]  # the town, not the situation


def test_english_head_word_gives_the_kind_in_german_text(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "Die Straße überquert den Harlan River und führt nach Norden.", "de"))
    assert found["Harlan River"].kind == "LOC"


def test_a_city_with_a_saint_name_and_a_team_name_is_one_club(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "He later pitched for the San Francisco Giants for three seasons.", "en"))
    assert found["San Francisco Giants"].kind == "ORG"


def test_connectors_left_at_the_edges_of_a_piece_are_dropped(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "Dista da Vellano circa dieci chilometri in linea d'aria.", "it"))
    assert "Vellano" in found and "da Vellano" not in found
    found = by_text(mentions_of(stage, "Arrivò a Genova di Marco Ferrante la notizia della pace.", "it"))
    assert "Genova di" not in found and "Marco Ferrante" in found


def test_an_apostrophe_of_elision_does_not_open_a_sentence(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "Il paese entrò nell' Unione Doganale Alpina nel 1921.", "it"))
    assert "Unione Doganale Alpina" in found


def test_an_english_the_opens_a_band_in_any_language_but_a_quoted_title_is_a_work(stage: EntityStage) -> None:
    spanish = by_text(mentions_of(stage, "Grabó dos discos con The Velvet Hounds antes de volver a Sevilla.", "es"))
    assert spanish["The Velvet Hounds"].kind == "ORG"
    english = by_text(mentions_of(stage, 'She first appeared in "The Long Harvest" in 1974.', "en"))
    assert english["The Long Harvest"].kind == "MISC"


def test_a_body_head_noun_takes_the_adjectives_after_it(stage: EntityStage) -> None:
    french = by_text(mentions_of(stage, "Il a été élu en 1981 sous les couleurs du Parti socialiste à Lille.", "fr"))
    assert french["Parti socialiste"].kind == "ORG"
    italian = by_text(mentions_of(stage, "Nel 2008 aderì al Partito democratico e lasciò Roma.", "it"))
    assert italian["Partito democratico"].kind == "ORG"


def test_name_adjectives_file_loads() -> None:
    endings = load_postposed_adjective_endings()
    assert set(endings) == {"fr", "es", "it"}
    assert all(e == e.lower() and e.isalpha() for found in endings.values() for e in found)
    assert "nationale".endswith(endings["fr"]) and "democratico".endswith(endings["it"])


def test_a_short_german_role_noun_is_cut_and_makes_a_person(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "Sie begann eine Romanze mit dem Sänger Tobin Marlow in Wien.", "de"))
    assert found["Tobin Marlow"].kind == "PER"


def test_era_abbreviations_are_not_organisations(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "In 322 BC the town fell to Cassander, and in AD 79 it burned.", "en"))
    assert "BC" not in found and "AD" not in found


def test_a_given_name_and_an_initial_keep_a_surname_that_is_also_a_common_word(stage: EntityStage) -> None:
    text = "The review was written by Helen T. Marsh and read aloud by Mayor Alice P. Lane at the hall."
    found = kinds(stage, text, "en")
    assert found.get("Helen T. Marsh") == "PER"
    assert found.get("Alice P. Lane") == "PER"
    # an initial inside the name of a place keeps the place's head noun
    assert kinds(stage, "We landed at John F. Kennedy Airport at noon.", "en").get("John F. Kennedy Airport") == "LOC"


def test_st_and_mt_do_not_end_a_sentence() -> None:
    text = "The team moved to St. Louis in 1960. Dr. Okafor climbed Mt. Hood twice. Then it rained."
    spans = [text[a:b] for a, b in split_sentences(text, "en")]
    assert spans == ["The team moved to St. Louis in 1960.", "Dr. Okafor climbed Mt. Hood twice.", "Then it rained."]


def test_the_arabic_article_stays_inside_a_name(stage: EntityStage) -> None:
    found = kinds(stage, "Envoys met President Bashar al-Assad in Damascus , and later Abdel Fattah el-Sisi .", "en")
    assert found.get("Bashar al-Assad") == "PER"
    assert found.get("Abdel Fattah el-Sisi") == "PER"


def test_a_title_word_opening_a_body_name_stays_in_it(stage: EntityStage) -> None:
    found = kinds(stage, "He left General Motors to teach at Duke University , and General Okafor retired .", "en")
    assert found.get("General Motors") == "ORG"
    assert found.get("Duke University") == "ORG"
    assert found.get("Okafor") == "PER"
