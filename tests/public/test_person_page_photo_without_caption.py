"""A photographer's page lists a picture printed with its credit alone (no caption: a PDF's
credit-only picture) by its credit, not by its date alone, and its feed link says it holds
pictures too."""

from __future__ import annotations

from datetime import date

import pytest

from articles.public import person_url
from tests.public.people_feeds import photo_alone

pytestmark = pytest.mark.django_db


def test_a_picture_without_caption_is_listed_by_its_credit(client):
    photo_alone("", date(2021, 3, 1), "陈维连")
    html = client.get(person_url("陈维连")).content.decode()
    assert "（无图片说明）本报记者 陈维连 摄" in html
    assert "订阅陈维连的稿件和图片" in html
