"""``import_pages`` says what readers see of a page of an issue already published, as the desk
says it (one function, :func:`articles.importing.upload.page_visibility`), and says nothing of
it for an issue not published."""

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from articles.importing.upload import page_visibility
from articles.models import Issue, Page
from articles.publishing import issue_publish
from tests.admin.conftest import JUMPS
from tests.factories import import_seed

pytestmark = pytest.mark.django_db


def import_a2(*flags) -> str:
    out = StringIO()
    call_command(
        "import_pages",
        str(JUMPS / "A2.txt"),
        "--paper",
        "nantong-daily",
        "--date",
        "2020-07-09",
        "--page",
        "A2",
        "--workers",
        "0",
        *flags,
        stdout=out,
        stderr=StringIO(),
    )
    return out.getvalue()


def test_the_commands_readers_line_is_the_desks_line():
    import_seed()
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    out = import_a2()
    page = Page.objects.get(label="A2")
    desk = page_visibility(page.pk, since=date(2000, 1, 1)).summary
    assert f"A2版 读者能看到什么：{desk}" in out.splitlines()


def test_the_json_readers_list_each_continuation_public_at_once():
    import_seed()
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    readers = json.loads(import_a2("--json"))["pages"][0]["readers"]
    assert readers["issue_published"] is True
    assert len([name for name in readers["public"] if "（上接A1版）" in name]) == 4


def test_an_issue_not_published_gets_no_readers_line():
    import_seed()
    assert "读者能看到什么" not in import_a2()
    assert json.loads(import_a2("--json"))["pages"][0]["readers"] == {}


def test_a_dry_run_says_no_readers_line_it_could_not_work_out():
    import_seed()
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    assert "读者能看到什么" not in import_a2("--dry-run")


LATE_PAGE_WITH_A_STORYS_PHOTO = """旧城长者重拾阅读乐趣

本报讯（记者 何晓雨）东岸一间社区中心本月起推出大字书借阅服务，首批购入三百本大字印刷的小说。

■社区中心的大字书专柜吸引不少长者借阅。（记者 林嘉文 摄）

中心负责人说，开办一个月以来，已有一百二十名长者办理借书证。
"""


def test_a_photo_printed_in_a_new_draft_story_is_not_counted_as_public(tmp_path):
    import_seed()
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    late = tmp_path / "A3.txt"
    late.write_text(LATE_PAGE_WITH_A_STORYS_PHOTO, encoding="utf-8")
    out = StringIO()
    call_command(
        "import_pages",
        str(late),
        "--paper",
        "nantong-daily",
        "--date",
        "2020-07-09",
        "--workers",
        "0",
        "--json",
        stdout=out,
        stderr=StringIO(),
    )
    readers = json.loads(out.getvalue())["pages"][0]["readers"]
    assert readers["issue_published"] is True
    assert not [line for line in readers["public"] if "张图片" in line]
