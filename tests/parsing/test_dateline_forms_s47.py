"""Dateline forms a blind set (holdout36) showed unread: an agency's dispatch with its place
after the day (``路透社十五日瑪蘭京城電``), a place set off before the agency or the day
(``嶺陽　國民社十六日電``, ``梧江　十六日專電``), and a county media centre's own desk
(``桐溪融媒讯``, ``县融媒体中心讯``). Sentences that only look so stay text."""

from __future__ import annotations

import pytest

from articles.parsing import parse_page
from articles.parsing.datelines import dateline_match
from articles.text import fold

BODY = "当地商会以近日银根奇紧、钱庄倒闭者已有三家，呈请当局设法维持市面，以安人心。"


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("路透社十五日瑪蘭京城電　", "路透社十五日瑪蘭京城電"),
        ("嶺陽　國民社十六日電　", "嶺陽　國民社十六日電"),
        ("梧江　十六日專電　", "梧江　十六日專電"),
        ("岚溪融媒讯（记者 方小禾）", "岚溪融媒讯"),
        ("岚溪县融媒体中心讯（记者 方小禾）", "岚溪县融媒体中心讯"),
    ],
)
def test_the_dateline_is_read_as_printed(opening, dateline):
    (story,) = parse_page(f"商会呈请维持市面\n\n{opening}{BODY}\n").articles
    assert story.dateline == dateline


def test_a_county_media_centres_dateline_gives_its_reporter():
    (story,) = parse_page(f"两个村入选创建名单\n\n岚溪融媒讯（记者 方小禾）{BODY}\n").articles
    assert story.reporters == ("方小禾",)


@pytest.mark.parametrize(
    "text",
    ["路透社十五日从伦敦发电称，", "今天 十六日电视台播出", "他在融媒讯息中说，"],
)
def test_sentences_that_look_so_are_no_dateline(text):
    assert dateline_match(fold(text)) is None


def test_a_credit_parted_by_a_bar_is_the_photos_credit():
    """``图｜胡晓晴`` under a ``▲`` caption (a post pasted from WeChat) is the picture's credit,
    as ``图/胡晓晴`` is, not the next story's kicker."""
    page = (
        "新门诊楼启用\n\n本报讯（记者 方小禾）县人民医院新门诊楼昨天启用，群众就医平均等候时间有望缩短三分之一。\n\n"
        "▲患者在新门诊楼大厅自助机上挂号。\n图｜胡晓晴\n\n"
        "好人榜单出炉\n\n本报讯 10人获评年度好人，他们来自各行各业，事迹感人。\n"
    )
    parsed = parse_page(page)
    (photo,) = parsed.photos
    assert photo.credit_line == "图｜胡晓晴" and photo.photographers == ("胡晓晴",)
    assert [a.kicker for a in parsed.articles] == ["", ""]


@pytest.mark.parametrize("line", ["文｜钟 灵", "文｜钟灵", "文/钟灵"])
def test_an_authors_line_parted_by_a_bar_names_the_writer(line):
    page = f"“茶山书记”的二十年\n\n{line}\n\n二十年前的云岭村，山高路陡，村民守着几亩薄田，人均年收入不足两千元。\n"
    (story,) = parse_page(page).articles
    assert story.headline == "“茶山书记”的二十年" and story.subheadline == ""
    assert story.byline == line and story.reporters == ("钟灵",)
