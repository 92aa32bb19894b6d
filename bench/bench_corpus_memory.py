"""Driver memory and CPU of the cross-article steps (``corpus.update_corpus``) on real stores.

For each store and each code version (``after``: this checkout; ``before``: the tree at
``--before-rev``, unpacked with ``git archive``, when given), a fresh Python process imports that
version, opens a copy of the store with its story assignments cleared (so every article is placed
again, as in a first run over the corpus) and runs the corpus steps: entity linking, stories,
event merging and quotes, story records. A sampling thread records the peak RSS during each step;
the child also reports its own ``ru_maxrss`` and the CPU seconds of each step. The two versions'
story assignments and entity tables are then compared.

    python bench/bench_corpus_memory.py --store /tmp/run10k/storyline.db --store /tmp/run50k/storyline.db \\
        --before-rev 8fd79ee

Stores are copied into the work directory first: the originals are never opened.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench")]

from common import save_results, table  # noqa: E402

STEPS = ("link_entities", "update_stories", "merge_events", "build_stories")
COMPARED = ("article_story", "entities", "entity_keys", "article_entities", "events", "stories")

CHILD = r"""
import json, resource, sys, threading, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
import storyline.corpus as corpus
from storyline.config import load_settings
from storyline.store import Store

def rss():
    return int(open("/proc/self/statm").read().split()[1]) * 4096 / 1e6

current = ["open"]
peaks = {}
cpu = {}

def sample():
    while True:
        peaks[current[0]] = max(peaks.get(current[0], 0.0), rss())
        time.sleep(0.05)

threading.Thread(target=sample, daemon=True).start()
for name in STEPS:
    step = getattr(corpus, name)
    def timed(*args, _step=step, _name=name, **kwargs):
        current[0] = _name
        started = time.process_time()
        out = _step(*args, **kwargs)
        cpu[_name] = time.process_time() - started
        peaks[_name] = max(peaks.get(_name, 0.0), rss())
        current[0] = _name + " (after)"
        return out
    setattr(corpus, name, timed)
store = Store.open(Path(sys.argv[2]))
store.conn.execute("DELETE FROM article_story")
store.conn.commit()
articles = store.article_count()
corpus.update_corpus(store, load_settings(overrides={"quiet": True}))
print(json.dumps({"articles": articles, "peaks": peaks, "cpu": cpu,
                  "maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
""".replace("STEPS", repr(STEPS))


def run_child(src: Path, store: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(src), str(store)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"corpus step failed on {store}:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def table_digest(store: Path, name: str) -> str:
    with sqlite3.connect(store) as conn:
        digest = hashlib.sha256()
        for row in conn.execute(f"SELECT * FROM {name} ORDER BY 1, 2"):  # names from COMPARED
            digest.update(repr(row).encode())
        return digest.hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--store", action="append", type=Path, required=True)
    parser.add_argument("--before-rev", help="git revision whose src/ is measured as 'before'")
    parser.add_argument("--work", type=Path, help="scratch directory (default: a temp dir)")
    parser.add_argument("--name", default="corpus_memory")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="corpus-mem-"))
    work.mkdir(parents=True, exist_ok=True)
    versions = {"after": ROOT / "src"}
    if args.before_rev:
        before = work / "before"
        before.mkdir(exist_ok=True)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.before_rev, "src"], capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(before)], input=archive.stdout, check=True)
        versions = {"before": before / "src", **versions}
    rows = []
    figures: dict[str, Any] = {}
    for number, original in enumerate(args.store):
        digests: dict[str, dict[str, str]] = {}
        for version, src in versions.items():
            copy = work / f"store{number}-{version}.db"
            shutil.copyfile(original, copy)
            result = run_child(src, copy)
            digests[version] = {name: table_digest(copy, name) for name in COMPARED}
            peaks = result["peaks"]
            rows.append(
                [
                    f"{result['articles']:,}",
                    version,
                    *(f"{peaks.get(step, 0):.0f}" for step in STEPS),
                    f"{result['maxrss']:.0f}",
                    f"{sum(result['cpu'].values()):.1f}",
                ]
            )
            figures[f"{result['articles']}/{version}"] = result
            copy.unlink()
        if len(digests) == 2:
            same = [name for name in COMPARED if digests["before"][name] == digests["after"][name]]
            figures[f"store{number}/identical_tables"] = same
            print(f"store {original}: tables identical before/after: {', '.join(same) or 'none'}")
    header = ["articles", "code", *(f"peak RSS MB: {s}" for s in STEPS), "ru_maxrss MB", "CPU s"]
    markdown = (
        "## Driver memory of the cross-article steps (story assignments cleared: every article placed again)\n\n"
        + table(header, rows)
        + "\n\nPeak RSS sampled every 50 ms during each step, in a fresh process per store and version."
        + (f" 'before' is src/ at {args.before_rev}." if args.before_rev else "")
    )
    print(markdown)
    command = "python bench/bench_corpus_memory.py " + " ".join(f"--store {s}" for s in args.store)
    if args.before_rev:
        command += f" --before-rev {args.before_rev}"
    save_results(args.name, markdown, figures, command=command)


if __name__ == "__main__":
    main()
