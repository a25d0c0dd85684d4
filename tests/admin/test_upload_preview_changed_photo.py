"""The desk's preview of a published page re-imported with a changed photo caption says readers
will see it changed (读者将看到改动：1 张图片), not 本版没有新公开的内容 … 照旧: the caption goes
public at once (articles/importing/visibility.py)."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.importing.test_published_photo_teaser_kept import PAGE, published  # noqa: F401

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "湖滨日报", "issue_date": "2024-03-05", "page": "A1"}


def _said(client, text: str) -> str:
    files = [SimpleUploadedFile("A1.txt", text.encode(), "text/plain")]
    html = client.post(UPLOAD, {**FIELDS, "files": files}).content.decode()
    return html.split("已发布：", 1)[1].split("。", 1)[0]


def test_a_changed_caption_is_said_as_what_readers_will_see_changed(editor_client, published):  # noqa: F811
    said = _said(editor_client, PAGE.replace("观看湖上灯光秀", "观看湖上烟花"))
    assert "读者将看到改动：1 张图片" in said
    assert "本版没有新公开的内容" not in said and "1 张图片照旧" not in said


def test_the_same_page_again_is_all_as_before(editor_client, published):  # noqa: F811
    said = _said(editor_client, PAGE)
    assert said.startswith("本版没有新公开的内容") and "改动" not in said


def test_a_changed_published_story_is_said_changed_too(editor_client, published):  # noqa: F811
    said = _said(editor_client, PAGE.replace("方便沿线居民出行", "方便沿线居民和游客出行"))
    assert "读者将看到改动：1 篇稿件" in said and "1 篇稿件照旧" not in said
