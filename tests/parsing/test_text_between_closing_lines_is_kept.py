"""A paragraph printed between two closing lines (a sign-off, a signer, a signing date: the
reader's ``end`` units) and the line under the second one are kept (INPUT.md: nothing printed is
lost; every line is a story's, a set-aside line's, or warned about): the paragraph goes with the
story it belongs to or starts its own, the closing line under it closes that text."""

from articles.parsing import parse_page

from .test_properties import non_space, output_pieces


def kept_whole(text: str):
    """The page parsed; every printed character of ``text`` is in its output, none added."""
    parsed = parse_page(text)
    assert non_space("".join(output_pieces(parsed))) == non_space(text)
    return parsed


def test_a_signed_paragraph_after_a_reporters_sign_off_is_a_brief_of_its_own():
    parsed = kept_whole(
        "青峰简讯\n\n"
        "\u3000\u3000本报讯 青峰公园东门昨日重新开放，市民游客纷纷前来。\n"
        "（记者 张三）\n"
        "\u3000\u3000公园管理处提醒游客文明游园，爱护花木。\n"
        "（李四）\n"
        "\u3000\u3000人民路拓宽工程下月开工。\n"
    )
    texts = [[block.text for block in a.blocks] for a in parsed.articles]
    assert texts[1] == ["公园管理处提醒游客文明游园，爱护花木。"]
    assert parsed.articles[1].byline_lines == ("（李四）",)
    assert texts[2] == ["人民路拓宽工程下月开工。"]


def test_two_signed_and_dated_letters_in_a_row_keep_both_texts():
    parsed = kept_whole(
        "读者来信\n\n"
        "\u3000\u3000编辑同志：我家门口的路坏了很久，雨天积水，请有关部门修一修。\n"
        "王小明\n"
        "2017年5月8日\n"
        "\u3000\u3000编辑同志：我们小区的路灯不亮已有半月，晚上出门很不方便。\n"
        "李大力\n"
        "2017年5月9日\n"
    )
    first, second = parsed.articles
    assert first.paragraphs[0].startswith("编辑同志：我家门口")
    assert second.paragraphs[0].startswith("编辑同志：我们小区")
    assert first.paragraphs[-1] == "2017年5月8日"
    assert second.paragraphs[-1] == "2017年5月9日"


def test_a_paragraph_between_a_notices_signer_and_its_date_stays_in_the_notice():
    parsed = kept_whole(
        "寻物启事\n\n"
        "\u3000\u3000本人于五月六日在青峰公园东门遗失蓝色双肩包一个。\n"
        "李明\n"
        "\u3000\u3000请拾到者与本人联系，必有重谢。\n"
        "2017年5月8日\n"
        "\u3000\u3000人民路拓宽工程下月开工。\n"
    )
    notice = parsed.articles[0]
    assert notice.paragraphs[-2:] == ("请拾到者与本人联系，必有重谢。", "2017年5月8日")
    assert parsed.articles[-1].paragraphs == ("人民路拓宽工程下月开工。",)
