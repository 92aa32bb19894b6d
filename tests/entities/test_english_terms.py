"""English acronyms that are terms rather than bodies, and town names that are people (run_kinds.py, stage.py)."""

from __future__ import annotations

from storyline.entities.stage import EntityStage

from .conftest import by_text, kinds, mentions_of


def test_an_unknown_two_letter_acronym_is_a_term_in_english(stage: EntityStage) -> None:
    found = kinds(stage, "The band released an EP in 2004 and a double LP two years later .", "en")
    assert found.get("EP") in {None, "MISC"} and found.get("LP") in {None, "MISC"}
    # three letters and more stay bodies: "the ZKB said"
    assert kinds(stage, "A spokesman for the ZKB said the plan was sound .", "en").get("ZKB") == "ORG"


def test_an_acronym_defined_in_brackets_after_lower_case_words_is_a_term(stage: EntityStage) -> None:
    found = kinds(stage, "The console kept its code in read-only memory (ROM) on the board .", "en")
    assert found.get("ROM") in {None, "MISC"}
    found = kinds(stage, "He worked for the Harwell Energy Agency (HEA) for years .", "en")
    assert found.get("HEA") == "ORG"


def test_a_town_name_opening_a_clause_before_a_past_verb_is_a_person(stage: EntityStage) -> None:
    # Santana is a town in the gazetteer; here it is the guitarist
    assert kinds(stage, "After the tour , Santana had a hit with a new singer .", "en").get("Santana") == "PER"


def test_a_town_in_a_sports_report_is_the_team(stage: EntityStage) -> None:
    found = kinds(stage, "Late in the season Kettering beat Hartlepool , and the striker scored twice .", "en")
    assert found.get("Kettering") == "ORG" and found.get("Hartlepool") == "ORG"
    # after a preposition of place it is the town, and outside sports reports too
    found = kinds(stage, "He scored twice in the season he spent in Kettering .", "en")
    assert found.get("Kettering") == "LOC"
    assert kinds(stage, "The bakery in Hartlepool closed when Kettering grew .", "en").get("Kettering") == "LOC"
    # a country stays a place (national teams take their country's kind)
    assert kinds(stage, "In the cup match France beat Norway on penalties .", "en").get("Norway") == "LOC"


def test_numbers_complete_roads_leagues_and_channels(stage: EntityStage) -> None:
    found = kinds(stage, "The town lies on U.S. Route 62 , near Interstate 93 , and its club plays in Ligue 2 .", "en")
    assert found.get("U.S. Route 62") == "LOC"
    assert found.get("Interstate 93") == "LOC"
    assert "Ligue 2" in found
    # a score or a date after a head word is not part of it
    assert "Division 3" not in kinds(stage, "They won the Division 3 - 1 on aggregate .", "en")


def test_an_indefinite_article_opens_no_name(stage: EntityStage) -> None:
    found = kinds(stage, "A Harwell University study found the opposite .", "en")
    assert "Harwell University" in found and "A Harwell University" not in found


def test_a_given_name_before_a_surname_like_head_is_a_person(stage: EntityStage) -> None:
    assert kinds(stage, "The role went to Adam Hill after the audition .", "en").get("Adam Hill") == "PER"
    assert kinds(stage, "The boats moored below Harwell Hill for the night .", "en").get("Harwell Hill") == "LOC"


def test_at_and_to_before_a_town_in_a_sports_report_name_the_club(stage: EntityStage) -> None:
    found = kinds(stage, "After a loan spell at Kettering he moved to Hartlepool for the new season .", "en")
    assert found.get("Kettering") == "ORG" and found.get("Hartlepool") == "ORG"


def test_an_acronym_after_an_indefinite_article_is_a_thing(stage: EntityStage) -> None:
    found = kinds(stage, "The board carried a UART and an ANPR camera , both made by the ZKB .", "en")
    assert found.get("UART") in {None, "MISC"} and found.get("ANPR") in {None, "MISC"}
    assert found.get("ZKB") == "ORG"


