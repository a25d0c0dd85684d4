"""A person (人员) is shared by every paper and their name is printed on what readers see: on a
paper that requires sign-off (发布须经签发), one credited on a published story (or a photo
readers see on a published issue) is renamed only by a chief editor. To an editor the form is
read-only saying why, and a form opened before and posted after is refused saying why, the
name unchanged; the chief editor renames them, and people credited only on another paper
without sign-off, or only on drafts, are renamed by an editor as before. (A reviewer's editor
renamed a reporter and every published story of a sign-off paper read the new name at once.)"""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from articles.models import Article, Issue, Person, Publication, Status
from tests.admin.conftest import form_data
from tests.factories import import_text

pytestmark = pytest.mark.django_db

LOCKED = "本报须经签发：读者看到的姓名只有总编辑（签发权限）可以修改"
OTHER = "本报讯（记者米禾）溪口镇南门外的自行车驿站今天开门。\n"


def change_url(name: str) -> str:
    return reverse("admin:articles_person_change", args=[Person.objects.get(name=name).pk])


def said(response) -> str:
    return " ".join(str(m) for m in response.wsgi_request._messages)


@pytest.fixture
def published(seed):
    """The seed issue and its stories published, its paper requiring sign-off."""
    Publication.objects.update(review_required=True)
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)


def rename(client, name: str, new: str):
    url = change_url(name)
    data = form_data(client.get(url)) | {"name": new, "_save": "保存"}
    return client.post(url, data)


def test_an_editor_sees_a_published_reporters_form_read_only_saying_why(editor_client, published):
    page = editor_client.get(change_url("金帅"))
    assert "已发布的稿件“全市打好污染防治攻坚战”" in said(page) and LOCKED in said(page)
    assert 'name="name"' not in page.content.decode()


def test_an_editors_rename_opened_before_publication_is_refused(editor_client, seed):
    Publication.objects.update(review_required=True)
    url = change_url("金帅")
    data = form_data(editor_client.get(url)) | {"name": "金师", "_save": "保存"}
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)
    done = editor_client.post(url, data)
    assert done.status_code == 302 and LOCKED in said(done) and "没有保存" in said(done)
    assert Person.objects.filter(name="金帅").exists()


def test_a_photographer_of_a_published_photo_is_held_the_same_way(editor_client, published):
    page = editor_client.get(change_url("许丛军"))
    assert "图片的摄影" in said(page) and LOCKED in said(page)


def test_a_chief_editor_renames_a_published_reporter(chief_client, published):
    assert rename(chief_client, "金帅", "金师").status_code == 302
    assert Person.objects.filter(name="金师").exists()


def test_an_editor_renames_a_reporter_of_drafts_only(editor_client, seed):
    Publication.objects.update(review_required=True)
    assert rename(editor_client, "金帅", "金师").status_code == 302
    assert Person.objects.filter(name="金师").exists()


def test_an_editor_renames_one_credited_only_on_another_papers_published_story(
    editor_client, published
):
    import_text(OTHER, "1", when=date(2023, 5, 16), paper="溪口晚报", slug="xikou-evening")
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)
    assert rename(editor_client, "米禾", "米和").status_code == 302
    assert Person.objects.filter(name="米和").exists()
