"""Input readers: turn paths (files, directories, ``-``) into a stream of ``RawDoc | Rejection``.

Every input document yields exactly one item, so the run can account for all of them.
A document is a file (text dump, HTML), a JSONL line, or a WARC response record.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from storyline.ids import bytes_key
from storyline.io.decode import NotText, Undecodable, declared_html_charset, decode_bytes
from storyline.model import RawDoc, Rejection, RejectReason

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc", ".warc.gz", ".arc.gz"}
JSONL_FIELDS = ("title", "url", "published", "language", "outlet", "byline", "id")

Item = RawDoc | Rejection


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for multi in (".warc.gz", ".arc.gz"):
        if name.endswith(multi):
            return multi
    return path.suffix.lower()


def _reject(source: str, reason: RejectReason, detail: str, key: str = "") -> Rejection:
    return Rejection(source=source, reason=reason, detail=detail, key=key or bytes_key(source.encode()))


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in head and "</" in head)


def document_from_bytes(
    data: bytes,
    source: str,
    *,
    kind_hint: str,
    max_bytes: int,
    meta: dict[str, str] | None = None,
    key: str | None = None,
) -> Item:
    """Decode one document's bytes into a ``RawDoc`` (or a ``Rejection`` saying why not)."""
    key = key or bytes_key(source.encode("utf-8", "surrogateescape") + b"\0" + data)
    if len(data) > max_bytes:
        return _reject(source, RejectReason.TOO_LARGE, f"{len(data)} bytes > limit {max_bytes}", key)
    if not data.strip():
        return _reject(source, RejectReason.EMPTY, "no content", key)
    declared = (meta or {}).get("charset") or (declared_html_charset(data) if kind_hint == "html" else None)
    try:
        text, encoding = decode_bytes(data, declared)
    except NotText as exc:
        return _reject(source, RejectReason.NOT_TEXT, str(exc), key)
    except Undecodable as exc:
        return _reject(source, RejectReason.UNDECODABLE, str(exc), key)
    if not text.strip():
        return _reject(source, RejectReason.EMPTY, "only white space", key)
    kind = kind_hint
    if kind == "text" and looks_like_html(text):
        kind = "html"
    return RawDoc(source=source, kind=kind, content=text, key=key, meta=dict(meta or {}), encoding=encoding)