def test_a_possessed_noun_of_towns_keeps_a_lone_name_a_place(stage: EntityStage) -> None:
    found = kinds(stage, "On Monday Dunmere 's mayor reopened the bridge .", "en")
    assert found.get("Dunmere") == "LOC"


def test_judges_officers_and_rulers_give_a_role_and_stay_out_of_the_name(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "Chief Judge Rowena Achebe ruled , and Colonel Ibsen Maro agreed .", "en"))
    assert found["Rowena Achebe"].role == "Chief Judge"
    assert found["Ibsen Maro"].role == "Colonel"
    # a title alone names nobody, and a title before a country's name is no person's title
    assert "Chief Justice" not in kinds(stage, "The post of Chief Justice stayed empty for a year .", "en")
    assert kinds(stage, "The film Captain America opened that week .", "en").get("America") is None


def test_epithets_sees_initials_and_surnames_spelled_like_titles(stage: EntityStage) -> None:
    text = "Poems of Elizabeth Bishop , a life of Alexander the Great and a letter of Hugh of Dunmere ."
    found = kinds(stage, text, "en")
    assert found.get("Elizabeth Bishop") == "PER"
    assert found.get("Alexander the Great") == "PER"
    assert found.get("Hugh of Dunmere") == "PER"
    assert kinds(stage, "The psychologist R. T. Marlow wrote it .", "en").get("R. T. Marlow") == "PER"
    # "of" after a body's head still makes one body, and a title before a name still gives a role
    assert kinds(stage, "He joined the Bank of England in 1990 .", "en").get("Bank of England") == "ORG"
    assert by_text(mentions_of(stage, "Then Baron Ruthwell spoke .", "en"))["Ruthwell"].role == "Baron"


def test_an_unknown_run_after_the_or_at_is_no_person(stage: EntityStage) -> None:
    found = kinds(stage, "The path is bordered by the Harwick Connector and ends at Villa Brennock .", "en")
    assert found.get("Harwick Connector") == "LOC"
    assert found.get("Villa Brennock") == "LOC"
    # the same run elsewhere is still read as a person's name
    assert kinds(stage, "Then Villa Brennock signed the letter .", "en").get("Villa Brennock") == "PER"


def test_a_given_name_spelled_like_a_town_does_not_make_a_body(stage: EntityStage) -> None:
    # only an exact town name or a hand-written place's spelling makes "X Y" a club or company
    assert kinds(stage, "The role then went to Angie Brennock .", "en").get("Angie Brennock") == "PER"
    assert kinds(stage, "He later coached Dynamo Kyiv for a season .", "en").get("Dynamo Kyiv") == "ORG"


def test_an_acronym_before_a_noun_of_things_is_a_term(stage: EntityStage) -> None:
    found = kinds(stage, "The QXR chip talks to the board through the ZLT port , said the ZKB .", "en")
    assert found.get("QXR") in {None, "MISC"} and found.get("ZLT") in {None, "MISC"}
    assert found.get("ZKB") == "ORG"


def test_a_place_and_a_plural_is_a_team(stage: EntityStage) -> None:
    found = kinds(stage, "He pitched for the Kansas City Mallards and later the St. Louis Herons .", "en")
    assert found.get("Kansas City Mallards") == "ORG"
    assert found.get("St. Louis Herons") == "ORG"
    assert kinds(stage, "They sailed to the Cayman Islands .", "en").get("Cayman Islands") == "LOC"


def test_a_capitalised_plural_after_the_in_a_sports_report_is_the_team(stage: EntityStage) -> None:
    found = kinds(stage, "In the ninth inning the Quillons scored twice against the Harriers .", "en")
    assert found.get("Quillons") == "ORG" and found.get("Harriers") == "ORG"
    # a people's plural stays what it was, and outside sports reports the plural is left alone
    found = kinds(stage, "In the ninth inning the Romans and the Valdorians scored twice .", "en")
    assert found.get("Romans") != "ORG" and found.get("Valdorians") != "ORG"
    assert kinds(stage, "The garden was planted by the Quillons in spring .", "en").get("Quillons") != "ORG"


