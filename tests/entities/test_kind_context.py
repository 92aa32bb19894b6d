"""Names no detector could type take a kind from their surroundings (lists, articles, possessives)."""

from __future__ import annotations

from storyline.entities.kind_context import KindContext, inside_quotation, opens_sentence, word_before
from storyline.entities.stage import EntityStage

from .conftest import by_text, kinds, mentions_of


def test_kind_context_file_loads_every_cue() -> None:
    context = KindContext.load({"en": frozenset({"and"}), "it": frozenset({"e"})})
    assert {"il", "dell'", "nella"} <= context.articles["it"]
    assert {"le", "l'", "du"} <= context.articles["fr"]
    assert "el" in context.articles["es"]
    assert "it" in context.place_default and "en" not in context.place_default
    assert "'s" in context.per_after["en"]
    assert "u" in context.not_place_after["pl"]
    assert context.list_joiners["en"] == frozenset({"and", ","})


def test_text_helpers() -> None:
    text = 'Il fiume passa dall\'Orvella. Poi "Tra Grano e Vento" uscì.'
    assert word_before(text, text.index("Orvella")) == "dall'"
    assert opens_sentence(text, text.index("Poi")) and not opens_sentence(text, text.index("Orvella"))
    assert inside_quotation(text, text.index("Vento")) and not inside_quotation(text, text.index("uscì"))


def test_names_listed_with_places_are_places(stage: EntityStage) -> None:
    text = "After the merger the bus line stops at Leeds, Brennick, Tolmarsh and York every hour."
    found = by_text(mentions_of(stage, text, "en"))
    assert found["Brennick"].kind == "LOC"
    assert found["Tolmarsh"].kind == "LOC"


def test_a_name_before_an_english_possessive_is_a_person(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, "Critics praised Vandermolen's second album when it came out.", "en"))
    assert found["Vandermolen"].kind == "PER"


def test_a_lone_name_after_an_article_is_a_place_in_italian_and_french(stage: EntityStage) -> None:
    italian = by_text(mentions_of(stage, "Le acque del Verlasco alimentano ancora i mulini della valle.", "it"))
    assert italian["Verlasco"].kind == "LOC"
    french = by_text(mentions_of(stage, "La rivière traverse ensuite le Trévinois avant de se jeter plus loin.", "fr"))
    assert french["Trévinois"].kind == "LOC"


def test_quoted_titles_and_model_names_are_not_made_places(stage: EntityStage) -> None:
    text = 'Il gruppo registrò il brano "Zelindra" a Milano, poi vendette la console Zentrix 64 ai fan.'
    found = by_text(mentions_of(stage, text, "it"))
    assert found["Milano"].kind == "LOC"
    assert "Zelindra" not in found or found["Zelindra"].kind != "LOC"
    assert "Zentrix" not in found or found["Zentrix"].kind != "LOC"


def test_quoted_titles_of_two_words_are_not_people(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, 'In 1998 she starred in "Harrow Point" with Tom Baxley.', "en"))
    assert found["Harrow Point"].kind == "MISC"
    assert found["Tom Baxley"].kind == "PER"


def test_two_word_names_after_an_article_follow_the_language(stage: EntityStage) -> None:
    spanish = by_text(mentions_of(stage, "La temporada siguiente jugó en el Inter Calvera y luego se retiró.", "es"))
    assert spanish["Inter Calvera"].kind == "ORG"
    italian = by_text(mentions_of(stage, "Il sentiero attraversa il Bosco Nerino prima di scendere al lago.", "it"))
    assert italian["Bosco Nerino"].kind == "LOC"


def test_a_noun_in_apposition_types_the_name(stage: EntityStage) -> None:
    french = by_text(mentions_of(stage, "Selon la chronique, l'empereur Valdoric signa la paix avec eux.", "fr"))
    assert french["Valdoric"].kind == "PER"
    italian = by_text(mentions_of(stage, "Il servizio è gestito dalla società Trambelli, che ha sede a Torino.", "it"))
    assert italian["Trambelli"].kind == "ORG"
    assert italian["Torino"].kind == "LOC"


def test_a_settlement_noun_makes_a_two_word_name_a_place(stage: EntityStage) -> None:
    text = "Przez dwa lata był burmistrzem miasta Stare Lipno, a potem wyjechał z rodziną."
    found = by_text(mentions_of(stage, text, "pl"))
    assert found["Stare Lipno"].kind == "LOC"


def test_a_lone_unknown_name_opening_a_clause_or_after_by_is_a_person(stage: EntityStage) -> None:
    found = kinds(stage, "In 2019 , Okonkwo became the coach of a small club .", "en")
    assert found["Okonkwo"] == "PER"
    assert kinds(stage, "The old mill was bought by Zelinska in 1990 .", "en")["Zelinska"] == "PER"
    # the same word with no such clue stays undecided (MISC)
    assert kinds(stage, "The word Okonkwo appears twice in the index .", "en").get("Okonkwo") in {None, "MISC"}


def test_a_lone_name_opening_a_clause_before_a_past_verb_is_a_person(stage: EntityStage) -> None:
    found = kinds(stage, "When Tarquell returned from exile, the council met again.", "en")
    assert found.get("Tarquell") == "PER"
    found = kinds(stage, "After two bad seasons, Brindcorp released a cheaper model.", "en")
    assert found.get("Brindcorp") != "PER"  # companies release things
    found = kinds(stage, "Amberwick suffered a direct hit from the storm.", "en")
    assert found.get("Amberwick") != "PER"  # places suffer too


