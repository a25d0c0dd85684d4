"""A fresh reviewer's findings on this session's kinds: contents rows parted by a plain space or a
tab, a 要闻导读 box, an issue number before 社址, a short page in a Chinese encoding."""

import pytest

from articles.parsing import ParseError, decode_page, parse_page

KIDS = "本期看点\n森林里的音乐会{sep}3版\n我家的小菜园{sep}5版\n\n夏天来了\n\n　　本报讯　暑假就要到了，同学们准备去公园。\n"


@pytest.mark.parametrize("sep", [" ", "\t", "\u3000\u3000"])
def test_contents_rows_parted_by_a_space_or_a_tab_are_teasers_not_the_pages_stamp(sep):
    page = parse_page(KIDS.format(sep=sep))
    assert page.metadata.label == ""
    assert [(t.title_lines, t.target_label) for t in page.teasers] == [
        (("森林里的音乐会",), "3"),
        (("我家的小菜园",), "5"),
    ]
    assert page.articles[0].headline == "夏天来了"


def test_a_box_label_ending_in_daodu_is_set_aside_over_its_teasers():
    page = parse_page(
        "要闻导读\n■2版　集团召开年中工作会议\n■3版　风电项目并网发电\n\n新厂区封顶\n\n本报讯　新厂区一期工程封顶。\n"
    )
    assert [t.target_label for t in page.teasers] == ["2", "3"]
    assert ("要闻导读", "box-label") in [(s.text, s.reason) for s in page.set_aside]
    assert page.articles[0].headline == "新厂区封顶"


def test_an_issue_number_before_the_address_line_is_the_mastheads_line_too():
    page = parse_page(
        "峰　城　日　报\n第一百二十期　社址：峰城东街　每份边币十元　本期四版\n\n"
        "春耕互助运动开展\n\n【本报讯】全区春耕互助运动普遍开展起来。\n"
    )
    assert page.articles[0].headline == "春耕互助运动开展"
    assert page.articles[0].kicker == ""


@pytest.mark.parametrize("encoding", ["big5", "gb18030"])
def test_a_short_page_in_a_chinese_encoding_is_refused_naming_the_encoding_to_give(encoding):
    data = "臺灣報導\n本報訊 記者林小明報導。\n".encode(encoding)
    with pytest.raises(ParseError, match=rf"--encoding {encoding}"):
        decode_page(data)
    assert decode_page(data, encoding=encoding)[0].startswith("臺灣報導")


def test_rows_of_titles_and_pages_without_a_label_over_them_are_teasers_not_the_stamp():
    page = parse_page(
        "青苗少年报\n森林里的音乐会　　3版\n我家的小菜园　　5版\n\n夏天来了\n\n"
        "　　本报讯　暑假就要到了，同学们准备去公园。\n"
    )
    assert page.metadata.label == ""
    assert [t.target_label for t in page.teasers] == ["3", "5"]


def test_one_section_beside_its_page_is_still_the_stamp():
    page = parse_page("国内新闻　　3版\n\n江南春茶开采\n\n本报讯　江南各地春茶陆续开采。\n")
    assert page.metadata.label == "3"
    assert page.teasers == ()


def test_a_page_of_only_zero_width_characters_is_refused_as_blank():
    with pytest.raises(ParseError, match="版面只有空白和不可见字符"):
        decode_page("\u200b\n\u200b\u200d \n\ufeff\n".encode())
