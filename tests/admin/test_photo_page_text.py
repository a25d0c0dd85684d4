"""The desk's 采用版面文本 for photos: a picture editor edits the caption of A3's photo at the
desk, A3 is re-sent with a new caption and credit (`本报记者 许丛军 通讯员 王涛摄`); the upload's
conflict line says the change and links to it, the photo form, the A3 page form and the photo
list (column, filter, action) show it, and the confirmation posts what its rendered form sends:
王涛 is credited (he was silently left out, nothing on the desk saying the print changed)."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from articles.admin.phototext import photo_text_url
from articles.models import Article, Issue, Page, Photo, Publication, Status
from tests.admin.conftest import form_data
from tests.importing.test_photo_page_text_pending import PAGE, RESENT

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "南通日报", "paper_slug": "nantong-daily", "issue_date": "2020-07-10"}
CHANGE = "署名“… 许丛军摄”→“… 许丛军 通讯员 王涛摄”"


def upload(client, text: str):
    data = {**FIELDS, "files": [SimpleUploadedFile("A3.txt", text.encode(), "text/plain")]}
    preview = client.post(UPLOAD, data)
    assert preview.status_code == 200
    return client.post(UPLOAD, {"confirm": "1", "token": preview.context["token"]})


@pytest.fixture
def resent(editor_client):
    upload(editor_client, PAGE)
    photo = Photo.objects.get()
    url = reverse("admin:articles_photo_change", args=[photo.pk])
    data = form_data(editor_client.get(url))
    data["caption"] = "游客夜游濠河（图片编辑改写）。"
    assert editor_client.post(url, {**data, "_save": "保存"}).status_code == 302
    done = upload(editor_client, RESENT)
    photo.refresh_from_db()
    assert photo.edited_at is not None
    return photo, done


def credited(photo: Photo) -> list[str]:
    return list(photo.credits.order_by("order").values_list("person__name", flat=True))


def test_the_uploads_conflict_line_says_the_change_and_links_to_the_photo(resent):
    photo, done = resent
    said = [str(m) for m in done.wsgi_request._messages]
    [line] = [m for m in said if "第1位的图片：编辑改过" in m]
    assert (
        "版面文本有改动：说明“游客乘船夜游…”→“游客在南大街码头乘船夜游…”" in line and CHANGE in line
    )
    assert f'<a href="{photo_text_url(photo.pk)}">查看并采用版面文本</a>' in line


def test_the_photo_form_shows_it_and_its_confirmation_takes_it(editor_client, resent):
    photo = resent[0]
    change = reverse("admin:articles_photo_change", args=[photo.pk])
    html = editor_client.get(change).content.decode()
    assert "版面文本与这张图片不同（A3版 " in html and CHANGE in html
    take = photo_text_url(photo.pk)
    assert f'href="{take}"' in html
    confirmation = editor_client.get(take)
    assert "摄影：许丛军、王涛" in confirmation.content.decode()
    done = editor_client.post(take, form_data(confirmation, "page-text-form"))
    assert done.status_code == 302 and done.url == change
    photo.refresh_from_db()
    assert photo.caption == "游客在南大街码头乘船夜游濠河。" and photo.edited_at is None
    assert photo.credit_line == "本报记者 许丛军 通讯员 王涛摄"
    assert credited(photo) == ["许丛军", "王涛"]
    assert "版面文本与这张图片不同" not in editor_client.get(change).content.decode()


def test_the_a3_page_form_shows_it_on_the_photos_row(editor_client, resent):
    photo = resent[0]
    html = editor_client.get(reverse("admin:articles_page_change", args=[photo.page_id]))
    html = html.content.decode()
    assert "版面文本有改动：" in html and CHANGE in html
    assert f'href="{photo_text_url(photo.pk)}"' in html


def test_the_photo_list_filters_counts_and_takes_the_selected_ones(editor_client, resent):
    photo = resent[0]
    changelist = reverse("admin:articles_photo_changelist")
    html = editor_client.get(changelist).content.decode()
    assert "有改动未采用（1）" in html and CHANGE in html
    listed = editor_client.get(changelist, {"page_text": "pending"})
    assert [p.pk for p in listed.context["cl"].result_list] == [photo.pk]
    data = form_data(listed, "changelist-form")
    data.update(action="take_page_text", _selected_action=[str(photo.pk)])
    chosen = editor_client.post(f"{changelist}?page_text=pending", data)
    assert chosen.status_code == 302 and chosen.url == photo_text_url(photo.pk, from_list=True)
    confirmation = editor_client.get(chosen.url)
    done = editor_client.post(chosen.url, form_data(confirmation, "page-text-form"))
    assert done.url == changelist
    assert credited(Photo.objects.get()) == ["许丛军", "王涛"]
    assert "有改动未采用（0）" in editor_client.get(changelist).content.decode()


def test_a_confirmation_made_stale_by_an_edit_writes_nothing(editor_client, resent):
    photo = resent[0]
    take = photo_text_url(photo.pk)
    data = form_data(editor_client.get(take), "page-text-form")
    Photo.objects.filter(pk=photo.pk).update(caption="又改了一次。")
    done = editor_client.post(take, data, follow=True)
    assert "确认页打开之后" in done.content.decode()
    assert credited(Photo.objects.get()) == ["许丛军"]


def test_a_viewer_sees_it_but_cannot_take_it(viewer, resent):
    photo = resent[0]
    client = Client()
    client.force_login(viewer)
    take = photo_text_url(photo.pk)
    shown = client.get(take).content.decode()
    assert CHANGE in shown and 'value="采用版面文本"' not in shown
    assert client.post(take, {"ids": str(photo.pk), f"token-{photo.pk}": "x"}).status_code == 403


def test_an_editor_cannot_take_it_into_a_published_story_on_a_sign_off_paper(
    editor_client, chief_client, resent
):
    photo = resent[0]
    take = photo_text_url(photo.pk)
    data = form_data(editor_client.get(take), "page-text-form")
    Publication.objects.update(review_required=True)
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)
    done = editor_client.post(take, data, follow=True)
    assert "总编辑" in done.content.decode()
    assert credited(Photo.objects.get()) == ["许丛军"]
    data = form_data(chief_client.get(take), "page-text-form")
    assert chief_client.post(take, data).status_code == 302
    assert credited(Photo.objects.get()) == ["许丛军", "王涛"]
    assert Page.objects.get().photos.get().page_text_pending is None


def test_the_story_form_shows_it_on_its_photos_row(editor_client, resent):
    photo = resent[0]
    html = editor_client.get(reverse("admin:articles_article_change", args=[photo.article_id]))
    html = html.content.decode()
    assert CHANGE in html and f'href="{photo_text_url(photo.pk)}"' in html


def test_a_background_runs_progress_page_links_to_the_photo(editor_client, settings, monkeypatch):
    from io import StringIO

    from django.core.management import call_command

    from articles.models import ImportRun

    upload(editor_client, PAGE)
    photo = Photo.objects.get()
    url = reverse("admin:articles_photo_change", args=[photo.pk])
    data = form_data(editor_client.get(url))
    assert (
        editor_client.post(url, {**data, "caption": "改写。", "_save": "保存"}).status_code == 302
    )
    settings.NEWSROOM_UPLOAD_INLINE_PAGES = 0  # (every confirmed upload runs in the background)
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    done = upload(editor_client, RESENT)
    run = ImportRun.objects.latest("pk")  # (the first upload, done at once, is one too)
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=StringIO())
    status = editor_client.get(reverse("admin:articles_page_upload_run_status", args=[run.pk]))
    [page] = status.json()["pages"]
    assert any(CHANGE in line for line in page["lines"])
    assert page["page_text"] == [
        {"text": "查看并采用版面文本：A3版 第1位的图片", "url": photo_text_url(photo.pk)}
    ]
    assert f'href="{photo_text_url(photo.pk)}"' in editor_client.get(done.url).content.decode()


def test_the_desk_home_counts_it_and_links_to_the_filtered_photo_list(editor_client, resent):
    html = editor_client.get(reverse("admin:index")).content.decode()
    assert "1 张图片版面文本有改动未采用" in html
    start = html.index('class="desk-warning desk-photo-text" href="') + 43
    link = html[start : html.index('"', start)].replace("&amp;", "&")
    listed = editor_client.get(link)
    assert [p.pk for p in listed.context["cl"].result_list] == [resent[0].pk]
