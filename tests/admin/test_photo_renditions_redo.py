"""重新生成图片副本 at the desk: a photo whose copies failed (缩略图生成失败) could be redone only
by ``manage.py photo_renditions`` on the server. A picture editor now redoes it from the photo
list (an action on the photos ticked) or from the failed photo's form (a button), as an upload's
save does: made in the request while quick, queued for the task worker beyond; the message says
how many were made, queued, failed again and which could not be tried, and why."""

from __future__ import annotations

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client
from django.urls import reverse
from PIL import Image

from articles.importing.phototext import photo_name
from articles.models import Photo, RenditionState
from tests.admin.conftest import form_data
from tests.admin.test_photo_upload_renditions import jpeg

pytestmark = pytest.mark.django_db

PROBLEM = "图片文件读不出来（image file is truncated），无法生成阅读用图和缩略图。"
LIST = reverse("admin:articles_photo_changelist")


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 80, 20)).save(out, format="PNG")
    return out.getvalue()


def failed(photo: Photo, name: str, data: bytes | None) -> Photo:
    """``photo`` with the upload ``name`` (its file ``data`` in the storage, or none: gone)
    whose copies failed, as the worker leaves it."""
    if data is not None:
        name = default_storage.save(f"photos/2026/12/{name}", ContentFile(data))
    else:
        name = f"photos/2026/12/{name}"
    Photo.objects.filter(pk=photo.pk).update(
        image=name, rendition_state=RenditionState.FAILED, rendition_problem=PROBLEM
    )
    photo.refresh_from_db()
    return photo


def another_photo(photo: Photo, position: int, caption: str) -> Photo:
    return Photo.objects.create(page=photo.page, position=position, caption=caption)


def run_action(client, *photos):
    data = form_data(client.get(LIST), "changelist-form")
    data.update(action="redo_renditions", _selected_action=[str(p.pk) for p in photos])
    return client.post(LIST, data, follow=True)


def said(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def test_the_list_action_makes_a_failed_photos_copies_again(editor_client, seed):
    photo = failed(Photo.objects.get(), "fixed.jpg", jpeg(900, 600))
    assert "缩略图生成失败" in editor_client.get(LIST).content.decode()
    response = run_action(editor_client, photo)
    photo.refresh_from_db()
    assert photo.rendition_state == RenditionState.DONE and not photo.rendition_problem
    assert photo.rendition.name.endswith("fixed.jpg-1200.webp") and photo.width == 900
    assert default_storage.exists(photo.thumbnail.name)
    assert said(response) == [f"已重新生成 1 张图片的阅读用图和缩略图：{photo_name(photo)}"]
    assert "缩略图生成失败" not in response.content.decode()


def test_photos_over_the_requests_bound_are_queued_for_the_worker(
    editor_client, seed, settings, worker
):
    settings.NEWSROOM_PHOTO_INLINE_PIXELS = 1_000_000
    first = failed(Photo.objects.get(), "a.png", png(800, 800))  # 640 000 pixels: in the request
    second = failed(another_photo(first, 90, "第二张。"), "b.png", png(800, 800))  # over the rest
    third = failed(another_photo(first, 91, "第三张。"), "c.png", png(1500, 1000))  # over alone
    response = run_action(editor_client, first, second, third)
    states = dict(Photo.objects.values_list("pk", "rendition_state"))
    assert states == {
        first.pk: RenditionState.DONE,
        second.pk: RenditionState.QUEUED,
        third.pk: RenditionState.QUEUED,
    }
    assert said(response)[1] == (
        "已把 2 张图片交给后台任务重新生成（图片较大，或本次已生成的够多），几分钟后刷新本页查看："
        "A1版的图片“第二张。”、A1版的图片“第三张。”"
    )
    worker()
    assert set(Photo.objects.values_list("rendition_state", flat=True)) == {RenditionState.DONE}


def test_what_could_not_be_redone_is_named_with_why(editor_client, seed):
    broken = failed(Photo.objects.get(), "cut.jpg", jpeg(900, 600)[:400])
    gone = failed(another_photo(broken, 90, "原图丢了。"), "gone.jpg", None)
    none = another_photo(broken, 91, "没有上传图片。")
    done = another_photo(broken, 92, "已经生成。")
    Photo.objects.filter(pk=done.pk).update(
        image=default_storage.save("photos/d.jpg", ContentFile(jpeg(300, 200)))
    )
    run_action(editor_client, done)  # its copies made
    response = run_action(editor_client, broken, gone, none, done)
    lines = said(response)
    assert (
        lines[0].startswith("1 张图片仍然生成失败：A1版的图片“")
        and "图片文件读不出来（" in lines[0]
    )
    assert lines[1] == (
        "2 张图片未能重做：A1版的图片“原图丢了。”：原图文件 photos/2026/12/gone.jpg "
        "已不在存储里，无法生成副本：请在编辑台重新上传这张图片；A1版的图片“没有上传图片。”："
        "没有编辑上传的原图（未上传图片，或是从版面 PDF 裁出的图片），不需要生成副本"
    )
    assert lines[2] == "1 张图片已有阅读用图和缩略图，不必重做：A1版的图片“已经生成。”"
    gone.refresh_from_db()
    assert gone.rendition_state == RenditionState.FAILED and gone.rendition_problem == PROBLEM


def test_a_failed_photos_form_has_the_button_and_it_redoes_the_photo(editor_client, seed):
    photo = failed(Photo.objects.get(), "fixed.jpg", jpeg(900, 600))
    change = reverse("admin:articles_photo_change", args=[photo.pk])
    form = editor_client.get(change)
    html = form.content.decode()
    assert 'value="重新生成图片副本"' in html and PROBLEM in html
    data = form_data(form, "photo-renditions-redo")
    response = editor_client.post(
        reverse("admin:articles_photo_renditions", args=[photo.pk]), data, follow=True
    )
    assert response.redirect_chain[-1][0] == change
    assert said(response) == [f"已重新生成 1 张图片的阅读用图和缩略图：{photo_name(photo)}"]
    photo.refresh_from_db()
    assert photo.rendition_state == RenditionState.DONE
    assert 'id="photo-renditions-redo"' not in response.content.decode()  # done: no button


def test_the_button_says_when_the_file_still_cannot_be_read(editor_client, seed):
    photo = failed(Photo.objects.get(), "cut.jpg", jpeg(900, 600)[:400])
    change = reverse("admin:articles_photo_change", args=[photo.pk])
    data = form_data(editor_client.get(change), "photo-renditions-redo")
    response = editor_client.post(
        reverse("admin:articles_photo_renditions", args=[photo.pk]), data, follow=True
    )
    (line,) = said(response)
    assert line.startswith("1 张图片仍然生成失败：A1版的图片“") and "请在编辑台重新上传" in line
    assert 'id="photo-renditions-redo"' in response.content.decode()  # still failed: offered


def test_viewers_get_neither_the_button_nor_the_action(viewer_client, seed):
    photo = failed(Photo.objects.get(), "fixed.jpg", jpeg(900, 600))
    change = reverse("admin:articles_photo_change", args=[photo.pk])
    html = viewer_client.get(change).content.decode()
    assert "缩略图生成失败" in html and 'id="photo-renditions-redo"' not in html
    assert "redo_renditions" not in viewer_client.get(LIST).content.decode()
    redo = reverse("admin:articles_photo_renditions", args=[photo.pk])
    assert viewer_client.post(redo, {}).status_code == 403
    assert Client().post(redo, {}).status_code == 302  # the login page
    photo.refresh_from_db()
    assert photo.rendition_state == RenditionState.FAILED
