"""Errors for misuse of storyline (problems with one input are ``Rejection`` data, not errors).

Tree::

    StorylineError            base; carries an actionable message
    ├── UsageError            bad command-line or API usage (exit status 1)
    ├── ConfigError           an invalid setting or settings file (exit status 1)
    ├── StoreError            the embedded store cannot be opened, written or migrated (exit 2)
    │   └── OutputNotWritable the output directory is read-only, missing or the disk is full
    └── MissingExtraError     an optional part (Ray, pyarrow) is not installed (exit 1)
"""

from __future__ import annotations


class StorylineError(Exception):
    exit_status = 2


class UsageError(StorylineError):
    exit_status = 1


class ConfigError(StorylineError):
    exit_status = 1


class StoreError(StorylineError):
    exit_status = 2


class OutputNotWritable(StoreError):
    exit_status = 2


class MissingExtraError(StorylineError):
    exit_status = 1

    def __init__(self, extra: str, package: str) -> None:
        super().__init__(
            f"this needs the optional package {package!r}: install it with `pip install 'storyline[{extra}]'`"
        )
