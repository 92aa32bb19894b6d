"""Text utilities shared by the analysis stages (sentence splitting)."""
