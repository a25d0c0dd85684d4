"""What follows a story's last paragraph is read with the story, not as a picture's caption and
credit: an agency or a paper named alone in brackets is where the story came from, and a
photographer's credit alone under a story's dateline paragraph credits a picture printed
without a caption (a story's opening paragraph is never a caption).

INPUT.md ("Bylines, datelines, credits"): the caption is the paragraph before the credit; an
agency alone after a (dated) caption is its credit. After a story's text the agency is the
story's source, as ``（据新华社）`` is.
"""

import pytest

from tests.parsing.helpers import parse

FIRST = "城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。"
NEXT = ["城西污水处理厂二期投运", "", "本报讯（记者王刚）城西污水处理厂二期工程昨日正式投入运行。"]
# A story's body paragraph: several sentences, longer than a caption.
BODY = (
    "公园里新栽了两百多棵香樟和银杏，步道全长一点二公里，沿途设有休息座椅、直饮水点和儿童游乐区。"
    "附近居民说，以前下楼只能在小区里转转，现在走几分钟就有一个散步、健身的好去处。"
)


@pytest.mark.parametrize(
    "closing",
    [
        "（新华社）",
        "（新华社 ）",
        "(新华社)",
        "（新華社）",
        "（人民日报）",
        "（人民日報）",
        "(中国青年报)",
    ],
)
def test_an_agency_or_paper_alone_after_a_storys_text_is_its_source(closing):
    parsed = parse("城东新建三座口袋公园", "", FIRST, "", closing, "", *NEXT)
    first, second = parsed.articles
    assert first.paragraphs == (FIRST, closing)
    assert first.reporters == ()
    assert second.title_lines == ("城西污水处理厂二期投运",)
    assert parsed.photos == ()
    if "社" not in closing:
        return
    # after a dated caption an agency alone is still the picture's credit
    photo = parse("3日，游客在老街排队购买小吃。", closing, "", *NEXT).photos
    assert [(p.caption, p.credit_line) for p in photo] == [
        ("3日，游客在老街排队购买小吃。", closing)
    ]


@pytest.mark.parametrize(
    "credit", ["（周明 摄）", "（记者 周明 摄）", "周明 摄", "本报记者 周明 摄", "（周明 攝）"]
)
def test_a_credit_alone_under_a_storys_dateline_paragraph_leaves_it_in_the_story(credit):
    opening = f"本报讯（记者钱立）{FIRST}附近居民说，现在下楼走几分钟就有一个散步的好去处。"
    parsed = parse("城东新建三座口袋公园", "", opening, "", credit, "", *NEXT)
    first = parsed.articles[0]
    assert first.paragraphs == (opening,)
    assert first.reporters == ("钱立",)
    (photo,) = parsed.photos
    assert (photo.caption, photo.credit_line, photo.photographers) == ("", credit, ("周明",))
    assert photo.article_position == first.position
    assert parsed.articles[1].title_lines == ("城西污水处理厂二期投运",)
    # any other paragraph under the story's text is still the caption the credit closes, even
    # one of several sentences (a caption gives the scene, then its context)
    parsed = parse("城东新建三座口袋公园", "", opening, "", BODY, "", credit, "", *NEXT)
    assert parsed.articles[0].paragraphs == (opening,)
    assert [p.caption for p in parsed.photos] == [BODY]
