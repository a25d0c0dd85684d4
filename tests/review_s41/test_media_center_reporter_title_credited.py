"""``融媒体记者 孙丽`` credits a reporter named 融媒体 (and 全媒体, 新媒体 likewise).

INPUT.md ("Bylines, datelines, credits"): bylines such as ``本报讯（记者金帅）`` name the story's
reporters. Many papers now print their reporters' title as 融媒体记者 / 全媒体记者 (the county
and city media centres' reporters). ``articles/parsing/names.py`` ``_ROLE_PREFIX_RE`` takes a
word glued before the role as the reporter's employer only when it ends in 报/台/网/刊/中心
(晚报记者, 融媒体中心记者), so 融媒体 is read as a person: the story is credited to
"融媒体" and 孙丽, the public 记者 list gets a person 融媒体 whose page lists every such story,
and a byline line of its own credits 本报融媒体 (``本报融媒体记者  孙  丽``) or, spaced once
(``本报融媒体记者 孙丽``), becomes the story's subheadline.

Steps: parse a story opening ``本报讯（融媒体记者 孙丽）``, and one whose byline line reads
``本报融媒体记者  孙  丽`` or ``本报融媒体记者 孙丽``.
"""

import pytest

from tests.parsing.helpers import only_article

BODY = "城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。"


@pytest.mark.parametrize("title", ["融媒体记者", "全媒体记者", "新媒体记者"])
def test_a_media_title_before_the_role_is_no_reporter(title):
    story = only_article("城东新建三座口袋公园", "", f"本报讯（{title} 孙丽 通讯员 何亮）{BODY}")
    assert story.dateline == "本报讯"
    assert story.reporters == ("孙丽", "何亮")


@pytest.mark.parametrize("line", ["本报融媒体记者  孙  丽", "本报融媒体记者 孙丽"])
def test_a_media_reporter_byline_line_is_the_byline(line):
    story = only_article("城东新建三座口袋公园", line, "", BODY)
    assert story.title_lines == ("城东新建三座口袋公园",)
    assert story.reporters == ("孙丽",)
