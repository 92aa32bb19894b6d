"""Marker words decide the kind of multi-word names without other clues."""

from __future__ import annotations

from storyline.entities.stage import EntityStage

from .conftest import by_text, mentions_of


def test_events_and_awards_are_not_people(stage: EntityStage) -> None:
    text = (
        "The film won a prize at the Cannes Film Festival last May. "
        "Their striker scored twice at the FIFA World Cup in Qatar."
    )
    found = by_text(mentions_of(stage, text, "en"))
    assert found["Cannes Film Festival"].kind == "MISC"
    assert found["FIFA World Cup"].kind == "MISC"
    assert found["Qatar"].kind == "LOC"


def test_place_heads_make_places(stage: EntityStage) -> None:
    text = "Hikers walked along Meager Creek and then crossed the Norwood Tunnel before dusk."
    found = by_text(mentions_of(stage, text, "en"))
    assert found["Meager Creek"].kind == "LOC"
    assert found["Norwood Tunnel"].kind == "LOC"


def test_slovene_adjective_and_marker_noun_is_one_name(stage: EntityStage) -> None:
    text = "Predlog bo obravnavala tudi delegacija v Evropskem parlamentu, je dejal minister."
    found = by_text(mentions_of(stage, text, "sl"))
    assert "Evropskem parlamentu" in found
    assert found["Evropskem parlamentu"].kind == "ORG"


def test_sports_clubs_are_organisations(stage: EntityStage) -> None:
    text = "On Saturday the Detroit Red Wings beat the visitors, and Oldham Athletic drew with Leeds United."
    found = by_text(mentions_of(stage, text, "en"))
    assert found["Detroit Red Wings"].kind == "ORG"
    assert found["Oldham Athletic"].kind == "ORG"
    assert found["Leeds United"].kind == "ORG"


def test_a_person_named_like_a_place_stays_a_person(stage: EntityStage) -> None:
    text = "The report was written by Paris Hilton and reviewed by Jackson Rivers last week."
    found = by_text(mentions_of(stage, text, "en"))
    assert found["Jackson Rivers"].kind == "PER"


def test_unknown_name_after_a_settlement_noun_is_a_place(stage: EntityStage) -> None:
    text = "Urodził się we wsi Zgórzewo niedaleko gminy Pasymek, a potem zamieszkał u Bronka."
    found = by_text(mentions_of(stage, text, "pl"))
    assert found["Zgórzewo"].kind == "LOC"
    assert found["Pasymek"].kind == "LOC"
    assert "Bronka" not in found or found["Bronka"].kind != "LOC"


def test_technical_acronyms_are_not_organisations(stage: EntityStage) -> None:
    text = "The band sold the album on DVD and as a PDF, while NATO bought new GPS receivers."
    found = by_text(mentions_of(stage, text, "en"))
    assert not {"DVD", "PDF", "GPS"} & set(found)
    assert found["NATO"].kind == "ORG"


def test_a_known_place_or_country_adjective_inside_a_short_name_makes_a_body(stage: EntityStage) -> None:
    text = "Last season he left for Legia Warsaw, and the regional trains of Deutsche Bahn were late again."
    found = by_text(mentions_of(stage, text, "en"))
    assert found["Legia Warsaw"].kind == "ORG"
    assert found["Deutsche Bahn"].kind == "ORG"


def test_a_person_whose_surname_spells_a_town_stays_a_person(stage: EntityStage) -> None:
    text = "Energy secretary Rick Perry and the minister Salvador Illa met in the afternoon."
    found = by_text(mentions_of(stage, text, "en"))
    assert found["Rick Perry"].kind == "PER"
    assert found["Salvador Illa"].kind == "PER"


def test_english_heads_of_settlements_features_and_landmarks_make_places(stage: EntityStage) -> None:
    text = (
        "In 2009 the village joined Tarrow Municipality. Seals rest on the mud of the Velm Estuary, "
        "and the prisoners were moved to Kelvin Correctional Facility. Later Colin Firth visited."
    )
    found = by_text(mentions_of(stage, text, "en"))
    assert found["Tarrow Municipality"].kind == "LOC"
    assert found["Velm Estuary"].kind == "LOC"
    assert found["Kelvin Correctional Facility"].kind == "LOC"
    assert found["Colin Firth"].kind == "PER"  # a given name and a surname head


