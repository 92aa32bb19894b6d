"""``storyline serve``: the JSON API over a hand-built store, its validation, and its read-only-ness."""

from __future__ import annotations

import hashlib
import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from storyline.errors import UsageError
from storyline.store import Store
from storyline.web.openapi import openapi_spec
from storyline.web.server import StoryServer, make_server, serve_in_thread
from tests.report.report_fixtures import ERDOGAN, PUTIN, UN, fill_store


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("serve")
    fill_store(out / "storyline.db", hostile=True)
    return out


@pytest.fixture(scope="module")
def server(out_dir: Path) -> Iterator[StoryServer]:
    srv, thread = serve_in_thread(out_dir)
    yield srv
    srv.shutdown()
    srv.server_close()
    thread.join(timeout=5)


def call(server: StoryServer, path: str, *, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    host, port = server.server_address[:2]
    request = urllib.request.Request(f"http://{host}:{port}{path}", method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def get_json(server: StoryServer, path: str, status: int = 200) -> Any:
    code, headers, body = call(server, path)
    assert code == status, body
    assert headers["Content-Type"].startswith("application/json")
    return json.loads(body)


def conforms(payload: Any, schema_name: str) -> None:
    spec = openapi_spec()
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": spec["components"]}
    jsonschema.Draft202012Validator(schema).validate(payload)


def test_openapi_document_is_valid_openapi_3_1(server: StoryServer) -> None:
    validator = pytest.importorskip("openapi_spec_validator")
    spec = get_json(server, "/openapi.json")
    assert spec["openapi"].startswith("3.1")
    validator.validate(spec)
    for path in (
        "/api/stories",
        "/api/stories/{id}",
        "/api/articles/{id}",
        "/api/entities",
        "/api/entities/{id}",
        "/api/events",
    ):
        assert path in spec["paths"]


def test_story_list_is_paged_and_filtered(server: StoryServer) -> None:
    page = get_json(server, "/api/stories?limit=1")
    conforms(page, "StoryPage")
    assert page["total"] == 2 and len(page["items"]) == 1 and page["limit"] == 1
    assert page["items"][0]["id"] == "story-sochi"  # largest first
    second = get_json(server, "/api/stories?limit=1&offset=1")
    assert second["items"][0]["id"] == "story-evil"
    assert [s["id"] for s in get_json(server, "/api/stories?lang=uk")["items"]] == ["story-sochi"]
    assert [s["id"] for s in get_json(server, "/api/stories?type=THREATEN")["items"]] == ["story-evil"]
    assert [s["id"] for s in get_json(server, f"/api/stories?entity={UN}")["items"]] == ["story-sochi"]
    assert get_json(server, "/api/stories?from=2022-08-07")["total"] == 1
    assert get_json(server, "/api/stories?to=2022-08-04")["total"] == 0
    assert get_json(server, "/api/stories?q=GRAIN%20talks")["total"] == 1
    assert [s["id"] for s in get_json(server, "/api/stories?sort=newest")["items"]] == ["story-evil", "story-sochi"]
    assert [s["id"] for s in get_json(server, "/api/stories?sort=oldest")["items"]] == ["story-sochi", "story-evil"]


def test_story_detail_has_timeline_events_articles_and_entity_names(server: StoryServer) -> None:
    data = get_json(server, "/api/stories/story-sochi")
    conforms(data, "StoryResponse")
    assert [e["id"] for e in data["events"]] == ["ev-consult", "ev-agree", "ev-request", "ev-accuse"]
    assert {a["language"] for a in data["articles"]} == {"en", "ru", "uk"}
    assert data["entities"][ERDOGAN]["country"] == "TUR"


def test_article_has_text_and_layers_with_entity_ids(server: StoryServer) -> None:
    data = get_json(server, "/api/articles/art-ru")
    conforms(data, "ArticleResponse")
    article = data["article"]
    first = article["mentions"][0]
    assert article["text"][first["start"] : first["end"]] == "Путин"
    assert first["entity_id"] == PUTIN
    assert article["events"][0]["event_id"] == "ev-consult"
    assert article["times"][0]["date"]["start"] == "2022-08-05"
    assert data["story"]["id"] == "story-sochi"


def test_article_list_is_paged_and_filtered(server: StoryServer) -> None:
    page = get_json(server, "/api/articles?limit=2")
    conforms(page, "ArticlePage")
    assert page["total"] == 4 and [a["id"] for a in page["items"]] == ["art-en", "art-ru"]
    assert [a["id"] for a in get_json(server, "/api/articles?lang=uk")["items"]] == ["art-uk"]
    assert [a["id"] for a in get_json(server, "/api/articles?q=%D0%A1%D0%9E%D0%A7%D0%98")["items"]] == ["art-ru"]


@pytest.mark.parametrize("query", ["%D0%9F%D1%83%D1%82%D0%B8%D0%BD", "%D0%BF%D0%A3%D0%A2%D0%86%D0%9D", "putin"])
def test_entity_search_finds_any_alias_in_any_script_and_case(server: StoryServer, query: str) -> None:
    # "Путин" (Russian), "пУТІН" (Ukrainian, odd case), "putin" (Latin, lower case)
    page = get_json(server, f"/api/entities?q={query}")
    conforms(page, "EntityPage")
    assert [e["id"] for e in page["items"]] == [PUTIN]


def test_entity_detail_and_event_filters(server: StoryServer) -> None:
    data = get_json(server, f"/api/entities/{ERDOGAN}")
    conforms(data, "EntityResponse")
    assert {e["id"] for e in data["events"]} == {"ev-consult", "ev-agree", "ev-request"}
    events = get_json(server, f"/api/events?entity={ERDOGAN}&type=request")
    conforms(events, "EventPage")
    assert [e["id"] for e in events["items"]] == ["ev-request"]
    dated = get_json(server, "/api/events?from=2022-08-06&to=2022-08-06")
    assert [e["id"] for e in dated["items"]] == ["ev-accuse"]


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/stories?limit=0", 400),
        ("/api/stories?limit=100000", 400),
        ("/api/stories?offset=-1", 400),
        ("/api/stories?from=yesterday", 400),
        ("/api/events?type=DANCE", 400),
        ("/api/stories?lang=%3Cscript%3E", 400),
        ("/api/stories?limit=1&limit=2", 400),
        ("/api/stories?sort=size;DROP", 400),
        ("/api/stories/no-such-story", 404),
        ("/api/entities/%3Cimg%20src%3Dx%3E", 400),
        ("/api/articles/..%2F..%2Fstoryline.db", 404),
        ("/api/articles/..", 400),
        ("/api/articles/%00", 400),
        ("/api/nothing", 404),
        ("/storyline.db", 404),
        ("/assets/../storyline.db", 404),
        ("/assets/app.js/../../storyline.db", 404),
    ],
)
def test_bad_requests_get_json_errors_and_never_a_file(
    server: StoryServer, out_dir: Path, path: str, status: int
) -> None:
    code, headers, body = call(server, path)
    assert code == status
    assert headers["Content-Type"].startswith("application/json")
    payload = json.loads(body)
    conforms(payload, "Error")
    assert payload["status"] == status
    assert b"SQLite format" not in body


