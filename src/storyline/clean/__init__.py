"""Cleaning: page chrome removal, article metadata (title, outlet, byline, date), MT notices."""
