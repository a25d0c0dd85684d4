"""A reporter renamed at the desk is one name in the byline, their old address leads to them,
and a later page printing the old name credits them.

A fresh reviewer imported a page with ``本报讯（记者王明 李娜）…``, published it, then opened
人员 → 王明 → 姓名 ``王明远`` → 保存. The story page and its 版面 then showed ``记者王明 李娜
王明远``: the printed name unlinked, the new name linked after it. README (The public e-paper):
"Bylines are shown as printed … each credited person linked where the name is printed whole":
the printed 王明 is linked to the person (now 王明远), and nothing is added after it.
``/people/王明/`` was a 404 (it is a 301 to the person's page and feed), and a later page
printing ``记者王明`` credited a new, empty 王明 (it credits 王明远: the old name is kept as the
person's former name, 曾用名, which the importer looks up).
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.urls import reverse

from articles.models import Article, Issue, Person, Status
from tests.admin.conftest import form_data
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = "市区新开三条公交线路\n本报讯（记者王明 李娜）市公交集团今天起新开三条线路，方便市民出行。\n"
LATER = "城西菜场今起改造\n本报讯（记者王明）城西菜场今天起闭门改造，预计年底前重新开业。\n"


def rename(client, name: str, new: str):
    url = reverse("admin:articles_person_change", args=[Person.objects.get(name=name).pk])
    return client.post(url, form_data(client.get(url)) | {"name": new, "_save": "保存"})


@pytest.fixture
def renamed(editor_client):
    import_text(PAGE, "A1")
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)
    assert rename(editor_client, "王明", "王明远").status_code == 302
    return Article.objects.get()


def byline_html(html: str, css: str) -> str:
    return re.search(rf'<p class="{css}">(.*?)</p>', html, re.S).group(1)


def test_the_story_page_links_the_printed_name_to_the_renamed_person(client, renamed):
    byline = byline_html(client.get(renamed.get_absolute_url()).content.decode(), "byline")
    assert "王明远" not in re.sub(r"<[^>]+>", "", byline)
    assert '<a href="/people/%E7%8E%8B%E6%98%8E%E8%BF%9C/" rel="author">王明</a>' in byline
    assert byline.count("/people/") == 2  # 王明 and 李娜, nothing after them


def test_the_page_shows_the_byline_as_printed_once(client, renamed):
    byline = byline_html(client.get(renamed.page.get_absolute_url()).content.decode(), "meta muted")
    assert re.sub(r"<[^>]+>", "", byline) == "记者王明 李娜"
    assert '<a href="/people/%E7%8E%8B%E6%98%8E%E8%BF%9C/">王明</a>' in byline


def test_the_old_address_and_feed_lead_to_the_renamed_person(client, renamed):
    page = client.get("/people/王明/?page=1")
    assert page.status_code == 301
    assert page["Location"] == "/people/%E7%8E%8B%E6%98%8E%E8%BF%9C/?page=1"
    feed = client.get("/people/王明/feed.xml")
    assert feed.status_code == 301 and feed["Location"].endswith("/feed.xml")
    assert client.get(page["Location"]).status_code == 200


def test_a_later_page_printing_the_old_name_credits_the_renamed_person(renamed):
    import_text(LATER, "A1", when=date(2020, 7, 10))
    later = Article.objects.get(issue__date=date(2020, 7, 10))
    assert [b.person.name for b in later.bylines.all()] == ["王明远"]
    assert not Person.objects.filter(name="王明").exists()


def test_renamed_back_the_name_is_no_former_name(editor_client, renamed):
    assert rename(editor_client, "王明远", "王明").status_code == 302
    import_text(LATER.replace("王明", "王明远"), "A1", when=date(2020, 7, 10))
    later = Article.objects.get(issue__date=date(2020, 7, 10))
    assert [b.person.name for b in later.bylines.all()] == ["王明"]


def test_nobody_else_may_take_a_former_name(editor_client, renamed):
    page = editor_client.post(
        reverse("admin:articles_person_add"),
        form_data(editor_client.get(reverse("admin:articles_person_add")))
        | {"name": "王明", "_save": "保存"},
    )
    assert page.status_code == 200
    assert "“王明”是人员“" in page.content.decode() and "改名前的姓名" in page.content.decode()
    assert not Person.objects.filter(name="王明").exists()


def test_the_person_form_shows_the_former_name(editor_client, renamed):
    url = reverse("admin:articles_person_change", args=[Person.objects.get(name="王明远").pk])
    page = editor_client.get(url).content.decode()
    assert "曾用名" in page and "<p>王明</p>" in page  # a row of the 曾用名 list
