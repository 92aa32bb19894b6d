"""Cleaning: page chrome removal, article metadata (title, outlet, byline, date), MT notices.

Modules:

- ``stage``: ``CleanStage``, ``RawDoc -> Article | Rejection`` for text dumps, HTML and records.
- ``lines``: a dump's lines, their shape features and chrome flags (prompts, credits, time stamps…).
- ``dump``: the text-dump cleaner (body language, headline, densest prose run, lead, segments).
- ``html``: trafilatura extraction and metadata; the text rendering of a page used to compare.
- ``metadata``: site-name suffixes, outlets named by reporting verbs, bylines.
- ``dates`` / ``published``: written dates (CLDR month names) and the publication-date decision.
- ``translation``: machine-translation notices and their source language.
- ``lexicon``: the language data in ``storyline/data/clean/*.json``, compiled.
"""
