"""Language identification per article and per segment."""
