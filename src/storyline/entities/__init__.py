"""Entities: mention detection, morphology, transliteration, knowledge base, cross-lingual linking."""
