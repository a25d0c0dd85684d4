"""Odd but harmless input in the desk's addresses and filters gets a 400 or 404 page that says
in Chinese what is wrong, never a 500: ids that are not numbers or overflow, dates that do not
exist, history of a model that keeps none."""

import re

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.urls import URLPattern, URLResolver, reverse

from articles.admin.base import MAX_ID, DeskInputError, parse_date, parse_id
from articles.models import Article, Page

pytestmark = pytest.mark.django_db

ODD_IDS = [
    "abc",
    "²",
    "①",
    "-1",
    "0",
    "1.5",
    "99999999999999999999999",
    str(2**63),
    "..",
    "9999-12-31",
]


@pytest.fixture
def root_client(client, db):
    client.force_login(get_user_model().objects.create_superuser("root", password="pw-root"))
    return client


@pytest.mark.parametrize(
    "address",
    [
        "/admin/articles/jump/abc/fix/",
        "/admin/articles/page/abc/reparse/",
        "/admin/articles/issue/abc/publish/",
        f"/admin/articles/jump/{2**63}/fix/",
        f"/admin/articles/page/{2**64}/reparse/",
        "/admin/articles/issue/①/publish/",
        "/admin/articles/article/abc/history/",
        f"/admin/articles/article/{2**63}/history/",
    ],
)
def test_an_id_that_is_not_a_number_is_a_404_that_says_so(editor_client, seed, address):
    response = editor_client.get(address)
    assert response.status_code == 404
    assert "不存在：编号应是 1 到" in response.content.decode()


def test_a_history_version_that_is_not_a_number_is_a_404(editor_client, seed):
    story = Article.objects.first()
    for version in ("abc", "²", str(2**63), "999999"):
        address = f"/admin/articles/article/{story.pk}/history/{version}/"
        assert editor_client.get(address).status_code == 404, address
        assert editor_client.post(address, {"headline": "x"}).status_code == 404, address
    story.refresh_from_db()
    assert story.headline != "x"


def test_a_page_history_is_the_admins_change_log(editor_client, seed):
    page = Page.objects.get()
    response = editor_client.get(reverse("admin:articles_page_history", args=[page.pk]))
    assert response.status_code == 200
    response = editor_client.post(f"/admin/articles/page/{page.pk}/history/1/", {"section": "x"})
    assert response.status_code == 404 and "没有修改记录" in response.content.decode()


@pytest.mark.parametrize("value", ["2020-02-30", "abc", "2020-7-9", "２０２０-07-09", "20200709"])
def test_a_date_filter_that_is_no_date_is_a_400_that_says_so(editor_client, seed, value):
    for name in ("article", "page", "photo", "articlepart"):
        response = editor_client.get(reverse(f"admin:articles_{name}_changelist"), {"date": value})
        assert response.status_code == 400, name
        assert "不是存在的日期" in response.content.decode()


@pytest.mark.parametrize("value", ["999999999999999999999", "²", "abc", str(2**63)])
def test_an_issue_filter_that_is_no_id_is_a_400_that_says_so(editor_client, seed, value):
    response = editor_client.get(reverse("admin:articles_jump_changelist"), {"issue": value})
    assert response.status_code == 400 and "筛选条件“期”" in response.content.decode()


def test_good_filters_still_filter(editor_client, seed):
    issue = Page.objects.get().issue_id
    jumps = editor_client.get(reverse("admin:articles_jump_changelist"), {"issue": str(issue)})
    assert jumps.status_code == 200 and len(jumps.context["cl"].result_list) == 4
    stories = reverse("admin:articles_article_changelist")
    on_the_day = editor_client.get(stories, {"date": "2020-07-09"}).context["cl"].result_list
    next_day = editor_client.get(stories, {"date": "2020-07-10"}).context["cl"].result_list
    assert len(on_the_day) == 5 and len(next_day) == 0


def test_parse_id_takes_ascii_digits_in_the_bigint_range():
    assert parse_id("1") == 1 and parse_id(str(MAX_ID)) == MAX_ID
    for odd in ODD_IDS:
        with pytest.raises(DeskInputError):
            parse_id(odd)


def test_parse_date_takes_real_days_written_year_month_day():
    assert parse_date("2020-02-29").isoformat() == "2020-02-29"
    for odd in ("2021-02-29", "2020-13-01", "abc", "2020-W01-1", "20200709", "２０２０-01-01"):
        with pytest.raises(DeskInputError):
            parse_date(odd)


def _admin_addresses(values):
    """Every admin URL pattern with each odd value in each of its path segments."""

    def walk(patterns, prefix=""):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                yield from walk(entry.url_patterns, prefix + str(entry.pattern))
            elif isinstance(entry, URLPattern):
                yield prefix + str(entry.pattern)

    for pattern in walk(admin.site.get_urls()):
        if pattern.startswith(("logout", "(?P<url>")):
            continue
        if "^" in pattern:  # django-simple-history's regex: <id>/history/<version>/
            head = pattern[: pattern.index("^")]
            for value in values:
                yield f"/admin/{head}1/history/{value}/"
                yield f"/admin/{head}{value}/history/1/"
            continue
        pattern = pattern.replace("^(?P<app_label>auth|articles)/$", "articles/")
        holes = re.findall(r"<[^>]+>", pattern)
        if not holes:
            yield "/admin/" + pattern
        for value in values:
            yield "/admin/" + re.sub(r"<[^>]+>", value, pattern)


ODD_QUERIES = [
    {"date": "2020-02-30"},
    {"issue": "999999999999999999999"},
    {"p": "²"},
    {"p": "99999999999"},
    {"o": "abc"},
    {"issue__date__year": "abc"},
    {"issue__date__year": "9999", "issue__date__month": "13"},
    {"date__year": "①"},
    {"issue__publication__id__exact": "abc"},
    {"status__exact": ".."},
]


def test_hostile_admin_addresses_and_filters_never_give_a_500(root_client, seed):
    """Every admin URL pattern with odd values in each path segment, and the list pages with
    odd filter values: each answer is below 500."""
    failures = []
    for address in sorted(set(_admin_addresses(ODD_IDS))):
        status = root_client.get(address).status_code
        if status >= 500:
            failures.append(f"GET {address}: {status}")
    for name in ("issue", "page", "article", "articlepart", "photo", "jump", "teaser", "person"):
        for query in ODD_QUERIES:
            response = root_client.get(reverse(f"admin:articles_{name}_changelist"), query)
            if response.status_code >= 500:
                failures.append(f"GET {name} list {query}: {response.status_code}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    "address",
    [
        "/admin/articles/article/export/?id=abc",
        "/admin/articles/article/export/?pk__in=abc",
        "/admin/articles/issue/export/?id=abc",
        "/admin/articles/article/export/?date=2020-02-30",
        "/admin/articles/page/export/?status=abc",
    ],
)
def test_an_export_address_with_odd_filters_is_a_400_in_chinese(root_client, address):
    from tests.factories import import_seed

    import_seed()
    response = root_client.get(address)
    assert response.status_code == 400, address
    assert "筛选" in response.content.decode()
