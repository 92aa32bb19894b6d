"""The cleaner's language data files load and hold what the code expects."""

from __future__ import annotations

from storyline.clean.lexicon import Lexicon, load_json, normalise_line
from storyline.language.detect import supported_languages


def test_prompt_lexicon_shape() -> None:
    prompts = load_json("prompts.json")
    for section in ("starts", "contains", "list_headers", "credits", "ends", "comment_headers"):
        assert prompts[section], section
    for section in ("starts", "contains", "list_headers", "credits", "ends"):
        for language, phrases in prompts[section].items():
            assert language in supported_languages(), language
            assert phrases and all(isinstance(p, str) and p.strip() for p in phrases)
    assert len(prompts["starts"]) >= 15  # many languages of "read also / subscribe / share"


def test_other_data_files_shape() -> None:
    relative = load_json("relative_time.json")
    assert set(relative) >= {"units", "ago_after", "ago_before"}
    notices = load_json("translation_notices.json")
    assert notices["engines"] and notices["automatic"]
    words = load_json("metadata_words.json")
    assert {"byline_prefixes", "byline_writes", "role_words", "reports_verbs", "title_separators"} <= set(words)
    dates = load_json("dates.json")
    assert dates["today"] and dates["published"]


def test_lexicon_matches_prompts_in_several_languages() -> None:
    lexicon = Lexicon.load()
    for line in ("Read also: the budget vote", "Читайте также: выборы", "Lesen Sie auch:", "यह भी पढ़ें"):
        assert lexicon.prompt_start.search(normalise_line(line)), line
    assert not lexicon.prompt_start.search(normalise_line("Homeowners rushed to buy before the rate rise."))


def test_relative_time_stamps() -> None:
    lexicon = Lexicon.load()
    for stamp in ("2 hours ago", "4 дні тому", "तंबाकू4 दिन पहले", "vor 3 Stunden", "hace 5 minutos", "3 ore fa"):
        assert lexicon.relative_time.search(normalise_line(stamp)), stamp
    assert not lexicon.relative_time.search(normalise_line("The talks lasted 2 hours longer than planned."))
