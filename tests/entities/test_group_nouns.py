"""Words for groups of people (a nation's, a party's) and possessives of known leaders, in Slavic news."""

from __future__ import annotations

import pytest

from storyline.entities.group_nouns import GroupNouns
from storyline.entities.link import link_entities
from storyline.entities.stage import EntityStage
from storyline.model import Article


def _mentions(stage: EntityStage, lang: str, text: str) -> dict[str, tuple[str, str | None]]:
    (article,) = stage.process([Article(id="n", source="t", text=text, language=lang)])
    return {m.text: (m.kind, m.country) for m in article.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "word", "country"),
    [
        (
            "pl",
            "Po referendum wielu Brytyjczyków wróciło do kraju, a Polacy zostali w Londynie.",
            "Brytyjczyków",
            "GBR",
        ),
        ("pl", "Po referendum wielu Brytyjczyków wróciło do kraju, a Polacy zostali w Londynie.", "Polacy", "POL"),
        ("sl", "Na pogajanjih so Američani in Nemci podprli predlog, Rusi pa so ga zavrnili.", "Američani", "USA"),
        ("sl", "Na pogajanjih so Američani in Nemci podprli predlog, Rusi pa so ga zavrnili.", "Rusi", "RUS"),
        ("cs", "Podle průzkumu většina Britů nechce nové hlasování, zatímco Němci jsou opatrní.", "Britů", "GBR"),
        ("cs", "Podle průzkumu většina Britů nechce nové hlasování, zatímco Němci jsou opatrní.", "Němci", "DEU"),
    ],
)
def test_a_nations_people_are_a_person_mention_of_that_country(
    stage: EntityStage, lang: str, text: str, word: str, country: str
) -> None:
    assert _mentions(stage, lang, text)[word] == ("PER", country)


def test_bulgarian_writes_them_in_lower_case(stage: EntityStage) -> None:
    text = "Според проучването британците и американците подкрепят плана, а българите се колебаят."
    found = _mentions(stage, "bg", text)
    assert found["британците"] == ("PER", "GBR")
    assert found["българите"] == ("PER", "BGR")
    # other lower-case words stay out, and Russian keeps nationalities out (NEREL reads them so)
    assert set(found) == {"британците", "американците", "българите"}
    assert _mentions(stage, "ru", "По данным опроса, американцы поддерживают план.") == {}


def test_bulgarian_party_members_link_to_their_party(stage: EntityStage) -> None:
    articles = stage.process(
        [
            Article(
                id="bg1", source="t", text="Демократите спечелиха Сената, а републиканците загубиха.", language="bg"
            ),
            Article(id="bg2", source="t", text="Демократическата партия обяви кандидата си.", language="bg"),
        ]
    )
    found = {m.text: (m.kind, m.kb_id) for a in articles for m in a.mentions}
    assert found["републиканците"] == ("PER", "org/us-republican-party")
    party = [e for e in link_entities(articles).entities if e.kb_id == "org/us-democratic-party"]
    assert len(party) == 1 and party[0].kind == "ORG"
    assert {"Демократите", "Демократическата партия"} <= {a.text for a in party[0].aliases}


def test_the_country_itself_stays_a_place(stage: EntityStage) -> None:
    found = _mentions(stage, "pl", "Polacy mieszkający w Wielkiej Brytanii spotkali się z ambasadorem w Warszawie.")
    assert found["Polacy"] == ("PER", "POL")
    assert found["Warszawie"][0] == "LOC"
    assert found["Wielkiej Brytanii"][0] == "LOC"


def test_a_nations_people_link_to_their_country_across_languages(stage: EntityStage) -> None:
    # as the SlavicNER gold does, and as event coders read "the British" (the actor GBR)
    articles = stage.process(
        [
            Article(id="pl1", source="t", text="Brytyjczycy nie chcą nowego referendum.", language="pl"),
            Article(id="cs1", source="t", text="Podle průzkumu většina Britů nechce nové hlasování.", language="cs"),
            Article(id="sl1", source="t", text="Na volitvah so Britanci izbrali novo vlado.", language="sl"),
            Article(id="en1", source="t", text="The United Kingdom held an election.", language="en"),
        ]
    )
    uk = [e for e in link_entities(articles).entities if e.country == "GBR"]
    assert len(uk) == 1
    assert {"Brytyjczycy", "Britů", "Britanci", "United Kingdom"} <= {a.text for a in uk[0].aliases}
    assert uk[0].kind == "LOC"


def test_the_word_lists_leave_out_country_names() -> None:
    nouns = GroupNouns.load()
    # the country names that share a stem with their people's nouns, in the three languages
    for word, lang in [("Britanija", "sl"), ("Nemčija", "sl"), ("Niemcy", "pl"), ("Włochy", "pl"), ("Čechy", "cs")]:
        assert nouns.group_of(word, lang) is None, word
    assert nouns.group_of("Britanci", "sl") == "GBR"
    assert nouns.group_of("britanci", "sl") is None  # a name is capitalised
    assert nouns.group_of("Britanci", "en") is None  # English keeps nationalities as MISC
    for lang, index in nouns.by_lang.items():
        assert lang in {"sl", "cs", "pl", "bg"} and index.first("zzzz") is None


def test_a_possessive_of_a_known_leader_is_that_person(stage: EntityStage) -> None:
    # Slovene drops the e of "Biden" in "Bidnov"; no full name in the text to own it
    (article,) = stage.process(
        [Article(id="p", source="t", text="Bidnovo ekipo so republikanci v senatu ostro kritizirali.", language="sl")]
    )
    (mention,) = [m for m in article.mentions if m.text == "Bidnovo"]
    assert mention.kind == "PER" and mention.kb_id is not None and "biden" in mention.kb_id
    (genitive,) = stage.process(
        [Article(id="g", source="t", text="Senat je glasovanje o kandidatu Bidna preložil na januar.", language="sl")]
    )
    assert [(m.text, m.kb_id) for m in genitive.mentions if m.kind == "PER"] == [("Bidna", mention.kb_id)]
    (plain,) = stage.process(
        [Article(id="q", source="t", text="Novakova ekipa je zmagala na tekmi v Celju.", language="sl")]
    )
    assert all(m.kb_id is None or "novak" not in m.kb_id for m in plain.mentions)
