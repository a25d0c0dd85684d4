"""A re-import whose text no longer gives the continuation of a story edited by hand or
published keeps it (hand edits win; a published story's text does not shrink unsaid) and says
so as a conflict; --overwrite-edited removes it and names it (将删去 in its dry run)."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import ArticlePart, Issue, Jump, JumpState

pytestmark = pytest.mark.django_db

FRONT = (
    "西岭水库完成除险加固\n"
    "本报讯（记者任书航）西岭水库除险加固工程昨天通过验收，大坝加高一米二，新建溢洪道一条。"
    "（下转2版）\n"
)
CONTINUATION = "（上接1版）水库管理站介绍，工程让下游六个村的防洪标准提高到五十年一遇。\n"
OTHER = (
    "北关小学新操场启用\n本报讯（记者向晴）北关小学的塑胶操场昨天启用，全校师生在新跑道上晨跑。\n"
)
FLAGS = ("--paper", "湖滨日报", "--date", "2024-03-06")


def run(*args) -> str:
    out = StringIO()
    call_command("import_pages", *map(str, args), "--workers", "0", stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def pages(tmp_path):
    (tmp_path / "1.txt").write_text(FRONT, encoding="utf-8")
    (tmp_path / "2.txt").write_text(CONTINUATION + "\n" + OTHER, encoding="utf-8")
    (tmp_path / "cut2.txt").write_text(OTHER, encoding="utf-8")
    run(tmp_path / "1.txt", tmp_path / "2.txt", *FLAGS)
    assert Jump.objects.get(direction="forward").state == JumpState.LINKED
    return tmp_path / "cut2.txt"


def continuation() -> ArticlePart | None:
    return ArticlePart.objects.filter(sequence=1).first()


def edit_the_continuation() -> None:
    part = continuation()
    part.blocks = [{"kind": "paragraph", "text": "编辑改写的续文：防洪标准提高到五十年一遇。"}]
    part.save()
    part.article.mark_edited()
    part.article.save()


def publish() -> None:
    issue = Issue.objects.get()
    call_command(
        "publish_issue",
        "--paper",
        issue.publication.slug,
        "--date",
        "2024-03-06",
        stdout=StringIO(),
    )


def test_an_edited_continuation_is_kept_as_a_conflict(pages):
    edit_the_continuation()
    out = run(pages, "--page", "2", *FLAGS)
    assert continuation().blocks[0]["text"].startswith("编辑改写的续文")
    assert Jump.objects.get(direction="forward").state == JumpState.LINKED
    line = next(x for x in out.splitlines() if x.strip().startswith("冲突："))
    assert "1版“西岭水库完成除险加固”这篇稿件经编辑改过" in line and "已保留" in line
    assert "--overwrite-edited" in line and "续文：" not in out


def test_overwrite_edited_removes_it_and_names_it(pages):
    edit_the_continuation()
    dry = run(pages, "--page", "2", *FLAGS, "--overwrite-edited", "--dry-run")
    assert continuation() is not None
    real = run(pages, "--page", "2", *FLAGS, "--overwrite-edited")
    assert continuation() is None
    for out, done in ((dry, "将删去"), (real, "已删去")):
        line = next(x for x in out.splitlines() if x.strip().startswith("覆盖："))
        assert "“西岭水库完成除险加固”的续文" in line and done in line
        assert f"续文已不在新的版面文本里，{done}" in out


def test_a_published_continuation_is_kept_until_overwrite_edited(pages):
    publish()
    (page,) = json.loads(run(pages, "--page", "2", *FLAGS, "--json", "--dry-run"))["pages"]
    (conflict,) = page["conflicts"]
    assert "续文已经发布" in conflict and page["dropped_continuations"] == []
    out = run(pages, "--page", "2", *FLAGS)
    assert continuation() is not None
    assert "续文已经发布" in out and "读者仍能读到" in out
    out = run(pages, "--page", "2", *FLAGS, "--overwrite-edited")
    assert continuation() is None
    line = next(x for x in out.splitlines() if x.strip().startswith("注意："))
    assert "“西岭水库完成除险加固”的续文（已发布）" in line
    assert "已删去（读者只看到它在1版的部分）" in line


def test_the_conflict_names_where_the_kept_continuation_stands_now(pages):
    # It stood first on page 2; the new text prints only the other story, first: kept, second.
    edit_the_continuation()
    out = run(pages, "--page", "2", *FLAGS)
    assert continuation().position == 2
    line = next(x for x in out.splitlines() if x.strip().startswith("冲突："))
    assert "2版 第2位（导入后，排在新文本的稿件之后）：" in line and "第1位" not in line
    (report,) = json.loads(run(pages, "--page", "2", *FLAGS, "--json"))["pages"]
    assert all("第1位" not in c for c in report["conflicts"])


def test_a_story_edited_only_on_its_first_page_does_not_say_its_continuation_was_edited(pages):
    front = continuation().article
    front.headline = "西岭水库除险加固通过验收"
    front.mark_edited()
    front.save()
    out = run(pages, "--page", "2", *FLAGS)
    line = next(x for x in out.splitlines() if x.strip().startswith("冲突："))
    assert "续文编辑改过" not in line
    assert "这篇稿件经编辑改过（改的不一定是本版的续文）" in line and "已保留" in line
