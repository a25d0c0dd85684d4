"""Round 7 of issue 14: masthead furniture and datelines (pages of my own).

INPUT.md: a masthead's line naming who publishes the paper beside its hotline is furniture, on
whatever page it stands and in whatever order pages come; a hotline printed with its last digits
masked is still a hotline; an agency's dateline may name the place and day before the agency.
"""

from articles.parsing.datelines import dateline_match, dateline_source
from articles.parsing.headcuts import rejoin_cut_heading
from tests.parsing.helpers import decks, parse

TEXT = "本报讯（记者 许海燕）昨天上午，滨海大道快速路最后一段高架桥合龙，全线贯通。"


def test_a_publisher_line_with_a_hotline_under_the_masthead_is_no_kicker():
    parsed = parse(
        "南湾晚报",
        "2025年6月12日 星期四 今日16版",
        "主办：南湾日报社  新闻热线 96567",
        "",
        "滨海大道快速路全线贯通",
        "全长18公里设9处互通立交  市区到机场缩短至25分钟",
        "",
        TEXT,
    )
    assert decks(parsed) == [
        ("", "滨海大道快速路全线贯通", "全长18公里设9处互通立交 市区到机场缩短至25分钟")
    ]


def test_a_hotline_with_masked_digits_under_the_header_is_no_story():
    parsed = parse(
        "南湾晚报  2025年6月12日  星期四  2  国际·公告",
        "广告热线：0593-8120XXXX",
        "",
        "滨海大道快速路全线贯通",
        TEXT,
    )
    assert [a.headline for a in parsed.articles] == ["滨海大道快速路全线贯通"]


def test_a_dateline_of_place_day_then_agency_is_found_with_its_agency():
    text = "（雅加达11日安塔拉社电）印度尼西亚西爪哇省一处山区11日凌晨发生山体滑坡。"
    match = dateline_match(text)
    assert match is not None and match.group(0) == "(雅加达11日安塔拉社电)"
    assert dateline_source(text) == "安塔拉社"


CUT_PAGE = [
    "城西片区新开",
    "通两条公交线",
    "本报讯 本周一起，",
    "城西片区新开通两条",
    "公交线路，分别连接",
    "高铁站和市第二人民",
    "医院，首班车早上六",
    "点发车，末班车晚上",
    "十点收车。",
]


def test_a_headline_frame_cut_in_two_lines_of_one_length_is_one_headline():
    assert decks(parse(*CUT_PAGE)) == [("", "城西片区新开通两条公交线", "")]


def test_two_deck_lines_of_one_length_stay_apart_without_a_cut_column():
    lines = ["城西片区新开", "通两条公交线"]
    assert rejoin_cut_heading(lines, None) == lines


def test_a_short_headline_over_a_longer_subheadline_stays_two_lines():
    lines = ["城西片区新开通", "两条公交线连接高铁站"]
    assert rejoin_cut_heading(lines, 12) == lines


def test_numbered_titles_each_over_one_paragraph_under_a_news_label_are_stories():
    parsed = parse(
        "公园开放时间调整",
        "本报讯 自下月起，全市公园开放时间延长至晚上十点。",
        "",
        "社区快讯",
        "1. 城东社区开办四点半课堂",
        "放学后由志愿者陪孩子写作业，每周一至周五开放。",
        "2. 南苑小区完成雨污分流改造",
        "改造历时三个月，小区积水问题得到解决。",
        "3. 河滨社区举办邻里美食节",
        "二十多户居民拿出拿手菜，与邻居分享。",
    )
    assert [a.headline for a in parsed.articles][1:] == [
        "城东社区开办四点半课堂",
        "南苑小区完成雨污分流改造",
        "河滨社区举办邻里美食节",
    ]


def test_a_results_table_under_its_own_headline_is_a_story():
    parsed = parse(
        "社区篮球联赛揭幕",
        "本报讯（记者 钟雨桐）第五届社区篮球联赛前天晚上在市体育馆揭幕。",
        "",
        "首轮比赛结果",
        "东坪 68：59 南苑",
        "河滨 71：75 城东",
    )
    assert [a.headline for a in parsed.articles] == ["社区篮球联赛揭幕", "首轮比赛结果"]
    assert parsed.unplaced_lines == ()