def test_a_town_in_a_baseball_or_coaching_report_is_the_team(stage: EntityStage) -> None:
    found = kinds(stage, "Two years later he coached Kettering to the title .", "en")
    assert found.get("Kettering") == "ORG"


def test_common_noun_abbreviations_are_no_bodies(stage: EntityStage) -> None:
    found = kinds(stage, "Traces of DDT showed up in the MRI scans , and the footage survives on VHS .", "en")
    assert not {"DDT", "MRI", "VHS"} & set(found)


def test_acronyms_of_variants_and_quoted_titles_are_no_bodies(stage: EntityStage) -> None:
    found = kinds(stage, 'The ZKB first tested QRX-T , then S-II flew , and " BLIP " aired at night .', "en")
    assert found.get("QRX-T") != "ORG" and found.get("S-II") != "ORG" and found.get("BLIP") != "ORG"
    assert found.get("ZKB") == "ORG"


def test_an_unknown_name_ending_in_a_plural_after_the_is_a_team_or_band(stage: EntityStage) -> None:
    found = kinds(stage, "In 1998 he pitched for the Harwell Hawks and later toured with the Quillon Lanterns .", "en")
    assert found.get("Harwell Hawks") == "ORG" and found.get("Quillon Lanterns") == "ORG"
    # a singular head after "the" stays a place, and a plural place head keeps its kind
    found = kinds(stage, "They walked along the Lowell Connector to the Quarne Lakes .", "en")
    assert found.get("Lowell Connector") == "LOC" and found.get("Quarne Lakes") == "LOC"


def test_a_numbered_nickname_completes_a_teams_name(stage: EntityStage) -> None:
    found = kinds(stage, "He was traded to the Harwell 76ers and later faced the Dunmere 49ers .", "en")
    assert found.get("Harwell 76ers") == "ORG" and found.get("Dunmere 49ers") == "ORG"


def test_an_unknown_name_after_with_or_for_in_a_sports_report_is_the_team(stage: EntityStage) -> None:
    text = "In 1998 he joined the squad and played two seasons with Quarrane , then made a debut for Brindisko ."
    found = kinds(stage, text, "en")
    assert found.get("Quarrane") == "ORG" and found.get("Brindisko") == "ORG"
    # outside sports reports the word tells nothing
    assert kinds(stage, "She spent two summers with Quarrane in the hills .", "en").get("Quarrane") != "ORG"


def test_a_name_ending_on_a_peoples_or_faiths_word_is_a_group(stage: EntityStage) -> None:
    found = kinds(stage, "The letters of Hungarian Catholics and Sephardic Jews were kept in the abbey .", "en")
    assert found.get("Hungarian Catholics") == "MISC" and found.get("Sephardic Jews") == "MISC"
    # a given name first makes a person ("Philip French"), a connector a body
    found = kinds(stage, "The review by Anna French praised the Harwell Party of Ireland .", "en")
    assert found.get("Anna French") == "PER"


def test_names_joined_by_an_ampersand_are_one_firm(stage: EntityStage) -> None:
    found = kinds(stage, "The organ is kept by Brindle & Hale , and the jam is made by Quarrane & Sons .", "en")
    assert found.get("Brindle & Hale") == "ORG" and found.get("Quarrane & Sons") == "ORG"
    # two lone letters are a term, not a firm
    assert kinds(stage, "She sang R&B in the clubs of Dunmere .", "en").get("R&B") is None


def test_a_name_before_a_number_is_a_numbered_event_or_flight(stage: EntityStage) -> None:
    found = kinds(stage, "He missed the ZKB Relay 2016 and later flew on Harwell Airlines Flight 212 .", "en")
    assert found.get("ZKB Relay") != "ORG" and found.get("Harwell Airlines Flight") != "ORG"
    # a score after a team is no part of its name
    assert kinds(stage, "In the final the Harwell Rhinos won 22 – 18 .", "en").get("Harwell Rhinos") == "ORG"
