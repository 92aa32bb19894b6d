"""The embedded SQLite store: schema, migrations and queries."""

from storyline.store.db import Store

__all__ = ["Store"]
