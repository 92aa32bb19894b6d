"""``storyline serve``: the report's views and the JSON API, live over a store, read-only.

Standard library only (``ThreadingHTTPServer``): the app is for one analyst on their own machine,
so a dependency would buy nothing. Each request opens the SQLite store read-only (``mode=ro``), so
the server cannot change it and always sees the latest committed run. Files are never looked up
by request path: the two front-end assets come from a fixed table, everything else is the API.
"""

from __future__ import annotations

import json
import logging
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from storyline.errors import StorylineError, UsageError
from storyline.report.bundle import front_end_config
from storyline.report.embed import front_end_script, json_for_script, read_asset
from storyline.store import Store
from storyline.web.api import Api, ApiError
from storyline.web.queries import EvidenceCache, StoreQueries

log = logging.getLogger(__name__)

MAX_URL = 4096
CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "connect-src 'self'",
        "img-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ]
)


def app_page() -> str:
    """The single HTML page of the app; its script renders every view from the API."""
    config = json_for_script(front_end_config("api"))
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<title>storyline</title>\n<link rel="stylesheet" href="/assets/app.css">\n'
        '</head><body>\n<div id="app"><noscript>This app needs JavaScript.</noscript></div>\n'
        f'<script type="application/json" id="sl-config">{config}</script>\n'
        '<script src="/assets/app.js"></script>\n</body></html>\n'
    )


class StoryServer(ThreadingHTTPServer):
    """An HTTP server bound to one store file; handlers open it read-only per request."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], db_path: Path) -> None:
        self.db_path = db_path
        self.evidence = EvidenceCache()
        self.page = app_page().encode("utf-8")
        self.assets = {
            "/assets/app.js": (front_end_script().encode("utf-8"), "text/javascript"),
            "/assets/app.css": (read_asset("app.css").encode("utf-8"), "text/css"),
        }
        super().__init__(address, StoryRequestHandler)

    def answer_api(self, path: str, params: dict[str, list[str]]) -> dict[str, Any]:
        store = Store.open(self.db_path, readonly=True)
        try:
            return Api(StoreQueries(store, evidence=self.evidence)).get(path, params)
        finally:
            store.close()


class StoryRequestHandler(BaseHTTPRequestHandler):
    server: StoryServer
    server_version = "storyline"
    sys_version = ""

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: Any) -> None:  # the base class names it `format`
        log.debug("%s %s", self.address_string(), format % args)

    def _send(self, status: int, body: bytes, content_type: str, *, head: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _json(self, status: int, payload: Any, *, head: bool = False) -> None:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self._send(status, body, "application/json; charset=utf-8", head=head)

    def _error(self, status: int, message: str, *, head: bool = False) -> None:
        self._json(status, {"error": message, "status": status}, head=head)

    def do_GET(self) -> None:
        self._route(head=False)

    def do_HEAD(self) -> None:
        self._route(head=True)

    def _refuse(self) -> None:
        self._error(HTTPStatus.METHOD_NOT_ALLOWED, "this server is read-only: only GET and HEAD")

    do_POST = do_PUT = do_DELETE = do_PATCH = _refuse

    def _route(self, *, head: bool) -> None:
        if len(self.path) > MAX_URL:
            self._error(HTTPStatus.REQUEST_URI_TOO_LONG, "request URL too long", head=head)
            return
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        if path in {"/", "/index.html"}:
            self._send(HTTPStatus.OK, self.server.page, "text/html; charset=utf-8", head=head)
            return
        if path in self.server.assets:
            body, ctype = self.server.assets[path]
            self._send(HTTPStatus.OK, body, f"{ctype}; charset=utf-8", head=head)
            return
        if path == "/favicon.ico":
            self._send(HTTPStatus.NO_CONTENT, b"", "image/x-icon", head=True)
            return
        if not (path == "/openapi.json" or path.startswith("/api/")):
            self._error(HTTPStatus.NOT_FOUND, "not found", head=head)
            return
        try:
            params = parse_qs(parts.query, keep_blank_values=True, max_num_fields=50)
        except ValueError:
            self._error(HTTPStatus.BAD_REQUEST, "too many query parameters", head=head)
            return
        try:
            payload = self.server.answer_api(path, params)
        except ApiError as exc:
            self._json(exc.status, exc.body(), head=head)
            return
        except StorylineError as exc:
            log.error("store error: %s", exc)
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, "the store cannot be read", head=head)
            return
        except Exception:  # a bug must not kill the server or leak a traceback to the client
            log.exception("error answering %s", path)
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, "internal error", head=head)
            return
        self._json(HTTPStatus.OK, payload, head=head)


def make_server(out_dir: Path, *, host: str = "127.0.0.1", port: int = 8000) -> StoryServer:
    db_path = Path(out_dir) / "storyline.db"
    if not db_path.is_file():
        raise UsageError(f"no store at {db_path}: run `storyline run INPUT... --out {out_dir}` first")
    Store.open(db_path, readonly=True).close()  # fail now, with a clear message, if it is not a store
    return StoryServer((host, port), db_path)


def serve(out_dir: Path, *, host: str, port: int) -> int:
    """Serve the store in ``out_dir`` until interrupted; returns the exit status."""
    try:
        server = make_server(out_dir, host=host, port=port)
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    if host not in {"127.0.0.1", "localhost", "::1"}:
        log.warning("serving on %s: anyone who can reach this address can read the store", host)
    bound_host, bound_port = server.server_address[:2]
    log.warning("storyline serve: http://%s:%s/ (Ctrl-C to stop)", bound_host, bound_port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        log.info("stopped")
    finally:
        server.server_close()
    return 0


def serve_in_thread(out_dir: Path, *, host: str = "127.0.0.1", port: int = 0) -> tuple[StoryServer, threading.Thread]:
    """Start a server on a background thread (for tests and benchmarks); stop it with ``shutdown()``."""
    server = make_server(out_dir, host=host, port=port)
    thread = threading.Thread(target=server.serve_forever, name="storyline-serve", daemon=True)
    thread.start()
    return server, thread
