"""Temporal expressions: find them in many languages and resolve them against the article date."""
