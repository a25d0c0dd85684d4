"""Every reader list names an untitled brief (a 简讯 box's item) by its first words, as the issue
and its page do (``Article.name_for_readers``): search results, a reporter's page, a section's
page, the zones over the page's picture and the news sitemap, never ``（无标题）``. Naming them
costs each list the same queries for four briefs as for two."""

from __future__ import annotations

import json
import re
from urllib.parse import quote

import pytest
from django.template import Context, Template
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, ArticlePart, Issue, Page, PageImage, Photo, Zone
from articles.publishing import issue_publish
from tests.factories import import_text
from tests.public.test_untitled_briefs_named_by_their_words import _queries as queries_and_text

pytestmark = pytest.mark.django_db

LEAD = "城东新建三座口袋公园\n\n本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。\n\n简讯\n\n"
# Four briefs by one reporter, each saying 社区 (what the search looks for).
BRIEFS = [
    "近日，县质监局对全县社区液化气充装站进行安全检查，共发现隐患十二处。\n（陈明）",
    "日前，县图书馆社区分馆正式对外开放，分馆藏书两万册，设有少儿阅览室。\n（陈明）",
    "昨天，县人民医院社区门诊投入使用，门诊大厅设有自助挂号机二十台。\n（陈明）",
    "本周起，县城公交新开三条社区线路，连通城区和三个工业园区。\n（陈明）",
]
NAMES = ["近日，县质监局对全县社区…", "日前，县图书馆社区分馆正…", "昨天，县人民医院社区门诊…"]
NAMES.append("本周起，县城公交新开三条…")
SECTION = "要闻"
PICTURE_FILES = {"pdf": "pages/dl/1.pdf", "pdf_checksum": "d" * 64, "image": "pages/dl/1.webp"}
PICTURE_FILES["thumbnail"] = "pages/dl/1-thumb.webp"


def _issue(briefs: int) -> None:
    """An issue of today (the news sitemap lists the last two days) whose page 1 (要闻, with a
    picture) prints a lead story and ``briefs`` untitled briefs, each a zone on the picture."""
    Article.objects.all().delete()
    Issue.objects.all().delete()
    when = timezone.localdate()
    text = LEAD + "\n\n".join(BRIEFS[:briefs]) + "\n"
    import_text(text, "1", when=when, paper="东林日报", slug="donglin")
    page = Page.objects.get()
    Page.objects.filter(pk=page.pk).update(section=SECTION)
    # A picture added is a content change: its refresh runs, as at the import's commit, so a
    # later change's refresh is not folded into one that never runs in the test's transaction.
    with TestCase.captureOnCommitCallbacks(execute=True):
        PageImage.objects.create(page=page, width=800, height=1200, **PICTURE_FILES)
        for n, part in enumerate(ArticlePart.objects.filter(page=page).order_by("position")):
            Zone.objects.create(page=page, part=part, rects=[[0.1, 0.1 * n, 0.5, 0.1 * n + 0.08]])
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)


def _queries(client, url: str) -> tuple[int, str]:
    """The queries ``url`` costs with nothing cached, and its text, search's marks taken out
    (it marks the words looked for in a name too: 县质监局对全县<mark>社区</mark>…)."""
    count, html = queries_and_text(client, url)
    return count, re.sub(r"</?mark>", "", html)


def _url(view: str) -> str:
    if view == "search":
        return reverse("search:search") + "?q=" + quote("社区")
    if view == "person":
        return reverse("articles:person", kwargs={"name": "陈明"})
    if view == "section":
        return reverse("articles:section", kwargs={"paper": "donglin", "section": SECTION})
    if view == "page":  # the zones over the page's picture
        return reverse("articles:page", args=["donglin", timezone.localdate().isoformat(), "1"])
    return "/news-sitemap.xml"


LISTS = ["search", "person", "section", "page", "news-sitemap"]


def _list(view: str, html: str) -> str:
    """The part of the page ``view`` that lists the briefs: on the page, its picture's zones
    (its list of stories named them already)."""
    if view == "page":
        return html[html.index("<svg") : html.index("</svg>")]
    return html


@pytest.mark.parametrize("view", LISTS)
def test_each_list_names_two_briefs_by_their_own_first_words(client, view):
    _issue(2)
    _, html = _queries(client, _url(view))
    assert NAMES[0] in _list(view, html) and NAMES[1] in _list(view, html)
    assert "（无标题）" not in html


