"""A reporter's page (记者与摄影) still lists every untitled brief they wrote as “（无标题）”.

Today's change names an untitled brief by its first words for readers on its page, the issue's
contents, the feed and its own ``<title>`` (``Article.name_for_readers``,
``articles.public.listed_name``), so that the briefs of a 简讯 box read apart. The person page
and the section page still print ``article.title|default:"（无标题）"``
(``templates/includes/story_list.html``), and so does the news sitemap: the reporter credited
with two briefs sees two identical links “（无标题）” on their own page.

Steps: import a page whose 简讯 box holds two untitled items both credited to 林娟, publish,
open 林娟's person page.
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


def test_untitled_briefs_read_apart_on_their_reporters_page(client):
    import_text(PAGE, "1", when=date(2025, 6, 14), paper="东林日报", slug="donglin")
    untitled = Article.objects.filter(headline="")
    assert untitled.count() == 2, [a.name_for_editors() for a in Article.objects.all()]
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)

    response = client.get(reverse("articles:person", args=["林娟"]))
    assert response.status_code == 200
    body = response.content.decode()
    names = []
    for article in untitled:
        link = re.search(
            rf'href="{re.escape(article.get_absolute_url())}"[^>]*>(.*?)</a>', body, re.S
        )
        assert link, body
        names.append(re.sub(r"<[^>]+>", "", link.group(1)).strip())
    assert "（无标题）" not in names and len(set(names)) == 2, names


def test_untitled_briefs_read_apart_in_the_news_sitemap(client):
    from django.core.cache import cache
    from django.utils import timezone

    import_text(PAGE, "1", when=timezone.localdate(), paper="东林日报", slug="donglin")
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    cache.clear()
    body = client.get("/news-sitemap.xml").content.decode()
    titles = re.findall(r"<news:title>([^<]*)</news:title>", body)
    assert len(titles) == 3, body
    assert "（无标题）" not in titles and len(set(titles)) == 3, titles
