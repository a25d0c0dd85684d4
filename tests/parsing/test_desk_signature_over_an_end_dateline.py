"""本报评论员 over an end dateline or a dated bracket at a commentary's end signs the story
before (INPUT.md: end datelines and signatures belong to the story before them): it opens no
story of its own; the dated bracket (（2004年6月3日）) closes the text, it heads nothing."""

import pytest

from tests.parsing.helpers import parse

TITLE = "让每一条河流都清澈起来"
BODY = (
    "全市今年新建的二十座污水处理厂已经全部投入运行，日处理能力比去年提高了三成，"
    "沿河居民普遍反映水质明显好转。"
)
MORE = "据介绍，下一步还将在城郊新建三座泵站，力争明年底前实现生活污水全收集、全处理。"


@pytest.mark.parametrize(
    ("ending", "dateline"),
    [
        (("本报评论员", "（本报北京6月3日电）"), "本报北京6月3日电"),
        (("本报评论员", "本报北京6月3日电"), "本报北京6月3日电"),
        (("本报评论员", "（2004年6月3日）"), ""),
        (("（2004年6月3日）", "本报评论员"), ""),
    ],
)
def test_signature_and_end_line_stay_with_the_commentary(ending, dateline):
    parsed = parse(TITLE, "", BODY, "", MORE, "", *ending)
    assert len(parsed.articles) == 1, [a.title_lines for a in parsed.articles]
    article = parsed.articles[0]
    assert article.headline == TITLE
    assert article.byline == "本报评论员"
    assert article.reporters == ()
    assert article.dateline == dateline
    end = next(line for line in ending if line != "本报评论员")
    assert article.paragraphs[-1] == end
    assert not parsed.set_aside


def test_signature_over_an_opening_dateline_still_opens_its_story():
    # Near miss: under the title, 本报评论员 then a dateline then text opens the commentary.
    parsed = parse(TITLE, "本报评论员", "本报北京6月3日电", "", BODY, "", MORE)
    (article,) = parsed.articles
    assert article.byline == "本报评论员"
    assert article.dateline == "本报北京6月3日电"
    assert article.paragraphs == ("本报北京6月3日电", BODY, MORE)


def test_byline_over_the_next_storys_dateline_opens_that_story():
    # Near miss: a reporter's byline and a dateline followed by text start the next story.
    parsed = parse(TITLE, "", BODY, "", "本报记者 赵青", "本报北京6月3日电", "", MORE)
    assert [a.byline for a in parsed.articles] == ["", "本报记者 赵青"]
    assert parsed.articles[1].paragraphs == ("本报北京6月3日电", MORE)


def test_date_between_two_paragraphs_ends_nothing():
    # Near miss: a dated bracket with text after it (a diary's entries) stays inside the story.
    parsed = parse(TITLE, "", BODY, "", "（2004年6月3日）", "", MORE)
    (article,) = parsed.articles
    assert article.paragraphs == (BODY, "（2004年6月3日）", MORE)
