"""Bylines show each person with the role the page printed (记者, 通讯员, 实习生, a column's author
with none), not 记者 before every name; the JSON twins carry the printed byline. (And the page's
list of the issue's pages names a page without a section with no dash.)"""

from __future__ import annotations

import re

import pytest

from articles.bylines import credit_pieces
from articles.models import Article, Issue, Status
from tests.factories import import_text

PAGE = (
    "江心洲湿地迎来首批越冬候鸟\n"
    "本报讯（记者陈晓辉通讯员吴敏杰）连日来，江心洲湿地迎来今冬首批越冬候鸟，观鸟爱好者纷至沓来。\n\n"
    "夜市重开首周客流过万\n"
    "本报讯（记者 王  明 实习生 李小红）老城区夜市重开的第一周，累计接待市民游客一万余人次。\n"
)


def test_pieces_keep_the_roles_as_printed_and_find_spaced_names():
    assert credit_pieces("记者陈晓辉通讯员吴敏杰", ["陈晓辉", "吴敏杰"]) == [
        ("记者", ""),
        ("陈晓辉", "陈晓辉"),
        ("通讯员", ""),
        ("吴敏杰", "吴敏杰"),
    ]
    assert credit_pieces("林  舒", ["林舒"]) == [("林  舒", "林舒")]


def test_pieces_without_a_byline_are_the_names_alone_and_unfound_names_follow():
    assert credit_pieces("", ["王小明", "李大同"]) == [
        ("王小明", "王小明"),
        (" ", ""),
        ("李大同", "李大同"),
    ]
    assert credit_pieces("记者赵一", ["赵一", "钱二"]) == [
        ("记者", ""),
        ("赵一", "赵一"),
        (" ", ""),
        ("钱二", "钱二"),
    ]
    assert credit_pieces("", []) == []


@pytest.fixture
def edition(db):
    import_text(PAGE, "3")
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)
    return Article.objects.order_by("position")


def text_of(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def test_the_page_shows_each_person_with_the_role_printed(client, edition):
    page = edition[0].page
    html = client.get(page.get_absolute_url()).content.decode()
    shown = text_of(html)
    assert "记者陈晓辉通讯员吴敏杰" in shown
    assert "记者 王  明 实习生 李小红" in shown
    assert "记者 陈晓辉 吴敏杰" not in shown and "记者 王明 李小红" not in shown


def test_the_story_page_shows_the_roles_printed(client, edition):
    html = client.get(edition[1].get_absolute_url()).content.decode()
    byline = re.search(r'<p class="byline">(.*?)</p>', html, re.S)[1]
    assert text_of(byline).startswith("记者 王  明 实习生 李小红 · ")


def test_the_page_json_carries_the_printed_byline_beside_the_names(client, edition):
    page = edition[0].page
    data = client.get(page.get_absolute_url().rstrip("/") + ".json").json()
    first, second = data["stories"]
    assert (first["byline"], first["reporters"]) == ("记者陈晓辉通讯员吴敏杰", ["陈晓辉", "吴敏杰"])
    assert second["byline"] == "记者 王  明 实习生 李小红"


def test_the_issues_page_list_shows_a_page_without_a_section_with_no_dash(client, edition):
    page = edition[0].page
    html = client.get(page.get_absolute_url()).content.decode()
    pagelist = re.search(r'<ol class="pagelist">(.*?)</ol>', html, re.S)[1]
    assert "<b>3版</b>" in pagelist and "—" not in pagelist  # "3版", not "3 版"
