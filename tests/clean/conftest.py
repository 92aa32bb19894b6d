"""One clean stage (and its lazily loaded models) shared by the clean tests."""

from __future__ import annotations

import pytest

from storyline.clean.stage import CleanStage


@pytest.fixture(scope="session")
def stage() -> CleanStage:
    return CleanStage()
