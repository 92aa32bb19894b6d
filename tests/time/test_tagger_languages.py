"""Time expressions in ru, uk, de, fr, es, it, pl and hi, with their inflections."""

from __future__ import annotations

import pytest

from storyline.time.tagger import tag_times

# 2021-12-23 is a Thursday
ANCHOR = "2021-12-23"

CASES = [
    # (lang, text, expression, start, end, granularity)
    ("ru", "Об этом он сказал на брифинге 21 декабря.", "21 декабря", "2021-12-21", "2021-12-21", "day"),
    ("ru", "Стороны могут в январе провести переговоры.", "январе", "2022-01-01", "2022-01-31", "month"),
    ("ru", "В понедельник министр вернулся в Москву.", "понедельник", "2021-12-20", "2021-12-20", "day"),
    ("ru", "На прошлой неделе прошли консультации.", "На прошлой неделе", "2021-12-13", "2021-12-19", "week"),
    ("ru", "Договор подписали 3 марта 2019 года в Женеве.", "3 марта 2019 года", "2019-03-03", "2019-03-03", "day"),
    ("ru", "Три года назад ситуация была иной.", "Три года назад", "2018-01-01", "2018-12-31", "year"),
    ("ru", "Это началось в 1990-х годах.", "1990-х годах", "1990-01-01", "1999-12-31", "decade"),
    ("uk", "У четвер президент виступив у Раді.", "четвер", "2021-12-23", "2021-12-23", "day"),
    ("uk", "Міністр заявив про це минулого тижня.", "минулого тижня", "2021-12-13", "2021-12-19", "week"),
    ("uk", "Зустріч відбулася 21 грудня 2021 року.", "21 грудня 2021 року", "2021-12-21", "2021-12-21", "day"),
    ("uk", "Вчора ввечері посол покинув країну.", "Вчора ввечері", "2021-12-22", "2021-12-22", "day"),
    ("de", "Am Montag traf sich die Kommission.", "Montag", "2021-12-20", "2021-12-20", "day"),
    ("de", "Der Vertrag vom 7. Dezember 2021 gilt.", "7. Dezember 2021", "2021-12-07", "2021-12-07", "day"),
    ("de", "Vor zwei Jahren begann der Streit.", "Vor zwei Jahren", "2019-01-01", "2019-12-31", "year"),
    ("de", "Letzte Woche gab es keine Einigung.", "Letzte Woche", "2021-12-13", "2021-12-19", "week"),
    ("fr", "Le ministre s'est exprimé le 7 décembre à Paris.", "7 décembre", "2021-12-07", "2021-12-07", "day"),
    (
        "fr",
        "La semaine dernière, les pourparlers ont cessé.",
        "La semaine dernière",
        "2021-12-13",
        "2021-12-19",
        "week",
    ),
    ("fr", "Il y a deux jours, la délégation est arrivée.", "Il y a deux jours", "2021-12-21", "2021-12-21", "day"),
    ("fr", "Lundi dernier, le sommet a été reporté.", "Lundi dernier", "2021-12-20", "2021-12-20", "day"),
    ("es", "El pasado lunes se reunieron los ministros.", "El pasado lunes", "2021-12-20", "2021-12-20", "day"),
    (
        "es",
        "El acuerdo del 15 de diciembre de 2021 sigue vigente.",
        "15 de diciembre de 2021",
        "2021-12-15",
        "2021-12-15",
        "day",
    ),
    ("es", "Hace dos años estalló la crisis.", "Hace dos años", "2019-01-01", "2019-12-31", "year"),
    ("it", "Lunedì scorso il governo ha votato.", "Lunedì scorso", "2021-12-20", "2021-12-20", "day"),
    ("it", "Due anni fa la crisi era peggiore.", "Due anni fa", "2019-01-01", "2019-12-31", "year"),
    ("it", "La settimana scorsa il vertice è saltato.", "La settimana scorsa", "2021-12-13", "2021-12-19", "week"),
    ("pl", "W czwartek premier spotkał się z prezydentem.", "czwartek", "2021-12-23", "2021-12-23", "day"),
    ("pl", "W zeszłym tygodniu rozmowy utknęły.", "W zeszłym tygodniu", "2021-12-13", "2021-12-19", "week"),
    ("pl", "Umowę podpisano 15 grudnia 2021 r. w Warszawie.", "15 grudnia 2021 r.", "2021-12-15", "2021-12-15", "day"),
    ("hi", "सोमवार को मंत्री ने बयान दिया।", "सोमवार", "2021-12-20", "2021-12-20", "day"),
    ("hi", "यह समझौता 15 दिसंबर 2021 को हुआ।", "15 दिसंबर 2021", "2021-12-15", "2021-12-15", "day"),
]


