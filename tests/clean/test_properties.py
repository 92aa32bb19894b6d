"""Whatever the input, the stage accounts for it: an Article with consistent offsets, or a Rejection."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.clean.stage import CleanStage
from storyline.ids import article_id
from storyline.model import Article, RawDoc, Rejection

_LINES = st.lists(
    st.one_of(
        st.text(min_size=0, max_size=120),
        st.sampled_from(
            [
                "Read also: more news",
                "2 hours ago",
                "The council approved the budget on Monday after a long debate about schools and roads.",
                "Совет утвердил бюджет в понедельник после долгих споров о школах и дорогах.",
                "",
                "Home",
            ]
        ),
    ),
    max_size=25,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=_LINES, kind=st.sampled_from(["text", "record", "html"]))
def test_every_input_is_accounted_for(stage: CleanStage, lines: list[str], kind: str) -> None:
    content = "\n".join(lines)
    if kind == "html":
        content = "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"
    result = stage.process([RawDoc("doc", kind, content, "k")])[0]
    assert isinstance(result, (Article, Rejection))
    if isinstance(result, Article):
        assert result.text and result.text == result.text.strip()
        assert result.id == article_id(result.text)
        for segment in result.segments:
            assert 0 <= segment.start < segment.end <= len(result.text)
        assert result.published is None or len(result.published) == 10
        assert result.published_basis in {"metadata", "dateline", "text", "none"}
