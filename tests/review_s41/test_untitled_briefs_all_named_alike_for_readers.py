"""Readers find every untitled brief of a page listed as the same link, “（无标题）”.

README (Importing, check_jumps): a story without a headline is named "by its first 12
characters ... so that two untitled stories read apart" (``Article.name_for_editors``), and the
parser reads a 简讯 box's items as untitled briefs. The e-paper does not: the page, the issue's
contents, the Atom feed and each brief's own ``<title>``/``<h1>`` print
``article.title|default:"（无标题）"`` (``templates/articles/*.html``,
``articles/feeds.py``), so a page with five briefs lists five identical links “（无标题）” and a
feed reader shows five entries of that name: a reader cannot tell which brief is which without
opening each.

Steps: import a page whose 简讯 box holds two untitled items, publish the issue, open the page
and the paper's feed.
"""

import re
from datetime import date

import pytest
from django.urls import reverse

from articles.models import Article, Issue
from articles.publishing import issue_publish
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = """城东新建三座口袋公园

本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材和儿童游乐设施。

简讯

近日，县质监局对全县液化气充装站的压力容器进行安全检查，共发现隐患十二处，已全部督促整改。
（陈明 林娟）

日前，县图书馆新馆正式对外开放，新馆藏书二十万册，设有少儿阅览室和电子阅览室。
（林娟）
"""


def test_untitled_briefs_read_apart_on_the_page_and_in_the_feed(client):
    import_text(PAGE, "1", when=date(2025, 6, 14), paper="东林日报", slug="donglin")
    untitled = Article.objects.filter(headline="")
    assert untitled.count() == 2, [a.name_for_editors() for a in Article.objects.all()]
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)

    page = client.get(reverse("articles:page", args=["donglin", "2025-06-14", "1"]))
    assert page.status_code == 200
    links = {
        a.get_absolute_url(): re.search(
            rf'href="{re.escape(a.get_absolute_url())}"[^>]*>(.*?)</a>', page.content.decode(), re.S
        )
        for a in untitled
    }
    names = [re.sub(r"<[^>]+>", "", m.group(1)).strip() for m in links.values() if m]
    assert len(names) == 2 and len(set(names)) == 2 and "（无标题）" not in names, names

    feed = client.get(reverse("articles:feed", args=["donglin"])).content.decode()
    titles = re.findall(r"<entry><title>([^<]*)</title>", feed)
    assert "（无标题）" not in titles, titles
