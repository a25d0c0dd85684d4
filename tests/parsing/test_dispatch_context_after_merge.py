"""A dispatch after a story is compared with what the story printed under its headline (its deck
and its own text), not with the dispatches merged into it before: one merged dispatch does not
draw in the next one that speaks only of what it said (on a digest page of briefs, a brief wrongly
taken into a story would draw in the next brief on the same subject, and so on). The outcome is
the same whether the dispatch before was compared or joined unread as the same agency's copy;
the story's text used to be read once and kept, at whichever of the two came first."""

import pytest

from tests.parsing.helpers import parse

# Longer than the stretch of a story's opening compared character pair by character pair
# (3,000 characters): only its words, at both ends, tell what it is about.
_TALKS = (
    "日本財政大臣在記者招待會中稱，三國財長會議能否獲致協議，須視各方是否願意在關稅問題上互相"
    "讓步而定。財政大臣又稱，日本政策在使區內貿易暢通，不擬接受任何有損本國農民之建議。"
)


@pytest.mark.parametrize("opening", ["〔本報訊〕", "〔路透社東京十日電〕"])
def test_a_dispatch_on_what_only_the_merged_dispatch_reported_is_a_story_of_its_own(opening):
    parsed = parse(
        "三國財長會議下週揭幕",
        "",
        opening + _TALKS,
        *[_TALKS] * 40,
        "〔路透社倫敦十一日電〕英國財相即開始準備下週舉行之三國財長會議，關稅問題仍待協議。"
        "又訊：蘭開夏棉紡織業公會昨日集會，要求政府限制香港棉布輸入英國，並請規定每年進口配額，"
        "以保障紗廠工人生計。",
        "〔合眾社曼徹斯特十一日電〕蘭開夏棉紡織業公會今日再度集會，紗廠代表要求限制香港棉布"
        "進口配額，以保障工人生計。",
    )
    talks, cotton = parsed.articles
    assert "蘭開夏" in talks.paragraphs[-1]  # the second dispatch, on the same talks
    assert cotton.paragraphs[0].startswith("〔合眾社")
    assert [f.kind for f in parsed.flags if f.kind.startswith("d")] == [
        "dateline-inside-story",
        "dispatch-own-story",
    ]
