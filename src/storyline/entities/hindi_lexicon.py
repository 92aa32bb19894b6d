"""Hindi names from a lexicon learned on HiNER: Devanagari has no capital letters to find names by.

The lexicon (``data/entities/hi_name_words.tsv``) lists Devanagari words that are, in the *train*
part of HiNER (CFILT, CC BY-SA 4.0, ``train: yes`` in ../shared/eval/SOURCES.md; see NOTICE), mostly
inside a person, organisation or place name, with the kind they most often belong to. The split is a
fixed 70/30 by a hash of each sentence (:func:`is_test_sentence`); the test part is never read here
and is what ``bench/bench_hindi_ner.py`` reports on.

Detection: a run of listed words (a postposition such as के, में or ने ends it) is one name whose kind
is the one most of its words carry; a run of one word needs that word to be a name word strongly
(:data:`_ALONE_SHARE`), since many Hindi names are also common words.

Build it with ``python -m storyline.entities.hindi_lexicon [--eval ../shared/eval]``.
"""

from __future__ import annotations

import argparse
import logging
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from storyline.entities.candidates import Candidate
from storyline.entities.resources import DATA_PACKAGE
from storyline.ids import digest

log = logging.getLogger(__name__)

LEXICON = "hi_name_words.tsv"
HINER_PATH = ("ner", "hiner", "data", "collapsed", "validation.conll")
HINER_KINDS = {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"}
TEST_SHARE = 3  # of 10 hash buckets
_MIN_COUNT = 2  # a word seen fewer times inside names is not listed
_MIN_SHARE = 0.6  # ... nor one that is a name word in fewer than this share of its uses
_ALONE_SHARE = 0.85  # a one-word name needs its word to be a name word this often
_WORD = re.compile(r"[\u0900-\u097F]+")


def is_test_sentence(words: list[str]) -> bool:
    """The fixed 30 % of HiNER sentences kept for testing, by a hash of the sentence."""
    return int(digest(" ".join(words))[:8], 16) % 10 < TEST_SHARE


def read_hiner(path: Path) -> list[list[tuple[str, str, bool]]]:
    """HiNER sentences as (word, kind or "", opens a name) triples, kinds mapped to PER/ORG/LOC
    (others dropped); "opens" is a B- tag."""
    sentences = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        rows = [line.split("\t") for line in block.splitlines() if "\t" in line]
        if rows:
            sentences.append(
                [
                    (word, HINER_KINDS.get(tag[2:], "") if tag[:2] in ("B-", "I-") else "", tag.startswith("B-"))
                    for word, tag in rows
                ]
            )
    return sentences


@dataclass(frozen=True)
class HindiLexicon:
    words: dict[str, tuple[str, float]]  # word -> (kind, share of its uses inside a name)

    @classmethod
    def load(cls) -> HindiLexicon:
        text = resources.files(DATA_PACKAGE).joinpath(LEXICON).read_text(encoding="utf-8")
        words = {}
        for line in text.splitlines():
            if line and not line.startswith("#"):
                word, kind, share = line.split("\t")
                words[word] = (kind, float(share))
        return cls(words)

    def find(self, text: str) -> list[Candidate]:
        """Name candidates in Hindi ``text``."""
        found: list[Candidate] = []
        run: list[re.Match[str]] = []

        def close() -> None:
            if run and (len(run) > 1 or self.words[run[0].group()][1] >= _ALONE_SHARE):
                kinds = Counter(self.words[m.group()][0] for m in run)
                kind = max(kinds, key=lambda k: (kinds[k], k == self.words[run[-1].group()][0]))
                found.append(Candidate(run[0].start(), run[-1].end(), kind, "lexicon", confidence=0.7))
            run.clear()

        for match in _WORD.finditer(text):
            gap = text[run[-1].end() : match.start()] if run else " "
            if match.group() in self.words and gap.strip() == "":
                run.append(match)
                continue
            close()
            if match.group() in self.words:
                run.append(match)
        close()
        return found


def build(eval_dir: Path, out: Path) -> dict[str, int]:
    sentences = [s for s in read_hiner(eval_dir.joinpath(*HINER_PATH)) if not is_test_sentence([w for w, _, _ in s])]
    inside: dict[str, Counter[str]] = defaultdict(Counter)
    uses: Counter[str] = Counter()
    for sentence in sentences:
        for word, kind, _opens in sentence:
            if not _WORD.fullmatch(word):
                continue
            uses[word] += 1
            if kind:
                inside[word][kind] += 1
    rows = []
    for word, kinds in inside.items():
        total = sum(kinds.values())
        share = total / uses[word]
        if total >= _MIN_COUNT and share >= _MIN_SHARE:
            rows.append((word, kinds.most_common(1)[0][0], round(share, 2)))
    rows.sort()
    header = (
        "# Devanagari words that are mostly inside names, with the kind they most often belong to and the\n"
        "# share of their uses inside a name: learned by storyline.entities.hindi_lexicon from the train part\n"
        "# (70 %, by sentence hash) of HiNER (CFILT, CC BY-SA 4.0); see NOTICE.\n"
        "# word<TAB>kind<TAB>share\n"
    )
    out.write_text(header + "".join(f"{w}\t{k}\t{s}\n" for w, k, s in rows), encoding="utf-8")
    return {"sentences": len(sentences), "words": len(rows)}


def main() -> None:
    root = Path(__file__).resolve().parents[3]
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--eval", type=Path, default=root.parent / "shared" / "eval")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "data" / "entities" / LEXICON)
    args = parser.parse_args()
    print(build(args.eval, args.out))


if __name__ == "__main__":
    main()
