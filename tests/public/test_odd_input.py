"""Odd but harmless input on the public site is a 400 or a 404 with a Chinese message, never a
500: Unicode digits in ?page=, far dates (in the URL and in the database), a section or a name
printed as ``..``; and the search page's paper filter lists only papers with something public."""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import unquote

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from articles.dates import (
    EARLIEST_ISSUE_DATE,
    IssueDateError,
    check_issue_date,
    is_issue_date,
    latest_issue_date,
)
from articles.models import Article, Byline, Issue, Person, Publication
from articles.params import decode_segment, encode_segment, parse_int
from search.models import Keyword
from tests.factories import import_text
from tests.public.conftest import PAPER, publish_everything, synthetic_page
from tests.public.dom import parse

pytestmark = pytest.mark.django_db

UNICODE_DIGITS = ["²", "①", "１", "٣"]


@pytest.fixture
def client():
    """DEBUG off, as deployed; a request that raises fails the test."""
    return Client()


# -- ?page= in Unicode digits -------------------------------------------------------------------


@pytest.mark.parametrize("digit", UNICODE_DIGITS)
@pytest.mark.parametrize(
    "url",
    [
        "/people/朱文君/",
        "/nantong-daily/sections/要闻/",
        "/search/?q=南通&page=",
        "/search/?reporter=朱文君&page=",
    ],
)
def test_a_page_number_in_unicode_digits_is_a_400_that_says_why(client, edition, url, digit):
    full = url + digit if url.endswith("=") else f"{url}?page={digit}"
    response = client.get(full)
    assert response.status_code == 400
    assert "页码" in response.content.decode()
    assert client.get(full.replace(digit, "1")).status_code == 200


def test_a_tag_page_number_in_unicode_digits_is_a_400(client, edition):
    response = client.get("/search/tag/南通/?page=①")
    assert response.status_code == 400
    assert "页码" in response.content.decode()


@pytest.mark.parametrize(
    ("text", "ok"),
    [("1", True), ("007", True), ("²", False), ("①", False), ("-1", False), ("", False)],
)
def test_numbers_are_ascii_digits_in_range(text, ok):
    if ok:
        assert parse_int(text) == int(text)
    else:
        with pytest.raises(ValueError):
            parse_int(text)


def test_a_number_no_column_holds_is_refused_before_it_is_converted():
    with pytest.raises(ValueError):
        parse_int("9" * 10_000)
    with pytest.raises(ValueError):
        parse_int("999999999999999999999")


# -- far dates ------------------------------------------------------------------------------------


def test_the_issue_date_range_runs_from_1815_to_a_year_ahead():
    today = date(2024, 2, 29)
    assert EARLIEST_ISSUE_DATE.year == 1815
    assert latest_issue_date(today) == date(2025, 2, 28)
    assert is_issue_date(date(2020, 7, 9), today)
    assert not is_issue_date(date(9999, 12, 31), today)
    assert not is_issue_date(date(1814, 12, 31), today)
    with pytest.raises(IssueDateError, match="9999-12-31"):
        check_issue_date(date(9999, 12, 31), today)


