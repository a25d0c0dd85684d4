"""Every public URL with the seed edition: status codes, the headline deck in the right elements,
jump links, the calendar, people and sections. Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
from datetime import date
from urllib.parse import quote

import pytest

from articles.models import ArticlePart, Issue, Photo
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
from tests.public.dom import parse

A1_URL = f"/{PAPER}/{DAY}/A1/"
A2_URL = f"/{PAPER}/{DAY}/A2/"
PRINT_ORDER = [LEAD, WORKS, POLLUTION, VILLAGES, PARTY]


def people(name: str) -> str:
    return f"/people/{quote(name)}/"


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response


# --- the edition ---------------------------------------------------------------------------------


def test_home_is_the_latest_issue_of_the_default_paper(client, edition, settings):
    settings.NEWSROOM_DEFAULT_PAPER = PAPER
    next_day_story()
    doc = parse(get(client, "/"))
    assert doc.find("html").attrs["lang"] == "zh-Hans"
    assert doc.find("link", rel="canonical").attrs["href"].endswith(f"/{PAPER}/2020-07-10/")
    assert "南通日报" in doc.find(cls="nameplate").text


def test_paper_home_is_its_latest_issue(client, edition):
    doc = parse(get(client, f"/{PAPER}/"))
    assert doc.find("link", rel="canonical").attrs["href"].endswith(ISSUE_URL)
    assert LEAD in doc.find("main").text


def test_home_without_a_published_paper_says_so(client, db):
    response = get(client, "/")
    assert "还没有已发布的报纸" in response.content.decode()


def test_issue_lists_every_page_with_its_section_and_headlines(client, edition):
    doc = parse(get(client, ISSUE_URL))
    assert "2020年7月9日" in doc.find("h1").text
    nav = doc.find("nav", cls="tabs")
    assert nav.attrs["aria-label"] == "版面导航"
    assert nav.hrefs() == [A1_URL, A2_URL]
    assert "要闻" in nav.text and "头版" in nav.text
    cards = doc.find_all("section", cls="page-card")
    assert [c.find("h2").text for c in cards] == ["A1版头版", "A2版要闻"]
    a1_titles = [li.find("a").text for li in cards[0].find_all("li")]
    assert a1_titles == PRINT_ORDER
    # A2 prints the four continuations; each says where it came from and links to its part.
    a2_items = cards[1].find_all("li")
    assert len(a2_items) == 4
    assert all(li.find(cls="cont").text == "上接A1版" for li in a2_items)
    assert all("#part-1" in li.find("a").attrs["href"] for li in a2_items)


def test_issue_calendar_links_only_days_with_an_issue(client, edition):
    import_text(synthetic_page("A1", "要闻", 1, 0), "A1", when=date(2020, 7, 21))
    publish_everything()
    import_text(synthetic_page("A1", "要闻", 1, 0), "A1", when=date(2020, 7, 22))  # a draft
    doc = parse(get(client, ISSUE_URL))
    calendar = doc.find("section", cls="calendar")
    linked = {a.text: a.attrs["href"] for a in calendar.find("tbody").find_all("a")}
    assert linked == {"9": ISSUE_URL, "21": f"/{PAPER}/2020-07-21/"}
    assert calendar.find("a", **{"aria-current": "date"}).text == "9"
    plain_days = [s.text for s in calendar.find("tbody").find_all("span")]
    assert "10" in plain_days and "22" in plain_days
    # and the next-issue link skips the draft
    assert doc.find("a", rel="next").attrs["href"] == f"/{PAPER}/2020-07-21/"


# --- a page -------------------------------------------------------------------------------------


def test_page_shows_its_stories_in_print_order_with_their_decks(client, edition):
    doc = parse(get(client, A1_URL))
    assert doc.find("h1").text == "A1版头版"
    stories = doc.find_all("article", cls="story")
    assert [s.find("h2").text for s in stories] == PRINT_ORDER
    party = stories[4]
    assert party.find("p", cls="kicker").text == "港闸区组织部门强化引领——"
    works = stories[1]
    assert works.find("p", cls="sub").text == "市级城建重点工程指挥部半年工作讲评会召开"
    assert works.find(cls="meta").links() == {
        "朱文君": people("朱文君"),
        "卢兆欣": people("卢兆欣"),
    }
    # stories that jump say so, linking the part they go on in, at its place on its page
    on_a2 = edition.article(WORKS).parts.get(sequence=1).position
    assert works.find(cls="jumpnote").links() == {"A2版": f"{A2_URL}#story-{on_a2}"}
    assert not stories[0].find_all(cls="jumpnote")
    # links go to the story's stable URL
    assert works.find("h2").find("a").attrs["href"] == edition.url(WORKS)


def test_page_shows_photos_with_caption_and_credit_in_print_order(client, edition):
    doc = parse(get(client, A1_URL))
    figure = doc.find("figure", cls="photo")
    assert figure.attrs["id"] == "photo-5"
    assert "精灵马戏秀" in figure.find("figcaption").text
    assert figure.find(cls="credit").links() == {"许丛军": people("许丛军")}
    # the photo sits between the 4th and the 5th story, as printed
    blocks = [e for e in doc.find(cls="stories").children if not isinstance(e, str)]
    kinds = ["photo" if e.find_all("figure") else "story" for e in blocks]
    assert kinds == ["story", "story", "story", "story", "photo", "story"]


def test_page_teasers_link_to_their_target_when_it_exists(client, edition):
    doc = parse(get(client, A1_URL))
    teasers = doc.find("ul", cls="teasers").find_all("li")
    assert [t.find(cls="t-target").text for t in teasers] == [
        "A4版 看南通·要闻",
        "A3版 看南通·民生",
    ]
    assert "用心守护" in teasers[0].text
    assert not teasers[0].find_all("a")  # A4 is not imported: nothing to link to
    import_text(synthetic_page("A4", "看南通·要闻", 2, 0), "A4")
    publish_everything()
    doc = parse(get(client, A1_URL))
    first = doc.find("ul", cls="teasers").find_all("li")[0]
    assert first.find("a").attrs["href"] == f"/{PAPER}/{DAY}/A4/"


def test_page_previous_and_next(client, edition):
    a1 = parse(get(client, A1_URL)).find("nav", cls="pager")
    assert a1.links() == {"下一版 ›": A2_URL}
    a2 = parse(get(client, A2_URL)).find("nav", cls="pager")
    assert a2.links() == {"‹ 上一版": A1_URL}


def test_continuation_page_links_back_and_to_the_whole_story(client, edition):
    doc = parse(get(client, A2_URL))
    stories = doc.find_all("article", cls="story")
    assert len(stories) == 4
    party = next(s for s in stories if "亮心" in s.find("h2").text)
    on_a1 = edition.article(PARTY).parts.get(sequence=0).position
    assert party.find("p", cls="kicker").links() == {"A1版": f"{A1_URL}#story-{on_a1}"}
    assert party.find("h2").find("a").attrs["href"] == edition.url(PARTY) + "#part-1"


def test_page_label_is_canonicalised(client, edition):
    response = get(client, f"/{PAPER}/{DAY}/a1/", status=301)
    assert response["Location"] == A1_URL
    get(client, f"/{PAPER}/{DAY}/A9/", status=404)
    get(client, f"/{PAPER}/{DAY}/a9/", status=404)


def test_a_story_id_with_leading_zeros_is_redirected_to_its_canonical_address(client, edition):
    story = edition.article(PARTY)
    html, twin = story.get_absolute_url(), f"/{PAPER}/{DAY}/article/{story.pk}.json"
    assert get(client, html.replace(f"/{story.pk}/", f"/0{story.pk}/"), 301)["Location"] == html
    assert get(client, twin.replace(f"/{story.pk}.", f"/00{story.pk}."), 301)["Location"] == twin
    get(client, f"/{PAPER}/{DAY}/article/099999/", status=404)  # no such story: no redirect
    get(client, f"/{PAPER}/{DAY}/article/00/", status=404)
    get(client, html, status=200)  # the canonical address itself is no redirect


# --- a story ------------------------------------------------------------------------------------


def test_article_deck_reporters_and_body(client, edition):
    doc = parse(get(client, edition.url(WORKS)))
    header = doc.find("article", cls="story-page").find("header")
    hgroup = header.find("hgroup")
    assert hgroup.find("h1").text == WORKS
    assert hgroup.find("p", cls="sub").text == "市级城建重点工程指挥部半年工作讲评会召开"
    assert len(doc.find_all("h1")) == 1
    assert header.find(cls="byline").links()["朱文君"] == people("朱文君")
    assert doc.find("time").attrs["datetime"] == DAY
    assert doc.find("title").text.startswith(WORKS)


def test_article_with_a_kicker_and_crossheads(client, edition):
    doc = parse(get(client, edition.url(PARTY)))
    hgroup = doc.find("hgroup")
    assert hgroup.find("p", cls="kicker").text == "港闸区组织部门强化引领——"
    assert hgroup.find("h1").text == PARTY
    body = doc.find("div", cls="body")
    assert [h.text for h in body.find_all("h2")] == ["在社会组织中打造党建品牌"]


def test_stitched_article_reads_whole_with_a_quiet_jump_marker(client, edition):
    doc = parse(get(client, edition.url(PARTY)))
    body = doc.find("div", cls="body")
    parts = body.find_all("section")
    assert [p.attrs["id"] for p in parts] == ["part-0", "part-1"]
    assert "在不久前举行的港闸区" in parts[0].text
    assert "港闸区委组织部相关负责人表示" in parts[1].text
    marker = parts[1].find("p", cls="jump")
    first, second = edition.article(PARTY).ordered_parts()
    assert marker.links() == {
        "A2版": f"{A2_URL}#story-{second.position}",
        "A1版": f"{A1_URL}#story-{first.position}",
    }
    assert len(body.find_all("p", cls="jump")) == 1
    printed = doc.find("p", cls="printed-on")
    assert printed.text.startswith("本文刊于A1、A2版")
    front = "/nantong-daily/sections/%E5%A4%B4%E7%89%88/"  # 头版: A1 prints no section name
    assert printed.links() == {"A1": A1_URL, "A2": A2_URL, "头版": front}


def test_single_page_article_has_no_jump_marker(client, edition):
    doc = parse(get(client, edition.url(LEAD)))
    assert not doc.find("div", cls="body").find_all(cls="jump")
    assert doc.find("p", cls="printed-on").text.startswith("本文刊于A1版")
    assert doc.find("p", cls="kicker").text == "我市召开二季度全市重大项目推进情况汇报会"


def test_article_previous_and_next_within_its_page(client, edition):
    first = parse(get(client, edition.url(LEAD))).find("nav", cls="prevnext")
    assert first.links() == {f"下一篇{WORKS}": edition.url(WORKS)}
    middle = parse(get(client, edition.url(POLLUTION))).find("nav", cls="prevnext")
    assert middle.links() == {
        f"上一篇{WORKS}": edition.url(WORKS),
        f"下一篇{VILLAGES}": edition.url(VILLAGES),
    }
    last = parse(get(client, edition.url(PARTY))).find("nav", cls="prevnext")
    assert last.links() == {f"上一篇{VILLAGES}": edition.url(VILLAGES)}


def test_article_related_stories(client, edition):
    doc = parse(get(client, edition.url(POLLUTION)))
    related = [a.text for a in doc.find("section", cls="related").find_all("a")]
    assert related[0] == VILLAGES  # same reporter first
    assert POLLUTION not in related
    assert set(related) == {LEAD, WORKS, VILLAGES, PARTY}


def test_article_photos(client, edition):
    Photo.objects.update(article=edition.article(LEAD))
    doc = parse(get(client, edition.url(LEAD)))
    figure = doc.find("figure", cls="photo")
    assert "精灵马戏秀" in figure.text
    assert figure.find(cls="credit").links() == {"许丛军": people("许丛军")}
    page = parse(get(client, A1_URL)).find("figure", cls="photo")
    assert page.links()[f"相关报道：{LEAD}"] == edition.url(LEAD)


def test_article_json_ld(client, edition):
    doc = parse(get(client, edition.url(PARTY)))
    data = json.loads(doc.find("script", type="application/ld+json").text)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == PARTY
    assert data["datePublished"] == DAY
    assert data["printPage"] == ["A1", "A2"]
    assert data["printSection"] == "头版"
    assert data["printEdition"] == "南通日报 2020-07-09"
    assert data["author"] == [
        {"@type": "Organization", "name": "南通日报", "url": f"http://testserver/{PAPER}/"}
    ]
    works = json.loads(
        parse(get(client, edition.url(WORKS))).find("script", type="application/ld+json").text
    )
    assert [a["name"] for a in works["author"]] == ["朱文君", "卢兆欣"]
    assert works["author"][0]["url"] == "http://testserver" + people("朱文君")
    assert works["url"] == "http://testserver" + edition.url(WORKS)


def test_article_url_is_stable_when_the_story_is_edited(client, edition):
    article = edition.article(WORKS)
    url = article.get_absolute_url()
    article.headline = "改过的标题"
    article.mark_edited()
    article.save()
    assert article.get_absolute_url() == url
    assert parse(get(client, url)).find("h1").text == "改过的标题"


def test_article_from_another_date_or_unknown_is_404(client, edition):
    pk = edition.article(LEAD).pk
    get(client, f"/{PAPER}/2020-07-10/article/{pk}/", status=404)
    get(client, f"/other-paper/{DAY}/article/{pk}/", status=404)
    get(client, f"/{PAPER}/{DAY}/article/999999/", status=404)
    get(client, f"/{PAPER}/2020-02-30/", status=404)
    get(client, f"/{PAPER}/2020-07-08/", status=404)


def test_a_parts_own_url_leads_to_the_whole_story(client, edition):
    part = ArticlePart.objects.get(page=edition.a2, article__headline=PARTY)
    response = get(client, f"/{PAPER}/{DAY}/A2/{part.position}/", status=301)
    assert response["Location"] == edition.url(PARTY) + "#part-1"
    home = ArticlePart.objects.get(page=edition.a1, article__headline=PARTY)
    response = get(client, f"/{PAPER}/{DAY}/A1/{home.position}/", status=301)
    assert response["Location"] == edition.url(PARTY)
    get(client, f"/{PAPER}/{DAY}/A1/99/", status=404)
    # and the story says which URL is canonical
    doc = parse(get(client, edition.url(PARTY)))
    assert doc.find("link", rel="canonical").attrs["href"] == "http://testserver" + edition.url(
        PARTY
    )


# --- 往期回顾 ------------------------------------------------------------------------------------


def test_month_calendar_links_only_issue_days(client, edition):
    next_day_story(date(2020, 7, 12))
    import_text(synthetic_page("A1", "要闻", 1, 0), "A1", when=date(2020, 7, 15))  # draft
    doc = parse(get(client, f"/{PAPER}/2020/07/"))
    table = doc.find("section", cls="calendar").find("tbody")
    assert {a.text: a.attrs["href"] for a in table.find_all("a")} == {
        "9": ISSUE_URL,
        "12": f"/{PAPER}/2020-07-12/",
    }
    assert len([td for td in table.find_all("td") if "out" not in td.classes]) == 31
    assert doc.find("th").text == "一"


def test_month_archive_lists_months_and_skips_empty_ones(client, edition):
    next_day_story(date(2020, 9, 1))
    doc = parse(get(client, f"/{PAPER}/2020/07/"))
    assert doc.find("nav", cls="pager").links() == {"2020年9月 ›": f"/{PAPER}/2020/09/"}
    months = doc.find("aside", cls="years")
    assert months.find("strong").text == "7月"
    assert months.links() == {"2020年": f"/{PAPER}/2020/", "9月": f"/{PAPER}/2020/09/"}
    get(client, f"/{PAPER}/2020/08/", status=404)  # no issue that month
    get(client, f"/{PAPER}/2020/13/", status=404)
    get(client, "/no-such-paper/2020/07/", status=404)


def test_issue_links_to_its_month(client, edition):
    doc = parse(get(client, ISSUE_URL))
    assert doc.find(cls="topbar").links()["往期回顾"] == f"/{PAPER}/2020/07/"


# --- people and sections ------------------------------------------------------------------------


def test_reporter_page_lists_stories_newest_first(client, edition):
    later = next_day_story()
    doc = parse(get(client, people("金帅")))
    assert doc.find("h1").text == "金帅"
    titles = [a.text for a in doc.find("ol", cls="plain").find_all("a", cls="title")]
    assert titles == [later.title, POLLUTION, VILLAGES]


def test_photographer_page_lists_photos_newest_first(client, edition):
    next_day_story()
    doc = parse(get(client, people("许丛军")))
    captions = [f.find("figcaption").text for f in doc.find_all("figure")]
    assert len(captions) == 2
    assert "2020年7月10日" in captions[0] and "2020年7月9日" in captions[1]
    # (its paper, its issue's date linked to the issue, its page linked to the photo's place)
    links = [a.attrs["href"] for a in doc.find_all("figure")[1].find_all("a")]
    assert A1_URL + "#photo-5" in links


def test_people_index_and_unknown_people(client, edition):
    doc = parse(get(client, "/people/"))
    names = [a.text for a in doc.find("ul", cls="plain").find_all("a")]
    assert set(names) == {"朱文君", "卢兆欣", "金帅", "许丛军"}
    get(client, people("无名氏"), status=404)


def test_sections(client, edition):
    doc = parse(get(client, f"/{PAPER}/sections/"))
    assert doc.find("ul", cls="plain").links() == {
        "头版": f"/{PAPER}/sections/%E5%A4%B4%E7%89%88/",  # A1 prints no 版名: readers know it so
        "要闻": f"/{PAPER}/sections/%E8%A6%81%E9%97%BB/",
    }
    doc = parse(get(client, f"/{PAPER}/sections/要闻/"))
    assert doc.find("h1").text == "要闻"
    titles = {a.text for a in doc.find("ol", cls="plain").find_all("a", cls="title")}
    assert titles == {WORKS, POLLUTION, VILLAGES, PARTY}  # the stories that ran on A2 要闻
    get(client, f"/{PAPER}/sections/体育/", status=404)
    get(client, "/no-such-paper/sections/", status=404)


def test_a2_page_links_its_section(client, edition):
    doc = parse(get(client, A2_URL))
    assert doc.find("h1").links() == {"要闻": f"/{PAPER}/sections/%E8%A6%81%E9%97%BB/"}


def test_issue_number_is_shown_when_printed(client, edition):
    Issue.objects.update(number=12345)
    doc = parse(get(client, ISSUE_URL))
    assert "第12345期" in doc.find("h1").text


# --- no JavaScript, no CDN ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/", ISSUE_URL, A1_URL, A2_URL, f"/{PAPER}/2020/07/", "/people/金帅/"]
)
def test_pages_need_no_script_and_no_outside_resource(client, edition, url):
    doc = parse(get(client, url))
    scripts = doc.find_all("script")
    assert all(s.attrs.get("type") == "application/ld+json" for s in scripts)
    for tag, attr in (("link", "href"), ("img", "src"), ("script", "src")):
        for element in doc.find_all(tag):
            value = element.attrs.get(attr, "")
            assert not value.startswith(("//", "http")) or value.startswith("http://testserver/")
    assert doc.find("meta", name="viewport")


def test_article_page_needs_no_script(client, edition):
    doc = parse(get(client, edition.url(PARTY)))
    assert [s.attrs.get("type") for s in doc.find_all("script")] == ["application/ld+json"]


def test_home_lists_other_papers_when_the_default_one_has_nothing(client, edition, settings):
    settings.NEWSROOM_DEFAULT_PAPER = "no-such-paper"
    doc = parse(get(client, "/"))
    assert doc.find("ul", cls="plain").links()["2020年7月9日"] == ISSUE_URL


def test_impossible_months_are_404(client, edition):
    get(client, f"/{PAPER}/0000/01/", status=404)
    get(client, f"/{PAPER}/2020/00/", status=404)


def test_a_name_that_cannot_be_a_url_is_shown_without_a_link(client, edition):
    from articles.models import Byline, Person

    odd = Person.objects.create(name="张三/李四")
    Byline.objects.create(article=edition.article(LEAD), person=odd, order=9)
    publish_everything()
    doc = parse(get(client, edition.url(LEAD)))
    assert "张三/李四" in doc.find(cls="byline").text
    assert "张三/李四" in parse(get(client, A1_URL)).find("article", cls="story").text
    assert "张三/李四" in get(client, "/people/").content.decode()
