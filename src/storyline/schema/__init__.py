"""JSON Schemas of the output files (the contract, machine-checkable)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

OUTPUT_FILES = ("articles", "rejected", "entities", "events", "quotes", "stories")


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of one record of ``<name>.jsonl`` (or ``run`` for run.json)."""
    text = resources.files("storyline.schema").joinpath(f"{name}.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
