"""A picture printed with its credit alone naming a name two people bear (同名记者): the
import's report asks to check whom it credits, as for a story's byline
(articles/importing/pdfcredited.py, articles/people/namesakes.py ``PHOTO_ROWS``)."""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from articles.models import Person, Photo
from tests.pdfpages.test_credited_pictures import _import, credited_page

pytestmark = pytest.mark.django_db


def test_a_credited_picture_s_namesake_the_rule_is_unsure_of_is_said(folder):
    first = Person.objects.create(name="王明", note="体育部")
    Person.objects.create(name="王明", note="晴川晚报")
    pdf, _ = credited_page("本报记者 王明/摄", where="under")

    out = _import(folder, pdf)

    assert [c.person for c in Photo.objects.get().credits.all()] == [first]
    assert (
        "图片署名“王明”有 2 位同名的人员，都没在这份报纸署过名：暂记在“王明（体育部）”名下，"
        "另有“王明（晴川晚报）”；请在图片的摄影栏核对是哪一位"
    ) in out
