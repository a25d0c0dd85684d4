"""A photo edited by hand whose page is re-sent with a new caption and credit: the conflict line
says what the page changed (old → new, as a story's does), the photo keeps the page's text
pending until the desk takes it (采用版面文本: credits as an import writes them), and an import
printing it as the editor has it clears it (a picture editor's re-sent A3 left 通讯员 王涛
uncredited, and nothing said the caption or credit had changed in print)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from articles.editing import hand_edit
from articles.importing.pagetext import PageTextRefused
from articles.importing.phototext import photo_text_offer, photo_text_take
from articles.models import Photo

pytestmark = pytest.mark.django_db

PAGE = (
    "濠河夜游航线开通\n"
    "本报讯（记者 顾晓岚）濠河夜游航线昨晚开通，游船每半小时一班，末班船晚上十点发出。\n\n"
    "游客乘船夜游濠河。\n"
    "本报记者 许丛军摄\n"
)
RESENT = PAGE.replace("游客乘船", "游客在南大街码头乘船").replace(
    "许丛军摄", "许丛军 通讯员 王涛摄"
)
FLAGS = ("--paper", "南通日报", "--date", "2020-07-10", "--page", "A3", "--workers", "0")
SAID = (
    "A3版 第1位的图片：编辑改过，保留编辑保存的说明和署名（加上 --overwrite-edited 才会换成版面文本）"
    "；版面文本有改动：说明“游客乘船夜游…”→“游客在南大街码头乘船夜游…”；"
    "署名“… 许丛军摄”→“… 许丛军 通讯员 王涛摄”"
)
EDITED = "游客夜游濠河（图片编辑改写）。"


def run(tmp_path, text: str, *args) -> str:
    path = tmp_path / "A3.txt"
    path.write_text(text, encoding="utf-8")
    out = StringIO()
    call_command("import_pages", str(path), *FLAGS, *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def edit(caption: str = EDITED) -> Photo:
    """As the photo's desk form saves it (a baseline in history, then the editor's record)."""
    photo = Photo.objects.get()
    hand_edit([photo])
    photo.caption = caption
    photo.save()
    return photo


@pytest.fixture
def resent(tmp_path):
    run(tmp_path, PAGE)
    edit()
    return run(tmp_path, RESENT)


def credited(photo: Photo) -> list[str]:
    return list(photo.credits.order_by("order").values_list("person__name", flat=True))


def test_the_conflict_line_says_the_printed_caption_and_credit_old_to_new(resent):
    assert SAID in resent


def test_the_photo_keeps_the_page_text_pending_and_as_the_editor_saved_it(resent):
    photo = Photo.objects.page_text_pending().get()
    assert photo.caption == EDITED and photo.credit_line == "本报记者 许丛军摄"
    assert photo.page_text_pending["credit_line"] == "本报记者 许丛军 通讯员 王涛摄"
    assert photo.page_text_pending["photographers"] == ["许丛军", "王涛"]
    assert credited(photo) == ["许丛军"]


def test_taking_it_credits_as_an_import_would_and_ends_the_hand_edit(resent, tmp_path):
    photo = Photo.objects.get()
    editor = get_user_model().objects.create(username="pic-editor")
    offer = photo_text_take(photo_id=photo.pk, token=photo_text_offer(photo).token, user=editor)
    assert offer.changes[1] == "署名“… 许丛军摄”→“… 许丛军 通讯员 王涛摄”"
    photo.refresh_from_db()
    assert photo.caption == "游客在南大街码头乘船夜游濠河。" and photo.edited_at is None
    assert credited(photo) == ["许丛军", "王涛"] and photo.page_text_pending is None
    record = photo.history.order_by("-history_date", "-history_id").first()
    assert record.history_change_reason == "采用版面文本（A3版）" and record.history_user == editor
    assert photo.article.history.first().history_change_reason == "所附图片采用版面文本（A3版）"
    # no longer edited: the page's next correction reaches it by itself, without a conflict
    out = run(tmp_path, RESENT.replace("南大街码头", "南大街北码头"))
    assert "图片：编辑改过" not in out
    assert Photo.objects.get().caption == "游客在南大街北码头乘船夜游濠河。"


def test_a_stale_confirmation_writes_nothing(resent):
    photo = Photo.objects.get()
    token = photo_text_offer(photo).token
    edit("又改了一次说明。")
    with pytest.raises(PageTextRefused, match="确认页打开之后"):
        photo_text_take(photo_id=photo.pk, token=token, user=None)
    assert Photo.objects.get().caption == "又改了一次说明。"


def test_an_import_printing_it_as_the_editor_has_it_clears_it(resent, tmp_path):
    run(tmp_path, RESENT.replace("游客在南大街码头乘船夜游濠河。", EDITED).replace("王涛", "王 涛"))
    assert Photo.objects.get().page_text_pending is not None  # (its credit still differs)
    photo = edit(EDITED)
    Photo.objects.filter(pk=photo.pk).update(credit_line="本报记者 许丛军 通讯员 王涛摄")
    out = run(tmp_path, RESENT.replace("游客在南大街码头乘船夜游濠河。", EDITED))
    assert "图片：编辑改过" not in out
    assert not Photo.objects.page_text_pending().exists()


def test_an_import_printing_it_as_last_imported_says_no_change_and_clears_it(resent, tmp_path):
    out = run(tmp_path, PAGE)
    assert "图片：编辑改过，保留编辑保存的说明和署名" in out and "版面文本有改动" not in out
    assert not Photo.objects.page_text_pending().exists()
