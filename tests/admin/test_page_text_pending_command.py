"""版面文本有改动未采用 at ``manage.py publish_issue``: a story or photo kept as its editor saved it
while its page was re-sent with other text once went public with only a 请核对 line printed after
the fact, and nothing in its history. Now the command refuses (nothing published), naming each
with its changes and the desk's 查看改动 address, unless ``--keep-edited-text`` says the editor
checked; then it publishes and writes the desk's 已核对 record, saying the command did it."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from articles.models import Article, Issue, Photo, Status
from tests.admin.test_page_text_pending import LINE, kept  # noqa: F401 (the fixture)
from tests.admin.test_photo_page_text_at_publish import standing  # noqa: F401 (the fixture)

pytestmark = pytest.mark.django_db
QINGWAN = {"paper": "qingwan", "date": "2022-05-06"}
RECORD = "已核对，按编辑保存的内容发布（命令 publish_issue），未采用A1版的版面文本（第1段“"


def publish(**options) -> str:
    out = StringIO()
    call_command("publish_issue", stdout=out, **options)
    return out.getvalue()


def test_it_refuses_naming_the_story_its_changes_and_where_to_check(kept):  # noqa: F811
    with pytest.raises(CommandError) as refused:
        publish(**QINGWAN)
    said = str(refused.value)
    assert said.startswith("没有发布：1 篇稿件版面文本有改动未采用")
    compare = reverse("admin:articles_article_change", args=[kept.pk]) + "#page-text"
    assert f"  {LINE}\n    查看改动：{compare}\n" in said
    assert "点“采用版面文本”后再运行本命令" in said and "加上 --keep-edited-text 再运行" in said
    assert Issue.objects.get().status == Status.DRAFT
    assert not Article.objects.filter(status=Status.PUBLISHED).exists()
    assert not kept.history.filter(history_change_reason__startswith="已核对").exists()


def test_the_flag_publishes_and_writes_the_desks_record_saying_the_command(kept):  # noqa: F811
    said = publish(**QINGWAN, keep_edited_text=True)
    assert f"已核对：{LINE}" in said
    assert Issue.objects.get().status == Status.PUBLISHED
    record = kept.history.filter(history_change_reason__startswith="已核对").get()
    assert record.history_change_reason.startswith(RECORD)
    assert record.history_user is None and record.status == Status.PUBLISHED


def test_a_photo_standing_alone_is_named_with_its_address_and_recorded(standing):  # noqa: F811
    with pytest.raises(CommandError) as refused:
        publish(paper="nantong-daily", date="2021-05-03")
    said = str(refused.value)
    assert said.startswith("没有发布：1 张图片版面文本有改动未采用")
    compare = reverse("admin:articles_photo_change", args=[standing.pk]) + "#page-text"
    assert "B1版的图片“湿地里的白鹭（编辑改写）。”：版面文本有改动：说明" in said
    assert f"查看改动：{compare}" in said and "逐张打开上面的地址核对" in said
    assert Issue.objects.get().status == Status.DRAFT
    publish(paper="nantong-daily", date="2021-05-03", keep_edited_text=True)
    assert Issue.objects.get().status == Status.PUBLISHED
    photo = Photo.objects.get(pk=standing.pk)
    reason = photo.history.first().history_change_reason
    assert reason.startswith("已核对，按编辑保存的内容发布（命令 publish_issue），未采用B1版")


def test_unless_published_on_a_published_issue_still_does_nothing(kept):  # noqa: F811
    publish(**QINGWAN, keep_edited_text=True)
    assert "这次什么也没做" in publish(**QINGWAN, unless_published=True)
