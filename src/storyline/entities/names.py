"""Name normalisation: transliteration to Latin and spelling-variant keys.

In the spirit of the Europe Media Monitor's name-variant matching, two surface forms are taken
to spell the same name when their *variant keys* agree. A key is built by

1. transliterating any script to ASCII Latin (``anyascii``: Cyrillic, Devanagari, Greek, ...),
2. case folding and dropping everything that is not a letter (apostrophes of soft signs, dots),
3. rewriting letter groups that different transliteration schemes spell differently
   (``kh``/``h``, ``ya``/``ia``, ``j``/``y``/``i``, ``w``/``v``, ``ph``/``f``, ``ck``/``k``, ...),
4. collapsing doubled letters.

So ``Zelensky``, ``Zelenskyy``, ``Zelenskiy``, ``Зеленский`` and ``Зеленський`` share the key
``zelenski``; ``Ryabkov`` and ``Рябков`` share ``riabkov``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

from anyascii import anyascii

DATA_PACKAGE = "storyline.data.entities"

_NON_LETTER = re.compile(r"[^a-z ]+")
_SPACES = re.compile(r"\s+")
_DOUBLE = re.compile(r"([a-z])\1+")

# Ordered rewrites applied to a lower-case ASCII string (longest groups first).
_REWRITES: tuple[tuple[str, str], ...] = (
    ("chr", "kr"),  # Christopher = Кристофер
    ("ca", "ka"),  # a hard c before a back vowel or consonant: Carlos = Карлос
    ("co", "ko"),
    ("cu", "ku"),
    ("cl", "kl"),
    ("cr", "kr"),
    ("th", "t"),  # Theresa = Тереза
    ("shch", "sc"),
    ("sch", "s"),
    ("tsch", "c"),
    ("tch", "c"),
    ("kh", "h"),
    ("ch", "c"),
    ("tz", "c"),
    ("ts", "c"),
    ("zh", "j"),
    ("z", "s"),  # Zelensky = Selenskyj, Teresa = Тереза
    ("sh", "s"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
    ("ie", "i"),
    ("ei", "e"),
    ("iu", "u"),
    ("ia", "a"),
    ("io", "o"),
    ("ou", "u"),
)


def to_latin(text: str) -> str:
    """Transliterate any script to Latin, keeping letter case where the script has it."""
    if text.isascii():
        return text
    # Keep Latin letters with diacritics readable (Łukasz -> Lukasz) and transliterate the rest.
    return anyascii(text)


def fold_latin(text: str) -> str:
    """Lower-case ASCII letters and single spaces only."""
    ascii_text = to_latin(unicodedata.normalize("NFKC", text)).lower()
    ascii_text = ascii_text.replace("-", " ")
    return _SPACES.sub(" ", _NON_LETTER.sub("", ascii_text)).strip()


def variant_key(text: str) -> str:
    """The spelling-variant key of a name: equal keys mean 'the same name, spelled differently'."""
    folded = fold_latin(text)
    words = []
    for word in folded.split(" "):
        for old, new in _REWRITES:
            word = word.replace(old, new)
        word = _DOUBLE.sub(r"\1", word)
        if word:
            words.append(word)
    return " ".join(words)


def display_latin(text: str) -> str:
    """A readable Latin form of a name (for canonical names of entities not in the KB)."""
    latin = to_latin(text).replace("'", "").replace("`", "")
    words = [w[:1].upper() + w[1:] if w.islower() else w for w in _SPACES.split(latin.strip())]
    return " ".join(words)


def is_latin_script(text: str) -> bool:
    return all(not ch.isalpha() or ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


_VOWELS = frozenset("aeiou")


def consonant_skeleton(word: str) -> str:
    """A coarse phonetic key of one variant-key word: its first letter, then its consonants.

    Vowels carry most of the disagreement between transliteration schemes and languages
    (``devis``/``davis``, ``bler``/``blair``, ``mukhamed``/``mohamed``) and ``h`` is often written
    or dropped (``khant``/``hunt``), so both are dropped after the first letter and repeats
    collapsed: ``davis``, ``devis`` -> ``dvs``.
    """
    if not word:
        return ""
    rest = [ch for ch in word[1:] if ch not in _VOWELS and ch != "h"]
    return _DOUBLE.sub(r"\1", word[0] + "".join(rest))


def edit_distance(left: str, right: str, limit: int) -> int:
    """Levenshtein distance between two strings, or ``limit + 1`` once it is known to exceed ``limit``."""
    if abs(len(left) - len(right)) > limit:
        return limit + 1
    previous = list(range(len(right) + 1))
    for i, lch in enumerate(left, 1):
        current = [i]
        for j, rch in enumerate(right, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (lch != rch)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)


def edit_bound(word: str) -> int:
    """How many edits two spellings of a word of this length may differ by (none for short words)."""
    if len(word) <= 4:
        return 0
    return 1 if len(word) <= 7 else 2


def near_words(left: str, right: str) -> bool:
    """Whether two variant-key words may spell the same name word: an edit distance within the
    length-scaled bound, one edit more when they share a consonant skeleton (of three or more letters)."""
    if left == right:
        return True
    bound = edit_bound(min(left, right, key=len))
    skeleton = consonant_skeleton(left)
    if len(skeleton) >= 3 and skeleton == consonant_skeleton(right):
        bound = max(bound + (len(skeleton) >= 4), 1)
    return bound > 0 and edit_distance(left, right, bound) <= bound


@functools.cache
def _given_name_groups() -> dict[str, str]:
    """Variant key -> the variant key of the line's first form in ``given_name_variants.tsv``: the forms
    one given name takes in Ukrainian, Russian, Belarusian and the transliteration schemes of other
    languages share it."""
    text = resources.files(DATA_PACKAGE).joinpath("given_name_variants.tsv").read_text(encoding="utf-8")
    groups: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            forms = [variant_key(form.strip()) for form in line.split("\t")]
            for form in forms:
                groups.setdefault(form, forms[0])
    return groups


def given_name_key(key: str) -> str:
    """One key for the forms of a given name (variant key in, variant key out): ``aleksandr`` and
    ``aleksander`` -> ``oleksandr``; a name the table lacks is its own key."""
    return _given_name_groups().get(key, key)


def same_first_name(left: str, right: str) -> bool:
    """Whether two variant-key first names are one name: equal, one vowel apart inside the word
    (``devid``/``david``), or forms of one name in ``given_name_variants.tsv`` (``oleksandr``/
    ``aleksandr``/``aleksander``, ``oleh``/``oleg``). A different ending (``mario``/``maria``) or any
    other difference makes them different names."""
    if left == right:
        return True
    groups = _given_name_groups()
    if left in groups and groups[left] == groups.get(right):
        return True
    if len(left) != len(right) or len(left) < 4:
        return False
    diffs = [i for i, (a, b) in enumerate(zip(left, right, strict=True)) if a != b]
    return len(diffs) == 1 and 0 < diffs[0] < len(left) - 1 and left[diffs[0]] in _VOWELS and right[diffs[0]] in _VOWELS


def inflected_first_name(left: str, right: str) -> bool:
    """Whether two variant-key first names may be case forms of one name (``oe``/``oea`` from Joe/Joeja,
    ``asi``/``asa`` from Asii/Asia): one is the other plus an ending of at most three letters, or they
    agree once final vowels are dropped. Weaker than :func:`same_first_name` (a female name and a
    male name in the genitive look alike), so the linker asks more of the context for it."""
    short, long = sorted((left, right), key=lambda w: (len(w), w))
    if len(short) < 2:
        return False
    if long.startswith(short) and len(long) - len(short) <= 3:
        return True
    trimmed_short, trimmed_long = short.rstrip("aeiou"), long.rstrip("aeiou")
    return len(trimmed_short) >= 2 and trimmed_short == trimmed_long
