"""Temporal expressions: find them in many languages and resolve them against the article date.

Entry points: :func:`storyline.time.tagger.tag_times` (a pure function, usable per sentence) and
:class:`storyline.time.stage.TimeStage` (fills ``Article.times``). Language data lives in
``storyline/data/time/<lang>.json`` (en ru uk de fr es it pl hi).
"""
