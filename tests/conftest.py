"""Shared fixtures. Tests that need ../shared/eval are marked ``eval`` and skip when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _shared(name: str) -> Path | None:
    for base in (ROOT.parent / "shared", ROOT.parent.parent / "shared"):
        if (base / name).is_dir():
            return base / name
    return None


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    path = _shared("eval")
    if path is None:
        pytest.skip("../shared/eval is not here")
    return path


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    path = _shared("samples")
    if path is None:
        pytest.skip("../shared/samples is not here")
    return path
