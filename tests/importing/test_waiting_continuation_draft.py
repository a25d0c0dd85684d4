"""A page added to a published issue whose new story is a continuation (上接) not linked to the
story it continues says so: still a draft, not to be published alone (publish_issue would put it
online as a story of its own), and how to link it; other new stories keep the publish advice."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Issue

pytestmark = pytest.mark.django_db

FRONT = (
    "东湖湿地公园扩建开工\n"
    "本报讯（记者秦远）东湖湿地公园扩建工程昨天开工，新增水面八十亩，栈道延长两公里。"
    "（下转2版）\n"
)
MOVED = "（上接1版）园林部门说，扩建期间湿地南区照常开放，北区分段封闭施工。\n"
NEW = "社区食堂推出老年套餐\n本报讯（记者柯岚）城东社区食堂本周推出老年套餐，每份十二元。\n"
FLAGS = ("--paper", "湖滨日报", "--date", "2024-03-07", "--workers", "0")


def run(path, *args) -> str:
    out = StringIO()
    call_command("import_pages", str(path), *FLAGS, *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def published(tmp_path):
    front = tmp_path / "1.txt"
    front.write_text(FRONT, encoding="utf-8")
    run(front)
    issue = Issue.objects.get()
    call_command(
        "publish_issue",
        "--paper",
        issue.publication.slug,
        "--date",
        "2024-03-07",
        "--acknowledge-broken",
        stdout=StringIO(),
        stderr=StringIO(),
    )
    return tmp_path


def test_a_new_continuation_not_linked_is_not_advised_to_be_published(published):
    page = published / "3.txt"
    page.write_text(MOVED + "\n" + NEW, encoding="utf-8")
    out = run(page, "--page", "3", "--dry-run")
    drafts = [x for x in out.splitlines() if x.strip().startswith("草稿：")]
    waiting = next(x for x in drafts if "续文" in x)
    assert "“园林部门说，扩建期间湿地…”（上接1版）" in waiting
    assert "不要单独发布" in waiting and "要发布它们" not in waiting
    others = next(x for x in drafts if "续文" not in x)
    assert "“社区食堂推出老年套餐”" in others and "园林部门" not in others
    assert "1 篇新稿件仍是草稿；1 段新续文未接上" in out
    (report,) = json.loads(run(page, "--page", "3", "--json"))["pages"]
    assert report["new_drafts"] == ["“社区食堂推出老年套餐”"]
    assert report["waiting_continuations"] == ["“园林部门说，扩建期间湿地…”（上接1版）"]
