"""The entity stage on short hand-written news texts in several languages."""

from __future__ import annotations

from storyline.entities.stage import EntityStage
from storyline.model import Article

from .conftest import by_text, mentions_of

EN = (
    "GENEVA — US Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov on Friday. "
    "Blinken said NATO would keep its door open, while Lavrov repeated Moscow's demands.\n\n"
    "Karen Donfried, the Assistant Secretary of State, later flew to Kyiv. White House spokeswoman "
    "Jen Psaki said the talks were useful, and analyst Christopher Granville of TS Lombard agreed."
)

RU = (
    "Президент России Владимир Путин провёл телефонный разговор с Джо Байденом. "
    "Замминистра иностранных дел Сергей Рябков заявил, что НАТО не должно расширяться на восток. "
    "Путиным было предложено встретиться в Женеве, сообщил пресс-секретарь Кремля Дмитрий Песков. "
    "Госдеп США ответа пока не дал."
)

UK = (
    "Президент Володимир Зеленський зустрівся з Ентоні Блінкеном у Києві. "
    "Міністр закордонних справ України Дмитро Кулеба заявив, що ситуація на Донбасі залишається напруженою. "
    "Зеленським було наголошено, що ЄС і НАТО підтримують Україну."
)


def test_english_mentions_kinds_keys_and_roles(stage: EntityStage) -> None:
    mentions = mentions_of(stage, EN, "en", published="2022-01-10")
    found = by_text(mentions)
    for mention in mentions:
        assert EN[mention.start : mention.end] == mention.text
    assert found["Antony Blinken"].key == "kb:per/antony-blinken"
    assert found["Antony Blinken"].role == "Secretary of State"
    assert found["Sergei Lavrov"].role == "Foreign Minister"
    assert found["Sergei Lavrov"].country == "RUS"
    assert found["Blinken"].key == "kb:per/antony-blinken"  # the surname alone, same person
    assert found["NATO"].kind == "ORG" and found["NATO"].kb_id == "org/nato"
    assert found["Kyiv"].kind == "LOC" and found["Kyiv"].country == "UKR"
    assert found["Karen Donfried"].role == "Assistant Secretary of State"
    assert found["Jen Psaki"].role == "spokesperson"
    assert found["White House"].kind == "ORG"
    granville = found["Christopher Granville"]
    assert (granville.kind, granville.key, granville.kb_id) == ("PER", "PER:christopher granville", None)
    assert found["TS Lombard"].kind == "ORG"
    assert "Friday" not in found and "GENEVA —" not in found


def test_russian_inflected_names_link_to_one_person(stage: EntityStage) -> None:
    mentions = mentions_of(stage, RU, "ru", published="2021-12-07")
    found = by_text(mentions)
    assert found["Владимир Путин"].key == found["Путиным"].key == "kb:per/vladimir-putin"
    assert found["Путиным"].lemma == "Путин"
    assert found["Владимир Путин"].role == "President"
    assert found["России"].key == "kb:loc/RUS"  # not glued to the name that follows
    assert found["Джо Байденом"].name == "Joe Biden" and found["Джо Байденом"].lemma == "Джо Байден"
    assert found["Сергей Рябков"].role == "Deputy Foreign Minister"
    assert found["Дмитрий Песков"].role == "Press Secretary"
    assert found["Госдеп США"].key == "kb:org/us-state-department"
    assert found["Женеве"].name == "Geneva"


def test_ukrainian_mentions(stage: EntityStage) -> None:
    found = by_text(mentions_of(stage, UK, "uk", published="2022-01-19"))
    assert found["Володимир Зеленський"].key == found["Зеленським"].key == "kb:per/volodymyr-zelensky"
    assert found["Ентоні Блінкеном"].kb_id == "per/antony-blinken"
    assert found["Києві"].kb_id == "loc/kyiv"
    assert found["Дмитро Кулеба"].role == "Foreign Minister"
    assert found["Донбасі"].kb_id == "loc/donbas"
    assert found["ЄС"].kb_id == "org/eu" and found["НАТО"].kb_id == "org/nato"


def test_polish_and_german(stage: EntityStage) -> None:
    pl = by_text(
        mentions_of(
            stage, "Prezydent Rosji Władimir Putin rozmawiał z Joe Bidenem. Spotkanie odbyło się w Genewie.", "pl"
        )
    )
    assert pl["Władimir Putin"].kb_id == "per/vladimir-putin"
    assert pl["Joe Bidenem"].kb_id == "per/joe-biden"
    assert pl["Rosji"].kb_id == "loc/RUS"
    assert pl["Genewie"].kb_id == "loc/geneva"
    de = by_text(
        mentions_of(
            stage, "Bundeskanzler Olaf Scholz sprach am Montag in Berlin mit Präsident Selenskyj über die Lage.", "de"
        )
    )
    assert de["Olaf Scholz"].role == "Chancellor"
    assert de["Selenskyj"].kb_id == "per/volodymyr-zelensky"
    assert de["Berlin"].kind == "LOC"
    assert "Lage" not in de and "Montag" not in de  # German nouns and weekdays are not names


def test_hindi_gazetteer_names(stage: EntityStage) -> None:
    text = "रूसी राष्ट्रपति पुतिन और अमेरिकी राष्ट्रपति जो बाइडेन ने यूक्रेन और नाटो पर बात की।"
    found = by_text(mentions_of(stage, text, "hi"))
    assert found["पुतिन"].kb_id == "per/vladimir-putin"
    assert found["जो बाइडेन"].kb_id == "per/joe-biden"
    assert found["यूक्रेन"].kb_id == "loc/UKR"
    assert found["नाटो"].kb_id == "org/nato"


def test_surname_with_two_full_names_stays_apart(stage: EntityStage) -> None:
    text = "Analyst Anna Kowalczyk met Piotr Kowalczyk in Warsaw. Kowalczyk said the talks would continue."
    found = by_text(mentions_of(stage, text, "en"))
    assert found["Anna Kowalczyk"].key != found["Piotr Kowalczyk"].key
    assert found["Kowalczyk"].key not in {found["Anna Kowalczyk"].key, found["Piotr Kowalczyk"].key}


def test_batch_order_and_empty_articles(stage: EntityStage) -> None:
    batch = [
        Article(id="1", source="s", text="", language="en"),
        Article(id="2", source="s", text="NATO met in Brussels.", language="en"),
    ]
    out = stage.process(batch)
    assert [a.id for a in out] == ["1", "2"]
    assert out[0].mentions == ()
    assert {m.text for m in out[1].mentions} == {"NATO", "Brussels"}


def test_country_of_people_and_bodies_outside_the_kb(stage: EntityStage) -> None:
    text = (
        "Russian Deputy Defence Minister Alexander Fomin met US envoy Carl Burns. "
        "The Ukrainian Interior Ministry said the talks failed, and the Russian side disagreed."
    )
    found = by_text(mentions_of(stage, text, "en"))
    assert (found["Alexander Fomin"].country, found["Alexander Fomin"].role) == ("RUS", "Deputy Defence Minister")
    assert (found["Carl Burns"].country, found["Carl Burns"].role) == ("USA", "Envoy")
    assert found["Ukrainian Interior Ministry"].country == "UKR"
    assert (found["Russian"].kind, found["Russian"].country) == ("MISC", "RUS")
    ru = by_text(mentions_of(stage, "Заместитель министра обороны России Александр Фомин прибыл в Женеву.", "ru"))
    assert (ru["Александр Фомин"].country, ru["Александр Фомин"].role) == ("RUS", "Deputy Defence Minister")
