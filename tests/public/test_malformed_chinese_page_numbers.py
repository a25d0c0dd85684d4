"""A page's address with a malformed Chinese numeral (``/两版/``, ``/零一/``, ``/一二/``) names
no page: the 404 lists the issue's pages. They were read as numbers (``两`` as 2, ``零一`` digit
by digit as 1) and led (301) to A2 and A1. Well-formed forms (``第二版``, ``二版``, ``十二版``,
``一百零五版``, ``2版``, ``A2``, ``a2版``) are read as before."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from articles.labels import LabelError, address_label, normalize_label, well_formed_numeral
from tests.public.conftest import DAY, PAPER
from tests.public.dom import parse

PAGE = f"/{PAPER}/{DAY}/"


@pytest.mark.parametrize(
    "form", ["两版", "第两版", "零一", "零二版", "〇二", "一二版", "一十二", "百"]
)
def test_a_malformed_chinese_numeral_is_not_read_as_a_label(form):
    with pytest.raises(LabelError, match="中文数字请按通常写法"):
        address_label(form)
    normalize_label(form)  # (print's reader, the parser's, still reads it)


@pytest.mark.parametrize(
    ("form", "label"),
    [
        ("第二版", "2"),
        ("二版", "2"),
        ("二", "2"),
        ("十版", "10"),
        ("十二版", "12"),
        ("第二十版", "20"),
        ("二十一", "21"),
        ("一百版", "100"),
        ("一百零五版", "105"),
        ("一百一十版", "110"),
        ("一〇五版", "105"),
        ("2版", "2"),
        ("A2", "A2"),
        ("a2版", "A2"),
        ("Ａ２", "A2"),
        ("A02", "A2"),
        ("第A二版", "A2"),
    ],
)
def test_a_well_formed_label_is_read(form, label):
    assert address_label(form) == label


def test_only_written_numerals_are_well_formed():
    assert [n for n in ("九", "十九", "九十九", "三百", "二百零二") if well_formed_numeral(n)] == [
        "九",
        "十九",
        "九十九",
        "三百",
        "二百零二",
    ]
    assert not any(well_formed_numeral(n) for n in ("两", "零", "〇一", "十十", "一千"))


@pytest.mark.django_db
@pytest.mark.parametrize("form", ["两版", "零一", "第两版", "零二", "一二"])
def test_a_malformed_page_address_lists_the_issues_pages(client, edition, form):
    response = client.get(PAGE + quote(form) + "/")
    assert response.status_code == 404
    doc = parse(response)
    assert (
        f"这一期没有{form if form.endswith('版') else form + '版'}：本期共2个版面（A1–A2版），可从下面进入"
        in (doc.find("main").text)
    )
    links = doc.find("ul", cls="not-found-links").links()
    assert list(links.values()) == [f"{PAGE}A1/", f"{PAGE}A2/"]


@pytest.mark.django_db
@pytest.mark.parametrize("form", ["两版/picture", "零一/picture", "两版.json"])
def test_a_malformed_address_of_a_pages_picture_or_twin_leads_nowhere(client, edition, form):
    assert (
        client.get(PAGE + quote(form) + ("" if form.endswith(".json") else "/")).status_code == 404
    )
