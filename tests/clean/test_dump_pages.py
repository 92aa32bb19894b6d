"""The clean stage on hand-written text dumps: body kept, chrome removed, metadata found."""

from __future__ import annotations

import pytest

from storyline.clean.stage import CleanStage
from storyline.ids import article_id
from storyline.model import Article, RawDoc, Rejection, RejectReason
from tests.clean import pages


def clean_text(stage: CleanStage, text: str, **meta: str) -> Article:
    result = stage.process([RawDoc("page.txt", "text", text, "key", meta)])[0]
    assert isinstance(result, Article), result
    return result


def test_english_page_body_and_metadata(stage: CleanStage) -> None:
    article = clean_text(stage, pages.ENGLISH_PAGE)
    assert article.text.startswith("PORTVILLE, March 3, 2023")
    assert "plan our lives" in article.text
    for chrome in (
        "Skip to content",
        "Read also",
        "Related stories",
        "Ferry timetable",
        "2 hours ago",
        "Subscribe",
        "cookies",
        "All rights reserved",
        "Photo:",
        "By Maria",
    ):
        assert chrome not in article.text
    assert article.title == "Harbour strike ends after nine days as dock workers accept new pay offer"
    assert article.outlet == "Coastal Herald"
    assert article.byline == "Maria Lopez"
    assert (article.published, article.published_basis) == ("2023-03-03", "dateline")
    assert article.language == "en"
    assert article.page_language is None
    assert not article.machine_translated


def test_paragraphs_are_separated_by_one_blank_line(stage: CleanStage) -> None:
    article = clean_text(stage, pages.ENGLISH_PAGE)
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 5
    assert all(p.strip() == p and "\n" not in p for p in paragraphs)


def test_russian_page_with_prompts_credit_and_reporting_verb(stage: CleanStage) -> None:
    article = clean_text(stage, pages.RUSSIAN_PAGE)
    assert article.language == "ru"
    assert article.title == "В Новосибирске открыли новый мост через Обь"
    assert article.byline == "Ирина Смирнова"
    assert article.outlet == "Сибирский вестник"
    assert "Читайте также" not in article.text
    assert "Фото:" not in article.text
    assert "Комментарии" not in article.text
    assert article.text.startswith("В Новосибирске в понедельник")
    assert article.published is None  # the page gives no date


def test_language_without_lexicon_found_by_shape(stage: CleanStage) -> None:
    article = clean_text(stage, pages.SWEDISH_PAGE)
    assert article.language == "sv"
    assert article.title == "Ny cykelbana invigd längs älven"
    assert article.text.startswith("Den nya cykelbanan")
    assert article.text.endswith("belysta banan.")
    for chrome in ("Mest läst", "Tåget försenat", "Kontakta oss", "Väder"):
        assert chrome not in article.text


def test_english_article_in_hindi_page(stage: CleanStage) -> None:
    article = clean_text(stage, pages.HINDI_CHROME_PAGE)
    assert article.language == "en"
    assert article.page_language == "hi"
    assert "पहले" not in article.text
    assert "क्रिकेट" not in article.text
    assert article.text.startswith("The central bank left")


def test_machine_translation_notice(stage: CleanStage) -> None:
    article = clean_text(stage, pages.MT_NOTICE_PAGE)
    assert article.machine_translated
    assert article.translated_from == "uk"
    assert "Google Translate" not in article.text
    assert article.outlet == "Steppe News"
    assert "Bakers raise" not in article.text


def test_page_without_notice_is_not_translated(stage: CleanStage) -> None:
    article = clean_text(stage, pages.SWEDISH_PAGE)
    assert not article.machine_translated
    assert article.translated_from is None


def test_metadata_given_with_the_input_wins(stage: CleanStage) -> None:
    article = clean_text(
        stage,
        pages.ENGLISH_PAGE,
        title="Given title",
        outlet="Given Outlet",
        published="2023-03-04T08:00:00Z",
        url="https://example.org/news/1",
    )
    assert article.title == "Given title"
    assert article.outlet == "Given Outlet"
    assert (article.published, article.published_basis) == ("2023-03-04", "metadata")
    assert article.url == "https://example.org/news/1"


def test_id_and_segments_follow_the_text(stage: CleanStage) -> None:
    article = clean_text(stage, pages.RUSSIAN_PAGE)
    assert article.id == article_id(article.text)
    assert [article.text[s.start : s.end] for s in article.segments] == article.text.split("\n\n")
    assert {s.kind for s in article.segments} == {"paragraph"}
    assert {s.language for s in article.segments} == {"ru"}


