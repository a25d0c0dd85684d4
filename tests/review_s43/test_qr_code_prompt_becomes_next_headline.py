"""A QR-code prompt printed between stories (``更多精彩内容请扫描二维码``, ``长按识别二维码``,
``手机扫一扫 看现场视频``) becomes the next story's 主题, its real headline pushed to the 副题.

``扫码看视频`` and ``扫描二维码 观看视频`` are set aside as furniture; these wordings are not. An
editor sees a story headlined ``长按识别二维码``. INPUT.md, "Encoding and layout" and "Page
furniture that is not a story": site and masthead furniture (slogans, prompts) is never a
headline; "Headlines": the deck is the story's own.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    "prompt", ["更多精彩内容请扫描二维码", "长按识别二维码", "手机扫一扫 看现场视频"]
)
def test_qr_prompt_is_not_the_next_headline(prompt):
    parsed = parse(
        "春耕生产有序推进",
        "",
        "本报讯（记者 李明）今年全市计划播种面积一百万亩，目前各项准备工作已基本就绪。",
        "",
        "农业部门表示将全力保障春耕生产。",
        "",
        prompt,
        "",
        "老街换新颜",
        "",
        "本报讯（记者 赵丽）历时半年改造，城南老街日前重新开放。",
    )
    assert [a.title_lines for a in parsed.articles] == [("春耕生产有序推进",), ("老街换新颜",)]
    assert all(prompt not in a.text for a in parsed.articles)
