"""A picture known unreadable is not shown to readers (a reviewer uploaded to a published photo
a 3000×2500 PNG whose data was cut in half, every checksum right: Pillow's verify passed it, the
worker marked it 生成失败 'image file is truncated', and the story's page served the broken
original, with no size). The upload is refused up front now (its data inflated to its end), and
a photo whose copies failed anyway (its file damaged in the storage, a storage error) shows
readers its caption alone, 图片暂缺, while the desk says 生成失败, why and that readers do not see
the picture."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from PIL import Image

from articles.models import Article, Issue, Photo, RenditionState, Status
from articles.photofiles import photo_copies_make, unreadable_problem
from tests.admin.test_photo_upload_renditions import jpeg, upload
from tests.test_photorenditions import _data_cut_in_half, encoded

pytestmark = pytest.mark.django_db


def _published():
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)


def test_a_png_whose_data_was_cut_in_half_is_refused_at_upload(editor_client, seed):
    _published()
    photo = Photo.objects.get()
    whole = encoded(Image.linear_gradient("L").resize((3000, 2500)).convert("RGB"), "PNG")
    response = upload(
        editor_client, photo, "halfzlib.png", _data_cut_in_half(whole.getvalue()), "image/png"
    )
    assert response.status_code == 200
    assert "文件不完整或已损坏，请重新导出后上传" in response.content.decode()
    assert not Photo.objects.get().image


def test_a_photo_whose_copies_failed_shows_readers_its_caption_without_the_picture(
    editor_client, client, seed
):
    photo = Photo.objects.get()
    assert upload(editor_client, photo, "copies-failed.jpg", jpeg(800, 600)).status_code == 302
    problem = unreadable_problem(OSError("image file is truncated"))
    Photo.objects.update(  # what the worker writes when the file cannot be decoded
        article=Article.objects.first(),  # (printed with a story: its page and card too)
        rendition="",
        thumbnail="",
        width=None,
        height=None,
        rendition_state=RenditionState.FAILED,
        rendition_problem=problem,
    )
    _published()
    photo.refresh_from_db()
    html = client.get(photo.page.get_absolute_url()).content.decode()
    figure = html.split(f'id="photo-{photo.position}"')[1].split("</figure>")[0]
    assert "<img" not in figure and photo.image.url not in figure
    assert "图片暂缺" in figure and photo.caption[:10] in figure
    (shown,) = client.get(photo.page.get_absolute_url().rstrip("/") + ".json").json()["photos"]
    assert shown["image"] == "" and shown["caption"] == photo.caption
    story = client.get(photo.article.get_absolute_url()).content.decode()
    assert "图片暂缺" in story and photo.image.url not in story  # nor its card's og:image
    desk = editor_client.get(reverse("admin:articles_photo_changelist")).content.decode()
    assert "缩略图生成失败" in desk and "读者页面只显示图片说明，不显示这张图片" in desk


def test_a_file_pillow_cannot_identify_is_said_in_chinese_by_its_file_name(editor_client, seed):
    """A reviewer's notice read ``图片文件读不出来（cannot identify image file <ImageFieldFile:
    photos/2026/12/big.png>）``: Pillow's words and a Python object, not the desk's."""
    photo = Photo.objects.get()
    assert upload(editor_client, photo, "unidentified.jpg", jpeg(800, 600)).status_code == 302
    photo.refresh_from_db()
    name = photo.image.name.rsplit("/", 1)[1]  # (unidentified.jpg, or as the storage named it)
    default_storage.delete(photo.image.name)  # its file damaged in the storage
    default_storage.save(photo.image.name, ContentFile(b"not a picture at all"))
    Photo.objects.update(rendition_state=RenditionState.QUEUED)
    photo.refresh_from_db()
    assert photo_copies_make(photo) and photo.rendition_state == RenditionState.FAILED
    assert photo.rendition_problem.startswith(
        f"图片文件读不出来（{name}：文件不是可识别的图片格式）"
    )
    assert "ImageFieldFile" not in photo.rendition_problem
    assert "cannot identify" not in photo.rendition_problem
    truncated = unreadable_problem(OSError("image file is truncated"), photo.image.name)
    assert truncated.startswith(f"图片文件读不出来（{name}：图片数据不完整（文件被截断））")