@pytest.mark.parametrize(
    "url",
    [
        "/nantong-daily/9999/12/",
        "/nantong-daily/9999/01/",
        "/nantong-daily/1000/01/",
        "/nantong-daily/1814/12/",
        "/nantong-daily/9999-12-31/",
        "/nantong-daily/9999-12-31.json",
        "/nantong-daily/9999-12-31/A1/",
        "/nantong-daily/9999-12-31/A1.json",
        "/nantong-daily/9999-12-31/article/1/",
        "/nantong-daily/9999-12-31/A1/1/",
        "/nantong-daily/0001-01-01/",
    ],
)
def test_far_dates_in_an_address_are_a_404(client, edition, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "找不到" in response.content.decode()


@pytest.fixture
def far_issue(edition):
    """A published issue dated 9999-12-31, written straight to the database (the importer now
    refuses that date; an import before the check could)."""
    import_text(synthetic_page("A1", "要闻", 1, 0, by="金帅"), "A1", when=date(2020, 7, 10))
    Issue.objects.filter(date=date(2020, 7, 10)).update(date=date(9999, 12, 31))
    publish_everything()
    return Issue.objects.get(date=date(9999, 12, 31))


@pytest.mark.parametrize(
    "url",
    ["/", f"/{PAPER}/", f"/{PAPER}/feed.xml", f"/{PAPER}/2020/07/", f"/{PAPER}/2020-07-09/"],
)
def test_an_issue_dated_9999_does_not_take_the_front_pages_down(client, far_issue, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "9999" not in response.content.decode()


@pytest.mark.parametrize(
    "url",
    ["/sitemap-issues.xml", "/sitemap-articles.xml", "/people/金帅/"],
)
def test_an_issue_dated_9999_is_listed_nowhere(client, far_issue, url):
    response = client.get(url)
    assert response.status_code in (200, 404)
    assert "9999-12-31" not in response.content.decode()


def test_the_latest_issue_a_reader_can_open_is_the_front_page(client, far_issue):
    """The range's upper end is inclusive: an issue dated tomorrow (printed tonight) is the
    latest, and its address works; the one dated 9999 is passed over."""
    tomorrow = timezone.localdate() + timedelta(days=1)
    import_text(synthetic_page("A1", "要闻", 1, 0), "A1", when=tomorrow)
    publish_everything()
    html = client.get("/").content.decode()
    assert f"/{PAPER}/{tomorrow.isoformat()}/" in html
    assert client.get(f"/{PAPER}/{tomorrow.isoformat()}/").status_code == 200


def test_a_calendar_of_december_9999_does_not_overflow(edition):
    from articles.views import month_calendar

    cal = month_calendar(edition.issue.publication, 9999, 12)
    days = [d["day"] for week in cal["weeks"] for d in week]
    assert date(9999, 12, 31) in days and days[-1] is None


# -- printed text as a path segment ---------------------------------------------------------------


@pytest.mark.parametrize("text", ["..", ".", "a/b", "~", "~e..", "要闻", "国内·国际", "1.5"])
def test_a_printed_segment_round_trips(text):
    segment = encode_segment(text)
    assert segment not in (".", "..", "") and "/" not in segment
    assert decode_segment(segment) == text


@pytest.mark.parametrize("name", ["..", ".", "时政/要闻"])
def test_a_section_named_like_a_path_links_to_its_own_page(client, edition, name):
    edition.a2.section = name
    edition.a2.save(update_fields=["section"])
    cache.clear()
    page = client.get(edition.a2.get_absolute_url())
    assert page.status_code == 200
    hrefs = [a.attrs.get("href") or "" for a in parse(page.content.decode()).find_all("a")]
    links = [h for h in hrefs if h.startswith(f"/{PAPER}/sections/") and h != f"/{PAPER}/sections/"]
    assert links, "the page links its section"
    for href in links:
        segments = unquote(href).split("/")
        assert "." not in segments and ".." not in segments, href
        section = client.get(href)
        assert section.status_code == 200, href
        assert section.context["section"] == name
        assert client.get(href + "feed.xml").status_code == 200


def test_the_section_list_links_a_dotted_section_to_its_page(client, edition):
    edition.a2.section = ".."
    edition.a2.save(update_fields=["section"])
    cache.clear()
    html = client.get(f"/{PAPER}/sections/").content.decode()
    assert f'href="/{PAPER}/sections/~e../"' in html
    assert f'href="/{PAPER}/sections/../"' not in html


def test_a_person_named_like_a_path_links_to_their_own_page(client, edition):
    article = edition.article(Article.objects.filter(issue=edition.issue).first().headline)
    person = Person.objects.create(name="..")
    Byline.objects.create(article=article, person=person, order=9)
    cache.clear()
    html = client.get("/people/").content.decode()
    assert 'href="/people/~e../"' in html and 'href="/people/../"' not in html
    response = client.get("/people/~e../")
    assert response.status_code == 200 and response.context["person"] == person
    for segment in ["~x", "~e", "~ea", "~", "~~e.."]:  # spellings the site never makes
        assert client.get(f"/people/{segment}/").status_code == 404
        assert client.get(f"/{PAPER}/sections/{segment}/").status_code == 404


def test_a_keyword_printed_as_dots_links_to_its_own_tag_page(client, edition):
    article = Article.objects.filter(bylines__person__name="朱文君").first()
    Keyword.objects.create(article=article, word="..", weight=9.0, rank=0)
    cache.clear()
    html = client.get("/search/", {"reporter": "朱文君"}).content.decode()  # hits show tags
    assert 'href="/search/tag/~e../"' in html and 'href="/search/tag/../"' not in html
    response = client.get("/search/tag/~e../")
    assert response.status_code == 200 and response.context["word"] == ".."
    assert article in list(response.context["page_obj"])
    assert client.get("/search/tag/~x/").status_code == 404


# -- the search page's paper filter --------------------------------------------------------------


def test_the_search_form_lists_only_papers_with_something_public(client, edition):
    import_text(
        synthetic_page("A1", "要闻", 1, 0), "A1", paper="内部试刊", slug="internal-trial"
    )  # imported, never published
    Publication.objects.create(name="空报", slug="empty-paper")  # no issue at all
    assert Issue.objects.filter(publication__slug="internal-trial", status="draft").exists()
    html = client.get("/search/").content.decode()
    assert "南通日报" in html
    assert "内部试刊" not in html and "internal-trial" not in html
    assert "空报" not in html and "empty-paper" not in html


def test_searching_an_unpublished_paper_by_slug_says_nothing_of_it(client, edition):
    import_text(synthetic_page("A1", "要闻", 1, 0), "A1", paper="内部试刊", slug="internal-trial")
    response = client.get("/search/", {"q": "城市建设", "paper": "internal-trial"})
    assert response.status_code == 200
    assert "内部试刊" not in response.content.decode()
