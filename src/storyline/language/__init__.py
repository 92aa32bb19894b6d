"""Language identification per article and per segment.

- ``detect``: ``LanguageDetector`` (pycld2 first, lingua with the explicit language set of
  ``storyline/data/language/languages.tsv`` for short or unsure text).
- ``scripts``: the script of a line and the usual script of each language.
"""
