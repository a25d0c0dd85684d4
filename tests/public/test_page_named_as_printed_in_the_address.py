"""A page's address written the way a page is named in print or speech (``…/第二版/``,
``…/2版/``, ``…/A02/``, ``…/a2版/``) leads (301) to the page it means when there is one: itself,
or for a number alone the one page of the issue with that number (``第二版`` → ``A2``); when
there is none, or several (``A2`` and ``B2``), the 404 lists the issue's pages, as for a missing
``…/A9/`` (articles/views/notfound.py)."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.factories import import_text
from tests.public.conftest import DAY, PAPER, publish_everything
from tests.public.dom import parse

pytestmark = pytest.mark.django_db

PAGE = f"/{PAPER}/{DAY}/"


@pytest.mark.parametrize("form", ["第二版", "2版", "A02", "a2版", "第2版", "二版", "Ａ２"])
def test_a_page_named_as_printed_leads_to_its_own_address(client, edition, form):
    response = client.get(PAGE + quote(form) + "/?from=share")
    assert response.status_code == 301
    assert response["Location"] == f"{PAGE}A2/?from=share"


@pytest.mark.parametrize("form", ["第九版", "9版", "A09"])
def test_a_missing_page_named_as_printed_lists_the_issues_pages(client, edition, form):
    response = client.get(PAGE + quote(form) + "/")
    assert response.status_code == 404
    doc = parse(response)
    text = doc.find("main").text
    shown = "A9" if form.startswith("A") else "9"
    assert f"这一期没有{shown}版：本期共2个版面（A1–A2版），可从下面进入" in text
    links = doc.find("ul", cls="not-found-links").links()
    assert list(links.values()) == [f"{PAGE}A1/", f"{PAGE}A2/"]


def test_a_number_two_pages_bear_is_answered_with_both_named(client, edition):
    import_text("B2  体育\n\n赛场内外\n\n本报讯 这一版是体育。\n", "B2")
    publish_everything()
    response = client.get(PAGE + quote("第二版") + "/")
    assert response.status_code == 404
    text = parse(response).find("main").text
    assert "这一期没有2版（有A2版和B2版，请选一版）：本期共3个版面（A1–B2版）" in text


def test_the_page_picture_named_as_printed_leads_to_its_own_address(client, edition):
    response = client.get(PAGE + quote("第二版") + "/picture/")
    assert response.status_code == 301
    assert response["Location"] == f"{PAGE}A2/picture/"


@pytest.mark.parametrize(
    ("form", "named"), [("第零版", "第零版"), ("第百版", "第百版"), ("第一〇版", "第一〇版")]
)
def test_a_page_name_that_reads_as_no_page_is_quoted_without_a_second_ban(
    client, edition, form, named
):
    """It said 这一期没有第零版版 (a label that reads as no page kept as typed, then 版 added)."""
    response = client.get(PAGE + quote(form) + "/")
    assert response.status_code == 404
    text = parse(response).find("main").text
    assert f"这一期没有{named}：本期共2个版面（A1–A2版）" in text
    assert "版版" not in text


@pytest.mark.parametrize(
    ("form", "to"),
    [
        ("1", "A1/"),
        ("01", "A1/"),
        ("第一版", "A1/"),
        ("1.json", "A1.json"),
        ("第一版.json", "A1.json"),
        ("1/picture", "A1/picture/"),
    ],
)
def test_a_bare_page_number_leads_to_the_one_page_with_it(client, edition, form, to):
    """``/1/`` was a 404 (这一期没有1版) while ``/01/``, ``/1版/`` and ``/第一版/`` led to A1: a
    label already canonical never asked which page it means."""
    label, _, rest = form.partition("/")
    stem, dot, ext = label.partition(".")
    address = PAGE + quote(stem) + (dot + ext if dot else "/") + (rest + "/" if rest else "")
    response = client.get(address)
    assert response.status_code == 301, address
    assert response["Location"] == PAGE + to


@pytest.mark.parametrize("form", ["第一版", "1版", "1"])
def test_a_part_named_by_its_pages_number_leads_to_its_story(client, edition, form):
    """``/A1/1/`` led to the story while ``/第一版/1/`` and ``/1/1/`` were a 404."""
    expected = client.get(PAGE + "A1/1/")
    assert expected.status_code == 301
    response = client.get(PAGE + quote(form) + "/1/")
    assert response.status_code == 301
    assert response["Location"] == expected["Location"]
