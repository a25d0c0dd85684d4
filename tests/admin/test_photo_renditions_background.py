"""A photo whose copies would take long to make (a PNG near the pixel limit was decoded whole in
the editor's save: ≈ 4.4 s and ≈ 350 MB) gets them from the task worker: the save returns at
once, readers get the original meanwhile (never a broken image), the desk's lists say
缩略图生成中, and a job that fails says why in Chinese, which ``manage.py photo_renditions``
then redoes. The worker is the project's (django-tasks' database backend, run here)."""

from __future__ import annotations

import io
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import transaction
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from PIL import Image

from articles.models import Article, Issue, Photo, RenditionState, Status
from tests.admin.test_photo_upload_renditions import jpeg, png_header_only, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def bound(settings):
    """Pictures of over a million decoded pixels go to the worker (4 million by default)."""
    settings.NEWSROOM_PHOTO_INLINE_PIXELS = 1_000_000


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 80, 20)).save(out, format="PNG")
    return out.getvalue()


def public_figure(client, photo) -> str:
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)
    html = client.get(photo.page.get_absolute_url()).content.decode()
    return html.split(f'id="photo-{photo.position}"')[1].split("</figure>")[0]


def desk_list(client) -> str:
    return client.get(reverse("admin:articles_photo_changelist")).content.decode()


def test_a_large_png_is_saved_at_once_and_the_worker_makes_its_copies(
    editor_client, client, seed, bound, worker, django_capture_on_commit_callbacks
):
    photo = Photo.objects.get()
    response = upload(editor_client, photo, "big.png", png(1500, 1000), "image/png")
    assert response.status_code == 302
    photo.refresh_from_db()
    assert photo.image.name.endswith("big.png") and not photo.rendition
    assert photo.rendition_state == RenditionState.QUEUED
    assert DBTaskResult.objects.filter(task_path__endswith="photo_renditions_task").count() == 1
    assert "缩略图生成中" in desk_list(editor_client)
    assert "请管理员确认后台任务（db_worker）在运行" in desk_list(editor_client)
    figure = public_figure(client, photo)
    assert f'<img src="{photo.image.url}"' in figure  # the original, until the copies exist
    assert "webp" not in figure

    with django_capture_on_commit_callbacks(execute=True):  # the page's cache told at commit
        worker()
    photo.refresh_from_db()
    assert photo.rendition_state == RenditionState.DONE
    assert photo.rendition.name.endswith("big.png-1200.webp") and (photo.width, photo.height) == (
        1200,
        800,
    )
    assert default_storage.exists(photo.thumbnail.name)
    assert f'<img src="{photo.rendition.url}"' in public_figure(client, photo)
    assert "缩略图生成中" not in desk_list(editor_client)


def test_a_camera_jpeg_decoded_at_a_smaller_scale_is_made_in_the_save(
    editor_client, seed, settings
):
    settings.NEWSROOM_PHOTO_INLINE_PIXELS = 2_000_000  # 4800×3600 is 17 million; at ¼, 1.1
    photo = Photo.objects.get()
    assert upload(editor_client, photo, "cam.jpg", jpeg(4800, 3600)).status_code == 302
    photo.refresh_from_db()
    assert photo.rendition_state == RenditionState.DONE and photo.width == 1200
    assert not DBTaskResult.objects.exists()


def test_a_failed_job_is_shown_to_the_desk_and_the_command_redoes_it(
    editor_client, seed, bound, worker
):
    photo = Photo.objects.get()
    assert upload(editor_client, photo, "cut.png", png(1500, 1000), "image/png").status_code == 302
    photo.refresh_from_db()  # its file damaged in the storage before the job ran
    default_storage.delete(photo.image.name)
    default_storage.save(photo.image.name, ContentFile(png_header_only(1500, 1000)))
    worker()
    photo.refresh_from_db()
    assert photo.rendition_state == RenditionState.FAILED and not photo.rendition
    assert photo.rendition_problem.startswith("图片文件读不出来（")
    assert "请在编辑台重新上传这张图片" in photo.rendition_problem
    assert "manage.py photo_renditions" in photo.rendition_problem
    for html in (
        desk_list(editor_client),
        editor_client.get(reverse("admin:articles_photo_change", args=[photo.pk])).content.decode(),
    ):
        assert "缩略图生成失败" in html and "图片文件读不出来" in html

    default_storage.delete(photo.image.name)  # the file put right in the storage
    default_storage.save(photo.image.name, ContentFile(png(1500, 1000)))
    out = StringIO()
    call_command("photo_renditions", stdout=out)
    assert "已为 1 张图片生成阅读用图和缩略图" in out.getvalue()
    photo.refresh_from_db()
    assert photo.rendition_state == RenditionState.DONE and photo.width == 1200
    assert not photo.rendition_problem


def test_a_job_that_breaks_otherwise_is_shown_too(editor_client, seed, bound, worker, monkeypatch):
    photo = Photo.objects.get()
    upload(editor_client, photo, "big.png", png(1500, 1000), "image/png")

    def broken(*args, **kwargs):
        raise RuntimeError("存储服务不可用")

    monkeypatch.setattr("articles.photofiles.renditions", broken)
    worker()
    photo.refresh_from_db()
    assert photo.rendition_state == RenditionState.FAILED
    assert photo.rendition_problem.startswith(
        "生成阅读用图和缩略图时出错（RuntimeError：存储服务不可用）"
    )
    assert "缩略图生成失败" in desk_list(editor_client)


def test_the_command_names_a_photo_whose_file_still_cannot_be_read(editor_client, seed, bound):
    photo = Photo.objects.get()
    upload(editor_client, photo, "cut.png", png(1500, 1000), "image/png")
    photo.refresh_from_db()  # its file damaged in the storage since
    default_storage.delete(photo.image.name)
    default_storage.save(photo.image.name, ContentFile(png_header_only(1500, 1000)))
    err = StringIO()
    with pytest.raises(CommandError, match="1 张图片没有生成阅读用图和缩略图") as refused:
        call_command("photo_renditions", stdout=StringIO(), stderr=err)
    assert refused.value.returncode == 1
    assert "A1版 第" in err.getvalue() and "图片文件读不出来" in err.getvalue()


def test_a_photo_replaced_before_its_job_ran_keeps_the_new_copies(
    editor_client, seed, bound, worker
):
    photo = Photo.objects.get()
    upload(editor_client, photo, "first.png", png(1500, 1000), "image/png")
    upload(editor_client, photo, "second.jpg", jpeg(600, 400))  # small: made in the save
    photo.refresh_from_db()
    assert photo.rendition.name.endswith("second.jpg-1200.webp")
    worker()  # the first image's job: nothing to do any more
    photo.refresh_from_db()
    assert photo.rendition.name.endswith("second.jpg-1200.webp") and photo.width == 600
    assert photo.rendition_state == RenditionState.DONE
    assert not default_storage.exists(photo.image.name.replace("second.jpg", "first.png-1200.webp"))


def test_a_save_rolled_back_queues_nothing(seed, bound):
    from articles.photouploads import photo_renditions_follow

    photo = Photo.objects.get()
    with pytest.raises(RuntimeError), transaction.atomic():
        photo.image.save("big.png", ContentFile(png(1500, 1000)))
        assert photo_renditions_follow(photo)
        raise RuntimeError
    assert not DBTaskResult.objects.exists()
    photo.refresh_from_db()
    assert photo.rendition_state == RenditionState.DONE
