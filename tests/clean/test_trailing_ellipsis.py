"""A body paragraph of whole sentences that ends in a stray "..." is body; a teaser cut mid-sentence is not."""

from __future__ import annotations

from storyline.clean.stage import CleanStage
from storyline.model import Article, RawDoc

PAGE = "\n".join(
    [
        "Home | World | Business | Sport",
        "River ferry service resumes after three-week shutdown",
        "By Tom Hale",
        (
            "The ferry between Northbank and Eastmoor carried its first passengers on Monday morning after a"
            " three-week shutdown caused by damage to the landing pier during the February storms."
        ),
        (
            "Engineers replaced two of the pier's steel pilings and repaired the boarding ramp, the operator"
            " said, adding that the timetable would return to the usual half-hourly crossings from next "
            "week."
        ),
        (
            "Commuters had been forced onto a long detour over the old road bridge, which added up to forty "
            "minutes to journeys, and shopkeepers near the landing said trade had fallen sharply during the "
            "closure. ..."
        ),
        (
            "The operator said it would offer a week of free crossings to season-ticket holders as "
            "compensation for the disruption, and that a second vessel would join the route in the summer."
        ),
        "Read also:",
        (
            "Council approves budget for new cycle lanes along the waterfront promenade after a heated "
            "debate about parking spaces and the cost of ..."
        ),
        "Subscribe to our newsletter",
        "",
    ]
)


def test_paragraph_with_a_trailing_ellipsis_is_kept_and_a_cut_teaser_is_dropped(stage: CleanStage) -> None:
    result = stage.process([RawDoc("ferry.txt", "text", PAGE, "k-ferry", {})])[0]
    assert isinstance(result, Article), result
    assert "shopkeepers near the landing said trade had fallen sharply" in result.text
    assert "a second vessel would join the route" in result.text
    assert "cycle lanes" not in result.text
    assert "Subscribe" not in result.text
