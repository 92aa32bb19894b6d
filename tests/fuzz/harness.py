"""Run ``storyline run`` in-process over a pile of hostile files and account for every document.

``run_and_account`` writes the files, runs the command line's ``main`` under an alarm (a hang
becomes a failure, not a stuck test), and checks that the exit status is 0 and that each file's
documents are in ``articles.jsonl`` or ``rejected.jsonl`` exactly as many times as it holds them.
"""

from __future__ import annotations

import json
import signal
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from storyline.cli import main
from storyline.config import Settings
from storyline.pipeline import Pipeline
from tests.fuzz.strategies import FuzzFile

RUN_TIME_LIMIT_S = 120


class RunHung(AssertionError):
    pass


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise RunHung(f"storyline run did not finish within {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def shared_pipeline() -> Iterator[None]:
    """Every run inside reuses one pipeline (stages are pure), as a long-lived process would:
    models and lexicons load once instead of once per fuzz example."""
    import storyline.stages

    real_build = storyline.stages.build_pipeline
    built: dict[tuple[object, ...], Pipeline] = {}

    def build_once(settings: Settings) -> Pipeline:
        key = (settings.max_text_chars, settings.kb_files)
        if key not in built:
            built[key] = real_build(settings)
        return built[key]

    storyline.stages.build_pipeline = build_once  # type: ignore[assignment]
    try:
        yield
    finally:
        storyline.stages.build_pipeline = real_build  # type: ignore[assignment]


@dataclass
class FuzzTally:
    """What a fuzz campaign did: documents tried, runs that crashed, documents not accounted for."""

    runs: int = 0
    files: int = 0
    documents: int = 0
    crashes: int = 0
    lost: int = 0
    problems: list[str] = field(default_factory=list)


def _records(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    # JSON Lines are separated by "\n" only: str.splitlines() would also split inside U+2028 or U+0085
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def _owner(source: str, files: Sequence[tuple[Path, FuzzFile]]) -> int | None:
    for index, (path, fuzz) in enumerate(files):
        if source == str(path) or source.startswith(f"{path}:") or source.startswith(f"{path}#"):
            return index
        if fuzz.url_prefix and source.startswith(fuzz.url_prefix):
            return index
    return None


def account(out: Path, files: Sequence[tuple[Path, FuzzFile]]) -> list[str]:
    """Problems with the accounting of ``files`` in the run's output directory (empty when all is well).

    A damaged archive may give records whose target URI is itself damaged; such sources belong to
    no file by name and are charged, as a pool, against the damaged archives' allowance.
    """
    problems: list[str] = []
    outputs = [str(r["source"]) for r in _records(out / "articles.jsonl")]
    outputs += [str(r["source"]) for r in _records(out / "rejected.jsonl")]
    per_file: Counter[int] = Counter()
    unattributed: list[str] = []
    for source in outputs:
        owner = _owner(source, files)
        if owner is None:
            unattributed.append(source)
        else:
            per_file[owner] += 1
    for index, (path, fuzz) in enumerate(files):
        got = per_file[index]
        if got < fuzz.low or (got > fuzz.high):
            problems.append(f"{path.name}: {got} documents in the output, expected {fuzz.low}..{fuzz.high}")
    slack = sum(max(0, fuzz.high - per_file[i]) for i, (_, fuzz) in enumerate(files) if fuzz.low < fuzz.high)
    if len(unattributed) > slack:
        problems.append(f"{len(unattributed)} outputs from no input file, e.g. {unattributed[0]!r}")
    duplicates = [s for s, n in Counter(outputs).items() if n > 1 and _owner(s, files) is not None]
    duplicates = [s for s in duplicates if not _is_url_source(s, files)]
    if duplicates:
        problems.append(f"sources written twice: {duplicates[:3]}")
    return problems


def _is_url_source(source: str, files: Sequence[tuple[Path, FuzzFile]]) -> bool:
    return any(f.url_prefix and source.startswith(f.url_prefix) for _, f in files)


def lost_documents(out: Path, files: Sequence[tuple[Path, FuzzFile]]) -> int:
    outputs = [str(r["source"]) for r in _records(out / "articles.jsonl") + _records(out / "rejected.jsonl")]
    counts = Counter(_owner(s, files) for s in outputs)
    return sum(max(0, fuzz.low - counts[i]) for i, (_, fuzz) in enumerate(files))


def run_and_account(files: Sequence[FuzzFile], tally: FuzzTally | None = None) -> list[str]:
    """Write ``files``, run storyline over them and return the accounting problems (raises on a crash)."""
    with tempfile.TemporaryDirectory(prefix="storyline-fuzz-") as tmp:
        root = Path(tmp)
        src = root / "in"
        src.mkdir()
        placed = []
        for i, fuzz in enumerate(files):
            path = src / f"f{i}{fuzz.suffix}"
            path.write_bytes(fuzz.data)
            placed.append((path, fuzz))
        out = root / "out"
        if tally is not None:
            tally.runs += 1
            tally.files += len(files)
            tally.documents += sum(f.low for f in files)
        try:
            with time_limit(RUN_TIME_LIMIT_S):
                status = main(["run", str(src), "--out", str(out), "--quiet", "--batch-size", "4"])
        except BaseException:
            if tally is not None:
                tally.crashes += 1
            raise
        problems = [] if status == 0 else [f"exit status {status}"]
        problems += account(out, placed)
        if tally is not None:
            tally.lost += lost_documents(out, placed)
            tally.problems += problems
        return problems
