"""``manage.py publish_issue --user``: its history records named no one (a night's publication
by cron read ``（命令行发布）`` with nobody to ask). Now ``--user`` names the editor: every story
it publishes, the issue and each 已核对 record (``--keep-edited-text``, stories and photos) are
theirs; a user the desk would not let publish (unknown, inactive, not staff, without the publish
permission, or not a chief editor on a paper that requires sign-off) is refused in Chinese, nothing
published, saying who may and where users are listed. Without ``--user`` every record it writes
reads ``（命令行发布）``: the 未签发破例 and 已核对 ones read ``（系统）`` before, a version page
``导入``."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from articles.admin.history import history_actor
from articles.models import Article, Issue, Photo, Publication, Status
from tests.admin.test_page_text_pending import kept  # noqa: F401 (the fixture)
from tests.admin.test_photo_page_text_at_publish import standing  # noqa: F401 (the fixture)

pytestmark = pytest.mark.django_db
NANTONG = ["--paper", "nantong-daily", "--date", "2020-07-09", "--acknowledge-broken"]
QINGWAN = ["--paper", "qingwan", "--date", "2022-05-06", "--keep-edited-text"]


def publish(*flags) -> str:
    out = StringIO()
    call_command("publish_issue", *flags, stdout=out, stderr=StringIO())
    return out.getvalue()


def refused(*flags) -> CommandError:
    with pytest.raises(CommandError) as caught:
        publish(*flags)
    return caught.value


def test_the_user_is_named_in_every_record_it_writes(seed_with_a2, chief):
    said = publish(*NANTONG, "--user", "desk-chief")
    assert "已发布" in said and "\n  发布人：desk-chief（记入修改历史）\n" in said
    issue = Issue.objects.get()
    assert issue.status == Status.PUBLISHED
    assert issue.history.first().history_user == chief
    for story in Article.objects.all():
        record = story.history.first()
        assert (record.status, record.history_user) == (Status.PUBLISHED, chief)
        assert history_actor(record) == "desk-chief"
        assert record.history_change_reason == "发布（命令行）"


def test_its_kept_text_records_name_the_user(kept, editor):  # noqa: F811
    publish(*QINGWAN, "--user", "desk-editor")
    record = kept.history.filter(history_change_reason__startswith="已核对").get()
    assert record.history_user == editor and history_actor(record) == "desk-editor"


def test_a_photos_kept_text_record_names_the_user(standing, chief):  # noqa: F811
    publish(
        "--paper",
        "nantong-daily",
        "--date",
        "2021-05-03",
        "--keep-edited-text",
        "--user",
        "desk-chief",
    )
    record = Photo.objects.get(pk=standing.pk).history.first()
    assert record.history_change_reason.startswith("已核对") and record.history_user == chief


def test_an_unknown_user_is_refused_saying_who_may_and_where_users_are(
    seed_with_a2, editor, chief, viewer
):
    error = refused(*NANTONG, "--user", "desk_editor")
    said = str(error)
    assert error.returncode == 1
    assert said.startswith("没有用户 'desk_editor'")
    assert "可以发布《南通日报》的用户：desk-chief、desk-editor；" in said  # (not the viewer)
    assert "全部用户见编辑后台的“用户”页（/admin/auth/user/" in said
    assert Issue.objects.get().status == Status.DRAFT
    assert not Article.objects.filter(status=Status.PUBLISHED).exists()


def test_an_inactive_or_non_staff_user_is_refused(seed_with_a2, editor, chief):
    get_user_model().objects.filter(username="desk-editor").update(is_active=False)
    assert "用户 'desk-editor' 已停用，不能登录编辑后台，不能用来发布" in str(
        refused(*NANTONG, "--user", "desk-editor")
    )
    get_user_model().objects.filter(username="desk-chief").update(is_staff=False)
    said = str(refused(*NANTONG, "--user", "desk-chief"))
    assert "不是编辑部的用户" in said and "还没有用户可以发布《南通日报》" in said
    assert Issue.objects.get().status == Status.DRAFT


def test_a_user_without_the_desks_publish_permission_is_refused(seed_with_a2, viewer, editor):
    said = str(refused(*NANTONG, "--user", "desk-viewer"))
    assert (
        "用户 'desk-viewer' 没有发布权限" in said
        and "可以发布《南通日报》的用户：desk-editor" in said
    )
    assert Issue.objects.get().status == Status.DRAFT


def test_on_a_sign_off_paper_only_a_chief_editor_may_as_at_the_desk(seed_with_a2, editor, chief):
    Publication.objects.update(review_required=True)
    Article.objects.update(status=Status.SIGNED_OFF)
    said = str(refused(*NANTONG, "--user", "desk-editor"))
    assert "只有总编辑（签发权限）可以发布" in said  # (the desk's words: publish_refusal)
    assert "可以发布《南通日报》的用户：desk-chief；" in said
    assert Issue.objects.get().status == Status.DRAFT
    publish(*NANTONG, "--user", "desk-chief")
    assert Issue.objects.get().status == Status.PUBLISHED


def test_without_a_user_every_record_it_writes_says_the_command(kept, chief_client):  # noqa: F811
    Publication.objects.update(review_required=True)
    publish(*QINGWAN, "--unsigned-reason", "抢发")
    issue = Issue.objects.get()
    assert (
        history_actor(issue.history.first()) == "（命令行发布）"
    )  # (发布（命令行）（未签发破例：抢发）)
    published, acknowledged = (
        kept.history.filter(history_change_reason__startswith=start).get()
        for start in ("发布（命令行）", "已核对")
    )
    assert history_actor(published) == "（命令行发布）"
    assert history_actor(acknowledged) == "（命令行发布）"
    page = chief_client.get(
        reverse("admin:articles_article_history", args=[kept.pk])
    ).content.decode()
    rows = page.split("change-history")[1].split("</table>")[0]
    assert "（系统）" not in rows
    version = reverse(
        "admin:articles_article_simple_history", args=[kept.pk, acknowledged.history_id]
    )
    html = chief_client.get(version).content.decode()
    assert "，（命令行发布）（已核对" in html and "，导入（" not in html
