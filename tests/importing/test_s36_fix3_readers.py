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
