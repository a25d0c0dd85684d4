"""A paper's URL 标识 cannot change once an issue is published: every public address starts
with it. Before that, it may."""

import pytest

from articles.models import Issue, Publication
from tests.admin.conftest import form_data
from tests.public.conftest import make_edition

pytestmark = pytest.mark.django_db


def _post_slug(client, paper, slug, **more):
    url = f"/admin/articles/publication/{paper.pk}/change/"
    data = form_data(client.get(url), "publication_form")
    data.update(slug=slug, _save="保存", **more)
    return client.post(url, data)


def test_slug_of_published_paper_is_refused_saying_why(editor_client):
    make_edition()
    paper = Publication.objects.get()
    response = _post_slug(editor_client, paper, "nantong-news")
    body = response.content.decode()
    assert response.status_code == 200
    assert "这份报纸已有 1 期发布" in body and "“/nantong-daily/”开头" in body
    paper.refresh_from_db()
    assert paper.slug == "nantong-daily"
    assert editor_client.get("/nantong-daily/2020-07-09/").status_code == 200


def test_name_of_published_paper_may_change_with_its_slug_kept(editor_client):
    make_edition()
    paper = Publication.objects.get()
    url = f"/admin/articles/publication/{paper.pk}/change/"
    data = form_data(editor_client.get(url), "publication_form")
    data.update(name="南通日报（新）", _save="保存")
    assert editor_client.post(url, data).status_code == 302
    paper.refresh_from_db()
    assert (paper.name, paper.slug) == ("南通日报（新）", "nantong-daily")


def test_slug_of_paper_with_drafts_only_may_change(editor_client):
    make_edition(publish=False)
    paper = Publication.objects.get()
    assert not Issue.objects.filter(status="published").exists()
    assert _post_slug(editor_client, paper, "nantong-news").status_code == 302
    paper.refresh_from_db()
    assert paper.slug == "nantong-news"
