"""A story credited at its end (``…。（记者 赵敏 通讯员 钱立）``; INPUT.md: a byline sometimes stands
at the END) has that credit, roles and all, as its byline, as a dateline's credit is
(articles/parsing/bylines.py, ``_end_credit``); a name alone claims no role."""

from articles.parsing import parse_page

PAGE = (
    "河滨绿道全线贯通\n"
    "经过半年施工，沿河十二公里绿道昨天全线贯通，沿途新设了六处休息驿站。"
    "管理部门在驿站配备了饮水机和急救箱。（记者 赵敏 通讯员 钱立）\n\n"
    "旧厂房变身青年创业园\n"
    "城北一座闲置多年的纺织厂房改造完成，首批十五家创业团队已经入驻。（孙晓）\n"
)


def test_an_end_credit_with_roles_is_the_byline_as_printed_within_its_brackets():
    first, second = parse_page(PAGE).articles
    assert (first.byline, first.reporters) == ("记者 赵敏 通讯员 钱立", ("赵敏", "钱立"))
    assert first.paragraphs[-1].endswith("。（记者 赵敏 通讯员 钱立）")  # the text as printed
    # a name alone at the end claims no role: the names alone, as before
    assert (second.byline, second.reporters) == ("", ("孙晓",))


def test_an_end_bracket_naming_nobody_is_no_byline():
    page = PAGE.replace("（记者 赵敏 通讯员 钱立）", "（完）")
    assert parse_page(page).articles[0].byline == ""
