"""Chained offsets ("two years later", "dwa lata później") count from the latest earlier date fine enough for
their unit, not only from a day-level date: after "in 2014" two years later is 2016, not two years after the
article's publication."""

from __future__ import annotations

import pytest

from storyline.time.tagger import tag_timexes


def resolved(text: str, lang: str, anchor: str = "2022-03-01") -> dict[str, tuple[str, str, str]]:
    out = {}
    for timex in tag_timexes(text, lang, anchor):
        span = timex.resolution.span
        if span is not None:
            out[timex.text] = (span.start.isoformat(), span.granularity, timex.resolution.anchor)
    return out


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        ("pl", "W 2014 roku Rosja zajęła Krym. Dwa lata później odbyły się wybory.", "Dwa lata później"),
        ("pl", "W 2014 roku Rosja zajęła Krym, a dwa lat później odbyły się wybory.", "dwa lat później"),
        ("de", "Im Jahr 2014 annektierte Russland die Krim. Zwei Jahre später gab es Wahlen.", "Zwei Jahre später"),
    ],
)
def test_years_later_count_from_a_year_mentioned_before(lang: str, text: str, phrase: str) -> None:
    assert resolved(text, lang)[phrase] == ("2016-01-01", "year", "previous")


def test_months_later_count_from_a_month_mentioned_before() -> None:
    found = resolved("W marcu 2014 roku zajęto Krym. Dwa miesiące później podpisano porozumienie.", "pl")
    assert found["Dwa miesiące później"] == ("2014-05-01", "month", "previous")


def test_days_later_still_need_a_day_and_skip_a_later_year() -> None:
    text = "3 marca 2014 roku zajęto lotnisko. W 2016 roku nic się nie działo. Dwa dni później ogłoszono rozejm."
    assert resolved(text, "pl")["Dwa dni później"] == ("2014-03-05", "day", "previous")


def test_offsets_chain_on_each_other() -> None:
    text = "W 2010 roku podpisano umowę. Dwa lata później ją zmieniono. Rok później ją zerwano."
    found = resolved(text, "pl")
    assert found["Dwa lata później"][0] == "2012-01-01"
    assert found["Rok później"][0] == "2013-01-01"


def test_without_an_earlier_date_the_publication_is_the_approximate_base() -> None:
    timexes = tag_timexes("Dwa lata później odbyły się wybory.", "pl", "2022-03-01")
    assert timexes[0].resolution.span is not None
    assert timexes[0].resolution.span.start.year == 2024
    assert timexes[0].resolution.anchor == "published"
