"""Hand-written stores for the report, web and browser tests (shared by those three areas).

``fill_store`` writes a small multilingual story (talks in Sochi reported in English, Russian and
Ukrainian) with entities, time expressions and events; ``hostile=True`` adds an article, an
entity and a story whose every text field tries to run script in the page.
"""

from __future__ import annotations

from pathlib import Path

from storyline.model import Alias, Article, DateValue, Entity, Event, EventMention, Evidence, Mention, Story, TimeExpr
from storyline.store import Store

PUTIN = "ent-putin"
ERDOGAN = "ent-erdogan"
SOCHI = "ent-sochi"
UN = "ent-un"
EVIL = "ent-evil"

EN_TEXT = (
    "SOCHI, Russia — Vladimir Putin met Recep Tayyip Erdogan in Sochi on Friday to discuss grain exports "
    "across the Black Sea.\n\n"
    "The two leaders agreed on 5 August 2022 to widen trade in roubles, according to officials present.\n\n"
    "Erdogan urged the United Nations to speed up inspections of cargo ships."
)
RU_TEXT = (
    "Путин провёл переговоры с Эрдоганом в Сочи 5 августа 2022 года.\n\n"
    "Стороны договорились расширить торговлю в рублях, сообщили в Кремле.\n\n"
    "Эрдоган призвал ООН ускорить проверку судов."
)
UK_TEXT = (  # starts with a flag: two code points outside the BMP, so JavaScript offsets differ from ours
    "\U0001f1fa\U0001f1e6 Путін зустрівся з Ердоганом у Сочі 5 серпня 2022 року.\n\n"
    "У Києві заявили, що Путін звинуватив Захід у зриві зернової угоди 6 серпня."
)
HOSTILE_TEXT = (
    "Breaking <script>window.__xss = 'script';</script> news.\n\n"
    "Photo: <img src=x onerror=\"window.__xss = 'img'\"> caption.\n\n"
    "Close the block </script><script>window.__xss = 'close';</script> and a line\u2028separator"
    "\u2029here. Vladimir Putin <b onmouseover=alert(1)>spoke</b> on 7 August 2022."
)
HOSTILE_MARKUP = "<img src=x onerror=\"window.__xss='name'\">"


def _span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _mention(text: str, needle: str, key: str, kind: str, lang: str, nth: int = 0) -> Mention:
    start, end = _span(text, needle, nth)
    return Mention(start=start, end=end, text=needle, kind=kind, lemma=needle, key=key, name=needle, lang=lang)


def _time(text: str, needle: str, iso: str) -> TimeExpr:
    start, end = _span(text, needle)
    return TimeExpr(start=start, end=end, text=needle, value=DateValue(iso, iso, "day", "exact"))


def _sentence(text: str, needle: str) -> tuple[int, int, str]:
    start, _ = _span(text, needle)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return start, end, text[start:end]


def _event_mention(
    text: str, needle: str, kind: str, actors: tuple[str, ...], recipients: tuple[str, ...]
) -> EventMention:
    start, end, sentence = _sentence(text, needle)
    return EventMention(
        type=kind,
        mode=None,
        actors=actors,
        recipients=recipients,
        location=None,
        date=DateValue("2022-08-05", "2022-08-05", "day", "exact"),
        status="reported",
        sentence=sentence,
        start=start,
        end=end,
        confidence=0.8,
        summary=f"{kind} event",
    )


