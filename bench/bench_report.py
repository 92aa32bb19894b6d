"""Report and web app speed on a synthetic store of 5,000 articles.

Builds the store directly (no pipeline: the figures are about the report and the app, not the
analysis), writes report.html, opens it in headless chromium and reads the page's own
performance marks (``storyline:first-view``: the story list rendered; ``storyline:rendered``: a
view finished after a navigation), then times the JSON API over HTTP.

    python bench/bench_report.py [--articles 5000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import save_results, table
from storyline.ids import stable_id
from storyline.model import (
    Alias,
    Article,
    DateValue,
    Entity,
    Event,
    EventMention,
    Evidence,
    Mention,
    Story,
    TimeExpr,
)
from storyline.report.html import write_report
from storyline.store import Store

# Sentence frames written for this benchmark, one per event type and language;
# {a} is the actor, {b} the recipient, {p} a place, {d} a date.
FRAMES = {
    "en": {
        "CONSULT": "{a} met {b} in {p} on {d} to discuss the ceasefire.",
        "ACCUSE": "{a} accused {b} on {d} of breaking the agreement reached in {p}.",
        "AID": "Officials said {a} would send aid to {b} in {p} after {d}.",
        "REJECT": "{a} rejected the proposal put forward by {b} on {d}.",
    },
    "de": {
        "CONSULT": "{a} traf {b} am {d} in {p}, um über die Waffenruhe zu sprechen.",
        "ACCUSE": "{a} warf {b} am {d} vor, die in {p} getroffene Vereinbarung zu brechen.",
        "AID": "{a} will {b} nach dem {d} Hilfe nach {p} schicken.",
        "REJECT": "{a} lehnte am {d} den Vorschlag von {b} ab.",
    },
    "ru": {
        "CONSULT": "{a} встретился с {b} в {p} {d}, чтобы обсудить перемирие.",
        "ACCUSE": "{a} {d} обвинил {b} в нарушении договорённостей, достигнутых в {p}.",
        "AID": "{a} направит помощь {b} в {p} после {d}.",
        "REJECT": "{a} {d} отклонил предложение, которое выдвинул {b}.",
    },
    "uk": {
        "CONSULT": "{a} зустрівся з {b} у {p} {d}, щоб обговорити перемир'я.",
        "ACCUSE": "{a} {d} звинуватив {b} у порушенні домовленостей, досягнутих у {p}.",
        "AID": "{a} надішле допомогу {b} у {p} після {d}.",
        "REJECT": "{a} {d} відхилив пропозицію, яку висунув {b}.",
    },
}
EVENTS_PER_STORY = 12
SCRIPTS = {"en": "Latin", "de": "Latin", "ru": "Cyrillic", "uk": "Cyrillic"}
SYLLABLES = ["ka", "lo", "mi", "ren", "sto", "va", "dur", "pel", "zan", "tor", "bel", "os"]
CYR = str.maketrans(
    {
        "a": "а",
        "k": "к",
        "l": "л",
        "o": "о",
        "m": "м",
        "i": "и",
        "r": "р",
        "e": "е",
        "n": "н",
        "s": "с",
        "t": "т",
        "v": "в",
        "d": "д",
        "u": "у",
        "p": "п",
        "z": "з",
        "b": "б",
    }
)


def synthetic_store(path: Path, *, n_articles: int, seed: int = 7) -> tuple[dict[str, int], dict[str, str]]:
    """Fill a store with ``n_articles`` articles in ~10-article stories, with entities and events."""
    rng = random.Random(seed)
    n_entities = max(20, n_articles // 12)
    entities = []
    for i in range(n_entities):
        name = " ".join("".join(rng.choice(SYLLABLES) for _ in range(2)).title() for _ in range(2))
        kind = "LOC" if i % 5 == 0 else "ORG" if i % 7 == 0 else "PER"
        entities.append((stable_id("n", str(i)), name, kind, name.lower().translate(CYR).title()))
    articles: list[Article] = []
    stories: list[Story] = []
    events: list[Event] = []
    membership: list[tuple[str, str | None, str | None, str | None]] = []
    key_counts: dict[tuple[str, str], int] = {}
    n_stories = max(1, n_articles // 10)
    for s in range(n_stories):
        story_id = stable_id("s", str(s))
        start_day = rng.randrange(0, 700)
        cast = rng.sample(entities, 6)
        places = [e for e in cast if e[2] == "LOC"] or [cast[0]]
        plan = []
        for _ in range(EVENTS_PER_STORY):
            actor, target = rng.sample(cast, 2)
            day = start_day + rng.randrange(0, 20)
            iso = time.strftime("%Y-%m-%d", time.gmtime((19000 + day) * 86400))
            plan.append((rng.choice(list(FRAMES["en"])), actor, target, rng.choice(places), iso))
        story_articles: list[str] = []
        story_events: dict[str, Event] = {}
        for a in range(n_articles // n_stories + (1 if s < n_articles % n_stories else 0)):
            lang = rng.choice(list(FRAMES))
            article_id = stable_id("a", story_id, str(a))
            text_parts: list[str] = []
            mentions: list[Mention] = []
            times: list[TimeExpr] = []
            event_mentions: list[EventMention] = []
            offset = 0
            for _ in range(rng.randint(5, 9)):
                etype, actor, target, place, iso = rng.choice(plan)
                cyr = SCRIPTS[lang] == "Cyrillic"
                names = {
                    "a": actor[3] if cyr else actor[1],
                    "b": target[3] if cyr else target[1],
                    "p": place[3] if cyr else place[1],
                    "d": iso,
                }
                sentence = FRAMES[lang][etype].format(**names)
                for slot, ent in (("a", actor), ("b", target), ("p", place)):
                    pos = sentence.find(names[slot])
                    if pos >= 0:
                        mentions.append(
                            Mention(
                                offset + pos,
                                offset + pos + len(names[slot]),
                                names[slot],
                                ent[2],
                                names[slot],
                                f"k:{ent[0]}",
                                ent[1],
                                lang=lang,
                            )
                        )
                        key_counts[(article_id, ent[0])] = key_counts.get((article_id, ent[0]), 0) + 1
                pos = sentence.find(iso)
                if pos >= 0:
                    times.append(
                        TimeExpr(offset + pos, offset + pos + len(iso), iso, DateValue(iso, iso, "day", "exact"))
                    )
                date = DateValue(iso, iso, "day", "exact")
                event_mentions.append(
                    EventMention(
                        etype,
                        None,
                        (f"k:{actor[0]}",),
                        (f"k:{target[0]}",),
                        None,
                        date,
                        "reported",
                        sentence,
                        offset,
                        offset + len(sentence),
                        0.7,
                    )
                )
                event_id = stable_id("v", story_id, etype, actor[0], target[0], iso)
                evidence = Evidence(article_id, sentence, offset, offset + len(sentence))
                if event_id in story_events:
                    old = story_events[event_id]
                    story_events[event_id] = Event(
                        **{**{f: getattr(old, f) for f in old.__slots__}, "evidence": (*old.evidence, evidence)}
                    )
                else:
                    story_events[event_id] = Event(
                        event_id,
                        etype,
                        None,
                        (actor[0],),
                        (target[0],),
                        place[0],
                        date,
                        "reported",
                        f"{actor[1]} {etype.lower()} {target[1]}",
                        (evidence,),
                        0.7,
                        story_id=story_id,
                    )
                text_parts.append(sentence)
                offset += len(sentence) + 1
            articles.append(
                Article(
                    article_id,
                    f"synthetic/{article_id}.txt",
                    " ".join(text_parts),
                    lang,
                    title=f"{cast[0][1]} and {cast[1][1]}: report {a + 1}",
                    published=None,
                    input_key=f"in-{article_id}",
                    mentions=tuple(mentions),
                    times=tuple(times),
                    events=tuple(event_mentions),
                )
            )
            story_articles.append(article_id)
            membership.append((article_id, story_id, None, None))
        ordered = sorted(story_events.values(), key=lambda e: (e.date.start or "", e.id))
        events.extend(ordered)
        dates = [e.date.start for e in ordered if e.date.start]
        stories.append(
            Story(
                story_id,
                f"{cast[0][1]} and {cast[1][1]} talks",
                tuple(sorted({a.language for a in articles[-len(story_articles) :]})),
                tuple(story_articles),
                min(dates),
                max(dates),
                tuple(e[0] for e in cast),
                tuple(e.id for e in ordered),
                f"{cast[0][1]} met {cast[1][1]}; {len(ordered)} events were reported.",
            )
        )
    entity_objects = [
        Entity(
            eid,
            kind,
            name,
            (Alias(name, "en", 3), Alias(cyr, "ru", 2), Alias(cyr + "а", "ru", 1)),
            None,
            None,
            None,
            tuple(sorted({a for (a, e) in key_counts if e == eid})),
            6,
        )
        for eid, name, kind, cyr in entities
    ]
    store = Store.open(path)
    try:
        for i in range(0, len(articles), 500):
            store.add_results(articles[i : i + 500])
        store.replace_entities(entity_objects, {f"k:{e[0]}": e[0] for e in entities}, key_counts)
        store.replace_events(events)
        store.set_article_stories(membership)
        store.replace_stories(stories)
    finally:
        store.close()
    counts = {"articles": len(articles), "stories": len(stories), "events": len(events), "entities": len(entities)}
    samples = {"story": stories[0].id, "article": stories[0].article_ids[0], "entity": entities[1][0]}
    return counts, samples


def _driver(profile: str) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


_WAIT_MARK = """
const [mark, done] = arguments;
const poll = () => {
  const found = performance.getEntriesByName(mark);
  if (found.length) done(found[found.length - 1].startTime); else setTimeout(poll, 5);
};
poll();
"""
_NAVIGATE = """
const [hash, done] = arguments;
performance.clearMarks('storyline:rendered');
const t0 = performance.now();
location.hash = hash;
const poll = () => {
  const found = performance.getEntriesByName('storyline:rendered');
  if (found.length) done(found[0].startTime - t0); else setTimeout(poll, 5);
};
poll();
"""


def browser_figures(report: Path, runs: int, story_id: str, article_id: str) -> dict[str, float]:
    profile = tempfile.mkdtemp(prefix="bench-chromium-")
    driver = _driver(profile)
    driver.set_script_timeout(60)
    first, loaded, story, article = [], [], [], []
    try:
        for _ in range(runs):
            driver.get("about:blank")
            driver.get(report.as_uri())
            first.append(driver.execute_async_script(_WAIT_MARK, "storyline:first-view"))
            loaded.append(
                driver.execute_script(
                    "const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd || n.duration;"
                )
            )
            story.append(driver.execute_async_script(_NAVIGATE, f"#/story/{story_id}"))
            article.append(driver.execute_async_script(_NAVIGATE, f"#/article/{article_id}"))
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
    return {
        "first_view_ms": statistics.median(first),
        "load_event_ms": statistics.median(loaded),
        "story_view_ms": statistics.median(story),
        "first_article_view_ms": statistics.median(article),
        "console_errors": float(len(errors)),
    }


def api_figures(out_dir: Path, requests: dict[str, str], repeat: int) -> dict[str, tuple[float, float]]:
    from storyline.web.server import serve_in_thread

    server, thread = serve_in_thread(out_dir)
    host, port = server.server_address[:2]
    results: dict[str, tuple[float, float]] = {}
    try:
        for name, path in requests.items():
            timings = []
            for _ in range(repeat):
                started = time.perf_counter()
                with urllib.request.urlopen(f"http://{host}:{port}{path}", timeout=30) as response:
                    response.read()
                timings.append((time.perf_counter() - started) * 1000)
            timings.sort()
            results[name] = (statistics.median(timings), timings[min(len(timings) - 1, int(len(timings) * 0.95))])
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=30, help="requests per API endpoint")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-report-"))
    try:
        started = time.perf_counter()
        counts, counts_ids = synthetic_store(work / "storyline.db", n_articles=args.articles)
        build_s = time.perf_counter() - started
        store = Store.open(work / "storyline.db", readonly=True)
        try:
            started = time.perf_counter()
            report = write_report(store, work)
            report_s = time.perf_counter() - started
        finally:
            store.close()
        size_mb = report.stat().st_size / 1e6
        story_id = counts_ids["story"]
        article_id = counts_ids["article"]
        entity_id = counts_ids["entity"]
        have_browser = Path("/usr/bin/chromium").exists() and Path("/usr/bin/chromedriver").exists()
        browser = browser_figures(report, args.runs, story_id, article_id) if have_browser else {}
        api = api_figures(
            work,
            {
                "GET /api/stories?limit=50": "/api/stories?limit=50",
                "GET /api/stories?type=ACCUSE&lang=ru": "/api/stories?type=ACCUSE&lang=ru",
                "GET /api/stories/{id}": f"/api/stories/{story_id}",
                "GET /api/articles/{id}": f"/api/articles/{article_id}",
                "GET /api/entities?q=<Cyrillic>": "/api/entities?q=%D0%BA%D0%B0",
                "GET /api/entities/{id}": f"/api/entities/{entity_id}",
                "GET /api/events?type=CONSULT&from=…": "/api/events?type=CONSULT&from=2022-03-01&limit=100",
            },
            args.repeat,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)

    load = os.getloadavg()
    store_line = (
        f"Synthetic store: {counts['articles']:,} articles, {counts['stories']:,} stories, "
        f"{counts['events']:,} events, {counts['entities']:,} entities (built in {build_s:.1f} s). "
        f"Machine load average during the run: {load[0]:.1f} on {os.cpu_count()} cores (figures grow with it)."
    )
    rows: list[list[Any]] = [
        ["report.html size (MB)", size_mb, "—"],
        ["report build + write (s)", report_s, "—"],
    ]
    if browser:
        rows += [
            ["time to story list rendered (ms, median)", browser["first_view_ms"], "1000 (RAIL load)"],
            ["load event end (ms, median)", browser["load_event_ms"], "—"],
            ["story view after click (ms, median)", browser["story_view_ms"], "100 (RAIL response)"],
            ["first article view, lazy text parse (ms)", browser["first_article_view_ms"], "100 (RAIL response)"],
            ["console errors", int(browser["console_errors"]), "0"],
        ]
    else:
        rows.append(["browser figures", "skipped: chromium/chromedriver missing", ""])
    api_rows = [[name, median, p95, "100"] for name, (median, p95) in api.items()]
    markdown = "\n\n".join(
        [
            store_line,
            "## report.html (headless chromium, file://)",
            table(["measure", "storyline", "budget"], rows),
            f"## storyline serve API ({args.repeat} sequential requests each, ms)",
            table(["request", "median", "p95", "budget"], api_rows),
        ]
    )
    figures = {
        "counts": counts,
        "load_average": round(load[0], 2),
        "report_mb": round(size_mb, 3),
        "report_build_s": round(report_s, 3),
        **{k: round(v, 1) for k, v in browser.items()},
        "api_ms": {k: {"median": round(m, 2), "p95": round(p, 2)} for k, (m, p) in api.items()},
    }
    save_results("report", markdown, figures, command=f"python bench/bench_report.py --articles {args.articles}")


if __name__ == "__main__":
    main()
