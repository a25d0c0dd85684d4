"""Each failure kind seen on other papers' pages (issue 14), on pages written for these tests in
the shape of the real ones (tests/data/repros/<kind>.txt, and <kind>-2.txt a further example).

Each test says what the page must give: the stories, their decks, datelines, bylines, photos,
paragraph counts, and the furniture set aside with its reason.
"""

import pytest

from articles.parsing import parse_page
from tests.conftest import DATA
from tests.parsing.helpers import decks

REPROS = DATA / "repros"


def page(name: str):
    return parse_page((REPROS / name).read_bytes())


def aside(parsed, reason: str):
    return [s.text for s in parsed.set_aside if s.reason == reason]


def no_furniture_in_decks(parsed, *words: str):
    for article in parsed.articles:
        for line in article.title_lines:
            assert not any(word in line for word in words), line


# archive-furniture-in-deck ------------------------------------------------------------------


def test_archive_separators_and_stamp_are_furniture_not_decks():
    parsed = page("archive-furniture-in-deck.txt")
    assert decks(parsed) == [
        ("", "桃源乡建成第一座水电站", "全乡二百户农家用上了电灯"),
        ("", "红岭公社推广良种小麦", ""),
    ]
    assert [a.dateline for a in parsed.articles] == ["本报讯", "本报讯"]
    assert [len(a.paragraphs) for a in parsed.articles] == [2, 2]
    assert aside(parsed, "page-stamp") == ["1979年9月3日松江晚报 第3版"]
    assert aside(parsed, "archive-separator") == ["第3版()", "专栏:"] * 2
    assert (parsed.metadata.date, parsed.metadata.label) == ("1979-09-03", "3")
    assert parsed.metadata.paper == "松江晚报"
    assert not parsed.photos and not parsed.teasers


def test_archive_separators_with_a_section_name_in_the_brackets():
    parsed = page("archive-furniture-in-deck-2.txt")
    assert [a.headline for a in parsed.articles] == ["港区集装箱吞吐量创新高", "新建冷库投入使用"]
    assert aside(parsed, "archive-separator") == ["第5版(经济)", "专栏:"] * 2
    no_furniture_in_decks(parsed, "版(", "专栏")


# column-title-pen-name ---------------------------------------------------------------------


def test_column_author_under_the_title_is_the_byline():
    (article,) = page("column-title-pen-name.txt").articles
    assert (article.kicker, article.headline) == ("", "守得住初心、耐得住寂寞（西岭漫谈）")
    assert (article.byline, article.reporters) == ("周  岩", ("周岩",))
    assert len(article.paragraphs) == 3


def test_column_name_on_its_own_line_then_title_then_author():
    (article,) = page("column-title-pen-name-2.txt").articles
    assert article.title_lines == ("【晨钟随笔】", "把小事做细")
    assert article.reporters == ("许岚",)
    assert len(article.paragraphs) == 2


# dateline-forms-missed ---------------------------------------------------------------------


def test_agency_bureau_day_only_and_dated_datelines():
    parsed = page("dateline-forms-missed.txt")
    assert [a.dateline for a in parsed.articles] == [
        "星洲社南湖三月五日电",
        "本报东江9日电",
        "本報海灣訊",
        "本报1978年10月2日讯",
    ]
    assert decks(parsed)[0] == ("", "南湖水库开闸放水", "春灌用水全面保障")
    assert all(a.subheadline for a in parsed.articles)


def test_foreign_agency_datelines_in_both_bracket_forms():
    parsed = page("dateline-forms-missed-2.txt")
    assert [a.dateline for a in parsed.articles] == ["美联社华盛顿4月2日电", "中央社台北電"]


# masthead-furniture-in-deck ----------------------------------------------------------------


