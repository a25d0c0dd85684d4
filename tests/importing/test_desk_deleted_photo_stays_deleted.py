"""A photo the desk deleted stays deleted when its page is imported again (a corrections editor's
retracted photo came back with the page's next import: its picture, caption and photographer's
page public again, the import saying ``读者现在看到 1 张图片``), as a withdrawn story stays
withdrawn and a hand edit stays as saved: the import says it kept the deletion and how to
bring the photo back (``--overwrite-edited``, or its history's 恢复). A photo an import dropped
is no desk's decision and comes back with the page text as before."""

# ruff: noqa: F811 (the fixtures imported from other test packages)
from __future__ import annotations

import pytest
from django.urls import reverse

pytest.importorskip("pypdfium2")

from articles.models import Photo
from tests.admin.conftest import editor, editor_client, groups  # noqa: F401
from tests.admin.deskphotos import desk_delete, history_restore
from tests.pdfpages.conftest import DAY, PAPER, built_pages, folder, pdf_edition, run  # noqa: F401
from tests.pdfpages.test_credited_pictures import credited_page

pytestmark = pytest.mark.django_db

CAPTION = "市民在新落成的口袋公园里散步。"


def reimport(root, *flags: str, word: str = "加装电梯") -> str:
    """Page 1 imported again with one word of a story changed (the photo's text as it was)."""
    text = root / PAPER / DAY / "1.txt"
    body = text.read_text(encoding="utf-8")
    assert word in body
    text.write_text(body.replace(word, word + "新", 1), encoding="utf-8")
    out, err = run(root, *flags)
    return out + err


def shown(client, url: str) -> str:
    return client.get(url).content.decode()


def test_a_photo_deleted_at_the_desk_is_not_brought_back_by_a_reimport(
    pdf_edition, editor_client, client, tmp_path
):
    photo = Photo.objects.get(caption=CAPTION)
    assert photo.image.name.startswith("photos/pdf/")
    desk_delete(editor_client, photo)
    client.logout()
    assert client.get("/people/孙立/").status_code == 404

    out = reimport(tmp_path)
    assert not Photo.objects.filter(page=photo.page_id).exists()
    assert f"1版：编辑删除的图片“{CAPTION}”" in out
    assert "未恢复" in out and "--overwrite-edited" in out
    assert f"/admin/articles/photo/{photo.pk}/history/" in out  # the desk's way back
    assert "读者现在看到 1 张图片" not in out
    assert CAPTION not in shown(client, pdf_edition + "1/")
    assert CAPTION not in shown(client, pdf_edition + "1.json")
    assert client.get("/people/孙立/").status_code == 404

    # said again by the next import, still not written
    out = reimport(tmp_path, word="管网更新")
    assert "未恢复" in out and not Photo.objects.filter(page=photo.page_id).exists()


def test_overwrite_edited_brings_the_deleted_photo_back_and_ends_the_deletion(
    pdf_edition, editor_client, tmp_path
):
    photo = Photo.objects.get(caption=CAPTION)
    desk_delete(editor_client, photo)
    out = reimport(tmp_path, "--overwrite-edited")
    back = Photo.objects.get(page=photo.page_id)
    assert back.caption == CAPTION and back.image.name.startswith("photos/pdf/")
    assert "已按版面文本恢复" in out
    out = reimport(tmp_path, word="管网更新")
    assert Photo.objects.filter(pk=back.pk).exists() and "编辑删除的图片" not in out


def test_a_dry_run_says_the_deleted_photo_will_not_come_back(pdf_edition, editor_client, tmp_path):
    desk_delete(editor_client, Photo.objects.get(caption=CAPTION))
    out = reimport(tmp_path, "--dry-run")
    assert f"编辑删除的图片“{CAPTION}”" in out and "不会恢复" in out


def test_a_photo_restored_from_its_history_is_kept_by_the_next_import(
    pdf_edition, editor_client, tmp_path, django_capture_on_commit_callbacks
):
    photo = Photo.objects.get(caption=CAPTION)
    picture = photo.image.name
    with django_capture_on_commit_callbacks(execute=True):
        desk_delete(editor_client, photo)
    history = reverse("admin:articles_photo_history", args=[photo.pk])
    assert editor_client.get(history).status_code == 200  # where the report sends the editor
    restored = history_restore(editor_client, photo, django_capture_on_commit_callbacks)
    assert restored.image.name == picture and restored.picture_shown

    out = reimport(tmp_path)
    assert list(Photo.objects.filter(page=photo.page_id)) == [restored]
    assert "编辑删除的图片" not in out


def test_a_photo_the_import_dropped_comes_back_with_the_page_text(pdf_edition, tmp_path):
    """Not the desk's decision (no desk deletion record): the page text's photo is written."""
    Photo.objects.get(caption=CAPTION).delete()
    out = reimport(tmp_path)
    assert Photo.objects.filter(caption=CAPTION).exists() and "编辑删除的图片" not in out


def test_a_photo_of_the_pdf_alone_deleted_at_the_desk_stays_deleted(
    folder, editor_client, tmp_path
):
    pdf, story = credited_page("陈维连 摄")
    (folder / "1.pdf").write_bytes(pdf)
    (folder / "1.txt").write_text(story.text() + "\n", encoding="utf-8")
    run(tmp_path)
    photo = Photo.objects.get()
    assert photo.pdf_number is not None and photo.image
    desk_delete(editor_client, photo)

    first = story.paragraphs[0]
    text = (folder / "1.txt").read_text(encoding="utf-8")
    (folder / "1.txt").write_text(text.replace(first[:6], first[:6] + "今年", 1), encoding="utf-8")
    out, err = run(tmp_path)
    assert not Photo.objects.exists()
    assert "编辑删除的图片（署名“陈维连 摄”，PDF 上第" in out + err
    assert "未恢复" in out + err
