"""Ukrainian mention kinds from pymorphy3's readings and from the rest of the document."""

from __future__ import annotations

from storyline.entities.stage import EntityStage
from tests.entities.conftest import kinds


def test_pronouns_and_adverbs_opening_a_sentence_are_no_people(stage: EntityStage) -> None:
    text = "Він довго стояв біля хвіртки. Ніколи раніше Марко не бачив такого снігу. Ви чули про це?"
    found = kinds(stage, text, "uk")
    assert "Він" not in found, found
    assert "Ніколи" not in found, found
    assert "Ви" not in found, found
    assert found.get("Марко") == "PER", found


def test_proper_nouns_of_places_read_as_lifeless_nouns_are_places(stage: EntityStage) -> None:
    text = "Влітку Остап мандрував горами Карпат, а восени повернувся на береги Дністра до Галичини."
    found = kinds(stage, text, "uk")
    assert found.get("Карпат") == "LOC", found
    assert found.get("Галичини") == "LOC", found
    assert found.get("Остап") == "PER", found


def test_an_adjective_before_its_noun_is_no_person(stage: EntityStage) -> None:
    text = "Під час Другої світової війни дідусь Левко служив у піхоті."
    found = kinds(stage, text, "uk")
    assert "Другої" not in found, found


def test_a_given_name_after_a_preposition_is_a_person(stage: EntityStage) -> None:
    text = "Увечері Степан пішов до Дори, а зранку зустрівся з Інгою біля річки."
    found = kinds(stage, text, "uk")
    assert found.get("Дори") == "PER", found
    assert found.get("Інгою") == "PER", found


def test_a_town_in_the_locative_stays_a_place(stage: EntityStage) -> None:
    found = kinds(stage, "Минулого літа Оксана відпочивала у Львові з друзями.", "uk")
    assert found.get("Львові") == "LOC", found
    assert found.get("Оксана") == "PER", found


def test_a_person_named_in_the_document_is_found_where_a_sentence_opens_with_the_name(
    stage: EntityStage,
) -> None:
    text = (
        "Того вечора до хати зайшла сусідка Дора з кошиком яблук.\n\n"
        "Дора поставила кошик на лаву. Дору ніхто не чекав, але всі зраділи."
    )
    found = [(m.text, m.kind) for m in _mentions(stage, text)]
    assert found.count(("Дора", "PER")) == 2, found
    assert ("Дору", "PER") in found, found


def test_capitalised_animal_characters_are_people(stage: EntityStage) -> None:
    text = "Над ставком сиділи Пес і Тюлень. Потім до них прилетів Кажан, і Пес усміхнувся."
    found = [(m.text, m.kind) for m in _mentions(stage, text)]
    assert ("Пес", "PER") in found, found
    assert ("Тюлень", "PER") in found, found


def test_a_given_name_cut_off_a_surname_is_joined_back(stage: EntityStage) -> None:
    text = "Договір від імені громади підписав голова Тарас Ковалишин, а печатку поставила Олена Мирошник."
    found = kinds(stage, text, "uk")
    assert found.get("Тарас Ковалишин") == "PER", found
    assert found.get("Олена Мирошник") == "PER", found


def test_a_one_word_body_is_no_person_and_no_place(stage: EntityStage) -> None:
    text = "Слідчі Генпрокуратури відкрили справу. Про це повідомив Мінюст у четвер."
    found = kinds(stage, text, "uk")
    assert found.get("Генпрокуратури") in {"ORG", None}, found
    assert found.get("Мінюст") in {"ORG", None}, found


def _mentions(stage: EntityStage, text: str) -> list:  # type: ignore[type-arg]
    from tests.entities.conftest import mentions_of

    return mentions_of(stage, text, "uk")


def test_the_word_lists_are_lower_case_cyrillic_and_not_empty() -> None:
    from storyline.entities.slavic_kinds import KindWords

    words = KindWords.load()
    for kind in ("body_stem", "region_word"):
        listed = words.get("uk", kind)
        assert listed, kind
        assert all(w == w.lower() and all("\u0400" <= ch <= "\u04ff" or ch == "'" for ch in w) for w in listed), kind


