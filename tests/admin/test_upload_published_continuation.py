"""The desk's upload of a page whose story leads to a continuation readers could already read
(published before the page came): the preview says what the import will do (将并入…，整篇将随之
发布; on a paper that requires sign-off, 将暂不合并), the confirmed import says what it did, and
readers keep the published text (tests.continuations.test_published_continuation_merge.py
has the rule and the command)."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, Jump, Status
from tests.admin.conftest import form_data
from tests.continuations.test_published_continuation_merge import (
    DAY,
    HEAD,
    HELD,
    JOINED,
    continuation_published,  # noqa: F401  (the fixture)
    read,
)

pytestmark = pytest.mark.django_db

UPLOAD = "/admin/articles/page/upload/"


def desk_upload(client):
    files = [SimpleUploadedFile("A1.txt", HEAD.encode(), "text/plain")]
    fields = {"paper": "南通日报", "issue_date": DAY.isoformat(), "page": "A1"}
    preview = client.post(UPLOAD, {**fields, "files": files})
    assert "token" in preview.context, preview.context["form"].errors
    done = client.post(
        UPLOAD, form_data(preview, "confirm-form") | {"confirm": "确认导入"}, follow=True
    )
    return preview.content.decode(), [str(m) for m in done.context["messages"]]


def test_the_desk_says_the_join_in_its_preview_and_after_the_import(
    continuation_published,  # noqa: F811
    editor_client,
    client,
):
    tail = continuation_published(review=False)
    preview, messages = desk_upload(editor_client)
    assert JOINED.format(will="将") in preview
    assert any(JOINED.format(will="已") + "，整篇已随之发布" in m for m in messages)
    story = Article.objects.get()
    assert story.status == Status.PUBLISHED
    moved = read(client, tail.get_absolute_url())
    assert moved.status_code == 301 and moved["Location"] == story.get_absolute_url()


def test_the_desk_says_the_link_waits_on_a_sign_off_paper(
    continuation_published,  # noqa: F811
    editor_client,
    client,
):
    tail = continuation_published(review=True)
    preview, messages = desk_upload(editor_client)
    assert HELD + "：本报须经签发，将暂不合并" in preview
    assert any(HELD + "：本报须经签发，暂不合并" in m for m in messages)
    assert read(client, tail.get_absolute_url()).status_code == 200
    fix = editor_client.get(
        reverse("admin:articles_jump_fix", args=[Jump.objects.get(direction="forward").pk])
    )
    assert fix.status_code == 200


def test_a_chief_editor_importing_and_publishing_joins_the_continuation_at_once(
    continuation_published,  # noqa: F811
    chief_client,
):
    tail = continuation_published(review=True)
    files = [SimpleUploadedFile("A1.txt", HEAD.encode(), "text/plain")]
    fields = {"paper": "南通日报", "issue_date": DAY.isoformat(), "page": "A1"}
    preview = chief_client.post(UPLOAD, {**fields, "files": files})
    done = chief_client.post(
        UPLOAD, {**form_data(preview, "confirm-form"), "confirm": "publish"}, follow=True
    )
    said = " ".join(str(m) for m in done.context["messages"])
    assert "运河公园开园迎客" in said
    assert "暂不合并" not in said  # the link was made when the story was published
    story = Article.objects.get()  # signed off, published, and joined by its continuation
    assert story.headline == "运河公园开园迎客" and story.status == Status.PUBLISHED
    assert [p.page.label for p in story.parts.order_by("sequence")] == ["A1", "A2"]
    moved = read(chief_client, tail.get_absolute_url())
    assert moved.status_code == 301 and moved["Location"] == story.get_absolute_url()
