"""A picture-source credit on its own line under a caption (``（网络图片）``, ``（美联社图片）``,
``新华社图片``, ``（中通社圖片）``, ``（新华社图片）``) is not read as the caption's credit: it
becomes the next story's 主题 (the real headline pushed to the 副题) or stays in the story as
its last paragraph, and the caption stays in the story as text.

The same credits glued to the caption's end (``…施政报告。（网络图片）``) are read. An editor sees
a story headlined ``（美联社图片）`` and a caption printed as a sentence of the story before.
INPUT.md, "Bylines, datelines, credits": the caption is the paragraph before the credit; credits
include agency and source forms (``新华社发``, ``(網上圖片)``, ``(AAP資料圖)``).
"""

import pytest

from tests.parsing.helpers import parse

CAPTION = "行政长官在立法会发表施政报告。"


@pytest.mark.parametrize(
    "credit", ["（网络图片）", "（美联社图片）", "新华社图片", "（中通社圖片）", "（新华社图片）"]
)
def test_picture_source_credit_line_closes_the_caption(credit):
    parsed = parse(
        "港府公布施政报告",
        "",
        "本报讯 香港特区行政长官昨日在立法会发表施政报告，提出多项房屋及民生措施。",
        "",
        "报告建议未来五年兴建公营房屋十万个单位。",
        "",
        CAPTION,
        "",
        credit,
        "",
        "财政预算案下月公布",
        "",
        "本报讯 财政司司长表示，新一份财政预算案将于下月底公布。",
    )
    first, second = parsed.articles
    assert second.title_lines == ("财政预算案下月公布",)
    assert first.paragraphs[-1] == "报告建议未来五年兴建公营房屋十万个单位。"
    assert [p.caption for p in parsed.photos] == [CAPTION]
