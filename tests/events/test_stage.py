"""Event detection, typing, arguments, status and dates on hand-written articles (lexical path)."""

from __future__ import annotations

from dataclasses import replace

from storyline.events.stage import EventStage
from storyline.model import Article, DateValue, TimeExpr
from tests.events.helpers import article

BLINKEN = ("Antony Blinken", "PER", "kb:blinken", "Antony Blinken", "USA")
ZELENSKY = ("Volodymyr Zelensky", "PER", "kb:zelensky", "Volodymyr Zelensky", "UKR")
DONFRIED = ("Karen Donfried", "PER", "kb:donfried", "Karen Donfried", "USA")
RYABKOV = ("Sergei Ryabkov", "PER", "kb:ryabkov", "Sergei Ryabkov", "RUS")
MOSCOW = ("Moscow", "LOC", "kb:moscow", "Moscow", "RUS")


def run(item: Article) -> Article:
    (out,) = EventStage(use_classifier=False).process([item])
    return out


def test_phone_call_with_date_and_both_sides() -> None:
    text = (
        "US Secretary of State Antony Blinken spoke by phone with Volodymyr Zelensky on Wednesday, "
        "the State Department said."
    )
    out = run(article(text, "en", [BLINKEN, ZELENSKY], [("Wednesday", "2022-01-19")]))
    (event,) = out.events
    assert (event.type, event.mode, event.status) == ("CONSULT", "phone", "reported")
    assert set(event.actors) == {"kb:blinken", "kb:zelensky"}
    assert event.date.start == "2022-01-19" and event.date.certainty == "exact"
    assert event.summary == "Antony Blinken (USA) spoke by phone with Volodymyr Zelensky (UKR)"
    assert out.text[event.start : event.end] == event.sentence


def test_meeting_in_a_city_gets_location_not_actor() -> None:
    text = "Karen Donfried met Sergei Ryabkov in Moscow on December 15."
    out = run(article(text, "en", [DONFRIED, RYABKOV, MOSCOW], [("December 15", "2021-12-15")], published="2021-12-17"))
    (event,) = out.events
    assert event.type == "CONSULT"
    assert event.actors == ("kb:donfried", "kb:ryabkov")
    assert event.location == "kb:moscow"
    assert event.date.start == "2021-12-15"


def test_russian_meeting_with_instrumental_partner() -> None:
    text = "Карен Донфрид встретилась с Сергеем Рябковым в Москве."
    specs = [
        ("Карен Донфрид", "PER", "kb:donfried", "Karen Donfried", "USA"),
        ("Сергеем Рябковым", "PER", "kb:ryabkov", "Sergei Ryabkov", "RUS"),
        ("Москве", "LOC", "kb:moscow", "Moscow", "RUS"),
    ]
    (event,) = run(article(text, "ru", specs)).events
    assert event.type == "CONSULT"
    assert set(event.actors) == {"kb:donfried", "kb:ryabkov"}
    assert event.location == "kb:moscow"
    assert event.date.certainty == "approximate" and event.date.start == "2022-01-20"  # publication date


def test_attack_actor_and_recipient_and_passive() -> None:
    active = "Russian forces shelled Kharkiv overnight."
    specs = [
        ("Russian forces", "ORG", "ORG:russian forces", "Russian forces", "RUS"),
        ("Kharkiv", "LOC", "kb:kharkiv", "Kharkiv", "UKR"),
    ]
    (event,) = run(article(active, "en", specs)).events
    assert event.type == "ASSAULT" and event.actors == ("ORG:russian forces",) and event.recipients == ("kb:kharkiv",)
    passive = "Kharkiv was shelled by Russian forces overnight."
    (event,) = run(article(passive, "en", specs)).events
    assert event.actors == ("ORG:russian forces",) and event.recipients == ("kb:kharkiv",)


def test_status_negated_planned_hypothetical() -> None:
    russia = ("Russia", "LOC", "kb:russia", "Russia", "RUS")
    ukraine = ("Ukraine", "LOC", "kb:ukraine", "Ukraine", "UKR")
    negated = run(article("Russia did not attack Ukraine, the ministry insisted.", "en", [russia, ukraine])).events
    assert negated[0].status == "negated"
    hypo = run(article("If Russia invades Ukraine, the price will be high.", "en", [russia, ukraine])).events
    assert hypo[0].type == "ASSAULT" and hypo[0].status == "hypothetical"
    planned = run(article("Antony Blinken will meet Volodymyr Zelensky on Thursday.", "en", [BLINKEN, ZELENSKY])).events
    assert planned[0].status == "planned"
    ru_neg = run(
        article(
            "Рябков не встретился с Донфрид.",
            "ru",
            [
                ("Рябков", "PER", "kb:ryabkov", "Sergei Ryabkov", "RUS"),
                ("Донфрид", "PER", "kb:donfried", "Karen Donfried", "USA"),
            ],
        )
    ).events
    assert ru_neg[0].status == "negated"
    ru_plan = run(
        article(
            "Россия планирует обстрелять Киев.",
            "ru",
            [("Россия", "LOC", "kb:russia", "Russia", "RUS"), ("Киев", "LOC", "kb:kyiv", "Kyiv", "UKR")],
        )
    ).events
    assert ru_plan[0].status == "planned"