def test_an_owners_name_and_a_place_head_after_a_possessive_are_one_place(stage: EntityStage) -> None:
    text = "The ferry docked at Tarrow's Jetty, and the choir sang in St Alwen's Cathedral."
    found = by_text(mentions_of(stage, text, "en"))
    assert found["Tarrow's Jetty"].kind == "LOC"
    assert found["St Alwen's Cathedral"].kind == "LOC"
    found = by_text(mentions_of(stage, "Commuters crowded Leeds's Union Station at six.", "en"))
    assert "Union Station" in found and "Leeds's Union Station" not in found  # the city's station
    found = by_text(mentions_of(stage, "Critics praised Tarrow's Vineyard Manager again.", "en"))
    assert "Tarrow's Vineyard Manager" not in found  # the name after does not end on a place's head


def test_centres_and_hospitals_are_places_unless_for_follows(stage: EntityStage) -> None:
    text = (
        "The fair moved to the Tarrow Convention Centre, next to Velm General Hospital. "
        "A report by the Kelvin Centre for Rural Studies came out in May."
    )
    found = by_text(mentions_of(stage, text, "en"))
    assert found["Tarrow Convention Centre"].kind == "LOC"
    assert found["Velm General Hospital"].kind == "LOC"
    assert found["Kelvin Centre for Rural Studies"].kind == "ORG"


def test_more_english_heads_of_natural_features_make_places(stage: EntityStage) -> None:
    text = "Hikers crossed Tarrow Gap and camped by Velm Brook, below the Kelvin Caverns. Later Peter Brook spoke."
    found = by_text(mentions_of(stage, text, "en"))
    assert found["Tarrow Gap"].kind == "LOC"
    assert found["Velm Brook"].kind == "LOC"
    assert found["Kelvin Caverns"].kind == "LOC"
    assert found["Peter Brook"].kind == "PER"


def test_bases_preserves_and_libraries_are_places(stage: EntityStage) -> None:
    text = "The jets left Tarrow Air Force Base for the Velm Nature Preserve, near the Kelvin Memorial Library."
    found = by_text(mentions_of(stage, text, "en"))
    assert found["Tarrow Air Force Base"].kind == "LOC"
    assert found["Velm Nature Preserve"].kind == "LOC"
    assert found["Kelvin Memorial Library"].kind == "LOC"


def test_company_and_military_heads_make_bodies(stage: EntityStage) -> None:
    text = (
        "Power in the valley is sold by Brackley Energy, the atlas was printed by Tarvin Publishing, "
        "and the harbour was guarded by the Northern Fleet and the Corps of Engineers."
    )
    found = by_text(mentions_of(stage, text, "en"))
    assert found["Brackley Energy"].kind == "ORG"
    assert found["Tarvin Publishing"].kind == "ORG"
    assert found["Northern Fleet"].kind == "ORG"
    assert found["Corps of Engineers"].kind == "ORG"


def test_european_club_competitions_are_events(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "Valdor scored twice in the UEFA Champions League that autumn .", "en"))
    assert found["UEFA Champions League"].kind == "MISC"


def test_storms_operations_and_cups_are_no_people(stage: EntityStage) -> None:
    text = (
        "In May Hurricane Odalys flooded the port before Operation Tidewater began and the Copa Serrana final was held."
    )
    found = by_text(mentions_of(stage, text, "en"))
    assert found["Hurricane Odalys"].kind == "MISC"
    assert found["Operation Tidewater"].kind == "MISC"
    assert found["Copa Serrana"].kind == "MISC"


def test_opens_masters_marathons_and_classics_are_events(stage: EntityStage) -> None:
    text = "She reached the final of the Harwell Open , ran the Dunmere Marathon and won the Quarrane Masters ."
    found = by_text(mentions_of(stage, text, "en"))
    assert found["Harwell Open"].kind == "MISC"
    assert found["Dunmere Marathon"].kind == "MISC"
    assert found["Quarrane Masters"].kind == "MISC"
