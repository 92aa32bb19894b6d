from __future__ import annotations

from storyline.model import Alias, DateValue, Entity, Event, Evidence
from storyline.stories.brief import briefing


def _event(eid: str, start: str, end: str, granularity: str, summary: str) -> Event:
    return Event(
        id=eid,
        type="COERCE",
        mode=None,
        actors=("e_ua",),
        recipients=(),
        location=None,
        date=DateValue(start, end, granularity, "exact"),
        status="reported",
        summary=summary,
        evidence=(Evidence("a1", "…", 0, 1),),
        confidence=0.8,
        story_id="s1",
    )


def test_briefing_states_each_event_date_only_as_precisely_as_it_is_known() -> None:
    ukraine = Entity("e_ua", "LOC", "Ukraine", (Alias("Ukraine", "en", 1),), "UKR", None, None, (), 1)
    events = [
        _event("ev_year", "2014-01-01", "2014-12-31", "year", "Ukraine cut water supplies to Crimea"),
        _event("ev_month", "2022-02-01", "2022-02-28", "month", "Ukraine closed its airspace"),
        _event("ev_day", "2023-06-06", "2023-06-06", "day", "Ukraine evacuated the riverside villages"),
    ]
    text = briefing(
        events=events,
        central=["e_ua"],
        entities={"e_ua": ukraine},
        languages=["en"],
        articles=1,
        start="2014-01-01",
        end="2023-06-06",
    )
    assert ". 2014: Ukraine cut water supplies to Crimea." in text  # no invented '1 January'
    assert ". February 2022: Ukraine closed its airspace." in text  # no invented '1 February'
    assert "6 June 2023: Ukraine evacuated the riverside villages." in text