def sample_articles(*, hostile: bool = False) -> list[Article]:
    en = Article(
        id="art-en",
        source="samples/sochi-en.txt",
        text=EN_TEXT,
        language="en",
        title="Putin and Erdogan meet in Sochi over grain",
        outlet="Example Wire",
        published="2022-08-05",
        url="https://news.example.org/sochi",
        input_key="in-en",
        mentions=(
            _mention(EN_TEXT, "Vladimir Putin", "kb:putin", "PER", "en"),
            _mention(EN_TEXT, "Recep Tayyip Erdogan", "kb:erdogan", "PER", "en"),
            _mention(EN_TEXT, "Sochi", "kb:sochi", "LOC", "en"),
            _mention(EN_TEXT, "Erdogan", "kb:erdogan", "PER", "en", nth=1),
            _mention(EN_TEXT, "United Nations", "kb:un", "ORG", "en"),
        ),
        times=(_time(EN_TEXT, "5 August 2022", "2022-08-05"),),
        events=(
            _event_mention(EN_TEXT, "Vladimir Putin met", "CONSULT", ("kb:putin",), ("kb:erdogan",)),
            _event_mention(EN_TEXT, "The two leaders agreed", "AGREE", ("kb:putin", "kb:erdogan"), ()),
            _event_mention(EN_TEXT, "Erdogan urged", "REQUEST", ("kb:erdogan",), ("kb:un",)),
        ),
    )
    ru = Article(
        id="art-ru",
        source="samples/sochi-ru.txt",
        text=RU_TEXT,
        language="ru",
        title="Путин и Эрдоган провели переговоры в Сочи",
        published="2022-08-05",
        input_key="in-ru",
        mentions=(
            _mention(RU_TEXT, "Путин", "kb:putin", "PER", "ru"),
            _mention(RU_TEXT, "Эрдоганом", "kb:erdogan", "PER", "ru"),
            _mention(RU_TEXT, "Сочи", "kb:sochi", "LOC", "ru"),
            _mention(RU_TEXT, "ООН", "kb:un", "ORG", "ru"),
        ),
        times=(_time(RU_TEXT, "5 августа 2022 года", "2022-08-05"),),
        events=(_event_mention(RU_TEXT, "Путин провёл", "CONSULT", ("kb:putin",), ("kb:erdogan",)),),
    )
    uk = Article(
        id="art-uk",
        source="samples/sochi-uk.txt",
        text=UK_TEXT,
        language="uk",
        title="Путін і Ердоган зустрілися в Сочі",
        published="2022-08-06",
        input_key="in-uk",
        mentions=(
            _mention(UK_TEXT, "Путін", "kb:putin", "PER", "uk"),
            _mention(UK_TEXT, "Ердоганом", "kb:erdogan", "PER", "uk"),
            _mention(UK_TEXT, "Путін", "kb:putin", "PER", "uk", nth=1),
        ),
        times=(_time(UK_TEXT, "6 серпня", "2022-08-06"),),
        events=(_event_mention(UK_TEXT, "У Києві", "ACCUSE", ("kb:putin",), ()),),
    )
    articles = [en, ru, uk]
    if hostile:
        articles.append(
            Article(
                id="art-evil",
                source="samples/<script>alert(1)</script>.txt",
                text=HOSTILE_TEXT,
                language="en",
                title="</script><script>window.__xss='title'</script><img src=x onerror=\"window.__xss='t'\">",
                outlet="<svg onload=\"window.__xss='outlet'\">",
                byline="javascript:window.__xss='byline'",
                published="2022-08-07",
                url="javascript:window.__xss='url'",
                input_key="in-evil",
                mentions=(
                    _mention(HOSTILE_TEXT, "<img src=x onerror=", "kb:evil", "MISC", "en"),
                    _mention(HOSTILE_TEXT, "Vladimir Putin", "kb:putin", "PER", "en"),
                ),
                times=(_time(HOSTILE_TEXT, "7 August 2022", "2022-08-07"),),
                events=(_event_mention(HOSTILE_TEXT, "Close the block", "THREATEN", ("kb:evil",), ("kb:putin",)),),
            )
        )
    return articles


def sample_entities(*, hostile: bool = False) -> list[Entity]:
    entities = [
        Entity(
            id=PUTIN,
            kind="PER",
            name="Vladimir Putin",
            aliases=(
                Alias("Vladimir Putin", "en", 2),
                Alias("Путин", "ru", 1),
                Alias("Путін", "uk", 2),
            ),
            country="RUS",
            role="President",
            kb_id="Q7747",
            article_ids=("art-en", "art-ru", "art-uk"),
            mentions=5,
        ),
        Entity(
            id=ERDOGAN,
            kind="PER",
            name="Recep Tayyip Erdogan",
            aliases=(
                Alias("Recep Tayyip Erdogan", "en", 1),
                Alias("Erdogan", "en", 1),
                Alias("Эрдоганом", "ru", 1),
                Alias("Ердоганом", "uk", 1),
            ),
            country="TUR",
            role="President",
            kb_id=None,
            article_ids=("art-en", "art-ru", "art-uk"),
            mentions=4,
        ),
        Entity(
            SOCHI,
            "LOC",
            "Sochi",
            (Alias("Sochi", "en", 1), Alias("Сочи", "ru", 1)),
            "RUS",
            None,
            None,
            ("art-en", "art-ru"),
            2,
        ),
        Entity(
            UN,
            "ORG",
            "United Nations",
            (Alias("United Nations", "en", 1), Alias("ООН", "ru", 1)),
            None,
            None,
            None,
            ("art-en", "art-ru"),
            2,
        ),
    ]
    if hostile:
        entities.append(
            Entity(
                EVIL,
                "MISC",
                HOSTILE_MARKUP,
                (Alias("<script>window.__xss='alias'</script>", "en", 1),),
                "<b>",
                "javascript:alert(1)",
                None,
                ("art-evil",),
                1,
            )
        )
    return entities


def _evidence(article: Article, index: int) -> Evidence:
    mention = article.events[index]
    return Evidence(article.id, mention.sentence, mention.start, mention.end)


