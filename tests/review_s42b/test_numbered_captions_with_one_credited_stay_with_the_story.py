"""A photo story closed by ``文/周明 图/钱立`` over numbered captions, one of which carries a credit
of its own (``②竹编艺人展示新作品。（资料图片）``: a file picture), is split: caption ① becomes an
untitled story of its own, and picture ② is filed under that bogus story.

Today's rule (closings ``closes_story`` / photostories: numbered captions after a writer's and
photographer's closing line are that story's pictures) ends the story at the credit line, but
when not every caption is uncredited the captions are left to the reader, which starts a new
story with ①. INPUT.md: over-splitting a page is as wrong as missing a story; a caption is the
paragraph before its credit. Before 558921c..HEAD the page held its two stories and picture ②
went with the first (regression).
"""

from tests.parsing.helpers import parse


def test_numbered_captions_under_a_closing_credit_make_no_story_of_their_own():
    parsed = parse(
        "古镇里的非遗工坊",
        "",
        "本报讯 在城南古镇，一间间非遗工坊吸引了不少游客驻足，剪纸、竹编、蓝印花布等老手艺焕发新生。",
        "",
        "工坊负责人说，今年以来已接待游客两万多人次。",
        "",
        "文/周明 图/钱立",
        "",
        "①游客在工坊体验剪纸。",
        "",
        "②竹编艺人展示新作品。（资料图片）",
        "",
        "夜校报名火爆",
        "",
        "本报讯（记者李华）今年秋季市民夜校昨日开放报名，两小时内名额全部报满。",
    )
    assert [a.headline for a in parsed.articles] == ["古镇里的非遗工坊", "夜校报名火爆"]
    assert [p.article_position for p in parsed.photos if p.caption.startswith("②")] == [1]
