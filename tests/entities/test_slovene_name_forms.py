"""Slovene word forms that tell a lone name's kind: women's surnames and possessives in -ova/-eva, -ič
surnames, inhabitants' nouns; and parties named by their members in the plural."""

from __future__ import annotations

import pytest

from storyline.entities.party_members import PartyMembers
from storyline.entities.slovene_name_forms import SloveneNameForms
from storyline.entities.stage import EntityStage

from .conftest import by_text, mentions_of


def _forms(orgs: frozenset[str] = frozenset(), towns: frozenset[str] = frozenset()) -> SloveneNameForms:
    return SloveneNameForms(
        lambda name: {"ORG"} if name in orgs else set(),
        lambda word: word in towns,
        lambda word: word.lower() in {"njegova", "odločitev"},
        lambda word: word.lower() in {"sosed"},
    )


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("Hendersonova", "PER"),  # a foreign woman's surname
        ("Hendersonovo", "PER"),
        ("Kowalskijevega", "PER"),  # a possessive with the j after a vowel
        ("Tomažič", "PER"),  # a South Slavic surname
        ("Hrvatiću", "PER"),
        ("Berlinčani", "PER"),  # inhabitants
        ("Korejcev", "PER"),
        ("Lufthansinih", None),  # not a listed ending
        ("Vodafonovih", "ORG"),  # a company's possessive
        ("Sosedova", None),  # a common noun's possessive
        ("Njegova", None),  # a common word
        ("Odločitev", None),
        ("Brezovica", None),
        ("Lipovec", None),
        ("Hrastovo", None),  # a town's name
    ],
)
def test_word_forms_tell_the_kind(word: str, kind: str | None) -> None:
    forms = _forms(orgs=frozenset({"Vodafon", "Vodafone"}), towns=frozenset({"Hrastovo"}))
    assert forms.kind(word, "sl") == kind


def test_forms_are_read_only_in_slovene() -> None:
    assert _forms().kind("Hendersonova", "cs") is None
    assert _forms().kind("Tomažič", "hr") is None


def test_owner_names_put_back_a_dropped_e() -> None:
    assert SloveneNameForms.owner_names("Hendersonova") == ("henderson",)
    assert "merkel" in SloveneNameForms.owner_names("Merklova")
    assert SloveneNameForms.owner_names("Mayevo") == ("may",)
    assert SloveneNameForms.owner_names("Berlin") == ()


def test_a_womans_surname_form_links_to_her_full_name(stage: EntityStage) -> None:
    text = (
        "Nemška kanclerka Angela Merkel je v četrtek prispela v Pariz. "
        "Merklova je po srečanju dejala, da je pogovor potekal mirno."
    )
    found = by_text(mentions_of(stage, text, "sl"))
    assert found["Merklova"].kind == "PER"
    assert found["Merklova"].kb_id == found["Angela Merkel"].kb_id == "per/angela-merkel"


def test_a_companys_possessive_is_the_company(stage: EntityStage) -> None:
    text = "Ryanair je napovedal nove linije. Kritiki pravijo, da so Ryanairove cene previsoke."
    found = by_text(mentions_of(stage, text, "sl"))
    assert found["Ryanairove"].kind == "ORG"


def test_plural_party_members_name_the_party(stage: EntityStage) -> None:
    text = (
        "V predstavniškem domu so republikanci zavrnili proračun, demokrati pa so napovedali nov predlog. "
        "Demokrat iz Ohia je molčal."
    )
    found = {m.text: (m.kind, m.kb_id) for m in mentions_of(stage, text, "sl")}
    assert found["republikanci"] == ("ORG", "org/us-republican-party")
    assert found["demokrati"] == ("ORG", "org/us-democratic-party")
    assert "Demokrat" not in found  # one member is a description, not the party


def test_party_member_words_only_in_their_language() -> None:
    members = PartyMembers.load()
    assert members.party_of("republikancev", "sl") == "org/us-republican-party"
    assert members.party_of("Demokrati", "sl") == "org/us-democratic-party"
    assert members.party_of("DEMOKRATI", "sl") is None
    assert members.find("republikanci", "cs") == []


def test_nouns_in_apposition_and_speech_verbs_type_a_lone_name(stage: EntityStage) -> None:
    text = (
        "O tem je poročal časnik Tagesblatt. Pogodbo je podpisal premier Hollwarth, "
        "nato pa je dejal Grunwald, da bodo gradili v kraju Velbrunn."
    )
    found = {m.text: m.kind for m in mentions_of(stage, text, "sl")}
    assert found["Tagesblatt"] == "ORG"
    assert found["Hollwarth"] == "PER"
    assert found["Grunwald"] == "PER"
    assert found["Velbrunn"] == "LOC"


