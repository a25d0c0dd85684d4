"""Re-importing an unchanged page of a published issue says readers "see at once" its stories.

README: a page imported into an issue already published is public at once in part, and the
command prints ``A2版 读者能看到什么：… 已发布：读者现在看到 “…”``. Every run of ``scripts/run``
(README: "Running it again is safe") re-imports the unchanged seed into the published sample
issue and prints ``A1版：未变；…`` followed by ``A1版 读者能看到什么：…读者现在看到`` and the five
stories, as if the run had just made them public; ``--json`` gives the same ``readers``. The
import changed nothing, so there is nothing readers see now that they did not see before.

Steps: import the seed, publish the issue, import the same file again.
"""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Issue
from articles.publishing import issue_publish
from tests.factories import SEED, import_seed

pytestmark = pytest.mark.django_db


def again(*flags) -> str:
    out = StringIO()
    call_command(
        "import_pages",
        str(SEED),
        "--paper",
        "nantong-daily",
        "--date",
        "2020-07-09",
        "--page",
        "A1",
        "--workers",
        "0",
        *flags,
        stdout=out,
        stderr=StringIO(),
    )
    return out.getvalue()


@pytest.fixture
def published(db):
    import_seed()
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)


def test_an_unchanged_page_prints_no_readers_line(published):
    out = again()
    assert "未变" in out
    assert "读者现在看到" not in out, out


def test_an_unchanged_page_has_no_readers_in_json(published):
    page = json.loads(again("--json"))["pages"][0]
    assert not page["readers"].get("public"), page["readers"]
