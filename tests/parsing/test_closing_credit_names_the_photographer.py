"""A story's closing line crediting its writer and photographer (文/周明 图/钱立) credits the
photographer with the story's pictures printed without a credit of their own (a photo story's
numbered captions), whether the captions are printed after the closing line or before it; the
writer alone is the story's reporter.

INPUT.md ("Bylines, datelines, credits"): a caption is the text block a picture's credit closes;
in a photo story the story's own credit is its pictures' credit.
"""

import pytest

from tests.parsing.helpers import parse

BODY = (
    "公园里新栽了两百多棵香樟和银杏，步道全长一点二公里，沿途设有休息座椅、直饮水点和儿童游乐区。"
    "附近居民说，以前下楼只能在小区里转转，现在走几分钟就有一个散步、健身的好去处。"
)
CAPTIONS = ["①市民在公园步道上散步。", "", "②孩子们在游乐区玩耍。"]
NEXT = ["城西污水处理厂二期投运", "", "本报讯（记者王刚）城西污水处理厂二期工程昨日正式投入运行。"]


@pytest.mark.parametrize(
    ("closing", "photographer"),
    [
        ("文/周明 图/钱立", "钱立"),
        ("（文/周明 图/钱立）", "钱立"),
        ("文／周明　图／錢立", "錢立"),
        ("周明/文 钱立/图", "钱立"),
        ("文·周明 图·钱立", "钱立"),
        ("文：周明 摄影：钱立", "钱立"),
        ("周明 文/图", "周明"),
    ],
)
@pytest.mark.parametrize("captions_first", [True, False])
def test_a_closing_photographers_credit_credits_the_storys_uncredited_pictures(
    closing, photographer, captions_first
):
    ending = [*CAPTIONS, "", closing] if captions_first else [closing, "", *CAPTIONS]
    parsed = parse("城东新建三座口袋公园", "", BODY, "", *ending, "", *NEXT)
    first, second = parsed.articles
    assert first.paragraphs == (BODY, closing)
    assert first.reporters == ("周明",)  # (the writer; the photographer is the pictures')
    assert second.title_lines == ("城西污水处理厂二期投运",)
    assert [(p.caption, p.credit_line, p.photographers) for p in parsed.photos] == [
        ("①市民在公园步道上散步。", "", (photographer,)),
        ("②孩子们在游乐区玩耍。", "", (photographer,)),
    ]
    assert {p.article_position for p in parsed.photos} == {first.position}
