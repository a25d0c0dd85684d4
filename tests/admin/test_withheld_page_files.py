"""A page's files (PDF, image, thumbnail) are served only while readers may see its picture:
withdrawing a story on the page makes their old addresses a 404 for readers (the desk still
sees them), re-publishing brings them back, a replaced PDF's old name is never served, and the
desk is told so in words that are true."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client
from django.urls import reverse

from articles.models import Article, PageImage
from tests.public.conftest import PARTY, make_edition

pytestmark = pytest.mark.django_db

PDF = "pages/ee/a1.pdf"
IMAGE = "pages/ee/a1-0.webp"
THUMB = "pages/ee/a1-0-thumb.webp"


@pytest.fixture
def edition(db):
    edition = make_edition()
    for name in (PDF, IMAGE, THUMB, "pages/ee/a1-1.webp", "pages/dd/old.pdf"):
        if default_storage.exists(name):
            default_storage.delete(name)
        default_storage.save(name, ContentFile(b"%PDF-1.4 " + PARTY.encode()))
    PageImage.objects.create(
        page=edition.a1, pdf=PDF, pdf_checksum="e" * 64, image=IMAGE, thumbnail=THUMB,
        width=800, height=1200,
    )  # fmt: skip
    return edition


def fetch(client: Client, name: str) -> int:
    return client.get("/media/" + name).status_code


def withdraw(client: Client, story: Article):
    return client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "unpublish_selected", "_selected_action": [story.pk]},
    )


def test_a_shown_pages_files_are_served_to_readers(edition):
    reader = Client()
    assert [fetch(reader, name) for name in (PDF, IMAGE, THUMB)] == [200, 200, 200]
    response = reader.get("/media/" + PDF)
    assert response["Cache-Control"] == "public, no-cache"
    assert PARTY.encode() in b"".join(response.streaming_content)


def test_withdrawing_a_story_makes_its_pages_files_unreachable_for_readers(editor_client, edition):
    response = withdraw(editor_client, edition.article(PARTY))
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("原来的地址也打不开了" in m for m in messages), messages
    reader = Client()
    assert [fetch(reader, name) for name in (PDF, IMAGE, THUMB)] == [404, 404, 404]
    # The desk still sees them (its page form shows the picture), never from a shared cache.
    assert fetch(editor_client, PDF) == 200
    assert editor_client.get("/media/" + PDF)["Cache-Control"] == "private, no-cache"


def test_republishing_brings_the_files_back(editor_client, edition):
    story = edition.article(PARTY)
    withdraw(editor_client, story)
    Article.objects.filter(pk=story.pk).update(status="published")
    assert fetch(Client(), PDF) == 200


def test_a_name_no_page_holds_any_more_is_never_served(edition):
    """The file of a PDF replaced since (a stale copy under its old name) is a 404, though it is
    still in the storage."""
    assert default_storage.exists("pages/dd/old.pdf")
    assert fetch(Client(), "pages/dd/old.pdf") == 404


def test_a_pdf_shared_by_two_pages_is_withheld_when_either_withholds_it(editor_client, edition):
    PageImage.objects.create(
        page=edition.a2, pdf=PDF, pdf_checksum="e" * 64, pdf_page=1,
        image="pages/ee/a1-1.webp", thumbnail="pages/ee/a1-1-thumb.webp", width=800, height=1200,
    )  # fmt: skip
    only_a1 = Article.objects.filter(parts__page=edition.a1).exclude(parts__page=edition.a2)
    withdraw(editor_client, only_a1.first())
    reader = Client()
    assert fetch(reader, IMAGE) == 404 and fetch(reader, "pages/ee/a1-1.webp") == 200
    assert fetch(reader, PDF) == 404  # it prints A1 too


def test_with_an_accel_prefix_django_only_decides(edition, settings):
    settings.NEWSROOM_PAGE_FILES_ACCEL_PREFIX = "/protected-media/"
    response = Client().get("/media/" + PDF)
    assert response.status_code == 200 and response["X-Accel-Redirect"] == "/protected-media/" + PDF
