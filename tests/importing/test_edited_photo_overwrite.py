"""A photo an editor changed is kept as saved when its page is imported again, and the report
now says so when the page text prints it otherwise; ``--overwrite-edited`` gives it the page
text again, as it does an edited story, and says that (a reviewer's ``reparse_pages
--overwrite-edited`` replaced two stories and left an edited caption without a word)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles.models import Photo

pytestmark = pytest.mark.django_db

PAGE = (
    "湖心岛码头今起试运行\n"
    "本报讯（记者顾晓岚）湖心岛新码头今天起试运行，游船每半小时一班，末班船晚上六点发出。\n\n"
    "图为试运行首日，游客排队登船。\n"
    "本报记者 程一帆 摄\n"
)
FLAGS = ("--paper", "湖滨日报", "--date", "2024-03-05", "--page", "3", "--workers", "0")


def run(path, *args) -> str:
    out = StringIO()
    call_command("import_pages", str(path), *FLAGS, *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def edited(tmp_path):
    path = tmp_path / "3.txt"
    path.write_text(PAGE, encoding="utf-8")
    run(path)
    photo = Photo.objects.get()
    Photo.objects.filter(pk=photo.pk).update(
        caption="编辑改写的说明：试运行首日。", edited_at=timezone.now()
    )
    return path, photo


def test_an_edited_photo_is_kept_and_the_report_says_so(edited):
    path, _ = edited
    out = run(path, "--overwrite-edited", "--dry-run")
    assert "3版 第1位的图片：编辑改过的说明和署名将换成版面文本（按 --overwrite-edited）" in out
    out = call_reparse()
    assert (
        "3版 第1位的图片：编辑改过，保留编辑保存的说明和署名（加上 --overwrite-edited 才会换成版面文本）"
        in out
    )
    assert Photo.objects.get().caption == "编辑改写的说明：试运行首日。"


def test_overwrite_edited_gives_the_photo_the_page_text_and_says_so(edited):
    path, _ = edited
    out = run(path, "--overwrite-edited")
    assert "3版 第1位的图片：编辑改过的说明和署名已换成版面文本（按 --overwrite-edited）" in out
    again = Photo.objects.get()
    assert again.caption == "图为试运行首日，游客排队登船。" and again.edited_at is None


def test_an_edited_photo_printed_as_stored_says_nothing(tmp_path):
    path = tmp_path / "3.txt"
    path.write_text(PAGE, encoding="utf-8")
    run(path)
    Photo.objects.update(edited_at=timezone.now())
    out = call_reparse()
    assert "图片：编辑改过" not in out


def call_reparse() -> str:
    out = StringIO()
    call_command("reparse_pages", *FLAGS[:6], stdout=out, stderr=StringIO())
    return out.getvalue()