def test_segments_tell_mixed_languages(stage: CleanStage) -> None:
    text = (
        "The delegation arrived in the capital on Monday for two days of talks on trade and energy.\n\n"
        "Делегация прибыла в столицу в понедельник на двухдневные переговоры о торговле и энергетике."
    )
    article = stage.process([RawDoc("r", "record", text, "k")])[0]
    assert isinstance(article, Article)
    assert [s.language for s in article.segments] == ["en", "ru"]


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n  ", "Home\nNews\nSport\nContact\nSubscribe\n© 2023 Example Media"],
)
def test_no_body_is_an_empty_rejection(stage: CleanStage, text: str) -> None:
    result = stage.process([RawDoc("empty.txt", "text", text, "k")])[0]
    assert isinstance(result, Rejection)
    assert result.reason is RejectReason.EMPTY
    assert result.detail


def test_batch_keeps_length_and_order(stage: CleanStage) -> None:
    batch = [
        RawDoc("a.txt", "text", pages.SWEDISH_PAGE, "a"),
        RawDoc("b.txt", "text", "", "b"),
        RawDoc("c.txt", "text", pages.RUSSIAN_PAGE, "c"),
    ]
    results = stage.process(batch)
    assert [r.source for r in results] == ["a.txt", "b.txt", "c.txt"]
    assert [type(r).__name__ for r in results] == ["Article", "Rejection", "Article"]


def test_lines_repeated_across_a_site_are_chrome(stage: CleanStage) -> None:
    insert = "Opinion pieces from our readers every Sunday"
    paragraphs = [
        "The {n} museum reopened its east wing on Saturday after a renovation that took two years and cost "
        "more than it was meant to.",
        "Visitors queued for an hour to see the restored ceiling paintings in room {n}, which had been hidden "
        "behind scaffolding since the work began.",
    ]
    texts = [f"Museum news item {n}\n\n{paragraphs[0]}\n\n{insert}\n\n{paragraphs[1]}\n".format(n=n) for n in range(3)]
    alone = clean_text(stage, texts[0])
    assert insert in alone.text  # one page alone: the line reads like the article
    batch = [RawDoc(f"{i}.txt", "text", text, str(i)) for i, text in enumerate(texts)]
    by_default = stage.process(batch)  # off by default: a document's text must not depend on its batch
    assert all(isinstance(r, Article) and insert in r.text for r in by_default)
    site_stage = CleanStage(detector=stage.detector, site_repeats=True)
    for result in site_stage.process(batch):
        assert isinstance(result, Article)
        assert insert not in result.text
        assert "restored ceiling paintings" in result.text


def test_record_text_is_kept_but_its_translation_notice_is_read(stage: CleanStage) -> None:
    text = (
        "This story was machine translated from German.\n\n"
        "The ferry company said on Monday that it would add two crossings a day during the summer.\n\n"
        "Tickets for the new crossings go on sale next week."
    )
    article = stage.process([RawDoc("r", "record", text, "k", {"language": "en"})])[0]
    assert isinstance(article, Article)
    assert article.text.split("\n\n") == text.split("\n\n")[1:]
    assert article.machine_translated
    assert article.translated_from == "de"


def test_plain_article_without_chrome_is_kept_whole(stage: CleanStage) -> None:
    text = (
        "Storm closes schools in the north\n\n"
        "Heavy snow closed more than two hundred schools in the north of the country on Tuesday, and the "
        "weather service warned of more to come.\n\n"
        "Roads were blocked in several valleys."
    )
    article = clean_text(stage, text)
    assert article.title == "Storm closes schools in the north"
    assert article.text == text.split("\n\n", 1)[1]


def test_one_short_note_is_its_own_text(stage: CleanStage) -> None:
    assert clean_text(stage, "Snow closed the schools today.").text == "Snow closed the schools today."


def test_syndicated_copies_in_one_batch_keep_their_sentences(stage: CleanStage) -> None:
    text = (
        "Storm closes schools in the north\n\n"
        "Heavy snow closed more than two hundred schools in the north of the country on Tuesday, and the "
        "weather service warned of more to come.\n\n"
        "Roads were blocked in several valleys.\n"
    )
    site_stage = CleanStage(detector=stage.detector, site_repeats=True)
    results = site_stage.process([RawDoc(f"{i}.txt", "text", text, str(i)) for i in range(3)])
    for result in results:
        assert isinstance(result, Article)
        assert "Roads were blocked in several valleys." in result.text
