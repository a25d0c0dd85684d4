"""Round 14 of issue 14: a news app's controls left in an export, and a briefs box's name
(pages of my own).

INPUT.md, "Page furniture": what a reader's screen or a box prints around the stories (an app's
font-size switch and counts, a box's name over its briefs) is furniture, never a headline's line
nor a kicker.
"""

from tests.parsing.helpers import decks, parse, reasons

BRIEF = "本报讯  即日起，市儿童公园每周五、周六晚间免费开放至九点半。"


def test_app_font_size_switch_and_read_count_are_never_a_headline():
    parsed = parse(
        "字号  大  中  小",
        "老街巷里开出社区食堂",
        "本报讯（记者 石  磊）11日中午，西门街道的社区食堂正式开张，老人就餐可享八折优惠。",
        "阅读 3.4万",
        "秋季果蔬展销会周末举行",
        "本报讯（记者 何  苗）本周六起，秋季果蔬展销会将在市会展中心举行。",
        "点赞 216  评论 38",
    )
    assert decks(parsed) == [
        ("", "老街巷里开出社区食堂", ""),
        ("", "秋季果蔬展销会周末举行", ""),
    ]
    assert {"字号  大  中  小", "阅读 3.4万", "点赞 216  评论 38"} <= set(reasons(parsed))


def test_row_of_app_buttons_without_counts_is_furniture():
    parsed = parse("儿童公园免费开放夜场", BRIEF, "点赞  收藏  分享")
    assert "点赞  收藏  分享" in reasons(parsed)


def test_a_headline_that_names_reading_is_kept():
    parsed = parse("阅读点亮乡村孩子的暑假", BRIEF)
    assert decks(parsed) == [("", "阅读点亮乡村孩子的暑假", "")]


def test_briefs_box_name_in_brackets_is_the_box_label_not_a_kicker():
    parsed = parse("【本地快讯】", "", "儿童公园免费开放夜场", BRIEF)
    assert reasons(parsed)["【本地快讯】"] == "box-label"
    assert decks(parsed) == [("", "儿童公园免费开放夜场", "")]


def test_other_bracketed_column_name_is_not_taken_as_a_box_label():
    parsed = parse("【民生关注】", "儿童公园免费开放夜场", BRIEF)
    assert "【民生关注】" not in reasons(parsed)


# -- a compiled story's closing note -----------------------------------------------------------


def test_compiled_report_note_ends_the_story_and_is_no_story_of_its_own():
    parsed = parse(
        "東涌新增兩條單車徑",
        "運輸署表示，東涌新建的兩條單車徑將於本月中旬開放，全長約六公里。",
        "（綜合報道）",
        "長洲渡輪增設夜航班次",
        "渡輪公司宣佈，由下月起逢周五及周六增設兩班夜航船。",
    )
    assert decks(parsed) == [
        ("", "東涌新增兩條單車徑", ""),
        ("", "長洲渡輪增設夜航班次", ""),
    ]


# -- an appeal's closing call and its signers --------------------------------------------------


def test_appeal_closing_call_and_signers_end_the_appeal_not_the_next_story():
    parsed = parse(
        "致全市市民的植树倡议书",
        "春回大地，正是植树好时节。为建设绿色家园，我们向全市市民发出倡议。",
        "",
        "市民朋友们，让我们携起手来，为家园添一片新绿！",
        "",
        "松州市绿化委员会",
        "松州市林业局",
        "2022年4月1日",
        "",
        "松州港新增两条内贸航线",
        "本报讯（记者 蒋  帆）记者昨天从松州港集团获悉，港口新开通两条内贸集装箱航线。",
    )
    assert decks(parsed) == [
        ("", "致全市市民的植树倡议书", ""),
        ("", "松州港新增两条内贸航线", ""),
    ]


# -- a supplement's own name, letter-spaced --------------------------------------------------


def test_letter_spaced_supplement_name_in_the_page_head_is_its_section_not_a_kicker():
    parsed = parse(
        "第7版  副刊  2011年5月20日  星期五",
        "松  风",
        "本版编辑：韦  宁",
        "",
        "门前那口老井",
        "□冬  青",
        "",
        "小时候，门前有一口老井，全村人都到这里挑水。井台上的青石被磨得发亮。",
    )
    assert reasons(parsed)["松  风"] == "page-section"
    assert decks(parsed)[0][:2] == ("", "门前那口老井")