def test_a_common_word_after_a_noun_in_apposition_takes_no_kind(stage: EntityStage) -> None:
    # "Združenja" opens a longer one-capital name: the noun "predsednica" does not make it a person
    text = "Pobudo je predstavila predsednica Združenja pekov Marta Bergant."
    found = {m.text: m.kind for m in mentions_of(stage, text, "sl")}
    assert found.get("Združenja") != "PER"


def test_a_region_in_a_slovene_case_form_is_the_region(stage: EntityStage) -> None:
    text = "Guverner je iz Teksasa odpotoval proti Nevadi, nato pa v Michiganu podpisal zakon."
    found = {m.text: (m.kind, m.kb_id) for m in mentions_of(stage, text, "sl")}
    assert found["Teksasa"] == ("LOC", "sub/US-TX")
    assert found["Nevadi"] == ("LOC", "sub/US-NV")
    assert found["Michiganu"] == ("LOC", "sub/US-MI")


def test_a_place_opening_a_slovene_sentence_stays_a_name(stage: EntityStage) -> None:
    # the dictionary knows "London" as a proper noun: only words whose lemma is lower case are openers
    text = "London se pripravlja na izstop. Medtem so v Bruslju čakali."
    found = {m.text: m.kind for m in mentions_of(stage, text, "sl")}
    assert found["London"] == "LOC"
    assert found.get("Medtem") != "LOC"


def test_the_soviet_union_in_slovene_case_forms(stage: EntityStage) -> None:
    text = "Po razpadu Sovjetske zveze so se meje spremenile, Sovjetska zveza pa je ostala v spominu."
    found = {m.text: (m.kind, m.kb_id) for m in mentions_of(stage, text, "sl")}
    assert found["Sovjetske zveze"] == ("LOC", "loc/soviet-union")
    assert found["Sovjetska zveza"] == ("LOC", "loc/soviet-union")


def test_a_slovene_given_name_splits_a_place_from_a_person(stage: EntityStage) -> None:
    text = "Ob tem je župan občine Kranj Boštjan Kovačec dejal, da bodo šole odprte."
    found = {m.text: m.kind for m in mentions_of(stage, text, "sl")}
    assert found["Boštjan Kovačec"] == "PER"


def test_a_compass_adjective_belongs_to_the_place(stage: EntityStage) -> None:
    text = "Vlaganja v jugovzhodni Evropi rastejo, v Avstriji pa ne."
    found = {m.text: m.kind for m in mentions_of(stage, text, "sl")}
    assert found["jugovzhodni Evropi"] == "LOC"
    assert found["Avstriji"] == "LOC"


def test_two_known_names_side_by_side_stay_two(stage: EntityStage) -> None:
    text = "Politolog meni, da je Krim Rusiji prinesel le sankcije."
    found = {m.text: m.kind for m in mentions_of(stage, text, "sl")}
    assert found["Krim"] == "LOC" and found["Rusiji"] == "LOC"
    assert "Krim Rusiji" not in found


def test_a_lone_surname_takes_the_full_name_in_any_case_form(stage: EntityStage) -> None:
    # "Borisa Johnsona" and "Boris Johnson" are one owner of "Johnson"
    text = (
        "Kritike Borisa Johnsona so odmevale. Boris Johnson je nato odgovoril. Po mnenju mnogih je Johnson ostal sam."
    )
    johnsons = [m for m in mentions_of(stage, text, "sl") if m.text == "Johnson"]
    assert johnsons and johnsons[0].kind == "PER"
    assert johnsons[0].kb_id == "per/boris-johnson"


def test_a_country_adjective_before_a_noun_is_no_place(stage: EntityStage) -> None:
    text = "Ruski predsednik je odpotoval. Hrvaška je zaprla meje, protokol o Irski pa velja."
    found = {m.text: m.kind for m in mentions_of(stage, text, "sl")}
    assert "Ruski" not in found  # "Russian", qualifying "predsednik"
    assert found["Hrvaška"] == "LOC"  # the country's own name
    assert found["Irski"] == "LOC"  # after a preposition


def test_english_company_words_mark_a_body_in_slovene(stage: EntityStage) -> None:
    text = "Včeraj sta Baltic Air in Mirovan Therapeutics podpisala pogodbo."
    found = {m.text: m.kind for m in mentions_of(stage, text, "sl")}
    assert found["Baltic Air"] == "ORG"
    assert found["Mirovan Therapeutics"] == "ORG"


def test_forms_without_a_full_name_link_through_the_knowledge_base(stage: EntityStage) -> None:
    text = "Merklova je dejala, da so Ryanairova letala ostala na tleh."
    found = {m.text: (m.kind, m.kb_id) for m in mentions_of(stage, text, "sl")}
    assert found["Merklova"] == ("PER", "per/angela-merkel")
    assert found["Ryanairova"] == ("ORG", "org/ryanair")
