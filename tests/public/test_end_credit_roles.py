"""A story credited at its end (``…。（记者 赵敏 通讯员 钱立）``, INPUT.md: a byline sometimes stands
at the END) shows its credit with the roles printed, on the page, on the story page and in the
JSON twins, as a dateline's credit does (articles/parsing/bylines.py, ``_end_credit``)."""

from __future__ import annotations

import re

import pytest

from articles.models import Article, Issue, Status
from tests.factories import import_text

PAGE = (
    "河滨绿道全线贯通\n"
    "经过半年施工，沿河十二公里绿道昨天全线贯通，沿途新设了六处休息驿站。"
    "管理部门在驿站配备了饮水机和急救箱。（记者 赵敏 通讯员 钱立）\n\n"
    "旧厂房变身青年创业园\n"
    "城北一座闲置多年的纺织厂房改造完成，首批十五家创业团队已经入驻。（孙晓）\n"
)


@pytest.fixture
def edition(db):
    import_text(PAGE, "5")
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)
    return Article.objects.order_by("position")


def text_of(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def test_the_page_and_the_story_page_show_the_end_credits_roles(client, edition):
    page_html = client.get(edition[0].page.get_absolute_url()).content.decode()
    meta = re.findall(r'<p class="meta muted">(.*?)</p>', page_html, re.S)
    assert "记者 赵敏 通讯员 钱立" in [text_of(m) for m in meta]
    story_html = client.get(edition[0].get_absolute_url()).content.decode()
    byline = re.search(r'<p class="byline">(.*?)</p>', story_html, re.S)[1]
    assert text_of(byline).startswith("记者 赵敏 通讯员 钱立 · ")
    assert re.search(r">赵敏</a> 通讯员 <a [^>]*>钱立</a>", byline)


def test_the_json_twins_carry_the_end_credit_beside_the_names(client, edition):
    url = edition[0].page.get_absolute_url().rstrip("/") + ".json"
    first = client.get(url).json()["stories"][0]
    assert (first["byline"], first["reporters"]) == ("记者 赵敏 通讯员 钱立", ["赵敏", "钱立"])
    story = client.get(edition[0].get_absolute_url().rstrip("/") + ".json").json()
    assert story["byline"] == "记者 赵敏 通讯员 钱立"
