"""Issue 14, fifteenth round (reporters area): a spaced pen name under a title, an author field
with the author's unit before the name, a foreign author's name, and a place before a letter
writer's name."""

from articles.parsing.names import parse_names
from tests.parsing.helpers import parse


def test_a_spaced_pen_name_without_a_common_surname_under_a_title_is_the_byline():
    parsed = parse(
        "砚边小记",
        "晓  风",
        "外婆家的灶台边总放着一方旧砚，砚池里常年积着一层墨垢。",
        "",
        "后来我才明白，研墨的那一会儿，是让人静下来的时间。",
        "",
        "（作者系东岭市作家协会会员）",
    )
    (article,) = parsed.articles
    assert article.headline == "砚边小记"
    assert article.subheadline == ""
    assert article.reporters == ("晓风",)


def test_a_spaced_column_label_under_a_title_is_no_pen_name():
    parsed = parse(
        "老城墙下的早市",
        "短  评",
        "早市热闹起来了，城管部门划定摊位、定时清扫，秩序井然。",
    )
    assert parsed.articles[0].reporters == ()


def test_an_author_field_with_the_authors_unit_before_the_name_is_the_byline():
    parsed = parse(
        "学者视角",
        "",
        "县域商业体系建设要补上冷链短板",
        "作者：东岭农业大学  黄  川",
        "",
        "近年来，不少县城建起了冷库，但利用率普遍不高。冷链建设应当与产地集配中心统筹规划。",
    )
    (article,) = parsed.articles
    assert article.headline == "县域商业体系建设要补上冷链短板"
    assert article.reporters == ("黄川",)


def test_a_foreign_authors_name_joined_by_a_middle_dot_is_read_whole():
    assert parse_names("作者：[英]亚历山大·汤普森") == ("亚历山大·汤普森",)


def test_a_place_before_a_letter_writers_name_is_not_a_name():
    assert parse_names("柳河乡　吴长顺") == ("吴长顺",)


def test_a_byline_opening_a_one_line_story_before_a_run_of_spaces_names_its_reporter():
    parsed = parse(
        "社区食堂开进老小区",
        "本报记者 柯晓岚   今年以来，我市在老旧小区新开了十二家社区食堂，解决老人吃饭难。"
        "   食堂由街道提供场地，餐饮企业运营，老人就餐享受八折优惠。",
    )
    assert parsed.articles[0].reporters == ("柯晓岚",)


def test_a_reporter_named_inside_a_sentence_before_spaces_is_no_byline():
    parsed = parse(
        "社区食堂开进老小区",
        "记者 柯晓岚 今天上午来到城西一家社区食堂。   食堂由街道提供场地，老人就餐享受八折优惠。",
    )
    assert parsed.articles[0].reporters == ()
