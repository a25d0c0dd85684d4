"""The desk finds a person by the canonical form of the name typed (articles/namechars.py
``name_canonical``): the 人员 form, its search (and the 记者 rows' autocomplete), a spreadsheet's
记者 cell and a corrected byline all find the person who exists, however the name's characters
were encoded. Names written for these tests."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from articles.models import Article, Person
from articles.spreadsheets import ArticleResource
from tests.admin.conftest import form_data
from tests.factories import import_text

pytestmark = pytest.mark.django_db

ZOE = "Zo\u00eb"
ZOE_DECOMPOSED = "Zoe\u0308"
ADD = "/admin/articles/person/add/"


def _errors(response) -> str:
    found = re.findall(
        r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', response.content.decode(), re.S
    )
    return " ".join(found)


def test_the_person_form_adding_a_decomposed_name_finds_the_person_who_exists(editor_client):
    zoe = Person.objects.create(name=ZOE)
    data = form_data(editor_client.get(ADD))
    data.update(name=ZOE_DECOMPOSED, _save="保存")
    response = editor_client.post(ADD, data)
    assert response.status_code == 200
    said = _errors(response)
    assert f'已有人员“<a href="{reverse("admin:articles_person_change", args=[zoe.pk])}">' in said
    assert "同一个名字（字符的写法或编码不同）" in said
    assert list(Person.objects.values_list("name", flat=True)) == [ZOE]


def test_the_person_form_adding_a_name_that_exists_as_typed_says_no_more(editor_client):
    Person.objects.create(name="苏明远")
    data = form_data(editor_client.get(ADD))
    data.update(name="苏明远", _save="保存")
    said = _errors(editor_client.post(ADD, data))
    assert "同一个名字；请打开这位已有的人员" in said and "编码" not in said


def test_the_person_form_saves_a_pdf_radical_name_as_the_ideographs(editor_client):
    data = form_data(editor_client.get(ADD))
    data.update(name="王\u2f06明", _save="保存")
    response = editor_client.post(ADD, data)
    assert response.status_code == 302, _errors(response)
    assert list(Person.objects.values_list("name", flat=True)) == ["王二明"]


def test_the_people_list_search_finds_a_name_typed_decomposed(editor_client):
    Person.objects.create(name=ZOE)
    Person.objects.create(name="Zoe")
    response = editor_client.get("/admin/articles/person/", {"q": ZOE_DECOMPOSED})
    assert response.context["cl"].result_count == 1
    assert [p.name for p in response.context["cl"].result_list] == [ZOE]


def test_a_spreadsheets_decomposed_reporter_credits_the_person_who_exists(seed):
    zoe = Person.objects.create(name=ZOE)
    ds = ArticleResource().export()
    rows = [list(r) for r in ds]
    rows[0][ds.headers.index("记者")] = f"{ZOE_DECOMPOSED}、{ZOE}"
    ds.dict = [dict(zip(ds.headers, r, strict=True)) for r in rows]
    result = ArticleResource().import_data(ds, dry_run=False)
    assert result.totals["update"] == 1, [r.validation_error for r in result.invalid_rows]
    first = Article.objects.order_by("position").first()
    assert [b.person_id for b in first.bylines.all()] == [zoe.pk]
    assert not Person.objects.filter(name=ZOE_DECOMPOSED).exists()


def test_a_corrected_byline_in_compatibility_ideographs_credits_the_person_who_exists(
    editor_client,
):
    import_text(
        "河畔公园新添三条健身步道\n本报讯（记者金帅）河畔公园的三条健身步道昨天修好。\n", "2"
    )
    article = Article.objects.get()
    person = Person.objects.create(name="王\u9234明")
    change = reverse("admin:articles_article_change", args=[article.pk])
    data = form_data(editor_client.get(change))
    data.update(byline="记者王\uf9b1明", _save="保存")  # U+F9B1: a compatibility 鈴
    response = editor_client.post(change, data)
    assert response.status_code == 302, _errors(response)
    article = Article.objects.get()
    assert [b.person_id for b in article.bylines.all()] == [person.pk]
    assert article.byline == "记者王\uf9b1明"  # as the editor wrote it
