"""Events: the PLOVER ontology, event detection and typing, arguments, quotes, cross-article merging."""
