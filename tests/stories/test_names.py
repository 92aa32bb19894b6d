from __future__ import annotations

from storyline.stories.names import name_fingerprint, name_key, overlap


def test_name_keys_agree_across_scripts_and_case_forms() -> None:
    assert name_key("Biden") == name_key("Байден") == name_key("Байдена") == name_key("Bidena")
    assert name_key("Putin") == name_key("Путин") == name_key("Путиным")
    assert name_key("Blinken") == name_key("Блинкен")
    assert name_key("Biden") != name_key("Putin")


def test_fingerprint_keeps_names_and_drops_capitalised_function_words() -> None:
    title = "Blinken warns Moscow after Geneva meeting"
    text = (
        "The US Secretary of State Antony Blinken said on Monday that Moscow must pull back. "
        "In Geneva, Blinken and Sergei Lavrov spoke for ninety minutes. However, Lavrov said Moscow "
        "had no plans to attack. According to officials, Blinken will travel to Berlin."
    )
    keys = name_fingerprint(title, text)
    assert {name_key("Blinken"), name_key("Moscow"), name_key("Lavrov"), name_key("Geneva")} <= keys
    for word in ("The", "In", "However", "According", "Monday"):
        assert name_key(word) not in keys or name_key(word) in {name_key(n) for n in ("Blinken", "Moscow")}


def test_same_people_in_two_languages_overlap_more_than_unrelated_articles() -> None:
    english = name_fingerprint(
        "Biden and Putin to talk by phone",
        "President Joe Biden will speak with Vladimir Putin about Ukraine, the White House said. "
        "Biden has warned Putin against an invasion of Ukraine.",
    )
    russian = name_fingerprint(
        "Байден и Путин поговорят по телефону",
        "Президент США Джо Байден проведёт разговор с Владимиром Путиным об Украине. "
        "Байден предупредил Путина о последствиях вторжения в Украину.",
    )
    other = name_fingerprint(
        "Ryanair cancels flights in Dublin",
        "Ryanair said cabin crew in Dublin and Madrid will strike, and Michael O'Leary apologised.",
    )
    assert overlap(english, russian) >= 0.5
    assert overlap(english, other) < overlap(english, russian)
    assert overlap(frozenset(), english) == 0.0
