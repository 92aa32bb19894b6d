"""Direct and reported quotes with their speakers."""

from __future__ import annotations

from storyline.events.stage import EventStage
from tests.events.helpers import article

LAVROV = ("Lavrov", "PER", "kb:lavrov", "Sergey Lavrov", "RUS")


def quotes_of(text: str, lang: str, specs: list[tuple[str, str, str, str, str | None]]) -> list[tuple[str, str | None]]:
    (out,) = EventStage(use_classifier=False).process([article(text, lang, specs)])
    for q in out.quotes:
        assert out.text[q.start : q.end] == q.text
    return [(q.text, q.speaker) for q in out.quotes]


def test_direct_quotes_in_several_styles() -> None:
    en = quotes_of("“We will not wait forever,” Lavrov told reporters in Moscow.", "en", [LAVROV])
    assert en == [("We will not wait forever,", "kb:lavrov")]
    ru = quotes_of(
        "«Мы не будем ждать вечно», — заявил Лавров.", "ru", [("Лавров", "PER", "kb:lavrov", "Sergey Lavrov", "RUS")]
    )
    assert ru == [("Мы не будем ждать вечно", "kb:lavrov")]
    de = quotes_of(
        "Scholz sagte: „Wir stehen fest an der Seite der Ukraine.“",
        "de",
        [("Scholz", "PER", "kb:scholz", "Olaf Scholz", "DEU")],
    )
    assert de == [("Wir stehen fest an der Seite der Ukraine.", "kb:scholz")]


def test_short_scare_quotes_are_not_quotes() -> None:
    assert quotes_of("The pipeline «Nord Stream» was idle, Lavrov said.", "en", [LAVROV]) == []


def test_reported_speech_with_that_and_with_verb_first_order() -> None:
    en = quotes_of("Lavrov said that Moscow would respond to any provocation.", "en", [LAVROV])
    assert en == [("Moscow would respond to any provocation", "kb:lavrov")]
    ru = quotes_of(
        "Песков заявил, что Кремль не получил ответа от Вашингтона.",
        "ru",
        [("Песков", "PER", "kb:peskov", "Dmitry Peskov", "RUS")],
    )
    assert ru and ru[0][1] == "kb:peskov"


def test_pronoun_speaker_resolves_to_last_person() -> None:
    text = "Lavrov arrived late. He said that the talks had been useful for both sides."
    assert quotes_of(text, "en", [LAVROV]) == [("the talks had been useful for both sides", "kb:lavrov")]


def test_quote_without_named_speaker_has_none() -> None:
    assert quotes_of("“This is a dangerous moment for Europe,” the statement read.", "en", []) == [
        ("This is a dangerous moment for Europe,", None)
    ]
