"""Name keys: a cheap, script-independent fingerprint of who and where an article is about.

Entity linking gives corpus-wide entity ids when it has run; name keys complement them and work
without it. A name key is the consonant skeleton of a capitalised word, after transliteration to
Latin: vowels and the semi-vowels ``y``/``j``/``h`` are dropped and similar consonants folded, so
``Biden``, ``Байден`` and ``Байдена`` all give ``bdn`` and ``Putin``/``Путина`` give ``ptn``.
Inflected endings mostly add vowels, and a key keeps at most three consonants, so case forms agree.
The fingerprint of an article is its most frequent keys; two articles sharing several of them
are probably about the same people and places. Collisions happen (it is a skeleton) and are
tolerable: the keys only add to the embedding similarity, they never decide alone.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources

from anyascii import anyascii

_WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)
_FOLD = str.maketrans({"c": "k", "q": "k", "w": "v", "x": "k", "z": "s", "g": "k"})
_DROP = re.compile(r"[aeiouyjh'’\-]")
MAX_KEY = 3
TOP_KEYS = 16
SCAN_CHARS = 3000
ENTITY_PREFIX = "e:"
"""Marks a linked entity id in a fingerprint (``e:<entity id>``), next to the name keys."""


@lru_cache(maxsize=1)
def name_stopwords() -> frozenset[str]:
    """Capitalised words that are not names (data/stories/name_stopwords.txt), case-folded."""
    text = resources.files("storyline").joinpath("data", "stories", "name_stopwords.txt").read_text(encoding="utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            continue
        words.update(word.casefold() for word in line.split())
    return frozenset(words)


def name_key(word: str) -> str | None:
    """The consonant skeleton of a name-like word, or None when too short to tell anything."""
    latin = anyascii(word).lower()
    skeleton = _DROP.sub("", latin.translate(_FOLD))
    skeleton = re.sub(r"[^a-z]", "", skeleton)
    skeleton = re.sub(r"(.)\1+", r"\1", skeleton)[:MAX_KEY]
    return skeleton if len(skeleton) >= 2 else None


def name_counts(text: str) -> Counter[str]:
    """Counts of name keys of the capitalised, non-stopword words of ``text``."""
    stop = name_stopwords()
    counts: Counter[str] = Counter()
    for match in _WORD.finditer(text):
        word = match.group(0)
        if not word[0].isupper() or len(word) < 3 or word.casefold() in stop:
            continue
        if word.isupper() and len(word) > 6:
            continue  # a shouted headline word rather than an acronym
        key = name_key(word)
        if key:
            counts[key] += 1
    return counts


def name_fingerprint(title: str | None, text: str, *, top: int = TOP_KEYS) -> frozenset[str]:
    """The ``top`` most frequent name keys of the headline and the start of the body.

    Headline words count double: they name the story's main actors.
    """
    counts = name_counts(text[:SCAN_CHARS])
    for key, n in name_counts(title or "").items():
        counts[key] += 2 * n
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return frozenset(key for key, _ in ranked[:top])


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient |a ∩ b| / min(|a|, |b|), damped for very small sets."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / max(min(len(a), len(b)), 4)


def split_fingerprint(names: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(name keys, linked entity ids) of a fingerprint."""
    entities = frozenset(n for n in names if n.startswith(ENTITY_PREFIX))
    return names - entities, entities


def name_overlap(a: frozenset[str], b: frozenset[str], *, cross_lingual: bool = False) -> float:
    """How much two fingerprints share: their linked entity ids when both have some, else their name keys.

    The two kinds describe the same people and places twice (``bdn`` and the linked id of Biden),
    so pooling them in one set counts each shared actor once in the numerator but twice in the
    sizes, and an article with entity ids looks less similar than the same article without.
    Linked ids are exact and cross-lingual, name keys a skeleton that collides and misses
    inflected or transliterated forms: when entity linking ran on both articles its ids decide.
    Without entity ids this is exactly ``overlap`` of the name keys. (On ECB+ topics 1-35 through
    entity linking, B-cubed F1: pooled 0.853, best of the two 0.859, mean 0.867, ids first 0.873.)
    With ``cross_lingual`` the better of the two counts: the linker does not always give the same
    id to a place named in two scripts or case forms (Каховська ГЕС, Kakhovka HPP), while the
    transliterated skeletons of the two names agree. Story assignment uses it for every pair: with
    the short (24-token) lead embeddings, ECB+ topics 1-35 through entity linking give B-cubed F1
    0.86 with the better of the two against 0.79 with ids first.
    """
    keys_a, entities_a = split_fingerprint(a)
    keys_b, entities_b = split_fingerprint(b)
    if entities_a and entities_b:
        by_ids = overlap(entities_a, entities_b)
        return max(by_ids, overlap(keys_a, keys_b)) if cross_lingual else by_ids
    return overlap(keys_a, keys_b)
