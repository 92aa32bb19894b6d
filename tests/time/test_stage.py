"""TimeStage fills Article.times and keeps the batch's length and order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.model import Article
from storyline.time.stage import TimeStage
from storyline.time.tagger import tag_times


def article(text: str, language: str, published: str | None) -> Article:
    return Article(id=f"a{len(text)}", source="test", text=text, language=language, published=published)


def test_stage_fills_times_in_order() -> None:
    batch = [
        article("Talks opened in Geneva on 10 January. The next day the delegations met again.", "en", "2022-01-12"),
        article("Переговоры начались 10 января в Женеве.", "ru", "2022-01-12"),
        article("No dates here at all.", "en", None),
    ]
    out = TimeStage().process(batch)
    assert [a.id for a in out] == [a.id for a in batch]
    assert [t.text for t in out[0].times] == ["10 January", "The next day"]
    assert out[0].times[1].value.start == "2022-01-11"
    assert out[1].times[0].value.start == "2022-01-10"
    assert out[2].times == ()
    assert TimeStage.name == "time"


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab 1290.-/,Mayonthe DecJanuaryведекабря")), max_size=80),
    st.sampled_from(["en", "ru", "de", "xx"]),
)
def test_offsets_always_match_the_text(text: str, lang: str) -> None:
    for expr in tag_times(text, lang, "2022-01-10"):
        assert 0 <= expr.start < expr.end <= len(text)
        assert text[expr.start : expr.end] == expr.text
        if expr.value.start is not None:
            assert expr.value.end is not None and expr.value.start <= expr.value.end