def test_a_lone_name_followed_by_a_persons_pronoun_is_a_person(stage: EntityStage) -> None:
    found = kinds(stage, "The court heard that Tolvaney kept his savings abroad.", "en")
    assert found.get("Tolvaney") == "PER"
    found = kinds(stage, "She spoke about the Tolvaney ruling and her appeal.", "en")
    assert found.get("Tolvaney") != "PER"  # after an article the name describes something


def test_group_and_product_words_never_read_as_people(stage: EntityStage) -> None:
    found = kinds(stage, "Tolvanians protested when the mayor cut their pensions.", "en")
    assert found.get("Tolvanians") != "PER"
    found = kinds(stage, "In 2019 , SoundForge launched a second version .", "en")
    assert found.get("SoundForge") != "PER"


def test_a_town_name_opening_a_clause_before_a_past_verb_is_a_person(stage: EntityStage) -> None:
    assert stage.kb.is_town("Kennedy") or stage.kb.lookup("Kennedy", "en")  # also a place name
    found = kinds(stage, "When Kennedy returned to the capital, the cabinet met at once.", "en")
    assert found.get("Kennedy") == "PER"
    found = kinds(stage, "Nashville hosted the final in a packed arena.", "en")
    assert found.get("Nashville") == "LOC"


def test_a_person_known_by_one_name_beats_a_town_spelled_the_same(stage: EntityStage) -> None:
    assert stage.kb.lookup("Kennedy", "en")  # a GeoNames city too
    found = kinds(stage, "The crowd cheered when the car carrying Kennedy turned the corner.", "en")
    assert found.get("Kennedy") == "PER"
    found = kinds(stage, "Critics compared the young sculptor to Rodin and to nobody else.", "en")
    assert found.get("Rodin") == "PER"
    found = kinds(stage, "The train from Houston arrived two hours late.", "en")
    assert found.get("Houston") == "LOC"  # left out of the list: the city is as likely


def test_a_town_name_before_a_possessive_is_a_person_unless_a_place_noun_follows(stage: EntityStage) -> None:
    assert stage.kb.is_town("Belton") and stage.kb.lookup("Hamilton", "en")  # a small town, a city
    found = kinds(stage, "Critics admired Belton's early sketches at the fair.", "en")
    assert found.get("Belton") == "PER"
    found = kinds(stage, "Collectors bought Hamilton's letters at the auction.", "en")
    assert found.get("Hamilton") == "PER"
    found = kinds(stage, "Visitors praised Belton's economy and its new library.", "en")
    assert found.get("Belton") == "LOC"
    found = kinds(stage, "The band played in several of Chicago's clubs that winter.", "en")
    assert found.get("Chicago") == "LOC"  # a city this large stays the city


def test_a_geographic_noun_after_a_lone_name_makes_it_a_place(stage: EntityStage) -> None:
    found = kinds(stage, "The old road crosses the Velmar valley before it climbs to the pass.", "en")
    assert found.get("Velmar") == "LOC"
    found = kinds(stage, "Traffic on the A6127 road was slow after the storm.", "en")
    assert found.get("A6127") == "LOC"


def test_a_river_noun_before_names_makes_them_places(stage: EntityStage) -> None:
    found = kinds(stage, "The rivers Darrow and Velm meet below the old mill.", "en")
    assert found.get("Darrow") == "LOC" and found.get("Velm") == "LOC"


def test_a_river_phrase_before_a_lone_name_makes_it_a_place(stage: EntityStage) -> None:
    found = kinds(stage, "The fishing village grew up at the mouth of the Velmar in the tenth century.", "en")
    assert found.get("Velmar") == "LOC"
    found = kinds(stage, "Two ferries carried the troops across the Tossow that night.", "en")
    assert found.get("Tossow") == "LOC"


def test_a_road_number_after_a_road_word_is_a_place(stage: EntityStage) -> None:
    found = kinds(stage, "The depot lies just off I-317 near the county line.", "en")
    assert found.get("I-317") == "LOC"
    found = kinds(stage, "Past the farm the lane meets the A6127 at a roundabout.", "en")
    assert found.get("A6127") == "LOC"
    found = kinds(stage, "The soldiers carried M16 rifles on patrol.", "en")
    assert found.get("M16") != "LOC"  # a weapon's model


def test_a_preposition_before_a_possessive_governs_what_the_name_owns(stage: EntityStage) -> None:
    found = kinds(stage, "Critics see a new mood in Valdor's work after the war.", "en")
    assert found.get("Valdor") == "PER"
    found = kinds(stage, "New houses went up in Tarrowby's suburbs after the war.", "en")
    assert found.get("Tarrowby") == "LOC"  # a noun of a town after the possessive


def test_a_noun_of_bodies_makes_any_following_name_a_body(stage: EntityStage) -> None:
    text = (
        "He sang for the punk band Quarry Lantern Down , signed with the indie label Big Wheel Tapes "
        "and later coached the League of Wales side Dunmere ."
    )
    found = kinds(stage, text, "en")
    assert found.get("Quarry Lantern Down") == "ORG"
    assert found.get("Big Wheel Tapes") == "ORG"
    assert found.get("Dunmere") == "ORG"
    # a person's name after the noun stays a person's
    assert kinds(stage, "The club Dave Hale founded in 1990 still plays .", "en").get("Dave Hale") == "PER"
