"""The report and the app in a real headless browser: views render, events open their evidence,
cross-script search works, no console errors, and hostile articles cannot run script."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.report.report_fixtures import PUTIN

VIEWS = {
    "stories": "#/stories",
    "story": "#/story/story-sochi?event=ev-consult",
    "entity": f"#/entity/{PUTIN}",
    "article": "#/article/art-en",
    "search": "#/search?q=Путин",
}
HOSTILE_VIEWS = [
    "#/stories",
    "#/articles",
    "#/story/story-evil?event=ev-evil",
    "#/entity/ent-evil",
    "#/article/art-evil",
    "#/search?q=%3Cimg",
    "#/story/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    "#/entity/%E0%A4%A",  # a malformed escape
]


def wait_for(driver: Any, css: str, timeout: float = 10) -> Any:
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(expected_conditions.presence_of_element_located(("css selector", css)))


def open_view(driver: Any, base: str, fragment: str, ready: str) -> None:
    driver.get(base + fragment)
    wait_for(driver, ready)


def severe_console_entries(driver: Any) -> list[dict[str, Any]]:
    return [entry for entry in driver.get_log("browser") if entry["level"] in {"SEVERE", "ERROR"}]


def assert_nothing_injected(driver: Any) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    assert driver.execute_script("return typeof window.__xss") == "undefined"
    with pytest.raises(NoAlertPresentException):
        _ = driver.switch_to.alert.text
    injected = driver.execute_script(
        """
        const bad = [];
        for (const el of document.querySelectorAll('*')) {
          for (const attr of el.attributes) {
            if (attr.name.startsWith('on')) bad.push(el.tagName + ' ' + attr.name);
            const linkish = attr.name === 'href' || attr.name === 'src';
            if (linkish && /^\\s*javascript:/i.test(attr.value)) bad.push(attr.value);
          }
        }
        for (const el of document.querySelectorAll('img, iframe, object, embed, b, svg svg')) bad.push(el.tagName);
        const running = [...document.scripts].filter(s => !s.type || s.type === 'text/javascript');
        return bad.concat(running.length > 1 ? ['script'] : []);
        """
    )
    assert injected == []


@pytest.fixture(params=["report", "app"])
def base(request: pytest.FixtureRequest) -> str:
    return request.getfixturevalue("report_url" if request.param == "report" else "app_url")


def test_views_load_without_console_errors_and_are_captured(driver: Any, base: str, artifacts: Path) -> None:
    kind = "report" if base.startswith("file:") else "app"
    driver.get_log("browser")  # drop entries from earlier tests
    ready = {
        "stories": "#story-list",
        "story": "#timeline",
        "entity": "#aliases",
        "article": "#article-text",
        "search": "#search-results",
    }
    for name, fragment in VIEWS.items():
        open_view(driver, base, fragment, ready[name])
        driver.save_screenshot(str(artifacts / f"{kind}-{name}.png"))
    assert severe_console_entries(driver) == []


def test_story_timeline_shows_events_and_clicking_one_opens_its_evidence(driver: Any, base: str) -> None:
    open_view(driver, base, "#/story/story-sochi", "#timeline")
    marks = driver.find_elements("css selector", "#timeline .ev")
    assert sorted(m.get_attribute("data-event") for m in marks) == sorted(
        ["ev-consult", "ev-agree", "ev-request", "ev-accuse"]
    )
    assert not driver.find_element("id", "evidence").is_displayed()
    consult = driver.find_element("css selector", '#timeline .ev[data-event="ev-consult"]')
    consult.click()
    panel = driver.find_element("id", "evidence")
    assert panel.is_displayed()
    quotes = [q.text for q in panel.find_elements("css selector", "blockquote")]
    assert any(q.startswith("Vladimir Putin met Recep Tayyip Erdogan") for q in quotes)
    assert any(q.startswith("Путин провёл переговоры") for q in quotes)
    assert "Other dates given\n2022-08-04 (approximate)" in panel.text
    sources = panel.find_elements("css selector", ".evidence-item a")
    assert {a.get_attribute("href").split("#")[1].split("?")[0] for a in sources} == {
        "/article/art-en",
        "/article/art-ru",
    }
    for mark in marks:  # events on the same day share a lane: none may cover another
        mark.click()
        selected = driver.find_elements("css selector", "#timeline .ev.selected")
        assert [e.get_attribute("data-event") for e in selected] == [mark.get_attribute("data-event")]
    edges = driver.find_elements("css selector", "#network .edge")
    assert {e.get_attribute("data-type") for e in edges} == {"CONSULT", "REQUEST"}


def test_events_open_from_the_keyboard_and_from_the_event_list(driver: Any, base: str) -> None:
    from selenium.webdriver.common.keys import Keys

    open_view(driver, base, "#/story/story-sochi", "#timeline")
    driver.find_element("css selector", '#timeline .ev[data-event="ev-accuse"]').send_keys(Keys.ENTER)
    panel = driver.find_element("id", "evidence")
    assert panel.is_displayed() and "У Києві заявили" in panel.text
    driver.find_element("css selector", "details.event-table summary").click()
    driver.find_element("css selector", '#story-events a[data-event="ev-request"]').click()
    assert "Erdogan urged the United Nations" in driver.find_element("id", "evidence").text
    selected = driver.find_elements("css selector", "#timeline .ev.selected")
    assert [e.get_attribute("data-event") for e in selected] == ["ev-request"]


def test_search_finds_an_entity_by_a_name_in_another_script(driver: Any, base: str) -> None:
    open_view(driver, base, "#/stories", "#story-list")
    box = driver.find_element("id", "global-search")
    box.send_keys("Путин")
    box.submit()
    results = wait_for(driver, "#search-results")
    rows = results.find_elements("css selector", "tbody tr")
    assert [r.get_attribute("data-entity") for r in rows] == [PUTIN]
    assert "Vladimir Putin" in rows[0].text
    rows[0].find_element("css selector", "a").click()
    table = wait_for(driver, "#aliases")
    assert "Путін" in table.text and "uk" in table.text


def test_article_view_highlights_layers_from_offsets(driver: Any, base: str) -> None:
    open_view(driver, base, "#/article/art-uk", "#article-text")
    text = driver.find_element("id", "article-text")
    mentions = [m.text for m in text.find_elements("css selector", ".m")]
    assert mentions == ["Путін", "Ердоганом", "Путін"]
    assert [t.text for t in text.find_elements("css selector", ".t")] == ["6 серпня"]
    event_parts = text.find_elements("css selector", "[class*='ev-verbal_conflict']")
    assert "".join(p.text for p in event_parts).startswith("У Києві заявили")
    assert text.text.startswith("\U0001f1fa\U0001f1e6 Путін зустрівся з Ердоганом у Сочі")


def test_story_filters_narrow_the_list(driver: Any, base: str) -> None:
    open_view(driver, base, "#/stories?type=ACCUSE", "#story-list")
    rows = driver.find_elements("css selector", "#story-list .story-row")
    assert [r.get_attribute("data-story") for r in rows] == ["story-sochi"]
    open_view(driver, base, "#/stories?lang=de", "#story-list-empty")
    open_view(driver, base, "#/stories?sort=newest", "#story-list")
    rows = driver.find_elements("css selector", "#story-list .story-row")
    assert [r.get_attribute("data-story") for r in rows] == ["story-evil", "story-sochi"]


def test_article_list_filters_by_language_and_opens_an_article(driver: Any, base: str) -> None:
    open_view(driver, base, "#/articles?lang=ru", "#article-list")
    rows = driver.find_elements("css selector", "#article-list tbody tr")
    assert [r.get_attribute("data-article") for r in rows] == ["art-ru"]
    rows[0].find_element("css selector", "a").click()
    text = wait_for(driver, "#article-text")
    assert text.text.startswith("Путин провёл переговоры")


def test_hostile_articles_cannot_run_script(driver: Any, base: str, artifacts: Path) -> None:
    kind = "report" if base.startswith("file:") else "app"
    for fragment in HOSTILE_VIEWS:
        driver.get(base + fragment)
        wait_for(driver, "#view")
        assert_nothing_injected(driver)
    open_view(driver, base, "#/article/art-evil", "#article-text")
    body = driver.find_element("id", "article-text").text
    assert "<script>window.__xss = 'script';</script>" in body  # shown as text, not run
    driver.save_screenshot(str(artifacts / f"{kind}-hostile-article.png"))
    link = driver.find_element("css selector", "dd a[target=_blank]")
    assert link.get_attribute("href").endswith("#")  # the javascript: URL was not kept
    open_view(driver, base, "#/story/story-evil?event=ev-evil", "#evidence")
    assert_nothing_injected(driver)
