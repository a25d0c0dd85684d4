"""Undoing a photo's caption edit from its history never removes its picture (a reviewer imported a
page from its PDF, corrected the photo's 图片说明, took the earliest version at 历史 and pressed 还原:
the photo's image was emptied, because the import wrote that first record before the picture was
cut from the PDF, and the public page lost the picture for good: the photo now counts as
hand-edited, so 重新匹配热区 leaves it alone). A revert restores what an editor changes (说明,
署名, 所属稿件, 摄影); a version without a picture keeps the photo's current one."""

from __future__ import annotations

import pytest
from django.urls import reverse

pytest.importorskip("pypdfium2")

from articles.models import Photo
from tests.admin.conftest import editor, editor_client, form_data, groups  # noqa: F401
from tests.pdfpages.conftest import folder, run  # noqa: F401
from tests.pdfpages.test_credited_pictures import credited_page

pytestmark = pytest.mark.django_db


def _import(folder) -> Photo:  # noqa: F811
    """A page from its PDF alone printing a picture with its credit and no caption: a photo
    whose first history record (its creation) is written before its picture is cut."""
    pdf, _ = credited_page("陈维连 摄")
    (folder / "1.pdf").write_bytes(pdf)
    run(folder.parent.parent)
    return Photo.objects.get()


def _edit_caption(client, photo, caption: str) -> None:
    address = reverse("admin:articles_photo_change", args=[photo.pk])
    data = form_data(client.get(address))
    data["caption"] = caption
    assert client.post(address, data).status_code == 302


def _revert(client, photo, record):
    version = reverse("admin:articles_photo_simple_history", args=[photo.pk, record.history_id])
    response = client.post(version, form_data(client.get(version)))
    assert response.status_code == 302
    return Photo.objects.get(pk=photo.pk)


def test_reverting_a_caption_edit_keeps_the_picture_cut_from_the_pdf(
    editor_client,  # noqa: F811
    folder,  # noqa: F811
):
    photo = _import(folder)
    picture, printed = photo.image.name, photo.caption
    assert picture.startswith("photos/pdf/")
    _edit_caption(editor_client, photo, "大桥主体结构完工。")
    earliest = Photo.history.filter(id=photo.pk).last()
    assert earliest.image == ""  # written by the import before the picture was cut

    reverted = _revert(editor_client, photo, earliest)
    assert reverted.caption == printed
    assert reverted.image.name == picture
    assert reverted.picture_shown


def test_the_version_page_says_the_picture_is_kept(
    editor_client,  # noqa: F811
    folder,  # noqa: F811
):
    photo = _import(folder)
    _edit_caption(editor_client, photo, "大桥主体结构完工。")
    earliest = Photo.history.filter(id=photo.pk).last()
    version = reverse("admin:articles_photo_simple_history", args=[photo.pk, earliest.history_id])
    assert "保留现在的图片" in editor_client.get(version).content.decode()
