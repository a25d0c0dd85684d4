"""The desk's upload preview of a page's re-sent PDF says its hand zones will be on the old
picture (a layout editor's find: the preview of a re-sent A1 said nothing of them, and the
import then flagged nothing either: articles/zonechecks.py)."""

from __future__ import annotations

import pytest

from articles.models import Zone, ZoneSource
from tests.admin.pdfuploads import built, front_imported, page_files, upload_preview

pytestmark = pytest.mark.django_db
__all__ = ["built", "front_imported"]  # (the fixtures, used by name)

SAID = "换上新的版面图后，本版 1 个人工热区画在旧版面图上，请核对"


def _hand_zone() -> None:
    zone = Zone.objects.filter(part__isnull=False).first()
    zone.source, zone.rects = ZoneSource.HAND, [[0.1, 0.1, 0.3, 0.2]]
    zone.save()


def test_the_preview_of_a_resent_pdf_says_the_hand_zones_are_to_be_checked(
    editor_client, built, front_imported
):
    _hand_zone()
    one, _ = built
    resent = page_files(one.text, one.pdf + b"\n% re-sent\n")
    assert SAID in upload_preview(editor_client, resent).content.decode()


def test_the_preview_of_the_same_pdf_says_nothing_of_them(editor_client, built, front_imported):
    _hand_zone()
    one, _ = built
    html = upload_preview(editor_client, page_files(one.text, one.pdf)).content.decode()
    assert "旧版面图" not in html
