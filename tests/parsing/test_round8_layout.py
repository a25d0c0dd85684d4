"""Layout, lines and bodies, round 8 (issue 14): app dumps printing a story on one line, headlines
cut in two by their frame on PDF text layers, and results tables inside a story. Pages written
for these tests."""

from articles.parsing.headcuts import rejoin_cut_heading
from articles.parsing.headframes import headline_lines
from articles.parsing.layout import column_width
from articles.parsing.runs import split_paragraph_runs
from articles.parsing.tables import header_row
from tests.parsing.helpers import parse


def test_headline_glued_to_its_dateline_by_spaces_is_split_off():
    line = (
        "河堤步道全线贯通  本报讯（记者 韦长青）昨日，沿河十二公里的河堤步道全线贯通，"
        "市民可从城南一路步行到城北。    步道沿线设了六处休息点。"
    )
    assert split_paragraph_runs(line) == [
        "河堤步道全线贯通",
        "本报讯（记者 韦长青）昨日，沿河十二公里的河堤步道全线贯通，市民可从城南一路步行到城北。",
        "步道沿线设了六处休息点。",
    ]


def test_each_one_line_story_of_an_app_dump_is_a_story_with_its_headline():
    page = parse(
        "河堤步道全线贯通  本报讯（记者 韦长青）昨日，沿河十二公里的河堤步道全线贯通，"
        "市民可从城南一路步行到城北。    步道沿线设了六处休息点，夜间照明同步开通。",
        "老年食堂新增两处  本报讯（通讯员 葛宁）本月起，城北街道新开两家老年食堂，"
        "七十岁以上老人每餐可享受补贴。",
    )
    assert [(a.headline, a.dateline) for a in page.articles] == [
        ("河堤步道全线贯通", "本报讯"),
        ("老年食堂新增两处", "本报讯"),
    ]
    assert page.articles[0].paragraphs[1] == "步道沿线设了六处休息点，夜间照明同步开通。"


def test_title_halves_without_a_dateline_after_them_stay_one_line():
    line = "春耕备耕有序推进  农资供应充足稳定  各地抢抓农时做好准备工作确保不误农时"
    assert split_paragraph_runs(line) == [line]


_STANDINGS = (
    "本报讯（记者 钟敏）昨晚，市乒乓球团体赛小组赛结束，二中队三战全胜。",
    "",
    "男子组积分榜",
    "队名　　胜　负　积分",
    "二中　　3　　0　　6",
    "七中　　1　　2　　4",
    "",
    "少年宫书法班开课",
    "本报讯 本周六起，少年宫书法班开课，每周两次。",
)


def test_a_results_table_after_a_story_is_that_storys_text():
    page = parse("乒乓球团体赛小组赛结束", *_STANDINGS)
    first, second = page.articles
    assert first.paragraphs[1:] == (
        "男子组积分榜",
        "队名　　胜　负　积分",
        "二中　　3　　0　　6",
        "七中　　1　　2　　4",
    )
    assert (second.kicker, second.headline) == ("", "少年宫书法班开课")
    assert not [line for line in page.set_aside if "二中" in line.text]


def test_a_header_row_needs_a_row_of_as_many_figures_under_it():
    assert header_row(["队名　　胜　负　积分", "二中　　3　　0　　6"], 1)
    assert not header_row(["队名　　胜　负　积分", "二中　　3　　0"], 1)
    assert not header_row(["春季　植树　护绿", "全市　今年　新植　树木"], 1)


def test_two_headline_lines_of_about_half_the_column_are_one_headline():
    assert rejoin_cut_heading(["城北污水厂", "日处理能力翻番"], 11) == ["城北污水厂日处理能力翻番"]
    assert rejoin_cut_heading(["乡镇卫生院", "添救护车48辆"], 10) == ["乡镇卫生院添救护车48辆"]
    # half-width digits count half: 日均接待2.6万人 is seven and a half wide
    assert rejoin_cut_heading(["春运客流量", "日均接待2.6万人"], 11) == [
        "春运客流量日均接待2.6万人"
    ]


def test_a_short_kicker_over_a_longer_headline_is_not_joined():
    assert rejoin_cut_heading(["治水工程", "又一座水库竣工"], 11) == ["治水工程", "又一座水库竣工"]
    assert rejoin_cut_heading(["搞活流通 方便群众", "供销社办货栈"], 11) == [
        "搞活流通 方便群众",
        "供销社办货栈",
    ]
    # lines of half a wide column are a kicker and a headline in smaller type
    assert rejoin_cut_heading(["红星农业社", "提前完成春播"], 15) == ["红星农业社", "提前完成春播"]


_LATE_HEADLINE = [
    "本报讯（通讯员 邢朵）",
    "经过五个月的改造，城南",
    "集贸市场今天重新开业，",
    "市场内的二百多个摊位全",
    "部换上了统一的不锈钢台",
    "面，地面铺设了防滑地砖",
    "。",
    "",
    "城南集贸市场",
    "改造后今日开业",
    "",
    "岚川日报",
    "2026年5月6日",
]


def test_a_headline_frame_after_its_text_at_the_foot_of_the_page_is_a_headline():
    width = column_width(_LATE_HEADLINE)
    assert width == 11
    assert {9, 10} <= headline_lines(_LATE_HEADLINE, width)
    page = parse(*_LATE_HEADLINE)
    (article,) = page.articles
    assert (article.kicker, article.headline) == ("", "城南集贸市场改造后今日开业")


def test_title_lines_followed_by_text_are_not_a_late_headline():
    lines = [*_LATE_HEADLINE[:10], "", "市场管理方介绍，开业首日", "客流超过了三千人次。"]
    assert not {9, 10} & headline_lines(lines, column_width(lines))


def test_a_section_name_under_the_page_label_over_a_dateline_is_the_pages_section():
    page = parse(
        "A04",
        "",
        "要闻",
        "",
        "本报讯（记者 庞雨）今年全市将新开通公交线路十二条，新增城乡公交站点一百五十个。",
    )
    (article,) = page.articles
    assert article.headline != "要闻"
    assert ("要闻", "page-section") in [(item.text, item.reason) for item in page.set_aside]