class InputReader:
    """Walks the inputs and yields one item per document."""

    def __init__(self, *, max_doc_bytes: int = 20 * 1024 * 1024, stdin: IO[bytes] | None = None) -> None:
        self.max_doc_bytes = max_doc_bytes
        self.stdin = stdin

    # -- walking -------------------------------------------------------------------------
    def read(self, inputs: Iterable[str]) -> Iterator[Item]:
        for given in inputs:
            if given == "-":
                stream = self.stdin if self.stdin is not None else sys.stdin.buffer
                yield from self._read_jsonl_stream(stream, "<stdin>")
                continue
            path = Path(given)
            if path.is_dir():
                yield from self._walk(path)
            else:
                yield from self._read_file(path, given)

    def _walk(self, root: Path) -> Iterator[Item]:
        seen: set[str] = set()
        for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=None):
            real = os.path.realpath(dirpath)
            if real in seen:
                dirnames[:] = []
                yield _reject(dirpath, RejectReason.UNREADABLE, f"symlink loop: {dirpath} -> {real} already read")
                continue
            seen.add(real)
            dirnames.sort()
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for name in sorted(filenames):
                if name.startswith("."):
                    continue
                path = Path(dirpath) / name
                if path.name == "storyline.db" or path.suffix in {".db-wal", ".db-shm"}:
                    continue
                yield from self._read_file(path, str(path))

    # -- one file -------------------------------------------------------------------------
    def _read_file(self, path: Path, source: str) -> Iterator[Item]:
        suffix = _suffix(path)
        try:
            size = path.stat().st_size
        except OSError as exc:
            yield _reject(source, RejectReason.UNREADABLE, f"{exc.strerror or exc}")
            return
        if not path.is_file():
            yield _reject(source, RejectReason.UNREADABLE, "not a regular file")
            return
        if suffix in JSONL_SUFFIXES:
            try:
                with path.open("rb") as stream:
                    yield from self._read_jsonl_stream(stream, source)
            except OSError as exc:
                yield _reject(source, RejectReason.UNREADABLE, f"{exc.strerror or exc}")
            return
        if suffix in WARC_SUFFIXES:
            yield from self._read_warc(path, source)
            return
        if size > self.max_doc_bytes:
            yield _reject(
                source,
                RejectReason.TOO_LARGE,
                f"{size} bytes > limit {self.max_doc_bytes}",
                key=bytes_key(f"{source}\0{size}".encode()),
            )
            return
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield _reject(source, RejectReason.UNREADABLE, f"{exc.strerror or exc}")
            return
        if suffix == ".gz":
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError, zlib.error) as exc:
                yield _reject(source, RejectReason.PARSE_ERROR, f"bad gzip: {exc}", bytes_key(data))
                return
        kind = "html" if suffix in HTML_SUFFIXES or path.name.lower().endswith((".html.gz", ".htm.gz")) else "text"
        yield document_from_bytes(data, source, kind_hint=kind, max_bytes=self.max_doc_bytes)

    # -- JSONL ----------------------------------------------------------------------------
    def _read_jsonl_stream(self, stream: IO[bytes], source: str) -> Iterator[Item]:
        lineno = 0
        while True:
            line = stream.readline(self.max_doc_bytes + 1)
            if not line:
                break
            lineno += 1
            where = f"{source}:{lineno}"
            if len(line) > self.max_doc_bytes and not line.endswith(b"\n"):
                # drain the rest of this over-long line without holding it in memory
                size = len(line)
                while line and not line.endswith(b"\n"):
                    line = stream.readline(1 << 20)
                    size += len(line)
                yield _reject(where, RejectReason.TOO_LARGE, f"line of {size} bytes > limit {self.max_doc_bytes}")
                continue
            if not line.strip():
                continue  # blank lines are separators, not documents
            yield self._jsonl_record(line, where)

    def _jsonl_record(self, line: bytes, where: str) -> Item:
        key = bytes_key(where.encode("utf-8", "surrogateescape") + b"\0" + line.strip())
        try:
            record: Any = json.loads(line)
        except (ValueError, UnicodeDecodeError) as exc:
            return _reject(where, RejectReason.PARSE_ERROR, f"not valid JSON: {exc}", key)
        if not isinstance(record, dict):
            return _reject(where, RejectReason.PARSE_ERROR, "a JSONL line must be a JSON object", key)
        text = record.get("text")
        if not isinstance(text, str):
            return _reject(where, RejectReason.PARSE_ERROR, "missing string field 'text'", key)
        if not text.strip():
            return _reject(where, RejectReason.EMPTY, "field 'text' is empty", key)
        meta = {k: str(record[k]) for k in JSONL_FIELDS if isinstance(record.get(k), str | int) and record[k] != ""}
        # JSON may escape lone UTF-16 surrogates ("\ud800") that no UTF-8 file or database can hold
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        meta = {k: v.encode("utf-16", "surrogatepass").decode("utf-16", "replace") for k, v in meta.items()}
        source = meta.get("url") or where
        kind = "html" if looks_like_html(text) else "record"
        return RawDoc(source=source, kind=kind, content=text, key=key, meta=meta, encoding="utf-8")

    # -- WARC -----------------------------------------------------------------------------
    def _read_warc(self, path: Path, source: str) -> Iterator[Item]:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        try:
            stream = path.open("rb")
            if stream.read(2) == b"\x1f\x8b":
                # decompress here: warcio reads only per-record gzip members, and a WARC gzipped
                # whole (`gzip crawl.warc`) would lose every record after the first
                stream.close()
                stream = gzip.open(path, "rb")  # type: ignore[assignment]  # noqa: SIM115 (closed below)
            else:
                stream.seek(0)
        except OSError as exc:
            yield _reject(source, RejectReason.UNREADABLE, f"{exc.strerror or exc}")
            return
        count = 0
        broken = False
        with stream:
            iterator = ArchiveIterator(stream)
            while True:
                try:
                    record = next(iterator)
                except StopIteration:
                    break
                except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError, AttributeError, TypeError) as exc:
                    # warcio raises AttributeError/TypeError on records missing required headers
                    where = f"{source}#after-record-{count}"
                    yield _reject(where, RejectReason.PARSE_ERROR, f"broken WARC data, rest of file skipped: {exc}")
                    broken = True
                    break
                if record.rec_type not in {"response", "resource"}:
                    continue
                count += 1
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"{source}#{count}"
                date = record.rec_headers.get_header("WARC-Date") or ""
                try:
                    ctype = ""
                    if record.http_headers is not None:
                        ctype = record.http_headers.get_header("Content-Type") or ""
                        status = record.http_headers.get_statuscode()
                        if status and not str(status).startswith("2"):
                            body = record.content_stream().read(self.max_doc_bytes + 1)
                            yield _reject(
                                uri, RejectReason.NOT_TEXT, f"HTTP status {status}", bytes_key(uri.encode() + body)
                            )
                            continue
                    else:
                        ctype = record.rec_headers.get_header("Content-Type") or ""
                    body = record.content_stream().read(self.max_doc_bytes + 1)
                except (OSError, EOFError, zlib.error, ValueError) as exc:
                    yield _reject(uri, RejectReason.PARSE_ERROR, f"truncated WARC record: {exc}")
                    broken = True
                    break
                key = bytes_key(f"{source}\0{uri}".encode("utf-8", "surrogateescape") + b"\0" + body)
                lowered = ctype.lower()
                if lowered and not any(t in lowered for t in ("html", "text", "xml")):
                    yield _reject(uri, RejectReason.NOT_TEXT, f"content type {ctype}", key)
                    continue
                charset = None
                if "charset=" in lowered:
                    charset = lowered.split("charset=", 1)[1].split(";")[0].strip().strip('"')
                meta = {"url": uri}
                if date:
                    meta["warc_date"] = date[:10]
                if charset:
                    meta["charset"] = charset
                kind = "html" if "html" in lowered or not lowered else "text"
                yield document_from_bytes(body, uri, kind_hint=kind, max_bytes=self.max_doc_bytes, meta=meta, key=key)
        if not broken and _suffix(path).endswith(".gz"):
            problem = gzip_truncation(path)
            if problem:
                where = f"{source}#after-record-{count}"
                detail = f"archive ends inside a record (truncated or corrupt gzip: {problem}); later records lost"
                yield _reject(where, RejectReason.PARSE_ERROR, detail)


def gzip_truncation(path: Path) -> str | None:
    """Why a gzip file is broken (truncated, corrupt), or None when it reads to the end."""
    try:
        with gzip.open(path, "rb") as stream:
            while stream.read(1 << 20):
                pass
    except (OSError, EOFError, zlib.error) as exc:
        return str(exc) or exc.__class__.__name__
    return None


def read_inputs(inputs: Iterable[str], *, max_doc_bytes: int, stdin: IO[bytes] | None = None) -> Iterator[Item]:
    return InputReader(max_doc_bytes=max_doc_bytes, stdin=stdin).read(inputs)