def test_future_date_makes_event_planned() -> None:
    text = "Antony Blinken meets Volodymyr Zelensky on 3 February."
    (event,) = run(article(text, "en", [BLINKEN, ZELENSKY], [("3 February", "2022-02-03")])).events
    assert event.status == "planned"


def test_paragraph_date_is_used_when_sentence_has_none() -> None:
    text = (
        "On 10 January the delegations gathered in Geneva.\n"
        "Sergei Ryabkov held talks with Wendy Sherman for eight hours."
    )
    specs = [
        RYABKOV,
        ("Wendy Sherman", "PER", "kb:sherman", "Wendy Sherman", "USA"),
        ("Geneva", "LOC", "kb:geneva", "Geneva", "CHE"),
    ]
    out = run(article(text, "en", specs, [("10 January", "2022-01-10")]))
    talks = [e for e in out.events if "kb:sherman" in e.actors]
    assert talks and talks[0].date.start == "2022-01-10" and talks[0].date.certainty == "approximate"


def test_sentence_without_participants_gives_no_event() -> None:
    out = run(article("Talks continued late into the night, officials said.", "en", []))
    assert out.events == ()


def test_cities_and_distant_subjects_do_not_act() -> None:
    city = ("Benghazi", "LOC", "kb:benghazi", "Benghazi", "LBY")
    out = run(article("In Benghazi the protests continued for a third day.", "en", [city]))
    assert out.events == ()
    far = run(
        article(
            "Antony Blinken, who had flown in from Washington late on a cold evening, said protests were growing.",
            "en",
            [BLINKEN, ("Washington", "LOC", "kb:washington", "Washington", "USA")],
        )
    )
    assert far.events == ()


def test_passive_subject_and_nouns_after_prepositions_are_not_actors() -> None:
    tarbel = ("Fethi Tarbel", "PER", "PER:fethi tarbel", "Fethi Tarbel", "LBY")
    released = run(article("Fethi Tarbel was released on Tuesday.", "en", [tarbel])).events
    assert released == ()  # no one named releases him
    gazprom = ("Gazprom", "ORG", "kb:gazprom", "Gazprom", "RUS")
    noun = run(article("Gazprom disclosed its assets on demands of a London court.", "en", [gazprom])).events
    assert noun == ()


def test_events_reported_inside_direct_quotes_keep_their_quote_and_speaker() -> None:
    text = "“Russia attacked our villages again last night,” Volodymyr Zelensky told reporters."
    out = run(article(text, "en", [("Russia", "LOC", "kb:russia", "Russia", "RUS"), ZELENSKY]))
    assert [(e.type, e.actors) for e in out.events] == [("ASSAULT", ("kb:russia",))]
    assert out.quotes and out.quotes[0].speaker == "kb:zelensky"


def test_meeting_of_two_people_named_after_the_noun() -> None:
    text = "The meeting of Dmitry Kozak and Karen Donfried was also held in Moscow on December 15."
    kozak = ("Dmitry Kozak", "PER", "kb:kozak", "Dmitry Kozak", "RUS")
    out = run(article(text, "en", [kozak, DONFRIED, MOSCOW], [("December 15", "2021-12-15")]))
    (event,) = out.events
    assert event.type == "CONSULT" and set(event.actors) == {"kb:kozak", "kb:donfried"}
    assert event.location == "kb:moscow" and event.date.start == "2021-12-15"