def test_masthead_price_website_dates_slogan_and_advert_are_furniture():
    parsed = page("masthead-furniture-in-deck.txt")
    (article,) = parsed.articles
    assert article.title_lines == ("新圖書館下月開放",)
    assert article.dateline == "本報南港訊"
    assert len(article.paragraphs) == 3
    assert [s.text for s in parsed.set_aside] == [
        "$2.50 9 778899 001122",
        "Website: www.southport-times.example",
        "2023年5月9日 星期二 癸卯年 三月二十",
        "公正.客觀.迅速",
        "Tuesday 9 May 2023",
        "南港時報網上版 本地新聞 分類廣告",
    ]
    assert parsed.metadata.date == "2023-05-09"


def test_masthead_in_another_order_with_an_e_paper_name():
    parsed = page("masthead-furniture-in-deck-2.txt")
    (article,) = parsed.articles
    assert article.title_lines == ("新年第一天 市民登山祈福",)
    assert len(parsed.set_aside) == 5
    assert parsed.metadata.date == "2023-01-02"


# narrow-column-lines -----------------------------------------------------------------------


def test_cut_lines_with_blank_lines_between_are_rejoined_into_paragraphs():
    (article,) = page("narrow-column-lines.txt").articles
    assert article.headline == "河西新建两座社区食堂"
    assert article.dateline == "本報訊"
    assert [p[:6] for p in article.paragraphs] == ["【本報訊】河", "食堂每份套餐", "他又說，區政"]
    assert article.paragraphs[0].endswith("提供平價午餐。")
    assert not article.crossheads


def test_cut_lines_without_blank_lines_are_rejoined_too():
    (article,) = page("narrow-column-lines-2.txt").articles
    assert article.headline == "老城区改造启动"
    assert len(article.paragraphs) == 2
    assert article.paragraphs[1].startswith("区住建局负责人说，工程将分段施工")
    assert not article.crossheads


# numbered-title-list-glued -----------------------------------------------------------------


def test_numbered_title_list_gives_one_story_per_title_without_the_number():
    parsed = page("numbered-title-list-glued.txt")
    assert [a.headline for a in parsed.articles] == [
        "平川县夏粮入库过半",
        "北湾渔场喜获丰收",
        "县医院开设夜间门诊",
    ]
    assert parsed.articles[0].title_lines == ("1. 平川县夏粮入库过半",)
    assert [a.dateline for a in parsed.articles] == ["本报讯"] * 3
    assert aside(parsed, "repeated-title") == [a.headline for a in parsed.articles]
    assert aside(parsed, "archive-separator") == ["第2版()专栏:"] * 3
    assert (parsed.metadata.date, parsed.metadata.label) == ("1987-08-14", "2")
    assert all(not a.crossheads for a in parsed.articles)


def test_numbered_title_list_with_agency_datelines():
    parsed = page("numbered-title-list-glued-2.txt")
    assert [a.headline for a in parsed.articles] == ["东岸新港区开港", "西部铁路提速"]
    assert [a.dateline for a in parsed.articles] == [
        "海湾通讯社东湾港6月30日电",
        "海湾通讯社西川7月1日电",
    ]


# ocr-short-lines-before-forward-marker (the parser side; stitching: tests/importing) ---------


def test_short_ocr_lines_before_a_forward_marker_are_text_and_the_marker_is_kept():
    parsed = page("ocr-short-lines-before-forward-marker.txt")
    (article,) = parsed.articles
    assert article.headline == "全县冬季积肥运动掀起高潮"
    assert article.paragraphs[-1].endswith("社员们纷纷表示")
    assert article.continued_on == "2"
    assert parsed.unplaced_lines == ()
    assert aside(parsed, "masthead") == ["青禾县报"]


def test_running_head_on_the_continuation_page_is_furniture():
    parsed = page("ocr-short-lines-before-forward-marker.page2.txt")
    first, second = parsed.articles
    assert (first.title_lines, first.continued_from) == ((), "1")
    assert second.headline == "民兵冬训开始"
    assert aside(parsed, "page-header") == ["青禾县报  第二版"]
    assert (parsed.metadata.paper, parsed.metadata.label) == ("青禾县报", "2")


