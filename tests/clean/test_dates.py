"""Written dates and the publication date decision (never a guessed year)."""

from __future__ import annotations

import pytest

from storyline.clean.dates import DateFinder
from storyline.clean.published import PublicationDateFinder


@pytest.fixture(scope="module")
def finder() -> DateFinder:
    return DateFinder()


@pytest.fixture(scope="module")
def decider() -> PublicationDateFinder:
    return PublicationDateFinder()


@pytest.mark.parametrize(
    ("text", "language", "iso"),
    [
        ("Об этом он сказал 21 декабря 2021 года на брифинге.", "ru", "2021-12-21"),
        ("The talks opened on Jan. 27, 2022 in Geneva.", "en", "2022-01-27"),
        ("La reunión se celebró el 18 de agosto de 2012 en El Cairo.", "es", "2012-08-18"),
        ("Le sommet a eu lieu le 3 mars 2011 à Bruxelles.", "fr", "2011-03-03"),
        ("Dokument podpisano 5 maja 2020 w Warszawie.", "pl", "2020-05-05"),
        ("Stand: 21.12.2021, 14:35 Uhr", "de", "2021-12-21"),
        ("Posted 2019-11-18 07:45", "en", "2019-11-18"),
    ],
)
def test_complete_dates(finder: DateFinder, text: str, language: str, iso: str) -> None:
    dates = finder.find(text, language)
    assert [d.iso() for d in dates] == [iso]


def test_date_without_year_keeps_year_unknown(finder: DateFinder) -> None:
    dates = finder.find("Переговоры состоялись 15 декабря в Москве.", "ru")
    assert len(dates) == 1
    assert (dates[0].year, dates[0].month, dates[0].day) == (None, 12, 15)
    assert dates[0].iso() is None


def test_impossible_date_is_not_complete(finder: DateFinder) -> None:
    assert [d.iso() for d in finder.find("31 February 2020", "en")] == [None]


def test_metadata_first(decider: PublicationDateFinder) -> None:
    result = decider.decide(
        metadata="2022-01-10T09:30:00+00:00",
        header_lines=["12.01.2022"],
        paragraphs=["GENEVA, Jan 11, 2022 (Reuters) - Talks began."],
        sentences=[],
        language="en",
    )
    assert (result.value, result.basis) == ("2022-01-10", "metadata")


def test_header_stamp_is_page_metadata(decider: PublicationDateFinder) -> None:
    result = decider.decide(
        metadata=None,
        header_lines=["World news", "Опубликовано: 21 декабря 2021", "Автор: Иван Петров"],
        paragraphs=["Текст статьи."],
        sentences=["Текст статьи."],
        language="ru",
    )
    assert (result.value, result.basis) == ("2021-12-21", "metadata")


def test_dateline_with_year(decider: PublicationDateFinder) -> None:
    paragraph = "MOSCOW / WASHINGTON, Jan 27, 2022 (Reuters) - Russia said on Thursday that it had received a reply."
    result = decider.decide(metadata=None, header_lines=[], paragraphs=[paragraph], sentences=[], language="en")
    assert (result.value, result.basis) == ("2022-01-27", "dateline")


def test_dateline_without_year_ignores_other_years_on_the_page(decider: PublicationDateFinder) -> None:
    paragraphs = [
        "MOSCOW, Jan 27 (Reuters) - Russia said on Thursday that it had received a written reply.",
        "The proposals were first sent on January 10, 2022, officials said.",
    ]
    result = decider.decide(metadata=None, header_lines=[], paragraphs=paragraphs, sentences=[], language="en")
    assert (result.value, result.basis) == (None, "none")


def test_updated_stamp_is_not_a_publication_date(decider: PublicationDateFinder) -> None:
    lines = ["(Aggiornato alle 04:28 del 20 marzo 2011)"]
    result = decider.decide(metadata=None, header_lines=lines, paragraphs=["Testo."], sentences=[], language="it")
    assert result.value is None


def test_dateline_without_any_year_gives_no_date(decider: PublicationDateFinder) -> None:
    paragraphs = ["MOSCOW, Jan 27 (Reuters) - Russia said on Thursday that it had received a written reply."]
    result = decider.decide(metadata=None, header_lines=[], paragraphs=paragraphs, sentences=[], language="en")
    assert (result.value, result.basis) == (None, "none")


def test_today_reference_in_text(decider: PublicationDateFinder) -> None:
    sentences = ["Hoy, 18 de agosto de 2012, miles de personas salieron a la calle.", "La policía no intervino."]
    result = decider.decide(
        metadata=None, header_lines=[], paragraphs=[" ".join(sentences)], sentences=sentences, language="es"
    )
    assert (result.value, result.basis) == ("2012-08-18", "text")


def test_dates_in_text_without_today_give_nothing(decider: PublicationDateFinder) -> None:
    sentences = ["The treaty was signed on 8 December 1987.", "It ended in 2019."]
    result = decider.decide(
        metadata=None, header_lines=[], paragraphs=[" ".join(sentences)], sentences=sentences, language="en"
    )
    assert result.value is None


def test_capture_date_bounds_found_dates(decider: PublicationDateFinder) -> None:
    paragraph = "MOSCOW, Jan 27, 2022 (Reuters) - Russia said on Thursday that it had received a reply."
    kwargs = {"metadata": None, "header_lines": [], "paragraphs": [paragraph], "sentences": [], "language": "en"}
    assert decider.decide(**kwargs, not_after="2022-01-28").value == "2022-01-27"
    assert decider.decide(**kwargs, not_after="2022-01-20").value is None


def test_time_stamp_under_the_headline(decider: PublicationDateFinder) -> None:
    lines = ["10.01.2022 21:17", "Автор: Ольга Миронова", "Просмотров: 18 406"]
    result = decider.decide(metadata=None, header_lines=lines, paragraphs=["Текст."], sentences=[], language="ru")
    assert (result.value, result.basis) == ("2022-01-10", "metadata")


def test_revision_stamp_beside_the_publication_stamp(decider: PublicationDateFinder) -> None:
    lines = ["Agency | CITY", "22.07.2022 - 20:12 | Last update: 23.07.2022 - 08:55"]
    result = decider.decide(metadata=None, header_lines=lines, paragraphs=["Text."], sentences=[], language="en")
    assert result.value == "2022-07-22"


def test_two_time_stamps_between_headline_and_body_give_nothing(decider: PublicationDateFinder) -> None:
    lines = ["le 28 janvier 2013 à 11:44", "Un autre sujet", "le 30 janvier 2013 à 00:00"]
    result = decider.decide(metadata=None, header_lines=lines, paragraphs=["Texte."], sentences=[], language="fr")
    assert result.value is None
