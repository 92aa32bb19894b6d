from __future__ import annotations

from storyline.model import Alias, Article, DateValue, Entity, Event, Evidence
from storyline.stories.build import build_stories, looks_like_headline


def _entity(eid: str, kind: str, name: str, role: str | None = None) -> Entity:
    return Entity(eid, kind, name, (Alias(name, "en", 1),), None, role, None, (), 1)


ENTITIES = [
    _entity("e_ryab", "PER", "Sergei Ryabkov", "Deputy Foreign Minister"),
    _entity("e_sher", "PER", "Wendy Sherman", "Deputy Secretary of State"),
    _entity("e_gen", "LOC", "Geneva"),
    _entity("e_nato", "ORG", "NATO"),
]


def _day(day: str, granularity: str = "day") -> DateValue:
    return DateValue(day, day, granularity, "exact")


def _event(eid: str, etype: str, day: str, summary: str = "", **extra: object) -> Event:
    return Event(
        id=eid,
        type=etype,
        mode=None,
        actors=("e_ryab",),
        recipients=("e_sher",),
        location="e_gen",
        date=_day(day),
        status="reported",
        summary=summary,
        evidence=(Evidence("a_ru", "…", 0, 1),),
        confidence=0.8,
        story_id="s_talks",
        **extra,  # type: ignore[arg-type]
    )


def _article(aid: str, language: str, title: str, published: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text="…", language=language, title=title, published=published)


def test_story_record_has_english_headline_timeline_in_date_order_and_a_briefing() -> None:
    articles = [
        _article("a_ru", "ru", "Рябков и Шерман провели переговоры в Женеве", "2022-01-10"),
        _article("a_en_caption", "en", "GENEVA TALKS LIVE"),
        _article("a_en", "en", "Russia and US hold security talks in Geneva - Daily Courier", "2022-01-10"),
    ]
    events = [
        _event("ev_2", "REJECT", "2022-01-12", "Russia rejected NATO's answer"),
        _event(
            "ev_1",
            "CONSULT",
            "2022-01-10",
            "Sergei Ryabkov held talks with Wendy Sherman in Geneva",
            date_conflicts=(_day("2022-01-09"),),
        ),
    ]
    counts = {("a_ru", "e_ryab"): 3, ("a_en", "e_ryab"): 2, ("a_en", "e_nato"): 1, ("a_ru", "e_gen"): 1}
    (story,) = build_stories(
        articles, dict.fromkeys(["a_ru", "a_en", "a_en_caption"], "s_talks"), events, ENTITIES, counts
    )
    assert story.title == "Russia and US hold security talks in Geneva"
    assert story.languages == ("en", "ru")
    assert story.timeline == ("ev_1", "ev_2")
    assert (story.start, story.end) == ("2022-01-10", "2022-01-12")
    assert story.entities[0] == "e_ryab" and set(story.entities) == {"e_ryab", "e_sher", "e_gen", "e_nato"}
    assert "10 January 2022: Sergei Ryabkov held talks with Wendy Sherman in Geneva." in story.summary
    assert "also 2022-01-09" in story.summary  # the conflicting source date is flagged
    assert "Sergei Ryabkov (Deputy Foreign Minister)" in story.summary
    assert "Sergei Ryabkov met Wendy Sherman" in story.summary  # the actors' link


def test_without_an_english_member_the_title_is_composed_from_actors_events_and_month() -> None:
    articles = [_article("a_ru", "ru", "Рябков и Шерман провели переговоры в Женеве", "2022-01-10")]
    events = [_event("ev_1", "CONSULT", "2022-01-10"), _event("ev_3", "CONSULT", "2022-01-11")]
    counts = {("a_ru", "e_ryab"): 3, ("a_ru", "e_sher"): 2}
    (story,) = build_stories(articles, {"a_ru": "s_talks"}, events, ENTITIES, counts)
    assert story.title == "Sergei Ryabkov and Wendy Sherman: talks, January 2022"
    assert "Sergei Ryabkov held talks with Wendy Sherman." in story.summary  # composed when summary is empty


def test_story_without_entities_or_events_keeps_its_member_headline_and_publication_dates() -> None:
    articles = [
        _article("a_1", "it", "Terremoto a Mirela", "2023-03-05"),
        _article("a_2", "it", "Scosse", "2023-03-07"),
    ]
    (story,) = build_stories(articles, {"a_1": "s_q", "a_2": "s_q"}, [], [], {})
    assert story.title == "Terremoto a Mirela"
    assert (story.start, story.end) == ("2023-03-05", "2023-03-07")
    assert story.summary.startswith("2 articles in it, 5 March 2023 to 7 March 2023.")


def test_headline_check() -> None:
    assert looks_like_headline("Russia and US hold security talks in Geneva")
    assert not looks_like_headline("ATLANTIC POST ONLINE")
    assert not looks_like_headline("Home")
    assert not looks_like_headline("The Capital Chronicle Online Edition", "The Capital Chronicle Online Edition")