def test_short_lines_right_before_a_forward_marker_are_never_a_headline():
    parsed = parse_page(
        "本报讯 全乡抢收晚稻。各队干部带头下田。\n县里派来的工作组\n帮助各队安排劳力\n（下转第二版）\n"
    )
    (article,) = parsed.articles
    assert article.continued_on == "2"
    assert article.paragraphs[-1] == "县里派来的工作组帮助各队安排劳力"
    assert [f.kind for f in parsed.flags] == ["text-before-jump"]


# one-line-headline-glued -------------------------------------------------------------------


def test_one_line_headline_without_dateline_starts_a_new_story():
    parsed = page("one-line-headline-glued.txt")
    assert decks(parsed) == [
        ("", "东门菜场改造完成", "摊位由八十个增加到一百二十个"),
        ("", "停车难在哪里", ""),
        ("", "北城小学获市科技节团体一等奖", "学生作品明年将参加省级比赛"),
    ]
    assert [a.dateline for a in parsed.articles] == ["本报讯", "", "本报讯"]
    assert [len(a.paragraphs) for a in parsed.articles] == [3, 3, 2]
    assert not parsed.articles[0].crossheads
    (flag,) = parsed.flags
    assert (flag.line, flag.kind) == (7, "heading-new-story")
    assert "停车难在哪里" in flag.message


def test_one_line_commentary_after_a_dated_story():
    parsed = page("one-line-headline-glued-2.txt")
    assert [a.headline for a in parsed.articles] == ["夜市开张了", "读书何以成风"]
    assert [len(a.paragraphs) for a in parsed.articles] == [2, 3]


# paragraphs-on-one-line --------------------------------------------------------------------


def test_paragraphs_and_crossheads_on_one_line_are_split():
    parsed = page("paragraphs-on-one-line.txt")
    (article,) = parsed.articles
    assert (article.kicker, article.headline, article.subheadline) == (
        "",
        "让老街区焕发新活力",
        "——江城老街区微改造调查",
    )
    assert len(article.paragraphs) == 6
    assert article.crossheads == ("留住烟火气，改造不搞大拆大建", "管好长效，一年四季有人管")
    assert aside(parsed, "masthead") == ["江城日报电子报"]
    assert len(aside(parsed, "page-header")) == 5
    assert (parsed.metadata.label, parsed.metadata.section) == ("1", "要闻")


def test_paragraphs_parted_by_single_spaces_after_full_stops():
    (article,) = page("paragraphs-on-one-line-2.txt").articles
    assert article.dateline == "本报讯"
    assert len(article.paragraphs) == 4
    # Spaces that are not after a full stop part nothing: a headline's halves, a dateline.
    (article,) = parse_page(
        "稳住经济大盘  增进民生福祉\n本报讯  全市经济运行总体平稳，主要指标好于预期，"
        "工业生产持续恢复，消费市场逐步回暖。  就业形势保持稳定，居民收入稳步增长。\n"
    ).articles
    assert article.title_lines == ("稳住经济大盘  增进民生福祉",)
    assert article.paragraphs[0].startswith("本报讯  全市经济")
    assert len(article.paragraphs) == 2


# photo-credit-forms ------------------------------------------------------------------------


def test_credits_as_picture_news_slash_and_bracketed_at_the_end_of_captions():
    parsed = page("photo-credit-forms.txt")
    assert [(p.caption, p.credit_line.strip("（）()"), p.photographers) for p in parsed.photos] == [
        ("6月3日，南江水上救援队队员在江面进行冲锋舟救援演练。", "图/陆晓川", ("陆晓川",)),
        ("書店新增的閱讀角吸引不少年輕人。", "黃志明攝", ("黃志明",)),
        ("店主在整理書架。", "網上圖片", ()),
    ]
    (article,) = parsed.articles
    assert decks(parsed) == [("", "老街書店重新開業", "店主堅持經營三十年")]
    assert article.dateline == "本報訊"
    assert len(article.paragraphs) == 3
    assert aside(parsed, "photo-label") == ["图片新闻"]


