"""Deck roles, round 8 (issue 14): an issuing body over its document's title, an event's name
over what happened at it, an exhortation over a statement, and a document's number printed
apart under its title. Pages written for these tests."""

from articles.parsing.decks import deck_roles
from tests.parsing.helpers import parse


def test_issuing_body_over_a_document_title_is_the_kicker():
    assert deck_roles([["河阳县人民政府", "关于做好春季农村消防安全工作的意见"]]) == (
        "河阳县人民政府",
        "关于做好春季农村消防安全工作的意见",
        "",
    )


def test_organisation_over_a_title_that_is_no_document_stays_headline_and_subheadline():
    assert deck_roles([["县委常委会召开会议", "传达学习全会精神"]]) == (
        "",
        "县委常委会召开会议",
        "传达学习全会精神",
    )


def test_document_number_printed_apart_under_the_title_opens_the_text():
    page = parse(
        "河阳县人民政府办公室",
        "关于加强城区停车管理的通知",
        "",
        "河政办发〔2026〕12号",
        "",
        "各乡镇人民政府，县政府各部门：",
        "",
        "为缓解城区停车难问题，经县政府同意，现就加强城区停车管理有关事项通知如下。",
    )
    (article,) = page.articles
    assert (article.kicker, article.headline, article.subheadline) == (
        "河阳县人民政府办公室",
        "关于加强城区停车管理的通知",
        "",
    )
    assert article.paragraphs[0] == "河政办发〔2026〕12号"
    assert "河政办发〔2026〕12号" not in article.title_lines


def test_document_number_in_the_title_block_stays_the_subheadline():
    assert deck_roles(
        [["河阳县自然资源局", "国有土地使用权出让公告", "河自然资告〔2026〕4号"]]
    ) == (
        "河阳县自然资源局",
        "国有土地使用权出让公告",
        "河自然资告〔2026〕4号",
    )


def test_event_name_over_what_happened_is_the_kicker():
    assert deck_roles([["全省青年排球锦标赛", "河阳女排三战全胜"]]) == (
        "全省青年排球锦标赛",
        "河阳女排三战全胜",
        "",
    )
    # Also when the event's name is the longer line, or printed in a block of its own.
    assert deck_roles([["全市中学生田径运动会", "一中夺冠"]])[0] == "全市中学生田径运动会"
    assert deck_roles([["春季书画展"], ["百余幅作品亮相文化馆"]])[0] == "春季书画展"


def test_a_round_of_a_league_is_no_event_name():
    # 第六轮 names a round, and the line is read as the title (headline, subheadline).
    assert deck_roles([["城市业余篮球联赛第三轮", "电力队客场取胜"]])[0] == ""


def test_exhortation_over_a_statement_with_its_subject_is_the_kicker():
    assert deck_roles([["坚持走科学种田之路", "北湾村小麦长势喜人"]]) == (
        "坚持走科学种田之路",
        "北湾村小麦长势喜人",
        "",
    )
    assert deck_roles([["以“互联网+”为抓手推进惠农服务", "全县农产品网上销量翻番"]])[0] != ""


def test_line_under_an_exhortation_that_names_no_one_is_the_subheadline():
    assert deck_roles([["让非遗手艺走进寻常百姓家", "访竹编艺人程守田"]]) == (
        "",
        "让非遗手艺走进寻常百姓家",
        "访竹编艺人程守田",
    )


def test_a_time_read_as_verb_first_over_a_statement_is_no_exhortation():
    # jieba reads 高考 as a verb; the line ends in a time (首日): a title in two, not a slogan.
    assert deck_roles([["高考首日", "考点秩序井然"]]) == ("", "高考首日", "考点秩序井然")
