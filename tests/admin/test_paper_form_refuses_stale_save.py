"""The paper form (报纸) carries its version like the desk's other forms (README: A stale form is
refused): a save opened before another chief editor changed the paper is refused with the same
wording and the fresh form offered; a fresh form saves. An editor's form shows 发布须经签发
read-only: it is refused as stale too, since the page it showed is."""

import pytest
from django.urls import reverse

from articles.models import Publication
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db


def _url(paper: Publication) -> str:
    return reverse("admin:articles_publication_change", args=[paper.pk])


def test_a_stale_paper_save_is_refused_and_the_fresh_form_offered(chief_client, seed):
    paper = Publication.objects.get()
    opened = form_data(chief_client.get(_url(paper)))
    assert opened.get("loaded_version")
    Publication.objects.filter(pk=paper.pk).update(review_required=True)

    response = chief_client.post(_url(paper), {**opened, "name": "南通日报社", "_save": "1"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "这份报纸在您打开之后已被修改" in html and 'id="reload-fresh-form"' in html
    paper.refresh_from_db()
    assert paper.review_required and paper.name != "南通日报社"


def test_a_paper_form_without_its_version_is_refused(chief_client, seed):
    paper = Publication.objects.get()
    opened = form_data(chief_client.get(_url(paper)))
    opened.pop("loaded_version")
    response = chief_client.post(_url(paper), {**opened, "name": "南通日报社", "_save": "1"})
    assert response.status_code == 200 and "缺少打开时的版本信息" in response.content.decode()
    paper.refresh_from_db()
    assert paper.name != "南通日报社"


def test_a_fresh_paper_form_saves(chief_client, seed):
    paper = Publication.objects.get()
    Publication.objects.filter(pk=paper.pk).update(review_required=True)
    fresh = form_data(chief_client.get(_url(paper)))
    response = chief_client.post(_url(paper), {**fresh, "name": "南通日报社", "_save": "1"})
    assert response.status_code == 302
    paper.refresh_from_db()
    assert paper.name == "南通日报社" and paper.review_required


def test_an_editors_fresh_paper_form_saves_and_keeps_sign_off(editor_client, seed):
    paper = Publication.objects.get()
    Publication.objects.filter(pk=paper.pk).update(review_required=True)
    fresh = form_data(editor_client.get(_url(paper)))
    response = editor_client.post(_url(paper), {**fresh, "name": "南通日报社", "_save": "1"})
    assert response.status_code == 302
    paper.refresh_from_db()
    assert paper.name == "南通日报社" and paper.review_required


def test_an_editors_stale_paper_form_is_refused_too(editor_client, seed):
    paper = Publication.objects.get()
    opened = form_data(editor_client.get(_url(paper)))
    Publication.objects.filter(pk=paper.pk).update(review_required=True)
    response = editor_client.post(_url(paper), {**opened, "name": "南通日报社", "_save": "1"})
    assert response.status_code == 200 and "已被修改" in response.content.decode()
    paper.refresh_from_db()
    assert paper.name != "南通日报社" and paper.review_required
