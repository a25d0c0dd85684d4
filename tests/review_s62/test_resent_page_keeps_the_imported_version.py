"""A story whose first change is a re-sent page keeps its imported version in its history.

A fresh reviewer imported ``import_pages A1.txt A2.txt --paper … --new-paper`` (A1's story goes
on ``（下转A2版）``), then ``import_pages A2.txt`` with one word changed. The story's history held
only ``~ 重新导入A2.txt：版面文本有更正`` with the corrected text, and the 历史 page called that
最早的版本: the text as first imported was nowhere. A desk edit records the stored state first
(``导入时的版本``, dated at the import: ``articles.editing.history_baseline``); a re-import now
does the same before it changes a story (``articles/importing/baselines.py``).
"""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article, Page

pytestmark = pytest.mark.django_db

A1 = (
    "长江禁渔见成效\n\n本报讯（记者周游）记者昨日从市农业农村局获悉，长江南通段禁渔工作开展以来，"
    "江豚频繁现身，沿江渔民转产转业（下转A2版）\n"
)
A2 = (
    "禁渔见成效\n\n（上接A1版）工作稳步推进，退捕渔民全部纳入社会保障，长江禁渔执法监管持续加强。\n"
)
PAPER = ["--paper", "澜江晚报", "--date", "2026-11-20"]


def texts(record) -> list[str]:
    return [b["text"] for part in record.story["parts"] for b in part["blocks"]]


@pytest.fixture
def resent(tmp_path):
    (tmp_path / "A1.txt").write_text(A1, encoding="utf-8")
    (tmp_path / "A2.txt").write_text(A2, encoding="utf-8")
    files = [str(tmp_path / "A1.txt"), str(tmp_path / "A2.txt")]
    call_command("import_pages", *files, *PAPER, "--new-paper", stdout=StringIO())
    first_import = Page.objects.get(label="A2").imported_at
    (tmp_path / "A2.txt").write_text(A2.replace("稳步", "扎实"), encoding="utf-8")
    call_command("import_pages", str(tmp_path / "A2.txt"), *PAPER, stdout=StringIO())
    return Article.objects.get(), first_import


def test_the_history_begins_with_the_imported_text(resent):
    story, first_import = resent
    records = list(story.history.order_by("history_date", "history_id"))
    assert [r.history_change_reason for r in records] == [
        "导入时的版本",
        "重新导入A2.txt：版面文本有更正",
    ]
    assert "工作稳步推进，退捕渔民全部纳入社会保障，长江禁渔执法监管持续加强。" in texts(records[0])
    assert "工作扎实推进，退捕渔民全部纳入社会保障，长江禁渔执法监管持续加强。" in texts(records[1])
    # dated at the first import, not at the re-import
    assert records[0].history_date < Page.objects.get(label="A2").imported_at
    assert records[0].history_date >= first_import


def test_the_history_page_calls_the_imported_version_the_earliest(editor_client, resent):
    story, _ = resent
    url = reverse("admin:articles_article_history", args=[story.pk])
    page = editor_client.get(url).content.decode()
    earliest = page.rindex("最早的版本")
    assert page.rfind("导入时的版本", 0, earliest) > page.rfind("版面文本有更正", 0, earliest)


def test_a_story_the_resent_page_leaves_as_it_was_gets_no_record(tmp_path):
    (tmp_path / "A1.txt").write_text(A1, encoding="utf-8")
    call_command("import_pages", str(tmp_path / "A1.txt"), *PAPER, "--new-paper", stdout=StringIO())
    added = "\n江海公园今起开放\n\n本报讯（记者林立）江海公园今天起对市民开放，免费入园。\n"
    (tmp_path / "A1.txt").write_text(A1 + added, encoding="utf-8")
    out = StringIO()
    call_command("import_pages", str(tmp_path / "A1.txt"), *PAPER, stdout=out)
    assert "更新" in out.getvalue() and Article.objects.count() == 2
    assert not Article.objects.get(headline="长江禁渔见成效").history.exists()
