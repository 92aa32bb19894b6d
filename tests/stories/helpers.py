"""Hand-built vectors and articles for the stories tests (no model needed)."""

from __future__ import annotations

import numpy as np

from storyline.stories.embed import DIM


def unit(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v)).astype(np.float32)


def topic_vectors(seed: int, topics: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [unit(rng.normal(size=DIM)) for _ in range(topics)]


def near(base: np.ndarray, cosine: float, seed: int) -> np.ndarray:
    """A unit vector at (about) the given cosine from ``base``."""
    rng = np.random.default_rng(seed)
    noise = rng.normal(size=DIM)
    noise -= (noise @ base) * base
    noise = noise / np.linalg.norm(noise)
    return unit(cosine * base + np.sqrt(1 - cosine**2) * noise)
