"""Language identification of articles and lines."""

from __future__ import annotations

import pytest

from storyline.language.detect import LanguageDetector, close_languages, supported_languages
from storyline.language.scripts import dominant_script, load_language_scripts

SAMPLES = {
    "en": "The city council voted on Tuesday to build a new bridge across the river, ending years of debate.",
    "ru": "Городской совет во вторник проголосовал за строительство нового моста через реку.",
    "uk": "Міська рада у вівторок проголосувала за будівництво нового мосту через річку.",
    "bg": "Общинският съвет гласува във вторник за изграждането на нов мост над реката.",
    "pl": "Rada miasta zagłosowała we wtorek za budową nowego mostu na rzece.",
    "cs": "Městská rada v úterý odhlasovala stavbu nového mostu přes řeku.",
    "de": "Der Stadtrat hat am Dienstag beschlossen, eine neue Brücke über den Fluss zu bauen.",
    "fr": "Le conseil municipal a voté mardi la construction d'un nouveau pont sur la rivière.",
    "es": "El ayuntamiento votó el martes a favor de construir un nuevo puente sobre el río.",
    "it": "Il consiglio comunale ha votato martedì la costruzione di un nuovo ponte sul fiume.",
    "hi": "नगर परिषद ने मंगलवार को नदी पर एक नया पुल बनाने के पक्ष में मतदान किया।",
    "nl": "De gemeenteraad heeft dinsdag besloten een nieuwe brug over de rivier te bouwen.",
}


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector()


@pytest.mark.parametrize(("code", "text"), sorted(SAMPLES.items()))
def test_short_article_languages(detector: LanguageDetector, code: str, text: str) -> None:
    assert detector.detect(text) == code
    assert detector.detect_line(text) == code


def test_longer_text_in_close_languages(detector: LanguageDetector) -> None:
    assert detector.detect(" ".join([SAMPLES["uk"]] * 8)) == "uk"
    assert detector.detect(" ".join([SAMPLES["ru"]] * 8)) == "ru"


def test_too_little_text(detector: LanguageDetector) -> None:
    assert detector.detect("") is None
    assert detector.detect("12:45 — 3/4") is None
    assert detector.detect_line("OK") is None


def test_supported_set_is_explicit_and_large() -> None:
    languages = supported_languages()
    assert len(languages) >= 60
    assert {"en", "ru", "uk", "hi", "es", "fr", "it", "de", "pl", "cs", "bg", "sl", "nl", "ar", "zh"} <= set(languages)
    assert set(load_language_scripts()) == set(languages)


def test_close_languages() -> None:
    assert close_languages("ru", "uk")
    assert close_languages("en", "en")
    assert not close_languages("en", "hi")


def test_dominant_script() -> None:
    assert dominant_script("तंबाकू4 दिन पहले") == "DEVANAGARI"
    assert dominant_script("Привет, world!") == "CYRILLIC"
    assert dominant_script("12:45") is None