@pytest.mark.parametrize(("lang", "text", "expression", "start", "end", "granularity"), CASES)
def test_expression_is_found_and_resolved(
    lang: str, text: str, expression: str, start: str, end: str, granularity: str
) -> None:
    times = {t.text.lower(): t for t in tag_times(text, lang, ANCHOR)}
    assert expression.lower() in times, f"{expression!r} not in {list(times)}"
    value = times[expression.lower()].value
    assert (value.start, value.end, value.granularity) == (start, end, granularity)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Серед учасників були дипломати з різних країн."),
        ("ru", "Выбросы попадают в окружающую среду."),
        ("es", "Por la mañana el mar estaba en calma."),
        ("de", "Am Morgen war die Stimmung gedrückt."),
    ],
)
def test_false_friends_are_not_dates(lang: str, text: str) -> None:
    assert tag_times(text, lang, ANCHOR) == []


def test_chained_reference_in_russian() -> None:
    text = "7 декабря президенты провели видеосвязь. На следующий день помощники дали брифинг."
    times = {t.text: t for t in tag_times(text, "ru", ANCHOR)}
    assert times["На следующий день"].value.start == "2021-12-08"
    assert times["На следующий день"].anchor == "previous"


def test_future_weekday_in_german() -> None:
    times = {t.text: t for t in tag_times("Die Minister werden sich am Dienstag treffen.", "de", ANCHOR)}
    assert times["Dienstag"].value.start == "2021-12-28"


@pytest.mark.parametrize(
    ("lang", "text", "weekday", "expected"),
    [
        ("ru", "В среду в Брюсселе соберётся совет.", "среду", "2021-12-29"),
        ("ru", "В среду в Брюсселе собрался совет.", "среду", "2021-12-22"),
        ("uk", "У вівторок делегації зустрінуться у Відні.", "вівторок", "2021-12-28"),
        ("uk", "У вівторок делегації зустрілися у Відні.", "вівторок", "2021-12-21"),
    ],
)
def test_slavic_verb_tense_decides_the_weekday(lang: str, text: str, weekday: str, expected: str) -> None:
    times = {t.text: t for t in tag_times(text, lang, ANCHOR)}
    assert times[weekday].value.start == expected


@pytest.mark.parametrize(
    ("lang", "text", "weekday", "expected"),
    [
        ("es", "El rey viajará el lunes a Madrid.", "lunes", "2021-12-27"),
        ("es", "El rey viajó el lunes a Madrid.", "lunes", "2021-12-20"),
        ("fr", "Le ministre se rendra lundi à Kyiv.", "lundi", "2021-12-27"),
        ("it", "Il ministro incontrerà lunedì il collega.", "lunedì", "2021-12-27"),
    ],
)
def test_romance_future_endings_decide_the_weekday(lang: str, text: str, weekday: str, expected: str) -> None:
    times = {t.text: t for t in tag_times(text, lang, ANCHOR)}
    assert times[weekday].value.start == expected


@pytest.mark.parametrize(
    ("lang", "text", "expression"),
    [
        ("ru", "Учения пройдут с 1 по 5 января.", "с 1 по 5 января"),
        ("en", "The fair runs from 1 to 5 January 2022.", "from 1 to 5 January 2022"),
        ("de", "Die Messe läuft vom 1. bis 5. Januar.", "vom 1. bis 5. Januar"),
        ("pl", "Targi potrwają od 1 do 5 stycznia.", "od 1 do 5 stycznia"),
    ],
)
def test_day_ranges_span_their_days(lang: str, text: str, expression: str) -> None:
    times = {t.text: t for t in tag_times(text, lang, ANCHOR)}
    value = times[expression].value
    assert (value.start, value.end, value.granularity) == ("2022-01-01", "2022-01-05", "day")


def test_hindi_kal_is_yesterday_or_tomorrow_by_tense() -> None:
    text = "कल बैठक होगी। कल बैठक हुई।"
    days = [t.value.start for t in tag_times(text, "hi", ANCHOR)]
    assert days == ["2021-12-24", "2021-12-22"]


@pytest.mark.parametrize(
    ("lang", "text", "weekday", "expected"),
    [
        ("pl", "W piątek premier spotkał się z prezydentem.", "piątek", "2021-12-17"),
        ("pl", "W piątek premier spotka się z prezydentem.", "piątek", "2021-12-24"),
        ("de", "Der Minister wird am Montag sprechen.", "Montag", "2021-12-27"),
        ("de", "Der Minister hat am Montag gesprochen.", "Montag", "2021-12-20"),
    ],
)
def test_polish_and_german_tense(lang: str, text: str, weekday: str, expected: str) -> None:
    times = {t.text: t for t in tag_times(text, lang, ANCHOR)}
    assert times[weekday].value.start == expected


def test_spanish_day_without_month_takes_the_anchor_month_by_tense() -> None:
    text = "La reunión se celebró el día 3 y se repetirá el próximo día 28."
    times = {t.text: t.value for t in tag_times(text, "es", "2021-11-20")}
    assert times["el día 3"].start == "2021-11-03"
    assert times["el día 3"].certainty == "approximate"
    assert times["el próximo día 28"].start == "2021-11-28"
