"""A story that opens with its correspondent's credit before the dateline (``本报驻柏林记者 方远
柏林5日电 …``, ``特约记者 方远 发自维也纳 …``) opens a new story under its one-line headline and
credits the correspondent (INPUT.md, "Bylines, datelines, credits": the listed forms are a
minimum). A bare ``记者`` over text with no dispatch after it is no dateline. Invented people."""

import pytest

from articles.parsing.datelines import dateline_match
from tests.parsing.helpers import parse

_BEFORE = (
    "青松湖环湖跑开赛",
    "",
    "本报讯（记者 马琳）青松湖环湖跑昨日开赛，三千名跑者参加。",
    "",
    "赛事设全程和半程两个组别。",
    "",
    "柏林举办冬季市集",
    "",
)


@pytest.mark.parametrize(
    ("opening", "reporter"),
    [
        ("本报驻柏林记者 方远 柏林5日电 柏林冬季市集5日开幕，摊位比去年多一成。", "方远"),
        ("新华社特派记者 方远 柏林十二月五日电 柏林冬季市集5日开幕，摊位比去年多一成。", "方远"),
        ("特约记者 方远 发自柏林 柏林冬季市集5日开幕，摊位比去年多一成。", "方远"),
    ],
)
def test_correspondent_credit_before_the_dateline_opens_a_story(opening, reporter):
    parsed = parse(*_BEFORE, opening, "", "市集将持续到新年。")
    assert [a.headline for a in parsed.articles] == ["青松湖环湖跑开赛", "柏林举办冬季市集"]
    assert parsed.articles[0].crossheads == ()
    assert parsed.articles[1].reporters == (reporter,)
    assert len(parsed.articles[1].paragraphs) == 2


def test_a_bare_reporter_word_over_text_is_no_dateline():
    # the near miss: 记者 with no dispatch after its words is the text's subject
    assert dateline_match("记者 方远 昨天在柏林看到，市集摊位比去年多一成。") is None
    assert dateline_match("记者从市交通局获悉，城东公交二十八路昨日开通。") is None
