"""storyline: turn a pile of multilingual news into clean articles, entities, events and stories."""

__version__ = "0.1.0"