def test_the_news_sitemap_titles_each_brief_by_its_first_words(client):
    _issue(2)
    _, xml = _queries(client, _url("news-sitemap"))
    assert f"<news:title>{NAMES[0]}</news:title>" in xml
    assert f"<news:title>{NAMES[1]}</news:title>" in xml


@pytest.mark.parametrize("view", LISTS)
def test_naming_the_briefs_costs_each_list_the_same_queries_for_two_or_four(client, view):
    _issue(2)
    two, _ = _queries(client, _url(view))
    _issue(4)
    four, html = _queries(client, _url(view))
    assert NAMES[3] in _list(view, html)
    assert two == four


@pytest.mark.parametrize("view", ["issue-json", "page-json"])
def test_the_json_twins_of_the_issue_and_page_name_each_brief(client, view):
    _issue(2)
    args = ["donglin", timezone.localdate()] + (["1"] if view == "page-json" else [])
    data = client.get(reverse(f"articles:{view}", args=args)).json()
    stories = data["pages"][0]["stories"] if view == "issue-json" else data["stories"]
    assert [story["name"] for story in stories] == ["城东新建三座口袋公园", *NAMES[:2]]
    zones = [zone["title"] for zone in data.get("zones", [])]
    assert zones in ([], ["城东新建三座口袋公园", *NAMES[:2]])  # (the issue's has none)


def test_a_briefs_json_twin_names_it_and_its_neighbours(client):
    _issue(3)
    brief = Article.objects.get(headline="", position=3)
    data = client.get(brief.get_absolute_url().rstrip("/") + ".json").json()
    assert data["name"] == NAMES[1]
    assert (data["previous"]["name"], data["next"]["name"]) == (NAMES[0], NAMES[2])


def test_the_related_stories_tag_names_each_brief():
    _issue(3)
    brief = Article.objects.get(headline="", position=4)
    html = Template("{% load search_tags %}{% related_stories story 5 %}").render(
        Context({"story": brief})
    )
    assert NAMES[0] in html and NAMES[1] in html


def test_a_page_served_again_names_a_zone_by_the_briefs_words_as_edited(
    django_capture_on_commit_callbacks,
):
    """The page's text is kept by what it shows (its zones' names among it): a brief whose first
    words an editor corrects is named anew over the picture."""
    from tests.public.test_whole_page import served

    _issue(2)
    path = _url("page")
    assert NAMES[0] in served(path).decode()
    part = ArticlePart.objects.get(article__headline="", article__position=2)
    part.blocks = [{"kind": "paragraph", "text": "近日，县消防大队对全县社区液化气站进行检查。"}]
    with django_capture_on_commit_callbacks(execute=True):
        part.save()
    html = served(path).decode()
    picture = html[html.index("<svg") : html.index("</svg>")]
    assert "近日，县消防大队对全县社…" in picture and NAMES[0] not in picture


@pytest.mark.parametrize("view", ["person", "section"])
def test_a_list_asked_again_names_a_brief_by_its_words_as_edited(
    client, view, django_capture_on_commit_callbacks
):
    _issue(2)
    assert NAMES[0] in client.get(_url(view)).content.decode()
    part = ArticlePart.objects.get(article__headline="", article__position=2)
    part.blocks = [{"kind": "paragraph", "text": "近日，县消防大队对全县社区液化气站进行检查。"}]
    with django_capture_on_commit_callbacks(execute=True):
        part.save()
    html = client.get(_url(view)).content.decode()
    assert "近日，县消防大队对全县社…" in html and NAMES[0] not in html


def test_a_briefs_json_ld_headline_is_its_first_words(client):
    _issue(2)
    brief = Article.objects.get(headline="", position=3)
    html = client.get(brief.get_absolute_url()).content.decode()
    start = html.index('<script type="application/ld+json">') + len(
        '<script type="application/ld+json">'
    )
    data = json.loads(html[start : html.index("</script>", start)])
    assert data["headline"] == NAMES[1]


def _with_photos(briefs: int) -> None:
    """:func:`_issue`, each brief with a photo on its page."""
    _issue(briefs)
    for brief in Article.objects.filter(headline=""):
        Photo.objects.create(page=brief.page, position=10 + brief.position, article=brief)


def test_a_photo_on_the_page_names_its_untitled_brief_by_its_first_words(client):
    _with_photos(2)
    _, html = _queries(client, _url("page"))
    assert f"相关报道：{NAMES[0]}" in html and f"相关报道：{NAMES[1]}" in html
    _with_photos(4)
    four, html = _queries(client, _url("page"))
    assert f"相关报道：{NAMES[3]}" in html
    _with_photos(2)
    assert _queries(client, _url("page"))[0] == four
