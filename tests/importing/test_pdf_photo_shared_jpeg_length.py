"""A picture an import cuts from its page's PDF gets its shared JPEG's length at once, as an
upload's copies do: the feeds enclose it (RFC 4287 ``length``) from the first publish, not only
after someone runs ``manage.py photo_renditions``; and a photo brought back by its history's
恢复 keeps it (recomputed on restore: the length is not the editor's content, so not in history)."""

# ruff: noqa: F811 (the fixtures imported from other test packages)
from __future__ import annotations

from xml.etree import ElementTree

import pytest
from django.core.cache import cache

pytest.importorskip("pypdfium2")

from articles.models import Photo
from articles.sharedjpeg import shared_jpeg_known
from tests.admin.conftest import editor, editor_client, groups  # noqa: F401
from tests.admin.deskphotos import desk_delete, history_restore
from tests.importing.test_desk_deleted_photo_stays_deleted import CAPTION
from tests.pdfpages.conftest import PAPER, built_pages, folder, pdf_edition  # noqa: F401

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def enclosed(client) -> dict[str, str]:
    """The feed's enclosures: address → length."""
    cache.clear()
    root = ElementTree.fromstring(client.get(f"/{PAPER}/feed.xml").content)
    return {
        e.get("href"): e.get("length")
        for e in root.iter(f"{ATOM}link")
        if e.get("rel") == "enclosure"
    }


def jpeg_length(client, photo: Photo) -> int:
    response = client.get(f"/photos/{photo.pk}.jpg")
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    return len(response.content)


def test_a_picture_cut_from_an_imported_pdf_is_enclosed_in_the_feed_at_once(pdf_edition, client):
    photo = Photo.objects.get(caption=CAPTION)
    assert photo.image.name.startswith("photos/pdf/")
    length = jpeg_length(client, photo)
    assert shared_jpeg_known(photo) == length
    assert [
        size for href, size in enclosed(client).items() if href.endswith(f"/photos/{photo.pk}.jpg")
    ] == [str(length)]


def test_a_pdf_picture_restored_from_its_history_keeps_its_jpegs_length(
    pdf_edition, editor_client, client, django_capture_on_commit_callbacks
):
    photo = Photo.objects.get(caption=CAPTION)
    length = shared_jpeg_known(photo)
    assert length is not None
    with django_capture_on_commit_callbacks(execute=True):
        desk_delete(editor_client, photo)
    restored = history_restore(editor_client, photo, django_capture_on_commit_callbacks)
    assert shared_jpeg_known(restored) == length == jpeg_length(client, restored)
