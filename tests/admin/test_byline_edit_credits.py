"""Correcting a story's byline in the admin corrects who is credited: the reporters are read
again from the new byline as the importer reads one (articles/editing.py
reporters_follow_byline, articles/bylines.py reporters_read), unless the editor changed the
reporters in the same save."""

import json
import re

import pytest
from django.urls import reverse

from articles.bylines import reporters_read
from articles.models import Article, Issue, Person, Status
from tests.admin.conftest import form_data
from tests.factories import import_text
from tests.public.dom import parse

PAGE = (
    "河畔公园新添三条健身步道\n"
    "本报讯（记者金帅）河畔公园的三条健身步道昨天修好，沿途装了十二盏太阳能路灯。\n"
)


def _edit(client, article, **changes):
    change = reverse("admin:articles_article_change", args=[article.pk])
    data = form_data(client.get(change))
    data.update(changes)
    response = client.post(change, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return data


def _publish():
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)


def _story(editor_client):
    import_text(PAGE, "2")
    article = Article.objects.get()
    assert article.byline == "记者金帅"
    assert article.reporter_names() == ["金帅"]
    return article


@pytest.mark.django_db
def test_a_corrected_byline_credits_the_corrected_name(editor_client):
    article = _story(editor_client)
    _edit(editor_client, article, byline="记者金帅华")
    assert Article.objects.get().reporter_names() == ["金帅华"]
    _publish()
    doc = parse(editor_client.get(article.get_absolute_url()))
    byline = doc.find("p", cls="byline")
    people = [a for a in byline.find_all("a") if "/people/" in a.attrs.get("href", "")]
    assert [a.text for a in people] == ["金帅华"]
    assert "记者金帅华" in byline.text and "金帅华 金帅" not in byline.text
    ld = json.loads(doc.find("script", type="application/ld+json").text)
    assert [a["name"] for a in ld["author"]] == ["金帅华"]
    page = editor_client.get(article.page.get_absolute_url()).content.decode()
    assert "金帅华" in page
    assert not re.search(r">金帅<", page)


@pytest.mark.django_db
def test_the_old_name_no_longer_lists_the_story(editor_client):
    article = _story(editor_client)
    _edit(editor_client, article, byline="记者金帅华")
    _publish()
    old = editor_client.get(Person.objects.get(name="金帅").get_absolute_url())
    assert "健身步道" not in old.content.decode()
    new = editor_client.get(Person.objects.get(name="金帅华").get_absolute_url())
    assert "健身步道" in new.content.decode()


@pytest.mark.django_db
def test_a_byline_and_reporters_changed_together_keep_the_editors_reporters(editor_client):
    article = _story(editor_client)
    other = Person.objects.create(name="林舒")
    data = form_data(editor_client.get(reverse("admin:articles_article_change", args=[article.pk])))
    person_field = next(k for k in data if re.fullmatch(r"bylines-0-person", k))
    _edit(editor_client, article, byline="记者金帅华", **{person_field: str(other.pk)})
    assert Article.objects.get().reporter_names() == ["林舒"]


@pytest.mark.django_db
def test_a_reporter_the_old_byline_did_not_name_stays_after_the_new_names(editor_client):
    article = _story(editor_client)
    extra = Person.objects.create(name="吴敏杰")
    article.bylines.create(person=extra, order=1)
    _edit(editor_client, article, byline="记者金帅华")
    assert Article.objects.get().reporter_names() == ["金帅华", "吴敏杰"]


@pytest.mark.django_db
def test_a_cleared_byline_leaves_the_reporters_alone(editor_client):
    article = _story(editor_client)
    _edit(editor_client, article, byline="")
    assert Article.objects.get().reporter_names() == ["金帅"]


@pytest.mark.django_db
def test_an_edit_that_leaves_the_byline_alone_leaves_the_reporters_alone(editor_client):
    article = _story(editor_client)
    extra = Person.objects.create(name="吴敏杰")
    article.bylines.all().delete()
    article.bylines.create(person=extra, order=0)
    _edit(editor_client, article, headline="河畔公园新添健身步道")
    assert Article.objects.get().reporter_names() == ["吴敏杰"]


@pytest.mark.parametrize(
    ("byline", "dateline", "names"),
    [
        ("记者金帅华", "", ("金帅华",)),
        ("本报记者  彭  波", "", ("彭波",)),
        ("记者陈玲玲林娟", "", ("陈玲玲", "林娟")),  # glued names split as the importer does
        ("记者陈晓辉 通讯员吴敏杰", "", ("陈晓辉", "吴敏杰")),
        ("", "記者王小明／台北報導", ("王小明",)),  # no byline: the dateline's reporters
        ("", "本报讯", ()),
    ],
)
def test_a_byline_is_read_as_the_importer_reads_one(byline, dateline, names):
    assert reporters_read(byline, dateline) == names


@pytest.mark.django_db
@pytest.mark.parametrize("byline", ["新华社", "本报评论员"])
def test_a_byline_changed_to_one_naming_nobody_credits_nobody_it_named_before(
    editor_client, byline
):
    article = _story(editor_client)
    _edit(editor_client, article, byline=byline)
    assert Article.objects.get().reporter_names() == []
    _publish()
    doc = parse(editor_client.get(article.get_absolute_url()))
    text = doc.find("p", cls="byline").text
    assert byline in text and "金帅" not in text
    # and a later byline naming someone credits only that person
    _edit(editor_client, article, byline="新华社记者 王军")
    assert Article.objects.get().reporter_names() == ["王军"]
