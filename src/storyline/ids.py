"""Stable content-derived identifiers: the same content gives the same id on every run and machine."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WS = re.compile(r"\s+")


def digest(*parts: str, length: int = 16) -> str:
    """Hex digest of the parts, joined unambiguously."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()[:length]


def bytes_key(data: bytes) -> str:
    """Key of a raw input document: a hash of its bytes."""
    return hashlib.sha256(data).hexdigest()[:24]


def normalise_for_id(text: str) -> str:
    """NFKC, case-folded, white space collapsed: what counts as 'the same text'."""
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def stable_id(prefix: str, *parts: str) -> str:
    """An id such as ``a_3f9c…``: a short prefix naming the kind of object, then a content hash."""
    return f"{prefix}_{digest(*parts)}"


def article_id(text: str) -> str:
    return stable_id("a", normalise_for_id(text))
