"""导出修改记录 and a story's body edited in its printed part's own form (稿件分段, the
``ArticlePart`` admin): a lawyer asking "who changed this paragraph and when" found nothing. The
part's own history (正文修改记录) held the change, but the export read only the stories', issues'
and photos' histories, and the story's version written by that save compared equal with the
one before: its imported version was recorded only after the part had been saved, so it held
the new text already. Now the story's imported version is recorded first, and the export lists
the parts' own records too (with the story's, when one story is exported)."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.editing import story_versions
from articles.models import Article
from tests.admin.conftest import form_data
from tests.admin.test_audit_export import download

pytestmark = pytest.mark.django_db

OLD, NEW = "昨日上午", "前日下午"
#: The change as the file writes it: by character, what went and what came.
DIFF = "［删：昨］［增：前］日［删：上］［增：下］午"


@pytest.fixture
def edited(editor_client, seed):
    """The lead story's first paragraph changed in its part's form (``昨日上午`` → ``前日下午``),
    as the page's form sends it: the story's first edit."""
    story = Article.objects.order_by("page__sequence", "position").first()
    part = story.parts.get(sequence=0)
    assert OLD in part.blocks[0]["text"] and not Article.history.filter(id=story.pk).exists()
    address = reverse("admin:articles_articlepart_change", args=[part.pk])
    data = form_data(editor_client.get(address))
    data["blocks"] = data["blocks"].replace(OLD, NEW, 1)
    assert editor_client.post(address, {**data, "_save": "保存"}).status_code == 302
    return story, part


def body_rows(rows, source):
    return [r for r in rows if r["记录来源"] == source and "正文第1段" in (r["改动"] or "")]


def test_a_paragraph_changed_in_its_parts_form_is_in_the_storys_export(editor_client, edited):
    story, part = edited
    audit = reverse("admin:audit_export") + f"?object=article:{story.pk}"
    rows = download(editor_client, audit).dict
    [version] = body_rows(rows, "稿件修改记录")
    assert version["对象编号"] == str(story.pk) and version["操作人"] == "desk-editor"
    assert version["改动"].startswith("正文第1段：") and DIFF in version["改动"]
    [own] = body_rows(rows, "正文修改记录")  # the part's own record, named by its page
    assert own["对象类型"] == "稿件分段" and own["对象编号"] == str(part.pk)
    assert own["改动"].startswith("A1版正文第1段：") and DIFF in own["改动"]
    assert f"稿件 #{story.pk}" in own["标题（当时）"] and own["操作人"] == "desk-editor"
    assert own["时间"].endswith("+08:00")


def test_the_storys_imported_version_keeps_the_text_before_the_parts_edit(edited):
    story, _ = edited
    first, latest = story_versions(story.pk)[0], story_versions(story.pk)[-1]
    assert first.record.history_change_reason.startswith("导入时的版本")
    assert OLD in first.parts[0]["blocks"][0]["text"]
    assert NEW in latest.parts[0]["blocks"][0]["text"]


def test_a_date_range_export_lists_each_parts_body_change(editor_client, edited):
    _, part = edited
    today = timezone.localdate().isoformat()
    rows = download(editor_client, start=today, end=today).dict
    own = body_rows(rows, "正文修改记录")
    assert [(r["对象编号"], r["操作人"]) for r in own] == [(str(part.pk), "desk-editor")]
    assert len(body_rows(rows, "稿件修改记录")) == 1


def log_rows(rows):
    return [r for r in rows if r["记录来源"] == "管理日志"]


def test_a_parts_form_save_is_the_storys_export_admin_log_row_once(editor_client, edited):
    """As a save of the story's own form is (in its history and in the admin log): the part's
    save is logged on the part, and the story exported alone lists that entry too."""
    story, part = edited
    audit = reverse("admin:audit_export") + f"?object=article:{story.pk}"
    [logged] = log_rows(download(editor_client, audit).dict)
    assert (logged["对象类型"], logged["对象编号"]) == ("稿件分段", str(part.pk))
    assert (logged["操作"], logged["改动"]) == ("修改稿件分段", "已修改正文。")
    assert logged["操作人"] == "desk-editor" and logged["标题（当时）"] == str(part)
    today = timezone.localdate().isoformat()
    assert log_rows(download(editor_client, start=today, end=today).dict) == [logged]


def test_another_storys_part_saved_is_not_in_this_storys_export(editor_client, edited):
    story, _ = edited
    other = Article.objects.exclude(pk=story.pk).order_by("pk").first()
    audit = reverse("admin:audit_export") + f"?object=article:{other.pk}"
    assert log_rows(download(editor_client, audit).dict) == []
