"""The public photo credit is the credit line as printed, the photographers' names in it linked
to their people pages (templates/includes/photo.html, articles/templatetags/photocredit.py):
``新华社记者 孙明 摄`` was shown as ``摄影 孙明``, the agency and role words dropped."""

from __future__ import annotations

import re
from datetime import date

import pytest

from articles.models import Photo, PhotoCredit
from articles.public import person_url
from tests.public.people_feeds import person, photo_alone

pytestmark = pytest.mark.django_db


def credit_of(client, photo: Photo) -> str:
    """The photo's credit span on its page, as HTML."""
    html = client.get(photo.page.get_absolute_url()).content.decode()
    figure = html.split(f'id="photo-{photo.position}"', 1)[1].split("</figure>", 1)[0]
    return re.search(r'<span class="credit">(.*?)</span>', figure, re.S).group(1)


def photo_credited(credit_line: str, *names: str) -> Photo:
    photo = photo_alone("市民在公园里散步。", date(2026, 11, 22))
    Photo.objects.filter(pk=photo.pk).update(credit_line=credit_line)
    photo.credits.all().delete()
    for order, name in enumerate(names):
        PhotoCredit.objects.create(photo=photo, person=person(name), order=order)
    return Photo.objects.get(pk=photo.pk)


def test_an_agency_credit_keeps_the_agency_with_the_name_linked(client):
    photo = photo_credited("新华社记者 孙明 摄", "孙明")
    shown = credit_of(client, photo)
    assert shown == f'新华社记者 <a href="{person_url("孙明")}">孙明</a> 摄'


def test_two_photographers_keep_their_role_words(client):
    photo = photo_credited("记者 王海涛 周小燕 摄", "王海涛", "周小燕")
    shown = credit_of(client, photo)
    assert shown == (
        f'记者 <a href="{person_url("王海涛")}">王海涛</a> '
        f'<a href="{person_url("周小燕")}">周小燕</a> 摄'
    )
    assert "摄影" not in shown


def test_a_letter_spaced_name_is_linked_as_printed(client):
    photo = photo_credited("本报记者 孙  明 摄", "孙明")
    assert credit_of(client, photo) == f'本报记者 <a href="{person_url("孙明")}">孙  明</a> 摄'


@pytest.mark.parametrize("line", ["资料图片", "新华社发", "（视觉中国供图）"])
def test_a_credit_naming_nobody_is_shown_as_printed(client, line):
    assert credit_of(client, photo_credited(line)) == line


def test_a_photographer_the_line_does_not_print_follows_it(client):
    photo = photo_credited("新华社发", "钱立")
    shown = credit_of(client, photo)
    assert shown == f'新华社发 摄影 <a href="{person_url("钱立")}">钱立</a>'


def test_no_credit_line_names_the_photographers(client):
    photo = photo_credited("", "钱立")
    assert credit_of(client, photo) == f'摄影 <a href="{person_url("钱立")}">钱立</a>'
