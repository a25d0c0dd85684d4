"""Printed text is data, never markup: hostile text imported into a page comes out escaped on
every public page, feed, sitemap and JSON twin."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from articles.models import Article, Byline, Page, Person, Photo
from tests.factories import SEED_DATE, import_text
from tests.public.conftest import PAPER, publish_everything

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
HOSTILE_PAGE = f"""A3  民生

{SCRIPT}城市建设迈出新步伐

本报讯（记者张三）{IMG}城市建设工作取得新进展。

有关部门表示，城市建设将继续推进。{SCRIPT}

{IMG}乡村振兴

本报讯（记者李四）{SCRIPT}乡村振兴工作取得新进展。

{SCRIPT}照片说明{IMG}。

记者 王五摄
"""
DAY = SEED_DATE.isoformat()
RAW = [SCRIPT, "<img src=x", "<script>", "onerror=alert(1)>"]


def type_hostile_text(page: Page) -> None:
    """What an editor might type into the desk's fields. The importer reads the page's tags as
    a browser shows them (a ``<script>`` element prints nothing, an ``<img …>`` tag is dropped:
    ``articles/parsing/htmltext.py``), so hostile markup reaches the stories by hand."""
    first = Article.objects.get(page=page, position=1)
    first.headline = f"{SCRIPT}城市建设迈出新步伐"
    first.save()
    part = first.parts.get(sequence=0)
    part.blocks = [
        {**block, "text": f"{IMG}{block['text']}{SCRIPT}"} if block.get("text") else block
        for block in part.blocks
    ]
    part.save()
    second = Article.objects.filter(page=page).exclude(pk=first.pk).order_by("position")[0]
    second.headline = f"{IMG}乡村振兴"
    second.save()
    photo = Photo.objects.get(page=page)
    photo.caption = f"{SCRIPT}照片说明{IMG}。"
    photo.save()


@pytest.fixture
def hostile(db):
    import_text(HOSTILE_PAGE, "A3")
    page = Page.objects.get(label="A3")
    type_hostile_text(page)
    # What an editor might type in the admin: a section name and a reporter name.
    page.section = f"民生{IMG}"
    page.save()
    first = Article.objects.get(page=page, position=1)
    first.kicker = f"{IMG}引题"
    first.subheadline = f"副题{SCRIPT}"
    first.save()
    villain = Person.objects.create(name=f"{IMG}"[:50])
    Byline.objects.create(article=first, person=villain, order=5)
    photo = Photo.objects.get(page=page)
    photo.article = first
    photo.save()
    publish_everything()
    return first


def urls(article: Article) -> list[str]:
    base = f"/{PAPER}/{DAY}"
    section = quote(f"民生{IMG}", safe="")
    return [
        "/",
        f"/{PAPER}/",
        f"{base}/",
        f"{base}.json",
        f"{base}/A3/",
        f"{base}/A3.json",
        article.get_absolute_url(),
        article.get_absolute_url().rstrip("/") + ".json",
        f"/{PAPER}/2020/07/",
        "/people/",
        f"/people/{quote('张三')}/",
        f"/people/{quote('王五')}/",
        f"/people/{quote(IMG, safe='')}/",
        f"/{PAPER}/sections/",
        f"/{PAPER}/sections/{section}/",
        f"/{PAPER}/sections/{section}/feed.xml",
        f"/{PAPER}/feed.xml",
        "/sitemap-articles.xml",
        "/sitemap-pages.xml",
    ]


def test_hostile_text_is_escaped_on_every_public_page_and_feed(client, hostile):
    seen_escaped = 0
    for url in urls(hostile):
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        for raw in RAW:
            assert raw not in body, (url, raw)
        if "&lt;script&gt;" in body or "\\u003Cscript\\u003E" in body:
            seen_escaped += 1
    # the hostile text is shown (escaped), not dropped
    assert seen_escaped >= 12


def test_hostile_headline_reads_as_text(client, hostile):
    body = client.get(hostile.get_absolute_url()).content.decode()
    assert "<h1>&lt;script&gt;alert(1)&lt;/script&gt;城市建设迈出新步伐</h1>" in body
    assert '<p class="kicker">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;引题</p>' in body
    # JSON-LD cannot be closed from inside
    assert "\\u003C/script\\u003E" in body


def test_hostile_text_in_the_news_sitemap(client, db):
    from django.utils import timezone

    import_text(HOSTILE_PAGE, "A3", when=timezone.localdate())
    type_hostile_text(Page.objects.get(label="A3"))
    publish_everything()
    body = client.get("/news-sitemap.xml").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;城市建设迈出新步伐" in body
    for raw in RAW:
        assert raw not in body


def test_json_for_script_escapes_the_markup_characters_of_any_text():
    from articles.public import json_for_script

    data = {"title": "“报道”<b>甲&乙</b>", "n": 1}
    assert json_for_script(data) == (
        '{"title": "“报道”\\u003Cb\\u003E甲\\u0026乙\\u003C/b\\u003E", "n": 1}'
    )
    assert json_for_script(["无需转义"]) == '["无需转义"]'
