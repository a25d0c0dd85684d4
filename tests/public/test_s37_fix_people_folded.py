"""A person's page found by the name in either script: ``/people/何曉雨/`` for a reporter stored
as 何晓雨 (search folds the two forms alike) is a permanent redirect to the stored name's page;
a name two people share once folded lists both."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.factories import import_text
from tests.public.conftest import publish_everything

PAGE = """A3  社会

湿地公园迎来越冬候鸟

本报讯（记者 {first}）连日来，城东湿地公园迎来大批越冬候鸟，市民纷纷前来观赏。

管护站的工作人员每天沿湖巡护，记录候鸟的种类和数量。

老街区改造完工

本报讯（记者 {second}）经过半年施工，城南老街区改造全部完工，街巷焕然一新。

居民们说，改造后出行更方便了。
"""


def people_page(first: str, second: str) -> None:
    import_text(PAGE.format(first=first, second=second), "A3")
    publish_everything()


@pytest.mark.django_db
def test_the_traditional_form_of_a_stored_name_redirects_to_its_page(client):
    people_page("何晓雨", "陈立")

    response = client.get(f"/people/{quote('何曉雨')}/?page=1")

    assert response.status_code == 301
    assert response["Location"] == f"/people/{quote('何晓雨')}/?page=1"
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.django_db
def test_the_simplified_form_of_a_name_stored_traditional_redirects_too(client):
    people_page("何曉雨", "陳立")

    response = client.get(f"/people/{quote('陈立')}/")

    assert response.status_code == 301
    assert response["Location"] == f"/people/{quote('陳立')}/"


@pytest.mark.django_db
def test_a_name_two_people_bear_once_folded_lists_both(client):
    people_page("何晓雲", "何曉云")  # stored apart: each as printed

    # each as stored is that person's own page
    assert client.get(f"/people/{quote('何晓雲')}/").status_code == 200
    assert client.get(f"/people/{quote('何曉云')}/").status_code == 200
    # a third spelling of the same folded name: both, for the reader to choose
    response = client.get(f"/people/{quote('何曉雲')}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert f"/people/{quote('何晓雲')}/" in page and f"/people/{quote('何曉云')}/" in page


@pytest.mark.django_db
def test_a_name_no_one_bears_in_any_form_is_404(client):
    people_page("何晓雨", "陈立")

    assert client.get(f"/people/{quote('何晓云')}/").status_code == 404


@pytest.mark.django_db
def test_a_person_with_nothing_published_is_not_reached_by_the_other_form(client):
    import_text(PAGE.format(first="何晓雨", second="陈立"), "A3")  # a draft issue

    assert client.get(f"/people/{quote('何曉雨')}/").status_code == 404


@pytest.mark.django_db
def test_a_name_longer_than_a_byline_name_is_not_looked_up_folded(client):
    people_page("何晓雨", "陈立")

    assert client.get(f"/people/{quote('何曉雨' * 6)}/").status_code == 404
