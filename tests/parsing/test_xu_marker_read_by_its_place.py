"""A marker worded 续 alone (（續第三版）) says no direction: papers of Taiwan and Hong Kong print it
where a story is cut off (``…分發各班，（續第三版）``), mainland papers over the part that goes on
(``（续第二版）他指出…``). Its place in the text decides (articles/parsing/markers.py)."""

import pytest

from articles.parsing import find_markers

from .helpers import only_article

LEAD = "【本報訊】海軍某基地昨日舉行防颱演習，全體官兵依計畫完成各項準備。"


@pytest.mark.parametrize("printed", ["（續第三版）", "（续第3版）", "(續第三版)"])
@pytest.mark.parametrize("before", ["演習器材已分發各班，", "演習器材已分發各班。"])
def test_xu_marker_ending_a_text_sends_it_on(printed, before):
    article = only_article("防颱演習順利完成", "", LEAD + before + printed)
    assert article.paragraphs == (LEAD + before,)
    assert article.continued_on == "3"
    assert article.continued_from is None


@pytest.mark.parametrize("printed", ["（續第一版）", "（续第1版）"])
def test_xu_marker_opening_a_text_still_continues_it(printed):
    article = only_article("防颱演習順利完成", "", printed + "各班並檢查了排水設施。")
    assert article.continued_from == "1"
    assert article.continued_on is None


@pytest.mark.parametrize(
    "text", ["防颱演習順利完成（續第一版）", "（續第一版）", "會上（續第一版）他說"]
)
def test_xu_marker_after_a_title_word_alone_or_inside_a_line_stays_backward(text):
    assert [m.direction for _, _, m in find_markers(text)] == ["backward"]
