"""Hindi names found by the lexicon learned from HiNER's train part (Devanagari has no capitals)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from storyline.entities.hindi_lexicon import HINER_PATH, HindiLexicon, build, is_test_sentence, read_hiner
from storyline.entities.stage import EntityStage
from storyline.model import Article


def test_the_shipped_lexicon_finds_people_and_places(stage: EntityStage) -> None:
    text = "प्रधानमंत्री नरेंद्र मोदी ने दिल्ली में राहुल गांधी से मुलाकात की और भाजपा की बैठक हुई।"
    (article,) = stage.process([Article(id="h", source="t", text=text, language="hi")])
    found = {(m.text, m.kind) for m in article.mentions}
    assert {("नरेंद्र मोदी", "PER"), ("दिल्ली", "LOC"), ("राहुल गांधी", "PER"), ("भाजपा", "ORG")} <= found
    # postpositions and verbs are never part of a name
    assert not any(word in text_ for text_, _ in found for word in ("ने", "में", "से", "की", "हुई"))


def test_runs_of_name_words_and_lone_words() -> None:
    lexicon = HindiLexicon({"राम": ("PER", 0.9), "नगर": ("LOC", 0.6), "सिंह": ("PER", 0.95)})
    text = "राम सिंह कल राम नगर गए और नगर में रुके।"
    spans = [(text[c.start : c.end], c.kind) for c in lexicon.find(text)]
    # a lone word needs to be a strong name word: "नगर" (0.6) alone is not a name; in a tie the last
    # word decides the kind ("राम नगर" is a town)
    assert spans == [("राम सिंह", "PER"), ("राम नगर", "LOC")]


def test_the_build_keeps_test_sentences_out(tmp_path: Path, eval_dir: Path) -> None:
    if not (eval_dir / "ner" / "hiner").is_dir():
        pytest.skip("HiNER not in ../shared/eval")
    out = tmp_path / "words.tsv"
    figures = build(eval_dir, out)
    shipped = resources.files("storyline.data.entities").joinpath("hi_name_words.tsv").read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == shipped  # the shipped lexicon is what the build makes
    sentences = read_hiner(eval_dir.joinpath(*HINER_PATH))
    held_out = sum(is_test_sentence([w for w, _, _ in s]) for s in sentences)
    assert figures["sentences"] == len(sentences) - held_out
    assert 0.25 < held_out / len(sentences) < 0.35
