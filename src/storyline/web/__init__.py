"""``storyline serve``: a local read-only web UI and JSON API over the store."""
