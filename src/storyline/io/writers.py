"""Atomic JSON Lines writers: a file is replaced only once it is complete."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from storyline.errors import OutputNotWritable


def dumps(record: Any) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"), sort_keys=False)


def write_jsonl(path: Path, records: Iterable[Any]) -> int:
    """Write records to ``path`` atomically; returns how many were written."""
    tmp = path.with_name(path.name + ".tmp")
    count = 0
    try:
        with tmp.open("w", encoding="utf-8", newline="\n") as out:
            for record in records:
                out.write(dumps(record))
                out.write("\n")
                count += 1
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:  # disk full, read-only, quota: the previous file (if any) is left whole
        _discard(tmp)
        raise OutputNotWritable(f"cannot write {path}: {exc.strerror or exc}") from exc
    return count


def _discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


def write_text(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    try:
        with tmp.open("w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        raise OutputNotWritable(f"cannot write {path}: {exc.strerror or exc}") from exc