def sample_events(articles: list[Article], *, hostile: bool = False) -> list[Event]:
    by_id = {a.id: a for a in articles}
    en, ru, uk = by_id["art-en"], by_id["art-ru"], by_id["art-uk"]
    day = DateValue("2022-08-05", "2022-08-05", "day", "exact")
    events = [
        Event(
            "ev-consult",
            "CONSULT",
            "visit",
            (PUTIN,),
            (ERDOGAN,),
            SOCHI,
            day,
            "reported",
            "Vladimir Putin met Recep Tayyip Erdogan in Sochi",
            (_evidence(en, 0), _evidence(ru, 0)),
            0.9,
            story_id="story-sochi",
            date_conflicts=(DateValue("2022-08-04", "2022-08-04", "day", "approximate"),),
        ),
        Event(
            "ev-agree",
            "AGREE",
            None,
            (PUTIN, ERDOGAN),
            (),
            SOCHI,
            day,
            "reported",
            "Putin and Erdogan agreed to widen trade in roubles",
            (_evidence(en, 1),),
            0.7,
            story_id="story-sochi",
        ),
        Event(
            "ev-request",
            "REQUEST",
            None,
            (ERDOGAN,),
            (UN,),
            None,
            DateValue("2022-08-05", "2022-08-05", "day", "approximate"),
            "reported",
            "Erdogan asked the United Nations to speed up inspections",
            (_evidence(en, 2),),
            0.6,
            story_id="story-sochi",
        ),
        Event(
            "ev-accuse",
            "ACCUSE",
            None,
            (PUTIN,),
            (),
            None,
            DateValue("2022-08-06", "2022-08-06", "day", "exact"),
            "reported",
            "Putin blamed the West for the grain deal's troubles",
            (_evidence(uk, 0),),
            0.5,
            story_id="story-sochi",
        ),
    ]
    if hostile:
        evil = by_id["art-evil"]
        events.append(
            Event(
                "ev-evil",
                "THREATEN",
                "<script>",
                (EVIL,),
                (PUTIN,),
                None,
                DateValue("2022-08-07", "2022-08-07", "day", "exact"),
                "reported",
                "<img src=x onerror=\"window.__xss='summary'\">",
                (_evidence(evil, 0),),
                0.4,
                story_id="story-evil",
            )
        )
        events.append(  # an event type is text from the store too
            Event(
                "ev-evil-type",
                '"><img src=x onerror="window.__xss=\'type\'">',
                None,
                (PUTIN,),
                (EVIL,),
                None,
                DateValue(None, None, "unknown", "unresolved"),
                "reported",
                "odd type",
                (_evidence(evil, 0),),
                0.3,
                story_id="story-evil",
            )
        )
    return events


def sample_stories(*, hostile: bool = False) -> list[Story]:
    stories = [
        Story(
            id="story-sochi",
            title="Putin and Erdogan hold grain talks in Sochi",
            languages=("en", "ru", "uk"),
            article_ids=("art-en", "art-ru", "art-uk"),
            start="2022-08-05",
            end="2022-08-06",
            entities=(PUTIN, ERDOGAN, SOCHI, UN),
            timeline=("ev-consult", "ev-agree", "ev-request", "ev-accuse"),
            summary="Vladimir Putin hosted Recep Tayyip Erdogan in Sochi; they agreed to widen trade.",
        )
    ]
    if hostile:
        stories.append(
            Story(
                id="story-evil",
                title='"><img src=x onerror="window.__xss=\'story\'"><a href="javascript:window.__xss=\'a\'">x</a>',
                languages=("en",),
                article_ids=("art-evil",),
                start="2022-08-07",
                end="2022-08-07",
                entities=(EVIL, PUTIN),
                timeline=("ev-evil", "ev-evil-type"),
                summary="</script><script>window.__xss='brief'</script>\u2028",
            )
        )
    return stories


def fill_store(path: Path, *, hostile: bool = False) -> Path:
    """Write the sample store at ``path`` (a ``storyline.db`` file) and return ``path``."""
    articles = sample_articles(hostile=hostile)
    entities = sample_entities(hostile=hostile)
    events = sample_events(articles, hostile=hostile)
    stories = sample_stories(hostile=hostile)
    keys = {"kb:putin": PUTIN, "kb:erdogan": ERDOGAN, "kb:sochi": SOCHI, "kb:un": UN, "kb:evil": EVIL}
    store = Store.open(path)
    try:
        store.add_results(articles)
        counts: dict[tuple[str, str], int] = {}
        for article in articles:
            for mention in article.mentions:
                pair = (article.id, keys[mention.key])
                counts[pair] = counts.get(pair, 0) + 1
        store.replace_entities(entities, {k: v for k, v in keys.items() if hostile or k != "kb:evil"}, counts)
        store.replace_events(events)
        store.set_article_stories(
            [(a.id, "story-evil" if a.id == "art-evil" else "story-sochi", None, None) for a in articles]
        )
        store.replace_stories(stories)
    finally:
        store.close()
    return path
