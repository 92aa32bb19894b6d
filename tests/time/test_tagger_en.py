"""English time expressions: finding them, and resolving them against the publication date."""

from __future__ import annotations

from storyline.model import TimeExpr
from storyline.time.tagger import tag_times, tag_timexes


def found(text: str, anchor: str | None = "2022-01-10", lang: str = "en") -> dict[str, TimeExpr]:
    times = tag_times(text, lang, anchor)
    for expr in times:
        assert text[expr.start : expr.end] == expr.text
    return {expr.text: expr for expr in times}


def day(expr: TimeExpr) -> str | None:
    assert expr.value.granularity == "day", expr
    assert expr.value.start == expr.value.end
    return expr.value.start


def test_written_and_numeric_dates() -> None:
    times = found(
        "The accord of 15 December 2021 was signed in Vienna. A draft dated 2021-12-14 circulated, "
        "then a note of 13.12.2021, a memo of 12/11/2021 and a letter of March 3, 2020, filed 2020/03/04."
    )
    assert day(times["2020/03/04"]) == "2020-03-04"
    assert day(times["15 December 2021"]) == "2021-12-15"
    assert day(times["2021-12-14"]) == "2021-12-14"
    assert day(times["13.12.2021"]) == "2021-12-13"
    assert day(times["12/11/2021"]) == "2021-12-11"
    assert day(times["March 3, 2020"]) == "2020-03-03"


def test_partial_dates_take_the_nearest_year() -> None:
    times = found("Moscow sent its draft on December 15. The talks on January 12 will follow. Dec. 3 was quiet.")
    assert day(times["December 15"]) == "2021-12-15"
    assert day(times["January 12"]) == "2022-01-12"
    assert day(times["Dec. 3"]) == "2021-12-03"


def test_weekdays_follow_the_tense_of_the_clause() -> None:
    # 2022-01-10 is a Monday
    past = found("The minister spoke on Thursday about the border.")
    future = found("The minister will speak on Thursday about the border.")
    assert day(past["Thursday"]) == "2022-01-06"
    assert day(future["Thursday"]) == "2022-01-13"
    assert day(found("They met last Friday and meet again next Friday.")["last Friday"]) == "2022-01-07"
    assert day(found("They met last Friday and meet again next Friday.")["next Friday"]) == "2022-01-14"


def test_relative_expressions() -> None:
    times = found(
        "Yesterday the envoy left. Two days ago he arrived. Last month talks stalled; next week they resume. "
        "Earlier this month a deal looked close, and this year may bring more."
    )
    assert day(times["Yesterday"]) == "2022-01-09"
    assert day(times["Two days ago"]) == "2022-01-08"
    assert (times["Last month"].value.start, times["Last month"].value.end) == ("2021-12-01", "2021-12-31")
    assert times["Last month"].value.granularity == "month"
    assert (times["next week"].value.start, times["next week"].value.end) == ("2022-01-17", "2022-01-23")
    assert times["Earlier this month"].value.start == "2022-01-01"
    assert times["Earlier this month"].value.certainty == "approximate"
    assert (times["this year"].value.start, times["this year"].value.end) == ("2022-01-01", "2022-12-31")


def test_years_and_decades() -> None:
    times = found("The treaty signed in 1990 held until 2014. In the 1990s few expected it.")
    assert times["1990"].value.granularity == "year"
    assert (times["1990"].value.start, times["1990"].value.end) == ("1990-01-01", "1990-12-31")
    assert times["2014"].value.start == "2014-01-01"
    decade = times["the 1990s"].value
    assert (decade.start, decade.end, decade.granularity) == ("1990-01-01", "1999-12-31", "decade")


def test_chained_references_follow_the_previous_date() -> None:
    times = found("On December 7 the presidents spoke by video. The next day aides briefed reporters.")
    assert day(times["December 7"]) == "2021-12-07"
    assert day(times["The next day"]) == "2021-12-08"
    assert times["The next day"].anchor == "previous"
    very = found("On December 7 they spoke. The very next day after the envoy left, he called.", "2021-12-16")
    assert day(very["The very next day"]) == "2021-12-08"
    earlier = found("The vote came on 3 March 2019. A day earlier the opposition walked out.")
    assert day(earlier["A day earlier"]) == "2019-03-02"


def test_month_alone_is_past_unless_the_clause_is_future() -> None:
    assert found("Prices rose sharply in August.", "2013-03-22")["August"].value.start == "2012-08-01"
    assert found("The plant will reopen in June.", "2013-03-22")["June"].value.start == "2013-06-01"


def test_without_a_publication_date_nothing_is_invented() -> None:
    times = found("On 7 December 2021 they met; yesterday they spoke again on Thursday, and on March 4.", None)
    assert day(times["7 December 2021"]) == "2021-12-07"
    for text in ("yesterday", "Thursday", "March 4"):
        value = times[text].value
        assert (value.start, value.end, value.certainty) == (None, None, "unresolved")


def test_common_words_are_not_dates() -> None:
    text = "We may meet them on the march. Protesters march on; call me if you can. Are we done? May I ask?"
    assert tag_times(text, "en", "2022-01-10") == []


def test_durations_are_kept_without_dates() -> None:
    times = found("The sanctions lasted for three years.")
    assert times["three years"].kind == "duration"
    assert times["three years"].value.start is None
    assert "22-year" not in found("He was arrested with his 22-year-old son.")


def test_comparisons_and_prepositions_are_not_chained() -> None:
    timexes = tag_timexes("The season began a month earlier than usual, a week before the vote.", "en", "2013-03-22")
    assert all(t.resolution.reason.startswith("duration") for t in timexes)


def test_tempeval_style_values() -> None:
    values = {t.text: t.resolution.timex for t in tag_timexes(
        "Profits fell in the first quarter of 2009 and this week, as now, were flat for the 20th century's lows.",
        "en",
        "2013-03-22",
    )}  # fmt: skip
    assert values["the first quarter of 2009"] == "2009-Q1"
    assert values["this week"] == "2013-W12"
    assert values["now"] == "PRESENT_REF"
    assert values["the 20th century"] == "19"


def test_outlet_names_are_not_dates() -> None:
    times = tag_times("Russia Today reported the strike today; USA Today did not.", "en", "2022-01-10")
    assert [t.text for t in times] == ["today"]
    assert tag_times("Агентство Россия сегодня сообщило об этом.", "ru", "2022-01-10") == []


def test_previous_date_seeds_chains_in_a_single_sentence() -> None:
    sentence = "The next day the delegations met again."
    alone = tag_times(sentence, "en", "2022-01-12")
    seeded = tag_times(sentence, "en", "2022-01-12", previous="2022-01-10")
    assert (alone[0].value.start, alone[0].value.certainty, alone[0].anchor) == (
        "2022-01-13",
        "approximate",
        "published",
    )
    assert (seeded[0].value.start, seeded[0].value.certainty, seeded[0].anchor) == ("2022-01-11", "exact", "previous")
    assert tag_times(sentence, "en", None)[0].value.certainty == "unresolved"
