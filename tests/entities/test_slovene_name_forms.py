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
