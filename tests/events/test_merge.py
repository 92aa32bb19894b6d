"""Merging event mentions across articles and languages into one record per real-world event."""

from __future__ import annotations

from storyline.events.merge import merge_events
from storyline.model import Alias, Article, DateValue, Entity, EventMention, Mention, TimeExpr


def day(value: str, certainty: str = "exact") -> DateValue:
    return DateValue(value, value, "day", certainty)


def mention(event_type: str, actors: tuple[str, ...], date: DateValue, **kw: object) -> EventMention:
    defaults: dict[str, object] = dict(
        mode=None,
        recipients=(),
        location=None,
        status="reported",
        sentence="s",
        start=0,
        end=1,
        confidence=0.8,
        trigger="t",
        summary="",
    )
    defaults.update(kw)
    return EventMention(type=event_type, actors=actors, date=date, **defaults)  # type: ignore[arg-type]


def art(article_id: str, lang: str, *events: EventMention) -> Article:
    return Article(id=article_id, source=article_id, text="x", language=lang, events=events)


KEYS = {"kb:donfried": "e_don", "kb:ryabkov": "e_rya", "kb:kozak": "e_koz", "kb:moscow": "e_mos", "kb:russia": "e_rus"}
ENTITIES = [
    Entity("e_don", "PER", "Karen Donfried", (Alias("Karen Donfried", "en", 1),), "USA", None, None, (), 1),
    Entity("e_rya", "PER", "Sergei Ryabkov", (Alias("Рябков", "ru", 1),), "RUS", None, None, (), 1),
    Entity("e_koz", "PER", "Dmitry Kozak", (Alias("Козак", "ru", 1),), "RUS", None, None, (), 1),
    Entity("e_mos", "LOC", "Moscow", (Alias("Москва", "ru", 1),), "RUS", None, None, (), 1),
]


def test_same_meeting_in_two_languages_is_one_event_with_both_evidence() -> None:
    en = art("en1", "en", mention("CONSULT", ("kb:donfried", "kb:ryabkov"), day("2021-12-15"), location="kb:moscow"))
    ru = art("ru1", "ru", mention("CONSULT", ("kb:ryabkov", "kb:donfried"), day("2021-12-16", "approximate")))
    (event,) = merge_events([en, ru], KEYS, {"en1": "s1", "ru1": "s1"}, entities=ENTITIES)
    assert {e.article_id for e in event.evidence} == {"en1", "ru1"}
    assert event.date.start == "2021-12-15" and event.date.certainty == "exact"
    assert event.location == "e_mos" and event.story_id == "s1"
    assert event.summary == "Karen Donfried (USA) held talks with Sergei Ryabkov (RUS) in Moscow"


def test_different_partners_on_the_same_day_stay_separate() -> None:
    a = art("a", "en", mention("CONSULT", ("kb:donfried", "kb:ryabkov"), day("2021-12-15")))
    b = art("b", "en", mention("CONSULT", ("kb:donfried", "kb:kozak"), day("2021-12-15"), start=5))
    assert len(merge_events([a, b], KEYS, {})) == 2


def test_conflicting_exact_dates_are_kept_visible() -> None:
    a = art("a", "en", mention("CONSULT", ("kb:donfried", "kb:ryabkov"), day("2021-12-15")))
    b = art("b", "de", mention("CONSULT", ("kb:donfried", "kb:ryabkov"), day("2021-12-15")))
    c = art("c", "ru", mention("CONSULT", ("kb:donfried", "kb:ryabkov"), day("2021-12-16")))
    (event,) = merge_events([a, b, c], KEYS, {})
    assert event.date.start == "2021-12-15"
    assert [d.start for d in event.date_conflicts] == ["2021-12-16"]


def test_far_apart_dates_types_and_negations_do_not_merge() -> None:
    a = art("a", "en", mention("CONSULT", ("kb:donfried", "kb:ryabkov"), day("2021-12-15")))
    later = art("b", "en", mention("CONSULT", ("kb:donfried", "kb:ryabkov"), day("2022-01-10")))
    other_type = art("c", "en", mention("ACCUSE", ("kb:donfried", "kb:ryabkov"), day("2021-12-15")))
    negated = art("d", "en", mention("CONSULT", ("kb:donfried", "kb:ryabkov"), day("2021-12-15"), status="negated"))
    assert len(merge_events([a, later, other_type, negated], KEYS, {})) == 4


def test_ids_do_not_depend_on_article_order() -> None:
    a = art("a", "en", mention("CONSULT", ("kb:donfried", "kb:ryabkov"), day("2021-12-15")))
    b = art("b", "ru", mention("CONSULT", ("kb:ryabkov",), day("2021-12-15")))
    c = art("c", "en", mention("ASSAULT", ("kb:russia",), day("2022-02-24")))
    first = merge_events([a, b, c], KEYS, {})
    second = merge_events([c, b, a], KEYS, {})
    assert [e.id for e in first] == [e.id for e in second]
    assert len(first) == 2


def test_planned_and_reported_reports_of_one_meeting_merge_as_reported() -> None:
    plan = art("a", "en", mention("CONSULT", ("kb:donfried", "kb:ryabkov"), day("2021-12-15"), status="planned"))
    done = art("b", "en", mention("CONSULT", ("kb:donfried", "kb:ryabkov"), day("2021-12-15")))
    (event,) = merge_events([plan, done], KEYS, {})
    assert event.status == "reported" and len(event.evidence) == 2


