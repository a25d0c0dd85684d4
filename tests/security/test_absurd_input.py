"""Absurd query strings get a 400 (or are ignored), never a 500; injection strings are just text."""

import pytest

from articles.models import Article, Issue
from tests.factories import import_seed

pytestmark = pytest.mark.django_db

INJECTIONS = [
    "' OR 1=1 --",
    '"; DROP TABLE articles_article; --',
    "党建' UNION SELECT password FROM auth_user --",
    'MATCH * NEAR("党建") OR',
    "a & b | !c:* <-> d",
]


@pytest.fixture
def published():
    import_seed()
    Issue.objects.update(status="published")
    Article.objects.update(status="published")


@pytest.mark.parametrize(
    "url",
    [
        "/people/朱文君/?page=-1",
        "/people/朱文君/?page=abc",
        "/people/朱文君/?page=" + "9" * 10_000,
        "/nantong-daily/sections/头版/?page=-5",
    ],
)
def test_a_page_number_that_is_not_one_is_a_400(client, published, url):
    assert client.get(url).status_code == 400


@pytest.mark.parametrize("url", ["/nantong-daily/2020-07-09/", "/nantong-daily/2020-07-09/A1/"])
def test_a_10kb_query_string_on_a_public_page_is_ignored(client, published, url):
    assert client.get(url + "?x=" + "党" * 10_000).status_code == 200


@pytest.mark.parametrize(
    "url",
    ["/people/%00/", "/nantong-daily/2020-07-09/A1%00/", "/nantong-daily/?x=%00", "/search/?q=%00"],
)
def test_control_characters_in_an_address_are_a_400(client, published, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "不可见的控制字符" in response.content.decode()


@pytest.mark.parametrize("text", INJECTIONS)
def test_injection_strings_in_urls_are_just_not_found(client, published, text):
    from urllib.parse import quote

    assert client.get("/people/" + quote(text) + "/").status_code == 404
    assert client.get("/nantong-daily/2020-07-09/" + quote(text) + "/").status_code == 404
    assert Article.objects.count() == 5


@pytest.mark.parametrize(
    "url",
    [
        "/search/?q=" + "党" * 10_000,
        "/search/?q=党建&page=-1",
        "/search/?q=党建&page=abc",
        "/search/?q=党建&page=" + "9" * 10_000,
        "/search/tag/党建/?page=-1",
    ],
)
def test_absurd_search_input_is_a_400_that_says_why(client, published, url):
    response = client.get(url)
    assert response.status_code == 400


@pytest.mark.parametrize("text", INJECTIONS)
def test_injection_strings_in_search_are_searched_for_as_text(client, published, text):
    response = client.get("/search/", {"q": text})
    assert response.status_code == 200
    assert Article.objects.count() == 5
