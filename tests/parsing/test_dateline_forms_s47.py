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