def test_the_same_teaser_in_three_articles_is_one_event() -> None:
    teaser = "Spain will require a negative test from travellers arriving from risk countries."
    reports = [
        art(f"a{i}", "en", mention("REQUEST", ("kb:spain",), day(published, "approximate"), sentence=teaser))
        for i, published in enumerate(("2021-02-16", "2021-02-17", "2021-03-21"))
    ]
    keys = {"kb:spain": "e_esp"}
    (event,) = merge_events(reports, keys, {})
    assert len(event.evidence) == 3


def test_two_publication_dates_a_few_days_apart_with_the_same_parties_merge() -> None:
    def report(article_id: str, published: str) -> Article:
        date = day(published, "approximate")
        said = f"Report {article_id}: Russia imposed sanctions on Ryabkov."
        event = mention("SANCTION", ("kb:russia",), date, recipients=("kb:ryabkov",), sentence=said)
        return art(article_id, "ru", event)

    a, b, c = report("a", "2022-03-10"), report("b", "2022-03-13"), report("c", "2022-04-20")
    events = merge_events([a, b, c], KEYS, {})
    assert sorted(len(e.evidence) for e in events) == [1, 2]


def test_a_shared_recipient_is_not_enough_when_the_doers_differ() -> None:
    keys = {"kb:hague": "e_hag", "kb:gaddafi": "e_gad"}
    gaddafi = art("a", "it", mention("REQUEST", ("kb:gaddafi",), day("2011-02-23"), sentence="Gaddafi urged jihad."))
    hague = mention("REQUEST", ("kb:hague",), day("2011-02-23"), recipients=("kb:gaddafi",), sentence="Hague asked.")
    assert len(merge_events([gaddafi, art("b", "it", hague)], keys, {})) == 2


def test_a_sea_is_not_the_target_of_a_demand_but_can_be_of_an_attack() -> None:
    sea = Entity("e_sea", "LOC", "Black Sea", (Alias("Черное море", "ru", 1),), None, None, None, (), 1)
    un = Entity("e_un", "ORG", "United Nations", (Alias("ООН", "ru", 1),), None, None, None, (), 1)
    keys = {"kb:un": "e_un", "kb:sea": "e_sea"}
    demand = art("a", "ru", mention("REQUEST", ("kb:un",), day("2022-05-01"), recipients=("kb:sea",)))
    (event,) = merge_events([demand], keys, {}, entities=[sea, un])
    assert event.recipients == () and event.summary == "United Nations made demands"
    attack = art("b", "ru", mention("ASSAULT", ("kb:un",), day("2022-05-01"), recipients=("kb:sea",)))
    (event,) = merge_events([attack], keys, {}, entities=[sea, un])
    assert event.recipients == ("e_sea",)


def test_undated_reports_merge_only_with_the_same_status_and_place() -> None:
    keys = {"kb:ryanair": "e_ryr", "kb:de": "e_deu"}
    undated = DateValue(None, None, "unknown", "unresolved")

    def strike(article_id: str, status: str, location: str | None, said: str) -> Article:
        return art(
            article_id,
            "ru",
            mention("PROTEST", ("kb:ryanair",), undated, status=status, location=location, sentence=said),
        )

    began = strike("a", "reported", None, "Pilots of Ryanair began a strike.")
    began_too = strike("b", "reported", None, "Ryanair pilots have begun a one-day strike.")
    will = strike("c", "planned", None, "Ryanair cabin crew will strike on 28 September.")
    germany = strike("d", "reported", "kb:de", "Ryanair pilots in Germany began a strike.")
    dated = art("e", "ru", mention("PROTEST", ("kb:ryanair",), day("2018-08-10"), sentence="Pilots struck on Friday."))
    events = merge_events([began, began_too, will, germany, dated], keys, {})
    assert sorted(len(e.evidence) for e in events) == [1, 1, 1, 2]


def test_reports_naming_days_we_cannot_place_stay_apart() -> None:
    keys = {"kb:ryanair": "e_ryr"}
    named = DateValue(None, None, "day", "unresolved")
    july = art("a", "pl", mention("PROTEST", ("kb:ryanair",), named, sentence="Crews will strike on 25 July."))
    september = art(
        "b", "ru", mention("PROTEST", ("kb:ryanair",), named, sentence="Crews will strike on 28 September.")
    )
    assert len(merge_events([july, september], keys, {})) == 2


def test_a_doer_that_is_a_date_word_is_no_doer() -> None:
    text = "Ayer el descontento estalló en Musratha."
    ayer = Mention(0, 4, "Ayer", "ORG", "Ayer", "ORG:ayer", "Ayer")
    when = TimeExpr(0, 4, "Ayer", DateValue("2011-02-20", "2011-02-20", "day", "exact"))
    event = mention("ASSAULT", ("ORG:ayer",), day("2011-02-20"), sentence=text, start=0, end=len(text))
    item = Article(id="a", source="a", text=text, language="es", mentions=(ayer,), times=(when,), events=(event,))
    assert merge_events([item], {"ORG:ayer": "e_ayer"}, {}) == []


def test_two_versions_of_one_syndicated_sentence_merge_even_with_a_named_day() -> None:
    named = DateValue(None, None, "day", "unresolved")
    one = "On 11 December the House of Representatives approved a resolution against the Nord Stream pipeline."
    two = "On 11 December the House of Representatives approved a resolution against the 'Nord Stream' pipeline."
    other = "On 3 May the Senate condemned the pipeline."
    keys = {"kb:usa": "e_usa"}
    items = [
        art(k, "ru", mention("ACCUSE", ("kb:usa",), named, sentence=t))
        for k, t in zip("abc", (one, two, other), strict=True)
    ]
    assert sorted(len(e.evidence) for e in merge_events(items, keys, {})) == [1, 2]
