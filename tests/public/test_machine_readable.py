"""Feeds, sitemaps, the news sitemap, robots.txt and the JSON twins."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import timedelta

from django.utils import timezone

from tests.factories import import_text
from tests.public.conftest import (
    DAY,
    ISSUE_URL,
    LEAD,
    PAPER,
    PARTY,
    POLLUTION,
    VILLAGES,
    WORKS,
    next_day_story,
    publish_everything,
    synthetic_page,
)

ATOM = "{http://www.w3.org/2005/Atom}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
HOST = "http://testserver"


def xml(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response, ET.fromstring(response.content)


def test_latest_issue_feed(client, edition):
    response, feed = xml(client, f"/{PAPER}/feed.xml")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.find(f"{ATOM}title").text == "南通日报"  # (the paper, whatever issues it carries)
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == [
        LEAD,
        WORKS,
        POLLUTION,
        VILLAGES,
        PARTY,
    ]
    works = entries[1]
    assert works.find(f"{ATOM}link").attrib["href"] == HOST + edition.url(WORKS)
    assert works.find(f"{ATOM}author/{ATOM}name").text == "朱文君、卢兆欣"
    assert works.find(f"{ATOM}published").text.startswith("2020-07-09T00:00:00+08:00")
    assert works.find(f"{ATOM}summary").text.startswith("本报讯（记者朱文君 卢兆欣）昨日下午")
    assert works.find(f"{ATOM}category").attrib["term"] == "头版"


def test_paper_feed_puts_the_newest_issue_first_and_keeps_the_one_before(client, edition):
    later = next_day_story()
    _, feed = xml(client, f"/{PAPER}/feed.xml")
    titles = [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")]
    assert titles == [later.title, LEAD, WORKS, POLLUTION, VILLAGES, PARTY]


def test_site_feed_carries_every_papers_recent_issues_newest_first(client, edition):
    later = next_day_story()  # 南通日报's latest issue is now 2020-07-10, one story
    import_text(
        synthetic_page("A1", "要闻", 2, 0, by="王五"), "A1", paper="江海晚报", slug="jianghai"
    )
    import_text(synthetic_page("A1", "要闻", 1, 0), "A1", paper="草稿报", slug="draft-only")
    publish_everything()
    from articles.models import Issue

    Issue.objects.filter(publication__slug="draft-only").update(status="draft")
    response, feed = xml(client, "/feed.xml")
    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.find(f"{ATOM}title").text == "数字报"
    links = [e.find(f"{ATOM}link").get("href") for e in feed.findall(f"{ATOM}entry")]
    # 2020-07-10 (南通日报's newest) before 2020-07-09 (南通日报's issue before its newest, then
    # 江海晚报's only issue: the papers of a day in the order they were added); no draft paper.
    assert links[0] == HOST + later.get_absolute_url()
    assert len(links) == 1 + 5 + 2
    assert all(f"/{PAPER}/2020-07-09/" in link for link in links[1:6])
    assert all("/jianghai/2020-07-09/" in link for link in links[6:])


def test_site_feed_is_not_found_before_anything_is_published(client, draft_edition):
    assert client.get("/feed.xml").status_code == 404


def test_feeds_page_names_the_site_feed(client, edition):
    html = client.get(f"/{PAPER}/feeds/").content.decode()
    assert 'href="/feed.xml">各报最近各期（全站）</a>' in html
    assert f"{HOST}/feed.xml" in html


def test_section_feed(client, edition):
    _, feed = xml(client, f"/{PAPER}/sections/要闻/feed.xml")
    assert feed.find(f"{ATOM}title").text == "南通日报 · 要闻"
    titles = {e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")}
    assert titles == {WORKS, POLLUTION, VILLAGES, PARTY}
    assert client.get(f"/{PAPER}/sections/体育/feed.xml").status_code == 404
    assert client.get("/no-such-paper/feed.xml").status_code == 404


def test_sitemap_index_and_sections(client, edition):
    _, index = xml(client, "/sitemap.xml")
    locations = [loc.text for loc in index.iter(f"{SM}loc")]
    assert HOST + "/sitemap-articles.xml" in locations
    assert HOST + "/sitemap-pages.xml" in locations
    _, articles = xml(client, "/sitemap-articles.xml")
    urls = {u.find(f"{SM}loc").text for u in articles.findall(f"{SM}url")}
    assert urls == {HOST + edition.url(h) for h in (LEAD, WORKS, POLLUTION, VILLAGES, PARTY)}
    assert all(u.find(f"{SM}lastmod") is not None for u in articles.findall(f"{SM}url"))
    _, pages = xml(client, "/sitemap-pages.xml")
    assert {u.find(f"{SM}loc").text for u in pages.findall(f"{SM}url")} == {
        f"{HOST}/{PAPER}/{DAY}/A1/",
        f"{HOST}/{PAPER}/{DAY}/A2/",
    }
    _, issues = xml(client, "/sitemap-issues.xml")
    assert [u.find(f"{SM}loc").text for u in issues.findall(f"{SM}url")] == [HOST + ISSUE_URL]
    _, papers = xml(client, "/sitemap-papers.xml")
    assert [u.find(f"{SM}loc").text for u in papers.findall(f"{SM}url")] == [f"{HOST}/{PAPER}/"]
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_news_sitemap_has_the_last_two_days_only(client, edition):
    today = timezone.localdate()
    import_text(synthetic_page("A1", "要闻", 2, 0), "A1", when=today)
    import_text(synthetic_page("A1", "要闻", 1, 0, by="金帅"), "A1", when=today - timedelta(days=1))
    import_text(synthetic_page("A1", "要闻", 1, 0, by="王五"), "A1", when=today - timedelta(days=2))
    publish_everything()
    response, sitemap = xml(client, "/news-sitemap.xml")
    assert response["Content-Type"].startswith("application/xml")
    urls = sitemap.findall(f"{SM}url")
    dates = [u.find(f"{NEWS}news/{NEWS}publication_date").text for u in urls]
    assert dates == [today.isoformat()] * 2 + [(today - timedelta(days=1)).isoformat()]
    first = urls[0].find(f"{NEWS}news")
    assert first.find(f"{NEWS}publication/{NEWS}name").text == "南通日报"
    assert first.find(f"{NEWS}publication/{NEWS}language").text == "zh-cn"
    assert first.find(f"{NEWS}title").text == "城市建设迈出新步伐"
    assert urls[0].find(f"{SM}loc").text.startswith(f"{HOST}/{PAPER}/{today.isoformat()}/article/")


def test_robots_txt_points_at_the_sitemaps(client, edition):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert f"Sitemap: {HOST}/sitemap.xml" in text
    assert f"Sitemap: {HOST}/news-sitemap.xml" in text


# --- JSON twins --------------------------------------------------------------------------------


def load(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)


def test_issue_json(client, edition):
    data = load(client, f"/{PAPER}/{DAY}.json")
    assert data["paper"] == {"name": "南通日报", "slug": PAPER, "url": f"{HOST}/{PAPER}/"}
    assert data["issue"]["date"] == DAY
    assert data["issue"]["url"] == HOST + ISSUE_URL
    assert [p["label"] for p in data["pages"]] == ["A1", "A2"]
    assert [p["name"] for p in data["pages"]] == ["头版", "要闻"]
    assert [s["headline"] for s in data["pages"][0]["stories"]] == [
        LEAD,
        WORKS,
        POLLUTION,
        VILLAGES,
        PARTY,
    ]
    assert {s["continued_from"] for s in data["pages"][1]["stories"]} == {"A1"}
    assert data["pages"][0]["json"] == f"{HOST}/{PAPER}/{DAY}/A1.json"


def test_page_json(client, edition):
    data = load(client, f"/{PAPER}/{DAY}/A1.json")
    assert data["page"]["label"] == "A1"
    works = data["stories"][1]
    assert works["headline"] == WORKS
    assert works["subheadline"] == "市级城建重点工程指挥部半年工作讲评会召开"
    assert works["reporters"] == ["朱文君", "卢兆欣"]
    assert works["continued_on"] == "A2"
    assert data["photos"][0]["photographers"][0]["name"] == "许丛军"
    assert [t["target_label"] for t in data["teasers"]] == ["A4", "A3"]
    assert data["previous_page"] is None
    assert data["next_page"]["label"] == "A2"
    assert client.get(f"/{PAPER}/{DAY}/a1.json")["Location"] == f"/{PAPER}/{DAY}/A1.json"


def test_article_json(client, edition):
    article = edition.article(PARTY)
    data = load(client, f"/{PAPER}/{DAY}/article/{article.pk}.json")
    assert data["id"] == article.pk
    assert data["kicker"] == "港闸区组织部门强化引领——"
    assert data["headline"] == PARTY
    assert data["printed_on"] == "本文刊于A1、A2版"
    assert [p["page"] for p in data["parts"]] == ["A1", "A2"]
    assert data["parts"][1]["continued_from"] == "A1"
    assert {"kind": "crosshead", "text": "在社会组织中打造党建品牌"} in data["parts"][0]["blocks"]
    assert data["url"] == HOST + article.get_absolute_url()
    assert data["previous"]["headline"] == VILLAGES
    assert data["next"] is None
    assert data["related"]


def test_control_characters_in_stored_text_never_break_the_feeds(client, edition):
    from articles.models import Article, Person, Publication

    works = next(a for a in Article.objects.all() if a.title == WORKS)
    Article.objects.filter(pk=works.pk).update(headline=works.headline + "\x0b新\x1b")
    person = Person.objects.get(pk=works.bylines.values("person")[:1])
    Person.objects.filter(pk=person.pk).update(name=person.name + "\x08")
    Publication.objects.update(name="南通\x1b日报")
    for url in (f"/{PAPER}/feed.xml", f"/{PAPER}/sections/要闻/feed.xml"):
        _, feed = xml(client, url)  # 200, and well-formed XML 1.0
        titles = [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")]
        assert any(t.endswith("新") and "\x1b" not in t for t in titles)
        assert feed.find(f"{ATOM}title").text.startswith("南通日报")


def _page_lastmods(client) -> dict[str, str | None]:
    _, pages = xml(client, "/sitemap-pages.xml")
    return {
        u.find(f"{SM}loc").text: getattr(u.find(f"{SM}lastmod"), "text", None)
        for u in pages.findall(f"{SM}url")
    }


def test_a_page_in_the_sitemap_is_as_new_as_the_last_change_to_a_story_it_prints(client, edition):
    from django.core.cache import cache

    from articles.models import Article

    a1, a2 = f"{HOST}/{PAPER}/{DAY}/A1/", f"{HOST}/{PAPER}/{DAY}/A2/"
    before = _page_lastmods(client)
    assert before[a1] and before[a2]
    # The lead story is printed on A1 only; a correction to it is news for A1, not for A2.
    lead = Article.objects.get(parts__page=edition.a1, headline=LEAD)
    assert not lead.parts.filter(page=edition.a2).exists()
    corrected = timezone.now() + timedelta(days=3)
    Article.objects.filter(pk=lead.pk).update(updated_at=corrected)
    cache.clear()
    after = _page_lastmods(client)
    assert after[a1].startswith(timezone.localtime(corrected).date().isoformat())
    assert after[a1] > before[a1]
    assert after[a2] == before[a2]


def test_a_page_in_the_sitemap_is_as_new_as_the_last_change_to_a_story_taken_down(client, edition):
    from django.core.cache import cache

    from articles.models import Article, Status

    a1 = f"{HOST}/{PAPER}/{DAY}/A1/"
    before = _page_lastmods(client)
    lead = Article.objects.get(parts__page=edition.a1, headline=LEAD)
    withdrawn = timezone.now() + timedelta(days=3)
    Article.objects.filter(pk=lead.pk).update(status=Status.DRAFT, updated_at=withdrawn)
    cache.clear()
    after = _page_lastmods(client)
    assert after[a1].startswith(timezone.localtime(withdrawn).date().isoformat())
    assert after[a1] > before[a1]