def test_a_person_span_loses_the_words_it_swallowed_and_keeps_its_initials(stage: EntityStage) -> None:
    text = (
        "Словник уклали за участю професора М. П. Гнатюка та його колег.\n\n"
        "Тринадцятирічний Юрко прибіг додому першим. Назвався Матвієм і пішов."
    )
    found = kinds(stage, text, "uk")
    assert found.get("М. П. Гнатюка") == "PER", found
    assert found.get("Юрко") == "PER", found
    assert "Тринадцятирічний Юрко" not in found, found


def test_a_surname_with_an_apostrophe_is_whole(stage: EntityStage) -> None:
    found = kinds(stage, "Про це розповіла волонтерка Катерина Дем’янчук із Рівного.", "uk")
    assert found.get("Катерина Дем’янчук") == "PER", found


def test_the_country_in_the_title_of_a_law_is_no_place_of_the_story(stage: EntityStage) -> None:
    text = "Рада ухвалила зміни до Закону України «Про освіту», а Польща висловила занепокоєння."
    found = kinds(stage, text, "uk")
    assert "України" not in found, found
    assert found.get("Польща") == "LOC", found


def test_a_possessive_adjective_of_a_person_is_the_person(stage: EntityStage) -> None:
    found = kinds(stage, "Кіт спав на Стефчиному ліжку, згорнувшись клубком.", "uk")
    assert found.get("Стефчиному") == "PER", found


def test_a_heading_in_capitals_is_no_organisation(stage: EntityStage) -> None:
    text = "Розділ II\n\nЗАГАЛЬНІ ПОЛОЖЕННЯ\n\nСтаття 1. Громади об'єднуються добровільно."
    found = kinds(stage, text, "uk")
    assert "ЗАГАЛЬНІ ПОЛОЖЕННЯ" not in found, found


def test_a_town_after_u_that_also_reads_as_a_surname_is_a_place(stage: EntityStage) -> None:
    text = "Після армії Микола вчився у Бахмачі на електрика, а потім працював у Торезі на шахті."
    found = kinds(stage, text, "uk")
    assert found.get("Бахмачі") == "LOC", found
    assert found.get("Торезі") == "LOC", found


def test_a_town_in_the_genitive_after_a_preposition_of_place_is_a_place(stage: EntityStage) -> None:
    found = kinds(stage, "Автобус із Бахмача приїхав із запізненням, тож Орест чекав годину.", "uk")
    assert found.get("Бахмача") == "LOC", found


def test_an_unknown_word_that_acts_is_a_character(stage: EntityStage) -> None:
    text = "Коли стемніло, Тобар везе у свою кузню залізо, а Лачплесис мовчки дивиться йому вслід."
    found = kinds(stage, text, "uk")
    assert found.get("Тобар") == "PER", found
    assert found.get("Лачплесис") == "PER", found


def test_two_names_joined_by_chy_are_two_names(stage: EntityStage) -> None:
    found = kinds(stage, "Село звалося чи то Виженки чи Вижниці, ніхто вже не пам'ятав.", "uk")
    assert "Виженки чи Вижниці" not in found, found
    assert found.get("Вижниці") == "LOC", found


def test_feasts_and_the_web_are_no_places_and_a_pronoun_is_no_togo(stage: EntityStage) -> None:
    text = "Того вечора мама спекла пиріг. Після Різдва ми довго сиділи в Інтернеті, а потім поїхали до Того."
    found = kinds(stage, text, "uk")
    assert found.get("Різдва") != "LOC", found
    assert found.get("Інтернеті") != "LOC", found
    assert found.get("Того") == "LOC", found  # the country at the end, not the pronoun opening the text
    assert [m.start for m in _mentions(stage, text) if m.text == "Того"] == [text.rindex("Того")]


def test_the_lord_inside_a_sentence_is_a_person(stage: EntityStage) -> None:
    found = kinds(stage, "Мати довго не могла повірити, що Бог послав їй таке спокійне дитя.", "uk")
    assert found.get("Бог") == "PER", found


def test_a_given_name_and_patronymic_are_one_name(stage: EntityStage) -> None:
    text = "Дівчинка торкнулася руки Ганни Іванівни і всміхнулася. Потім поклала в долоню Ганни Іванівни записку."
    found = [(m.text, m.kind) for m in _mentions(stage, text)]
    assert found.count(("Ганни Іванівни", "PER")) == 2, found
