"""Stories: embeddings, near-duplicates and translations, story clustering, timelines, briefings."""
