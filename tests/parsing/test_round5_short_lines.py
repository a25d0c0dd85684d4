"""Pages set in very short cut lines (e-paper and app text layers, 4 to 10 characters a line, cut
mid-word and mid-name): the layout measures them (:mod:`articles.parsing.layout`), a fragment that
goes on the text before it is never a headline, a headline cut across short lines is one headline.
INPUT.md: "a short line is a headline only when the layout says so"; "A forward marker always ends
a text: nothing directly before it is a headline"."""

from datetime import date

import pytest

from articles.parsing.headcuts import rejoin_cut_heading
from articles.parsing.headframes import headline_lines
from articles.parsing.layout import (
    byline_cut,
    column_width,
    cut_across,
)
from articles.parsing.units import Para
from tests.parsing.helpers import page

# A page of my own: a bridge story cut into lines of five to eight characters, jumping to A3.
BRIDGE_A1 = page(
    "江湾晚报",
    "",
    "海州湾跨海",
    "大桥主体",
    "结构贯通",
    "",
    "本报讯（记者 祁",
    "远航）",
    "昨天上午，",
    "随着最后一",
    "段钢箱梁吊",
    "装到位，海",
    "州湾跨海大",
    "桥主体结构",
    "全线贯通。",
    "据项目负责",
    "人介绍，大",
    "",
    "桥将进入桥",
    "面铺装和附",
    "属设施施工",
    "阶段，预计",
    "（下转A3版）",
    "",
    "老街夜市",
    "本周开张",
    "",
    "本报讯 本周",
    "五起，城西",
    "老街夜市每",
    "晚开放至十",
    "点，摊位共",
    "六十个。",
)
BRIDGE_A3 = page(
    "江湾晚报",
    "",
    "（上接A1版）明年五",
    "月底建成通车。届时",
    "从城东到港区只需十",
    "五分钟，比绕行旧路",
    "节省四十分钟。",
)


def test_a_page_of_five_character_lines_has_a_column_width():
    lines = BRIDGE_A1.splitlines()
    assert column_width(lines) in range(4, 8)


def test_a_list_of_short_titles_is_not_a_page_of_cut_lines():
    titles = ["今日导读", "城市建设", "老街夜市开张", "寒潮来袭", "文体新闻", "天气预报"] * 2
    assert column_width(titles) is None


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("人介绍，大", "桥将进入桥"),  # 大桥 spans the break
        ("据项目负责", "人介绍，大"),  # 负责人
        ("随着最后一", "，段钢箱梁"),  # a comma opens the line: it goes on the sentence
    ],
)
def test_a_line_that_goes_on_a_word_or_sentence_is_cut_text(before, after):
    assert cut_across(before, after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("全线贯通。", "据项目负责"),  # the sentence ended
        ("老街夜市", "本周开张"),  # two headline lines: no word across
        ("", "本周开张"),
    ],
)
def test_a_line_after_a_sentence_or_a_whole_word_is_not_cut_across(before, after):
    assert not cut_across(before, after)


def test_the_layout_marks_the_headline_blocks_and_not_the_fragment():
    lines = BRIDGE_A1.splitlines()
    heads = headline_lines(lines, column_width(lines))
    marked = {lines[n - 1] for n in heads}
    assert {"海州湾跨海", "大桥主体", "结构贯通", "老街夜市", "本周开张"} <= marked
    assert not marked & {"桥将进入桥", "面铺装和附", "人介绍，大"}


def test_a_fragment_after_a_blank_line_is_never_a_headline():
    lines = [
        "据项目负责",
        "人介绍，大",
        "",
        "桥将进入桥",
        "面铺装和附",
        "",
        "正文第二段很长，",
        "真的很长，",
        "一直写下去。",
    ]
    assert not headline_lines(lines, 5)


def test_a_headline_cut_at_the_column_width_is_one_headline():
    assert rejoin_cut_heading(
        ["“冰雪+”点燃", "冬季文旅消费", "元旦假期全市接待", "游客同比增一成半"], 8
    ) == [
        "“冰雪+”点燃冬季文旅消费",
        "元旦假期全市接待游客同比增一成半",
    ]
    assert rejoin_cut_heading(["老街夜市", "本周开张"], 8) == ["老街夜市", "本周开张"]
    assert rejoin_cut_heading(["老街夜市", "本周开张"], None) == ["老街夜市", "本周开张"]


def test_headline_lines_on_a_hostile_page_finds_every_run():
    """Twenty thousand two-line heading runs (its growth with size: bench/hostile_bench.py)."""
    lines = ["甲乙丙丁戊", "己庚辛壬", ""] * 20_000
    heads = headline_lines(lines, 5)
    assert len(heads) == len(headline_lines(lines[:30], 5)) * 2_000


def test_a_reporters_line_cut_inside_the_name_is_one_line():
    assert byline_cut("本报记者 方", "晓雪")
    assert byline_cut("通讯员 林夏 记者 蒋", "一帆")
    assert not byline_cut("本报记者 方", "元旦假期，海滨")  # text, not the rest of a name
    assert not byline_cut("本报记者 方晓雪", "元旦")  # the name is whole


def test_a_para_tells_its_last_line():
    para = Para(1, "据项目负责")
    para.add("人介绍，大")
    assert para.tail == "人介绍，大" and para.text == "据项目负责人介绍，大"


def test_the_bridge_page_reads_as_two_stories_with_whole_headlines():
    from articles.parsing import parse_page

    parsed = parse_page(BRIDGE_A1)
    heads = ["".join(a.title_lines) for a in parsed.articles]
    assert heads == ["海州湾跨海大桥主体结构贯通", "老街夜市本周开张"]
    bridge = parsed.articles[0]
    assert "大桥将进入桥面铺装和附属设施施工阶段，预计" in "".join(b.text for b in bridge.blocks)
    assert [m.direction for m in bridge.markers] == ["forward"]


@pytest.mark.django_db
@pytest.mark.parametrize("order", [("A1", "A3"), ("A3", "A1")])
def test_the_jump_pair_is_stitched_in_either_import_order(order):
    from articles.models import Article
    from tests.factories import import_text

    texts = {"A1": BRIDGE_A1, "A3": BRIDGE_A3}
    for label in order:
        import_text(texts[label], label, when=date(2026, 1, 9), paper="江湾晚报", slug="jiangwan")
    story = Article.objects.get(headline__startswith="海州湾跨海大桥")
    text = story.full_text().replace("\n", "")  # (each page's part a block of its own)
    assert "预计明年五月底建成通车" in text
    assert sorted(a.headline[:4] for a in Article.objects.all()) == ["海州湾跨", "老街夜市"]


# A short-lined page the column measure does not catch (lines of 4–7 characters, few commas):
# a new paragraph's first lines look like a heading until the next line goes on their last word.
NARROW_A2 = """\
临江晚报
A2

老码头
改造开工
本报讯（记
者 方思远）
昨天上午，
老码头改造
工程正式开
工。工期为
十个月。
据工程负责
人介绍，码
头将保留老
吊车作为景
观，（下转A5版）
"""


def test_lines_cut_from_the_paragraph_after_them_are_text_not_a_headline():
    from articles.parsing import parse_page

    parsed = parse_page(NARROW_A2)
    assert ["".join(a.title_lines) for a in parsed.articles] == ["老码头改造开工"]
    story = parsed.articles[0]
    assert story.blocks[-1].text == "据工程负责人介绍，码头将保留老吊车作为景观，"
    assert [m.text for m in story.markers] == ["（下转A5版）"]
