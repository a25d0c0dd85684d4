"""A person's address with the name encoded otherwise (``/people/王⼆明/``, a PDF's Kangxi radical;
a compatibility ideograph) is a permanent redirect to the page of the person whose name it is
(articles/views/people.py, articles/namechars.py ``name_canonical``), even when a traditional
twin is stored too; the byline links the name where it is printed."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from articles.models import Article
from tests.factories import import_text
from tests.public.conftest import publish_everything
from tests.public.dom import parse

COMPATIBILITY = "王\uf9b1明"  # U+F9B1, a compatibility ideograph for 鈴
UNIFIED = "王\u9234明"

PAGE = """A3  社会

湿地公园迎来越冬候鸟

本报讯（记者 {first}）连日来，城东湿地公园迎来大批越冬候鸟，市民纷纷前来观赏。

管护站的工作人员每天沿湖巡护，记录候鸟的种类和数量。

老街区改造完工

本报讯（记者 {second}）经过半年施工，城南老街区改造全部完工，街巷焕然一新。

居民们说，改造后出行更方便了。
"""


@pytest.mark.django_db
def test_a_name_encoded_otherwise_redirects_to_its_persons_page_not_its_twins(client):
    import_text(PAGE.format(first=COMPATIBILITY, second="王铃明"), "A3")  # 鈴 and its twin 铃
    publish_everything()

    response = client.get(f"/people/{quote(COMPATIBILITY)}/?page=1")

    assert response.status_code == 301
    assert response["Location"] == f"/people/{quote(UNIFIED)}/?page=1"
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.django_db
def test_the_byline_links_the_stored_name_where_a_compatibility_ideograph_is_printed(client):
    import_text(PAGE.format(first=COMPATIBILITY, second="陈立"), "A3")
    publish_everything()

    story = Article.objects.get(headline="湿地公园迎来越冬候鸟")
    byline = parse(client.get(story.get_absolute_url())).find("p", cls="byline")
    links = [a for a in byline.find_all("a") if "/people/" in a.attrs.get("href", "")]
    assert [a.text for a in links] == [COMPATIBILITY]  # as printed, once
    assert links[0].attrs["href"] == f"/people/{quote(UNIFIED)}/"
