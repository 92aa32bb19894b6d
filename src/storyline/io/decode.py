"""Bytes to text: BOMs, UTF-8, declared charsets, then detection of legacy encodings."""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)


class NotText(Exception):
    """The bytes are binary data, not text."""


class Undecodable(Exception):
    """The bytes look like text but no supported encoding reads them."""


def declared_html_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "ignore").lower() if match else None


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32 or b == 127)
    return controls / len(sample) > 0.02


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(
        1
        for ch in sample
        if (unicodedata.category(ch) in {"Cc", "Co", "Cs", "Cn"} and ch not in "\t\n\r\f") or ch == "\ufffd"
    )
    return bad / len(sample)


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)``. Raises ``NotText`` or ``Undecodable``."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise Undecodable(f"{name} byte-order mark but invalid {name}: {exc}") from exc
    if _looks_binary(data):
        raise NotText("binary data (NUL or control bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            codecs.lookup(declared)
            text = data.decode(declared)
            if _control_ratio(text) < 0.01:
                return text, declared
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(data[:500_000]).best()
    if best is None or best.encoding is None:
        raise Undecodable("no encoding reads these bytes as text")
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise Undecodable(f"detected {best.encoding} but decoding failed: {exc}") from exc
    if _control_ratio(text) > 0.01 or best.chaos > 0.5:
        raise NotText(f"decoded as {best.encoding} but the result is not readable text")
    return text, best.encoding
