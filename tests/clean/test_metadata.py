"""Title suffixes, outlets named in the text, bylines in lines and inside the lead."""

from __future__ import annotations

import pytest

from storyline.clean.lexicon import Lexicon
from storyline.clean.metadata import (
    byline_from_line,
    byline_in_lead,
    outlet_from_copyright,
    outlet_from_reporting_verb,
    outlet_from_url,
    split_site_suffix,
)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def test_site_suffix_named_again_on_the_page(lexicon: Lexicon) -> None:
    page = "Bridge reopens after repairs - Valley Times\n...\nRead more on Valley Times"
    assert split_site_suffix("Bridge reopens after repairs - Valley Times", lexicon, page_text=page) == (
        "Bridge reopens after repairs",
        "Valley Times",
    )


def test_domain_suffix_needs_no_second_mention(lexicon: Lexicon) -> None:
    assert split_site_suffix("Bridge reopens after repairs | valleytimes.com", lexicon) == (
        "Bridge reopens after repairs",
        "valleytimes.com",
    )


def test_quoted_source_is_not_a_site(lexicon: Lexicon) -> None:
    line = "Новая встреча лидеров пока не планируется, – Госдеп"
    page = line + "\nГосдеп сообщил об этом в понедельник. Госдеп"
    assert split_site_suffix(line, lexicon, page_text=page) == (line, None)


def test_unconfirmed_suffix_is_kept_in_the_title(lexicon: Lexicon) -> None:
    line = "Storm closes schools - officials"
    assert split_site_suffix(line, lexicon, page_text=line) == (line, None)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Об этом он сказал на брифинге, сообщает Depo.ua.", "Depo.ua"),
        ("Про це він заявив у понеділок, повідомляє Укрінформ.", "Укрінформ"),
        ("The minister resigned on Monday, Reuters reports.", "Reuters"),
        ("The minister resigned on Monday.", None),
    ],
)
def test_outlet_from_reporting_verb(lexicon: Lexicon, text: str, outlet: str | None) -> None:
    assert outlet_from_reporting_verb(text, lexicon) == outlet


def test_outlet_from_url() -> None:
    assert outlet_from_url("https://www.example-news.org/world/123") == "example-news.org"
    assert outlet_from_url(None) is None


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Anna Berg and Tom Reed", "Anna Berg and Tom Reed"),
        ("Автор: Ирина Смирнова", "Ирина Смирнова"),
        ("By Daniel Mercer | Meridian Wire", "Daniel Mercer"),
        ("Par Markus Hofmann (Südwest Anzeiger, Stuttgart)", "Markus Hofmann"),
    ],
)
def test_byline_lines(lexicon: Lexicon, line: str, byline: str) -> None:
    assert byline_from_line(line, lexicon) == byline


def test_byline_inside_the_lead(lexicon: Lexicon) -> None:
    lead = "The envoy met the minister in Kyiv on Tuesday, सुनीता शर्मा, दिल्ली संवाददाता लिखती हैं।"
    found = byline_in_lead(lead, lexicon)
    assert found == ("सुनीता शर्मा", "The envoy met the minister in Kyiv on Tuesday.")


def test_lead_without_byline_clause(lexicon: Lexicon) -> None:
    assert byline_in_lead("The envoy met the minister in Kyiv, Lviv and Odesa, officials said.", lexicon) is None


@pytest.mark.parametrize(
    ("lines", "outlet"),
    [
        (["Home", "© 2023 Panorama Europe SRL, Bruxelles"], "Panorama Europe"),
        (["© 2006–2022 «Курьер Дня». Все права защищены. 18+"], "Курьер Дня"),
        (
            ["Copyright 2022 Meridian Wire. All rights reserved.", "© 2022 Valley Star-Journal, a Local Media company"],
            "Valley Star-Journal",
        ),
        (["© Norddeutscher Kurier 2023 – Alle Rechte vorbehalten"], "Norddeutscher Kurier"),
        (["Home", "Contact"], None),
    ],
)
def test_outlet_from_copyright(lexicon: Lexicon, lines: list[str], outlet: str | None) -> None:
    assert outlet_from_copyright(lines, lexicon) == outlet