def test_pages_carry_security_headers_and_the_app_script(server: StoryServer) -> None:
    code, headers, body = call(server, "/")
    assert code == 200 and headers["Content-Type"].startswith("text/html")
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert b'<script src="/assets/app.js"></script>' in body
    code, headers, _ = call(server, "/assets/app.js")
    assert code == 200 and headers["Content-Type"].startswith("text/javascript")


def test_server_is_read_only(server: StoryServer, out_dir: Path) -> None:
    before = hashlib.sha256((out_dir / "storyline.db").read_bytes()).hexdigest()
    for method in ("POST", "PUT", "DELETE"):
        code, _, body = call(server, "/api/stories", method=method)
        assert code == 405 and json.loads(body)["status"] == 405
    get_json(server, "/api/stories")
    get_json(server, "/api/articles/art-en")
    assert hashlib.sha256((out_dir / "storyline.db").read_bytes()).hexdigest() == before


def test_serving_a_directory_without_a_store_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no store"):
        make_server(tmp_path, port=0)


def test_serve_reports_a_busy_port_as_a_usage_error(server: StoryServer, out_dir: Path) -> None:
    from storyline.web.server import serve

    host, port = server.server_address[:2]
    with pytest.raises(UsageError, match="cannot listen"):
        serve(out_dir, host=host, port=port)


def test_default_host_is_loopback() -> None:
    import inspect

    from storyline.web import server as server_module

    assert inspect.signature(server_module.make_server).parameters["host"].default == "127.0.0.1"


def test_evidence_index_follows_changes_to_the_store(tmp_path: Path) -> None:
    from storyline.web.queries import EvidenceCache

    path = fill_store(tmp_path / "storyline.db")
    cache = EvidenceCache()
    store = Store.open(path)
    try:
        assert sorted(cache.events_citing(store, "art-en")) == ["ev-agree", "ev-consult", "ev-request"]
        assert cache.events_citing(store, "art-ru") == ["ev-consult"]
        kept = [event for event in store.iter_events() if event.id != "ev-consult"]
        store.replace_events(kept)
        assert sorted(cache.events_citing(store, "art-en")) == ["ev-agree", "ev-request"]
        assert cache.events_citing(store, "art-ru") == []
    finally:
        store.close()
