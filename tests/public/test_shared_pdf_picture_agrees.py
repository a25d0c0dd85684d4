"""One PDF printed by two issues (the same bytes: one content-hash name, one file served for
both) while the other issue is a draft, or has a withdrawn story on that page: the public page
rendered its ``<img>`` and 下载本版 link, but the files were 404 (they print the other issue's
unpublished story). The page and its files now agree: the page says its picture is withheld
and why, and names none of the files."""

# ruff: noqa: F811 (the fixtures imported from other test packages)
from __future__ import annotations

import datetime

import pytest
from django.test import Client, TestCase
from django.urls import reverse

from articles.models import Issue, Page, PageImage
from articles.pagepictures import PICTURE_SHARED
from tests.admin.conftest import editor, editor_client, groups  # noqa: F401
from tests.public.conftest import make_edition
from tests.public.test_page_visibility import A1, IMAGE, PDF, THUMB, text, with_picture

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared(db):
    """A1 of the public edition, with a picture; the same files are A1 of a draft issue."""
    edition = make_edition()
    with_picture(edition.a1)
    issue = edition.issue
    draft = Issue.objects.create(
        publication=issue.publication, date=issue.date + datetime.timedelta(days=1), status="draft"
    )
    page = Page.objects.create(issue=draft, label="A1", sequence=1)
    with TestCase.captureOnCommitCallbacks(execute=True):
        PageImage.objects.create(
            page=page, pdf=PDF, pdf_checksum="c" * 64, image=IMAGE, thumbnail=THUMB,
            width=800, height=1200,
        )  # fmt: skip
    return edition, draft


def test_a_page_whose_pdf_is_a_draft_issues_too_says_its_picture_is_withheld(shared):
    reader = Client()
    html = text(reader, A1)
    assert PICTURE_SHARED in html
    assert IMAGE not in html and PDF not in html  # no broken image, no dead 下载本版 link


def test_the_page_shows_its_picture_once_the_other_issue_is_public(shared):
    _, draft = shared
    draft.status = "published"
    with TestCase.captureOnCommitCallbacks(execute=True):
        draft.save()
    html = text(Client(), A1)
    assert PICTURE_SHARED not in html and IMAGE in html


def test_the_desks_page_form_says_which_other_page_holds_the_picture_back(shared, editor_client):
    edition, draft = shared
    html = editor_client.get(reverse("admin:articles_page_change", args=[edition.a1.pk]))
    html = html.content.decode()
    assert PICTURE_SHARED in html and f"也是{draft} A1版" in html
