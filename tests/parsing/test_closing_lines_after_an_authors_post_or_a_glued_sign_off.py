"""A story's closing lines after its last paragraph stay with it, and its credits are read over
them: an author's line naming the author's unit and post before the name
(``（本文作者 城东街道党委宣传委员 苏  晴）``) closes the story and credits the name only, and a
sign-off in brackets glued to the last paragraph (``…完工。（通讯员 叶  舟）``) credits its people
when a line crediting no one (``（来源：东林报）``, ``（完）``, ``（据新华社）``) is printed under it.

INPUT.md ("Bylines, datelines, credits"): end-of-story datelines and author notes on their own
line belong to the story before them; a byline sometimes stands at the END.
"""

import pytest

from tests.parsing.helpers import parse

TITLE = "城东新建三座口袋公园"
FIRST = "城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。"
NEXT = ["城西污水处理厂二期投运", "", "本报讯（记者王刚）城西污水处理厂二期工程昨日正式投入运行。"]


def _two(*lines):
    parsed = parse(TITLE, "", *lines, "", *NEXT)
    first, second = parsed.articles
    assert first.title_lines == (TITLE,)
    assert second.title_lines == ("城西污水处理厂二期投运",), second.title_lines
    assert second.reporters == ("王刚",)
    return first


@pytest.mark.parametrize(
    "closing, name",
    [
        ("（本文作者 城东街道党委宣传委员 苏  晴）", "苏晴"),
        ("（本文作者　城东街道党委宣传委员　苏晴）", "苏晴"),
        ("(本文作者 南通大学教授 周明)", "周明"),
        ("（作者：市作协会员 钱立文）", "钱立文"),
        ("（本篇作者 东林县文联副主席 邱  丹）", "邱丹"),
    ],
)
@pytest.mark.parametrize("under", [[], ["（来源：东林报）"], ["", "（来源：东林报）"], ["（完）"]])
def test_an_authors_line_with_a_post_before_the_name_closes_the_story_and_credits_the_name(
    closing, name, under
):
    first = _two(FIRST, "", closing, *under)
    assert first.reporters == (name,), closing
    assert first.paragraphs[-1 - len([u for u in under if u])] == closing


@pytest.mark.parametrize("under", ["（来源：东林报）", "（据新华社）", "（完）"])
def test_a_line_crediting_no_one_under_an_authors_line_stays_with_the_story(under):
    first = _two(FIRST, "", "（本文作者 周明）", under)
    assert first.paragraphs[-2:] == ("（本文作者 周明）", under)
    assert first.reporters == ("周明",)


@pytest.mark.parametrize(
    "sign_off, names",
    [
        ("（记者 王晓蕾 通讯员 邱  丹）", ("王晓蕾", "邱丹")),
        ("(记者王晓蕾 通讯员邱丹)", ("王晓蕾", "邱丹")),
        ("（通讯员 叶  舟）", ("叶舟",)),
        ("（通讯员　叶舟）", ("叶舟",)),
    ],
)
@pytest.mark.parametrize(
    "under",
    [
        ["（来源：东林报）"],
        ["(来源:县应急管理局)"],
        ["", "（来源：东林报）"],
        ["（完）"],
        ["（据新华社）"],
        ["（来源：东林报）", "（完）"],
    ],
)
def test_a_sign_off_glued_to_the_last_paragraph_credits_its_people_over_closing_lines(
    sign_off, names, under
):
    first = _two(FIRST + sign_off, *under)
    assert first.reporters == names, (sign_off, under)
    assert first.byline == sign_off.strip("（）()")
    assert first.paragraphs[-1] == under[-1]
