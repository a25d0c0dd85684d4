"""Layout, lines and bodies, round 9 (issue 14): OCR pages cut at a narrow column, with a
subheadline cut across lines and a headline read under its story's text. Pages written for
these tests."""

from articles.parsing.headframes import headline_lines
from tests.parsing.helpers import parse

COLUMN = [
    "本报讯　到六月十日止，全",
    "县冬修的三十多条水渠已经",
    "全部完工，共完成土石方四",
    "十余万方。",
]


def test_subheadline_cut_with_commas_over_a_dateline_is_one_subheadline():
    page = parse(
        "修好水渠　保证灌溉",
        "全县冬修水利工程完工",
        "各社队抓紧检查渠道，做",
        "好放水准备，迎接夏季用水",
        "",
        *COLUMN,
    )
    (article,) = page.articles
    assert article.headline == "全县冬修水利工程完工"
    assert article.subheadline == "各社队抓紧检查渠道，做好放水准备，迎接夏季用水"
    assert article.dateline == "本报讯"


def test_comma_lines_under_a_heading_without_a_dateline_after_them_stay_text():
    page = parse(
        "全县冬修水利工程完工",
        "各社队抓紧检查渠道，做",
        "好放水准备，迎接夏季用水",
        "",
        "今年冬修中，各公社组织专",
        "业队伍，分段包干，按质按",
        "量完成了任务。",
    )
    assert all("各社队" not in article.subheadline for article in page.articles)


def test_headline_read_under_its_text_before_the_next_heading_is_a_headline():
    lines = [
        *COLUMN,
        "",
        "新华社上海十一日电　一座",
        "年产五万吨的化肥厂最近在",
        "江边建成投产。",
        "江边化肥厂建成投产",
        "",
        "林场栽下万亩松苗",
        "",
        "本报讯　东岭林场今春在荒",
        "坡上栽下松苗一万多亩，成",
        "活率达到九成以上。",
    ]
    assert 9 in headline_lines(lines, 12)
    page = parse("全县冬修水利工程完工", "", *lines)
    assert [(a.headline, a.dateline) for a in page.articles] == [
        ("全县冬修水利工程完工", "本报讯"),
        ("江边化肥厂建成投产", "新华社上海十一日电"),
        ("林场栽下万亩松苗", "本报讯"),
    ]


def test_last_line_of_a_text_not_followed_by_a_heading_stays_text():
    lines = [
        "新华社上海十一日电　一座",
        "年产五万吨的化肥厂最近在",
        "江边建成投产。",
        "江边化肥厂建成投产",
        "",
        "这座工厂从破土动工到建成",
        "只用了十四个月，比原计划",
        "提前了两个月。",
    ]
    assert 4 not in headline_lines(lines, 12)


SPACED_STORY = [
    "本报讯（通讯员",
    "方可欣）近日，",
    "市科技馆新建的",
    "“观星台”向公",
    "众开放，市民可",
    "预约登台观看星",
    "空。开放首周，",
    "已有六百多名中",
    "小学生前来参观",
    "。",
    "馆方介绍，观星",
    "台配有三台天文",
    "望远镜，每周五",
    "晚间开放。",
    "公交枢纽开工",
    "本报讯（记者",
    "葛明）昨日，城",
    "北公交枢纽项目",
    "开工，建成后将",
    "有十二条公交线",
    "路在此停靠。",
]


def _spaced(*lines: str) -> list[str]:
    spaced: list[str] = []
    for line in lines:
        spaced += [line, ""]
    return spaced


def test_headline_halves_on_a_double_spaced_page_are_one_headline():
    page = parse(*_spaced("“观星台”", "落户科技馆", *SPACED_STORY))
    assert [a.headline for a in page.articles] == ["“观星台”落户科技馆", "公交枢纽开工"]


def test_headline_halves_parted_by_blank_lines_on_a_page_with_adjacent_lines_stay_apart():
    page = parse("“观星台”", "", "落户科技馆", "", *SPACED_STORY)
    assert page.articles[0].headline != "“观星台”落户科技馆"
