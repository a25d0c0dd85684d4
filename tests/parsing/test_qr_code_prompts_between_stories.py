"""A prompt to scan a QR code printed between stories (``请扫描下方二维码``, ``微信扫一扫 收看直播``)
is furniture, never the next story's headline; a headline that speaks of QR codes stays one
(INPUT.md, "Page furniture that is not a story")."""

import pytest

from tests.parsing.helpers import parse


def page_with(line: str):
    return parse(
        "河西公园环湖步道贯通",
        "",
        "本报讯（记者 孟达）经过三个月施工，河西公园环湖步道日前全线贯通。",
        "",
        line,
        "",
        "秋粮收购开秤",
        "",
        "本报讯（记者 苏禾）全市秋粮收购昨日开秤，首日收购稻谷两千余吨。",
    )


@pytest.mark.parametrize(
    "prompt", ["请扫描下方二维码", "微信扫一扫 收看直播", "详情请长按识别二维码"]
)
def test_qr_prompt_is_set_aside(prompt):
    parsed = page_with(prompt)
    assert [a.title_lines for a in parsed.articles] == [
        ("河西公园环湖步道贯通",),
        ("秋粮收购开秤",),
    ]
    assert prompt in [s.text for s in parsed.set_aside]


@pytest.mark.parametrize(
    "headline", ["我市推出扫描二维码挪车服务", "老人学会手机扫一扫付款", "扫码看病不用排长队"]
)
def test_headline_about_qr_codes_is_a_headline(headline):
    parsed = page_with(headline)
    assert (headline,) in [a.title_lines[:1] for a in parsed.articles]
