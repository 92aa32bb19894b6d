"""Event dates: the sentence's own date, else the paragraph's, else the publication date, else a named day."""

from __future__ import annotations

from storyline.events.dating import event_date
from storyline.model import DateValue, TimeExpr

TEXT = "Background in the 1960s.\n\nThe crew will strike on 28 September, the union said."


def _time(surface: str, value: DateValue) -> TimeExpr:
    start = TEXT.index(surface)
    return TimeExpr(start, start + len(surface), surface, value)


def _date(times: list[TimeExpr], published: str | None) -> DateValue:
    sentence = (TEXT.index("The crew"), len(TEXT))
    trigger = (TEXT.index("strike"), TEXT.index("strike") + 6)
    return event_date(times, sentence_span=sentence, paragraph_span=sentence, trigger_span=trigger, published=published)


def test_named_day_without_a_year_is_a_day_we_cannot_place() -> None:
    named = _time("28 September", DateValue(None, None, "day", "unresolved"))
    assert _date([named], None) == DateValue(None, None, "day", "unresolved")
    assert _date([named], "2018-09-20") == DateValue("2018-09-20", "2018-09-20", "day", "approximate")
    assert _date([], None).granularity == "unknown"


def test_sentence_date_wins_and_earlier_decades_are_not_carried() -> None:
    day = _time("28 September", DateValue("2018-09-28", "2018-09-28", "day", "exact"))
    assert _date([day], "2018-09-20").start == "2018-09-28"
    decade = _time("1960s", DateValue("1960-01-01", "1969-12-31", "decade", "exact"))
    whole = (0, len(TEXT))
    sentence = (TEXT.index("The crew"), len(TEXT))
    trigger = (TEXT.index("strike"), TEXT.index("strike") + 6)
    value = event_date([decade], sentence_span=sentence, paragraph_span=whole, trigger_span=trigger, published=None)
    assert value.start is None


def test_a_relative_month_from_an_earlier_sentence_does_not_date_the_event() -> None:
    text = "Until a month ago he was the spokesman. He demanded a dialogue."
    month = TimeExpr(
        text.index("a month ago"),
        text.index("a month ago") + 11,
        "a month ago",
        DateValue("2011-01-01", "2011-01-31", "month", "exact"),
    )
    sentence = (text.index("He demanded"), len(text))
    trigger = (text.index("demanded"), text.index("demanded") + 8)
    value = event_date(
        [month], sentence_span=sentence, paragraph_span=(0, len(text)), trigger_span=trigger, published="2011-02-21"
    )
    assert value == DateValue("2011-02-21", "2011-02-21", "day", "approximate")
    value = event_date(
        [month], sentence_span=sentence, paragraph_span=(0, len(text)), trigger_span=trigger, published=None
    )
    assert value.start is None  # a month from an earlier sentence is background, not the event's date


def test_a_date_chained_from_another_is_not_carried_to_the_next_sentence() -> None:
    text = "Two years later he signed the appeal. Putin offered him the post."
    later = TimeExpr(
        0, 15, "Two years later", DateValue("2024-01-01", "2024-12-31", "year", "exact"), anchor="previous"
    )
    sentence = (text.index("Putin"), len(text))
    trigger = (text.index("offered"), text.index("offered") + 7)
    value = event_date(
        [later], sentence_span=sentence, paragraph_span=(0, len(text)), trigger_span=trigger, published=None
    )
    assert value.start is None
    absolute = TimeExpr(0, 15, "On 4 March 2014", DateValue("2014-03-04", "2014-03-04", "day", "exact"), anchor="none")
    value = event_date(
        [absolute], sentence_span=sentence, paragraph_span=(0, len(text)), trigger_span=trigger, published=None
    )
    assert value.start == "2014-03-04" and value.certainty == "approximate"
