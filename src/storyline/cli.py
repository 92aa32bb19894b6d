"""The command line: thin commands over plain functions. The only module that prints."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from storyline import __version__
from storyline.config import load_settings
from storyline.errors import StorylineError, UsageError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="storyline", description=__doc__)
    parser.add_argument("--version", action="version", version=f"storyline {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="process news files into articles, entities, events and stories")
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, or - for JSONL on stdin")
    _common(run)
    run.add_argument("--engine", choices=["local", "ray"], default=None)
    run.add_argument("--address", default=None, help="Ray cluster address (default: start a local one)")
    run.add_argument("--workers", type=int, default=None, help="worker processes (0 = one per core)")
    run.add_argument("--batch-size", type=int, default=None)
    run.add_argument(
        "--kb",
        action="append",
        default=None,
        metavar="FILE",
        help="extra knowledge-base entries (CSV or YAML); repeatable",
    )
    run.add_argument("--config", type=Path, default=None, help="settings file (JSON)")

    demo = sub.add_parser("demo", help="run on the bundled example articles")
    _common(demo)
    demo.add_argument("--workers", type=int, default=None)

    serve = sub.add_parser("serve", help="local web UI and JSON API over a store")
    serve.add_argument("--out", type=Path, default=Path("storyline-out"))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)

    export = sub.add_parser("export", help="export the store in other formats")
    export.add_argument("--out", type=Path, default=Path("storyline-out"))
    export.add_argument("--format", required=True, choices=["csv", "parquet", "graphml", "plover"])
    export.add_argument("--dest", type=Path, default=None, help="where to write (default: OUT/export-FORMAT)")
    return parser


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, default=None, help="output directory (default ./storyline-out)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")
    p.add_argument("--verbose", "-v", action="store_true", help="log what happens")


class _Progress:
    """A tqdm bar on a terminal; nothing otherwise."""

    def __init__(self, enabled: bool) -> None:
        self.bar: Any = None
        if enabled and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(unit="doc", desc="storyline", file=sys.stderr, dynamic_ncols=True)

    def __call__(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def examples_dir() -> Path:
    return Path(str(resources.files("storyline") / "examples"))


def _cmd_run(args: argparse.Namespace, inputs: Sequence[str]) -> int:
    from storyline.run import run_corpus

    overrides: dict[str, Any] = {
        "out_dir": args.out,
        "quiet": args.quiet or None,
        "workers": getattr(args, "workers", None),
        "batch_size": getattr(args, "batch_size", None),
        "engine": getattr(args, "engine", None),
        "ray_address": getattr(args, "address", None),
        "kb_files": tuple(args.kb) if getattr(args, "kb", None) else None,
    }
    settings = load_settings(file=getattr(args, "config", None), overrides=overrides)
    for given in inputs:
        if given != "-" and not Path(given).exists() and not Path(given).is_symlink():
            raise UsageError(f"input not found: {given}")
    progress = _Progress(not settings.quiet)
    try:
        summary = run_corpus(inputs, settings, progress=progress)
    finally:
        progress.close()
    if not settings.quiet:
        c = summary.counts
        print(
            f"storyline: {c['inputs']} inputs -> {c['articles']} articles, {c['rejected']} rejected"
            + (f" ({', '.join(f'{k}: {v}' for k, v in c['rejected_by_reason'].items())})" if c["rejected"] else "")
        )
        print(f"  {c.get('entities', 0)} entities, {c.get('events', 0)} events, {c.get('stories', 0)} stories")
        t = c["this_run"]
        print(
            f"  this run: {t['new_articles']} new articles, {t['new_rejections']} new rejections, "
            f"{t['already_in_store']} inputs already in the store"
        )
        print(f"  report: {summary.report}")
        print(f"  output: {summary.out_dir}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if getattr(args, "verbose", False) else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        if args.command == "run":
            return _cmd_run(args, args.inputs)
        if args.command == "demo":
            return _cmd_run(args, [str(examples_dir())])
        if args.command == "serve":
            from storyline.web.server import serve

            return serve(args.out, host=args.host, port=args.port)
        if args.command == "export":
            from storyline.export import export_store

            dest = export_store(args.out, args.format, dest=args.dest)
            print(f"storyline: wrote {dest}")
            return 0
    except StorylineError as exc:
        print(f"storyline: error: {exc}", file=sys.stderr)
        return exc.exit_status
    except KeyboardInterrupt:
        print("storyline: interrupted; run again with the same --out to resume", file=sys.stderr)
        return 2
    parser.error(f"unknown command {args.command}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
