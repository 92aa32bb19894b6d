"""Ukrainian and Russian organisation names written as phrases (lower-case heads, genitive places,
legal forms before quoted names, one-word bodies) are found whole and as organisations."""

from __future__ import annotations

import pytest

from storyline.entities.slavic_phrases import PhraseWords
from storyline.entities.stage import EntityStage
from tests.entities.conftest import kinds


def test_the_grammar_words_file_holds_every_class_for_both_languages() -> None:
    words = PhraseWords.load()
    for lang in ("uk", "ru"):
        for kind in ("head", "seat", "stop", "link", "topic"):
            assert words.get(lang, kind), (lang, kind)
        assert words.get(lang, "seat") <= words.get(lang, "head") | {"рад", "рада"}, lang
    for (_lang, _kind), listed in words.words.items():
        assert all(w == w.lower() and w.strip() for w in listed)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Скаргу фермера розглядав Вінницький окружний адміністративний суд, і він став на бік громади.",
            "Вінницький окружний адміністративний суд",
        ),
        (
            "Земельну ділянку передали за рішенням Бобрицької сільської ради ще у 2011 році.",
            "Бобрицької сільської ради",
        ),
        (
            "Минулої осені Господарський суд Черкаської області відмовив підрядникові в позові.",
            "Господарський суд Черкаської області",
        ),
        ("Звернення підписали депутати від Партії регіонів та кількох малих фракцій.", "Партії регіонів"),
        (
            "Кошториси перевіряє Головне управління статистики у Волинській області.",
            "Головне управління статистики у Волинській області",
        ),
        ("Тендер оскаржили в Антимонопольному комітеті, і скаргу прийняли.", "Антимонопольному комітеті"),
    ],
)
def test_a_ukrainian_body_is_one_organisation_with_its_lower_case_words(
    stage: EntityStage, text: str, name: str
) -> None:
    found = kinds(stage, text, "uk")
    assert found.get(name) == "ORG", found


def test_a_place_in_the_genitive_stays_inside_the_body_name(stage: EntityStage) -> None:
    found = kinds(stage, "Про затримання повідомила Служба безпеки України минулого тижня.", "uk")
    assert found.get("Служба безпеки України") == "ORG", found
    assert "України" not in found


def test_a_legal_form_and_its_quoted_name_are_one_organisation(stage: EntityStage) -> None:
    text = "Договір оренди уклали ТОВ «Зелена Долина» та ПАТ «Полтаваобленерго», а НАК «Нафтогаз України» мовчить."
    found = kinds(stage, text, "uk")
    for name in ("ТОВ «Зелена Долина»", "ПАТ «Полтаваобленерго»", "НАК «Нафтогаз України»"):
        assert found.get(name) == "ORG", found
    assert not [t for t in found if t.startswith("Договір")]


def test_a_place_adjective_before_an_acronym_and_a_head_before_a_quote_join_the_name(stage: EntityStage) -> None:
    text = "Скаргу розглянуло Волинське ОТВ АМКУ. Аеропорт «Жуляни» тимчасово закрили для рейсів."
    found = kinds(stage, text, "uk")
    assert found.get("Волинське ОТВ АМКУ") == "ORG", found
    assert found.get("Аеропорт «Жуляни»") == "ORG", found


def test_a_capitalised_common_noun_after_a_head_and_a_one_word_quoted_paper_join_names(stage: EntityStage) -> None:
    text = "Порядок затверджує Кабінет Міністрів України. Редакція газети «Полісся» переїхала до Сарн."
    found = kinds(stage, text, "uk")
    assert found.get("Кабінет Міністрів України") == "ORG", found
    assert found.get("Полісся") == "ORG", found


def test_one_word_bodies_are_organisations_not_people(stage: EntityStage) -> None:
    text = "Перевірку провели Мінекономрозвитку і Держпраці, а Нацполіції відкрила справу за заявою Київради."
    found = kinds(stage, text, "uk")
    for name in ("Мінекономрозвитку", "Держпраці", "Нацполіції", "Київради"):
        assert found.get(name) == "ORG", found


def test_a_surname_after_a_council_is_not_part_of_it(stage: EntityStage) -> None:
    found = kinds(stage, "Лист надіслав голова Рівненської обласної ради Олександр Данильчук.", "uk")
    assert found.get("Рівненської обласної ради") == "ORG", found
    assert found.get("Олександр Данильчук") == "PER", found


def test_common_words_opening_a_sentence_do_not_make_a_body(stage: EntityStage) -> None:
    found = kinds(stage, "Центр міста перекрили до вечора. Нова дорога коштувала дорого.", "uk")
    assert not found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Иск к застройщику рассмотрел Арбитражный суд Свердловской области.", "Арбитражный суд Свердловской области"),
        (
            "Проверку начала Федеральная служба по надзору в сфере образования и науки.",
            "Федеральная служба по надзору в сфере образования и науки",
        ),
        ("Контракт получило ООО «Северный ветер», сообщил Минтранс.", "ООО «Северный ветер»"),
        ("Контракт получило ООО «Северный ветер», сообщил Минтранс.", "Минтранс"),
    ],
)
def test_a_russian_body_is_one_organisation(stage: EntityStage, text: str, name: str) -> None:
    found = kinds(stage, text, "ru")
    assert found.get(name) == "ORG", found
