"""Hypothesis strategies for hostile inputs: arbitrary bytes, broken HTML, broken WARC, hostile JSONL.

Each strategy draws one ``FuzzFile``: a file name suffix, its bytes, and how many input documents
the file holds (``expected``: an exact count, or a range when the file is a damaged archive whose
readable part cannot be known in advance). ``url_prefix`` names the sources its documents may get
besides the file path (JSONL ``url`` fields, WARC target URIs), so a test can count them per file.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass

from hypothesis import strategies as st


@dataclass(frozen=True)
class FuzzFile:
    suffix: str
    data: bytes
    low: int  # fewest documents the run must account for
    high: int  # most (equal to ``low`` unless the file is a damaged archive)
    url_prefix: str = ""


# -- arbitrary bytes ------------------------------------------------------------------------------
@st.composite
def raw_bytes_files(draw: st.DrawFn) -> FuzzFile:
    data = draw(st.binary(max_size=3000))
    suffix = draw(st.sampled_from([".txt", ".html", ".md", ".htm"]))
    return FuzzFile(suffix, data, 1, 1)


# -- broken HTML ----------------------------------------------------------------------------------
_FRAGMENTS = [
    "<html>",
    "<head><title>",
    "</title>",
    "<meta charset='{cs}'>",
    '<meta http-equiv="Content-Type" content="text/html; charset={cs}">',
    "<body>",
    "<p>",
    "</p>",
    "<div class='article'>",
    "</div>",
    "<script>var x = '</p>';",
    "</script>",
    "<style>p {{ color: red }}",
    "<!--",
    "-->",
    "<![CDATA[",
    "<table><tr><td>",
    "&amp;&#0;&#xD800;&#99999999;&nbsp;",
    "<a href='javascript:alert(1)'>",
    "<img src=x onerror=alert(1)>",
    "<h1>",
    "</h1>",
    "<article>",
    "<nav>Home | World | Sport</nav>",
    "<iframe>",
    "\x00",
    "</html>",
]
_CHARSETS = ["utf-8", "windows-1251", "koi8-r", "latin-1", "x-unknown-charset", "utf-16", ""]


@st.composite
def broken_html_files(draw: st.DrawFn) -> FuzzFile:
    words = st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]),
        min_size=0,
        max_size=80,
    )
    parts: list[str] = []
    for _ in range(draw(st.integers(1, 25))):
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from(_FRAGMENTS)).format(cs=draw(st.sampled_from(_CHARSETS))))
        else:
            parts.append(draw(words))
    text = "".join(parts)
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "cp1251", "latin-1"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(data)))
        data = data[:cut]
    return FuzzFile(draw(st.sampled_from([".html", ".htm", ".txt"])), data, 1, 1)


# -- hostile JSONL --------------------------------------------------------------------------------
_JSON_JUNK = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
_HOSTILE_TEXTS = [
    "\ud800 lone surrogate in the middle of a sentence \udfff",
    "\x00\x01\x02 control characters \x1b[31m red",
    "<script>alert('x')</script> A sentence that claims to be an article.",
    "\u202e right-to-left override makes this read backwards",
    "word " * 3000,
    "\n\n\n",
    "Ünïcödé ɴᴏʀᴍᴀʟɪsᴀᴛɪᴏɴ ﬁ ligature ２０２４ 年",
]


@st.composite
def _jsonl_line(draw: st.DrawFn, url: str) -> tuple[bytes, bool]:
    """One line and whether it is a document (blank lines are separators, not documents)."""
    kind = draw(st.sampled_from(["record", "record", "junk_json", "not_json", "bad_utf8", "blank"]))
    if kind == "blank":
        return draw(st.sampled_from([b"", b"   ", b"\t"])), False
    if kind == "not_json":
        return draw(st.binary(min_size=1, max_size=200).filter(lambda b: b"\n" not in b and b.strip() != b"")), True
    if kind == "bad_utf8":
        return b'{"text": "caf\xe9 \xff\xfe broken bytes"}', True
    if kind == "junk_json":
        value = draw(_JSON_JUNK)
        line = json.dumps(value).encode()
        return line if line.strip() else b"null", True
    record: dict[str, object] = {}
    text = draw(st.one_of(st.text(max_size=400), st.sampled_from(_HOSTILE_TEXTS), _JSON_JUNK))
    record["text"] = text
    for name in ("title", "published", "language", "outlet", "byline"):
        if draw(st.booleans()):
            record[name] = draw(st.one_of(st.text(max_size=40), _JSON_JUNK))
    url_choice = draw(st.sampled_from(["none", "unique", "junk"]))
    if url_choice == "unique":
        record["url"] = url
    elif url_choice == "junk":
        record["url"] = draw(st.one_of(st.lists(st.integers(), max_size=2), st.just(""), st.none()))
    return json.dumps(record, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass"), True


@st.composite
def hostile_jsonl_files(draw: st.DrawFn, name: str = "f") -> FuzzFile:
    prefix = f"https://jsonl.fuzz.example/{name}/"
    lines: list[bytes] = []
    documents = 0
    for i in range(draw(st.integers(0, 8))):
        line, is_document = draw(_jsonl_line(f"{prefix}{i}"))
        lines.append(line)
        documents += is_document
    data = b"\n".join(lines) + draw(st.sampled_from([b"\n", b"", b"\r\n"]))
    return FuzzFile(".jsonl", data, documents, documents, url_prefix=prefix)


# -- broken WARC ----------------------------------------------------------------------------------
def warc_record(uri: str, body: bytes, *, content_type: str = "text/html", status: str = "200 OK") -> bytes:
    http = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n\r\n".encode() + body
    head = (
        "WARC/1.0\r\n"
        "WARC-Type: response\r\n"
        f"WARC-Target-URI: {uri}\r\n"
        "WARC-Date: 2024-03-05T10:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash(uri)) % 10**12:012d}-0000-0000-0000-000000000000>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


@st.composite
def broken_warc_files(draw: st.DrawFn, name: str = "w") -> FuzzFile:
    prefix = f"https://warc.fuzz.example/{name}/"
    records = []
    count = draw(st.integers(1, 4))
    for i in range(count):
        body = draw(st.one_of(st.binary(max_size=400), broken_html_files().map(lambda f: f.data)))
        ctype = draw(st.sampled_from(["text/html", "text/html; charset=utf-8", "image/png", "", "text/plain"]))
        status = draw(st.sampled_from(["200 OK", "200 OK", "404 Not Found", "301 Moved"]))
        records.append(warc_record(f"{prefix}{i}", body, content_type=ctype, status=status))
    data = b"".join(records)
    damage = draw(st.sampled_from(["none", "truncate", "flip", "garbage", "bad_length"]))
    if damage == "truncate":
        data = data[: draw(st.integers(0, len(data)))]
    elif damage == "flip" and data:
        position = draw(st.integers(0, len(data) - 1))
        data = data[:position] + bytes([data[position] ^ 0xFF]) + data[position + 1 :]
    elif damage == "garbage":
        position = draw(st.integers(0, len(data)))
        data = data[:position] + draw(st.binary(min_size=1, max_size=64)) + data[position:]
    elif damage == "bad_length":
        data = data.replace(b"Content-Length: ", b"Content-Length: 9", 1)
    compressed = draw(st.booleans())
    if compressed:
        data = gzip.compress(data)
        if damage != "none" and draw(st.booleans()):
            data = data[: max(1, len(data) // 2)]
    suffix = ".warc.gz" if compressed else ".warc"
    if damage == "none":
        return FuzzFile(suffix, data, count, count, url_prefix=prefix)
    return FuzzFile(suffix, data, 0, count + 2, url_prefix=prefix)


@st.composite
def input_piles(draw: st.DrawFn) -> list[FuzzFile]:
    """A handful of hostile files of every kind, as one run's inputs."""
    files: list[FuzzFile] = []
    for i in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["bytes", "html", "jsonl", "warc"]))
        if kind == "bytes":
            files.append(draw(raw_bytes_files()))
        elif kind == "html":
            files.append(draw(broken_html_files()))
        elif kind == "jsonl":
            files.append(draw(hostile_jsonl_files(name=f"f{i}")))
        else:
            files.append(draw(broken_warc_files(name=f"w{i}")))
    return files