def test_german_and_spanish_events() -> None:
    de = run(
        article(
            "Olaf Scholz traf sich am Montag mit Emmanuel Macron in Paris.",
            "de",
            [
                ("Olaf Scholz", "PER", "kb:scholz", "Olaf Scholz", "DEU"),
                ("Emmanuel Macron", "PER", "kb:macron", "Emmanuel Macron", "FRA"),
                ("Paris", "LOC", "kb:paris", "Paris", "FRA"),
            ],
        )
    ).events
    assert de[0].type == "CONSULT" and set(de[0].actors) == {"kb:scholz", "kb:macron"} and de[0].location == "kb:paris"
    es = run(
        article(
            "La CGT convocó una huelga general contra el Gobierno.",
            "es",
            [("CGT", "ORG", "ORG:cgt", "CGT", "ARG"), ("Gobierno", "ORG", "ORG:gobierno", "Government", None)],
        )
    ).events
    assert es[0].type == "PROTEST" and es[0].mode == "strike"
    assert es[0].actors == ("ORG:cgt",) and es[0].recipients == ("ORG:gobierno",)
    assert es[0].actors == ("ORG:cgt",) and es[0].recipients == ("ORG:gobierno",)


def test_batch_keeps_length_and_order_and_unknown_language_falls_back() -> None:
    a = article("Antony Blinken met Volodymyr Zelensky.", "en", [BLINKEN, ZELENSKY], article_id="a")
    b = article("Nothing happened here at all.", "xx", [], article_id="b")
    out = EventStage(use_classifier=False).process([a, b])
    assert [x.id for x in out] == ["a", "b"]
    assert len(out[0].events) == 1 and out[1].events == ()


def test_future_tense_and_periphrasis_mark_plans_in_romance_and_polish() -> None:
    clinton = ("Hillary Clinton", "PER", "kb:clinton", "Hillary Clinton", "USA")
    sarkozy = ("Nicolas Sarkozy", "PER", "kb:sarkozy", "Nicolas Sarkozy", "FRA")
    it = run(article("Hillary Clinton e Nicolas Sarkozy si incontreranno a Parigi.", "it", [clinton, sarkozy])).events
    assert it[0].type == "CONSULT" and it[0].status == "planned"
    es = run(article("Nicolas Sarkozy exigirá una respuesta inmediata.", "es", [sarkozy])).events
    assert es[0].type == "REQUEST" and es[0].status == "planned"
    done = run(article("Nicolas Sarkozy exigió una respuesta inmediata.", "es", [sarkozy])).events
    assert done[0].status == "reported"


def test_bare_old_year_is_not_taken_as_the_event_date() -> None:
    text = "Antony Blinken met Volodymyr Zelensky to discuss resolution 1973."
    item = article(text, "en", [BLINKEN, ZELENSKY], published="2011-03-20")
    start = text.index("1973")
    year = TimeExpr(start, start + 4, "1973", DateValue("1973-01-01", "1973-12-31", "year", "exact"))
    (event,) = run(replace(item, times=(year,))).events
    assert event.date.start == "2011-03-20" and event.date.certainty == "approximate"


def test_related_story_links_with_comment_counts_are_skipped_and_intent_is_clause_bound() -> None:
    saif = ("Saif al-Islam", "PER", "kb:saif", "Saif al-Islam", "LBY")
    egypt = ("Egypt", "LOC", "kb:egypt", "Egypt", "EGY")
    links = run(
        article("Saif al-Islam accuses Egypt of a conspiracy 60\n\nMore stories here today 12", "en", [saif, egypt])
    )
    assert links.events == ()
    text = "Gazprom wants to dry Europe of gas, so Austria threatened Gazprom with seizing its storage."
    specs = [("Gazprom", "ORG", "kb:gazprom", "Gazprom", "RUS"), ("Austria", "LOC", "kb:austria", "Austria", "AUT")]
    (event,) = run(article(text, "en", specs)).events
    assert event.type == "THREATEN" and event.status == "reported"
    could = run(article("Austria could threaten Gazprom with seizing its storage.", "en", specs)).events
    assert could[0].status == "hypothetical"


def test_partner_after_with_and_a_title_joins_but_topic_after_on_does_not() -> None:
    text = "Karen Donfried discussed with Deputy Foreign Minister Sergei Ryabkov the situation in Ukraine."
    (event,) = run(article(text, "en", [DONFRIED, RYABKOV, ("Ukraine", "LOC", "kb:ukraine", "Ukraine", "UKR")])).events
    assert event.type == "CONSULT" and set(event.actors) == {"kb:donfried", "kb:ryabkov"}
    summit = "Nicolas Sarkozy hosted talks on Libya in Paris."
    specs = [
        ("Nicolas Sarkozy", "PER", "kb:sarkozy", "Nicolas Sarkozy", "FRA"),
        ("Libya", "LOC", "kb:libya", "Libya", "LBY"),
        ("Paris", "LOC", "kb:paris", "Paris", "FRA"),
    ]
    (event,) = run(article(summit, "en", specs)).events
    assert event.actors == ("kb:sarkozy",)
