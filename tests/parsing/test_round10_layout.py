"""Layout, lines and tables, round 10 (issue 14): statistics boxes in a story, a credit printed
over its caption, decks on cut-line pages without blank lines, dateline labels over headlines.
Pages written for these tests."""

from articles.parsing.headcuts import rejoin_cut_heading
from articles.parsing.headframes import headline_lines
from tests.parsing.helpers import parse

LEAD = [
    "前三季度工业用电平稳增长",
    "",
    "　　市供电局日前公布，前三季度全市工业用电量同比增长4.1%，其中制造业用电增长较快。",
]
BOX = [
    "　　■资料链接",
    "　　前三季度全市用电情况",
    "　　类别　　　　　　电量　　　　　增长（%）",
    "　　工业　　　　　　52.3亿千瓦时　4.1",
    "　　　其中：制造业　40.6亿千瓦时　 5.2",
    "　　居民生活　　　　18.9亿千瓦时　2.7",
    "　　（资料来源：市供电局）",
]
NEXT = [
    "",
    "新能源汽车销量翻番",
    "",
    "　　本报讯　前三季度全市新能源汽车销量同比翻了一番，占新车销量的三成。",
]


def test_a_statistics_box_under_a_story_is_its_table_not_new_stories():
    page = parse(*LEAD, *BOX, *NEXT)
    assert [a.headline for a in page.articles] == ["前三季度工业用电平稳增长", "新能源汽车销量翻番"]
    lead = page.articles[0]
    assert lead.paragraphs[1:] == tuple(line.strip() for line in BOX)


def test_a_header_row_with_a_unit_in_brackets_heads_the_table():
    page = parse(*LEAD, *BOX[1:], *NEXT)
    assert len(page.articles) == 2
    assert "前三季度全市用电情况" in page.articles[0].paragraphs


def test_a_credit_printed_over_its_caption_takes_the_line_under_it():
    page = parse(
        "花市开张",
        "",
        "（东港3日讯）一年一度的东港花市今天开张，两百多个摊位摆满了年花。",
        "",
        "（图：花市筹委会提供）",
        "市民在花市挑选年花。",
        "",
        "编辑：何　静",
    )
    (photo,) = page.photos
    assert photo.caption == "市民在花市挑选年花。"
    (article,) = page.articles
    assert article.dateline == "东港3日讯"
    assert article.paragraphs[0].startswith("（东港3日讯）一年一度")


CUT = ["每到周六，县城", "的八名退休教师", "就坐车进山，给", "孩子辅导功课。"]


def test_a_deck_over_a_reporters_line_on_a_cut_line_page_is_a_headline():
    lines = ["上一篇的结尾。", "山里的", "“周末课堂”", "通讯员 卢小梅", *CUT]
    assert {2, 3} <= headline_lines(lines, 7)


def test_a_deck_line_ending_in_de_goes_on_into_the_next():
    assert rejoin_cut_heading(["山里的", "“周末课堂”"], 7) == ["山里的“周末课堂”"]


def test_a_three_line_deck_under_furniture_over_its_dateline_is_all_deck():
    lines = [
        "中共石湾县委主办",
        "石湾县报",
        "旧街换新颜",
        "城北老街改造工",
        "程全面启动",
        "本报讯（记者",
    ]
    assert {3, 4, 5} <= headline_lines([*lines, *CUT], 7, frozenset({1, 2}))
    assert 3 not in headline_lines([*lines, *CUT], 7)  # unbounded above: two lines at most


def test_two_short_lines_between_a_finished_sentence_and_new_text_are_a_deck():
    lines = [*CUT, "冬季用电", "安全须知", "天气转冷，取暖", "用电增多。县供", "电公司提醒。"]
    assert {5, 6} <= headline_lines(lines, 7)


def test_column_wide_lines_after_a_sentence_stay_text():
    lines = [*CUT, "县农业农村局组", "织农机手分片包", "干，确保颗粒归", "仓。"]
    assert not {5, 6} & headline_lines(lines, 7)


def test_a_dateline_alone_over_a_headline_and_its_dated_text_is_a_label():
    lines = [
        "〔本报讯〕",
        "市图书馆延长开放时间",
        "本报讯　从五月起，市图书馆阅览室每天开放到九点。",
    ]
    page = parse(*lines)
    (article,) = page.articles
    assert article.headline == "市图书馆延长开放时间"
    assert article.dateline == "本报讯"
    assert "〔本报讯〕" in page.ignored_lines


def test_a_dateline_alone_over_its_text_is_no_label():
    page = parse("新华社武汉5月3日电", "今年长江中游春汛水位偏高，已经安全度过。")
    assert "新华社武汉5月3日电" not in page.ignored_lines
