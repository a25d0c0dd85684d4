"""A late page imported from the shell into an issue already published.

Its continuations join published stories and are public at once. The desk's upload says so
(``读者能看到什么：…已发布：读者现在看到 “…”（上接A1版）``); README says the desk and the command
print one page line. The command says only ``A2版：新建；4 篇稿件…``.
"""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Issue
from articles.publishing import issue_publish
from tests.admin.conftest import JUMPS
from tests.factories import import_seed

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(db):
    import_seed()
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)


def run(*flags) -> str:
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


def test_the_continuations_are_public_at_once(published):
    run()
    issue = Issue.objects.get()
    assert issue.articles.filter(status="published", parts__page__label="A2").count() == 4


def test_the_command_says_readers_see_the_continuations_at_once(published):
    out = run()
    assert "读者" in out and "千企联千村" in out, out


def test_the_json_report_names_the_continuations_readers_see(published):
    page = json.loads(run("--json"))["pages"][0]
    assert "千企联千村" in json.dumps(page, ensure_ascii=False), page