def test_agency_archive_credit_after_a_block_mark():
    parsed = page("photo-credit-forms-2.txt")
    (photo,) = parsed.photos
    assert (photo.caption, photo.credit_line, photo.photographers) == (
        "新建的拖轮缓缓驶入港池。",
        "(AAP資料圖)",
        (),
    )
    (article,) = parsed.articles
    assert len(article.paragraphs) == 2


# qa-interview-sections ---------------------------------------------------------------------


def test_interview_sections_stay_in_one_story():
    (article,) = page("qa-interview-sections.txt").articles
    assert (article.headline, article.subheadline) == (
        "在东部振兴中走在前列",
        "——专访东原市市长许文涛",
    )
    assert article.crossheads == ("向创新要活力", "把港口优势用足", "让群众更有获得感")
    qa = [p[:2] for p in article.paragraphs if p[:2] in ("问：", "答：")]
    assert qa == ["问：", "答："] * 3


def test_interview_without_blank_lines_stays_in_one_story():
    (article,) = page("qa-interview-sections-2.txt").articles
    assert article.crossheads == ("打通冷链物流", "打响区域品牌")
    assert len(article.paragraphs) == 6


# statement-numbered-sections ---------------------------------------------------------------


def test_joint_statement_with_bare_numeral_sections_is_one_story():
    (article,) = page("statement-numbered-sections.txt").articles
    assert article.headline == "北川市与西港市关于加强经贸合作的联合声明"
    assert article.crossheads == ("一", "二", "三")
    assert "北川市和西港市（以下称“双方”）声明如下：" in article.paragraphs
    assert article.paragraphs[-1].startswith("本声明于")


def test_document_with_bracketed_numbers_is_one_story():
    (article,) = page("statement-numbered-sections-2.txt").articles
    assert article.crossheads == ("（一）", "（二）", "（三）")
    assert article.paragraphs[0].endswith("如下：")


# web-navigation-in-deck --------------------------------------------------------------------


def test_e_paper_navigation_is_furniture_and_gives_page_section_and_date():
    parsed = page("web-navigation-in-deck.txt")
    assert decks(parsed) == [("读者来信", "小区垃圾该及时清运了", "")]
    assert len(parsed.articles[0].paragraphs) == 3
    assert len(aside(parsed, "navigation")) == 4
    meta = parsed.metadata
    assert (meta.label, meta.section, meta.date) == ("5", "社区新闻", "2011-08-15")


def test_site_slogans_breadcrumbs_and_wiki_headings_are_furniture():
    parsed = page("web-navigation-in-deck-2.txt")
    assert [a.title_lines for a in parsed.articles] == [("春耕备耕全面展开",)]
    assert len(aside(parsed, "navigation")) == 3


# flags ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(p.name for p in REPROS.glob("*.txt")))
def test_flags_have_a_line_an_ascii_kind_and_a_chinese_message(name):
    for flag in page(name).flags:
        assert flag.line >= 1 and flag.kind.isascii() and flag.kind
        assert any("\u4e00" <= ch <= "\u9fff" for ch in flag.message)


def test_a_second_dispatch_inside_a_story_stays_in_it_and_is_flagged():
    # Another agency's dispatch on the same subject (制宪议会): the same story continued.
    parsed = parse_page(
        "西德决定建都波恩\n"
        "〔路透社波恩十日电〕西德制宪议会十日晚表决，通过以波恩为首都。\n"
        "〔合众社波恩十日电〕制宪议会又通过选举法案二读。\n"
    )
    (article,) = parsed.articles
    assert len(article.paragraphs) == 2
    assert [f.kind for f in parsed.flags] == ["dateline-inside-story"]


def test_an_e_paper_page_list_without_this_page_repeated_gives_no_label():
    parsed = parse_page(
        "01版:要闻\n02版:要闻\n03版:评论\n让老街区焕发新活力\n本报讯 市里对老街区逐一摸底，列出改造清单。\n"
    )
    assert (parsed.metadata.label, parsed.metadata.section) == ("", "")
    assert len(parsed.set_aside) == 3
