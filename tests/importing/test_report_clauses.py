"""A page's import report says its counts in one list of clauses (:func:`report_clauses`), which
the command's line, the desk's line and ``--json`` all say: the same words, in the same order,
each after a ``；``; hand edits kept apart from kept published stories; a dry run in the words of
what the import will do."""

from __future__ import annotations

from articles.importing.reportlines import page_line, report_clauses
from articles.importing.reports import PageImportReport, PendingJump
from articles.importing.upload import report_text

HAND_EDIT = (
    "2 #3 “渡口改建工程开工”: edited by hand, left as the editor saved it "
    "(use --overwrite-edited to replace it with the page text)"
)
PUBLISHED = (
    "2 #4 “西街夜市恢复营业”: published and no longer in the page text; kept "
    "(use --overwrite-edited to remove it)"
)


def report(**fields) -> PageImportReport:
    values = {"action": "updated", "articles": 4, "photos": 1, "teasers": 0, **fields}
    return PageImportReport(
        source="2.txt", paper="渡口日报", date="2024-06-01", label="2", **values
    )


def busy(**fields) -> PageImportReport:
    """A re-import with something of every kind to count."""
    return report(
        pending_jumps=[PendingJump("2", 1, "（下转6版）", "6", "pending", "待目标版面")],
        conflicts=[HAND_EDIT, PUBLISHED],
        overwritten=["覆盖的一处"],
        dropped_continuations=["一段续文"],
        orphaned_continuations=["一段别版的续文"],
        new_drafts=["“社区书屋开放”"],
        waiting_continuations=["“…”（上接1版）"],
        cross_page=["一篇整篇"],
        flags=[{"line": 3, "kind": "deck-either-way", "message": "标题可能属于上下两篇"}],
        **fields,
    )


def test_the_command_and_the_desk_say_the_same_line():
    page = busy(encoding="gb18030")
    assert report_text(page) == page.summary
    assert page.summary == page_line(page)
    assert page.summary.startswith("渡口日报 2024-06-01 2版：更新；4 篇稿件、1 张图片、0 条导读；")
    assert page.summary.endswith("；1 行请先核对；按 gb18030 编码读入")


def test_every_clause_follows_a_full_width_semicolon_in_one_order():
    page = busy()
    texts = [clause.text for clause in report_clauses(page)]
    assert page.summary.endswith("；" + "；".join(texts))
    assert [clause.kind for clause in report_clauses(page)] == [
        "pending_jumps",
        "hand_edits",
        "published_kept",
        "overwritten",
        "dropped_continuations",
        "orphaned_continuations",
        "new_drafts",
        "waiting_continuations",
        "cross_page",
        "flags",
    ]
    assert texts[0] == "1 处转版待接（6版尚未导入）"  # where the jump waits, on the desk too


def test_a_kept_published_story_is_not_counted_as_a_hand_edit():
    clauses = {c.kind: c.text for c in report_clauses(report(conflicts=[PUBLISHED]))}
    assert clauses == {
        "published_kept": "1 篇已发布的稿件不在新的版面文本里（已保留，读者仍能打开）"
    }
    clauses = {c.kind: c.text for c in report_clauses(report(conflicts=[HAND_EDIT]))}
    assert clauses == {"hand_edits": "1 处冲突（人工修改过的内容已保留）"}


def test_a_dry_run_says_what_the_import_will_do():
    line = busy(dry_run=True).summary
    assert "2版：将更新；" in line
    assert "1 处冲突（人工修改过的内容将保留）" in line
    assert "（将保留，读者仍能打开）" in line
    assert "1 处人工修改将被版面文本覆盖" in line
    assert "1 段续文已不在文本里（转版将重新待接）" in line
    assert "1 段别版的续文将无处转入" in line
    assert "已保留" not in line and "已被" not in line and "已无处" not in line
    assert "试运行" not in line  # said once, on the run's line


def test_an_unchanged_page_reads_unchanged_in_both_and_nothing_to_count_is_left_out():
    page = report(action="unchanged")
    assert report_clauses(page) == []
    assert page.summary == "渡口日报 2024-06-01 2版：未变；4 篇稿件、1 张图片、0 条导读"
    assert report_text(page) == page.summary
    assert report(action="unchanged", dry_run=True).summary == page.summary


def test_the_desk_adds_what_the_pdf_did_before_the_encoding():
    page = report(pdf_action="updated", pdf_line="版面 PDF：已更新，3 个热区", encoding="big5")
    assert report_text(page) == (
        "渡口日报 2024-06-01 2版：更新；4 篇稿件、1 张图片、0 条导读；"
        "版面 PDF：已更新，3 个热区；按 big5 编码读入"
    )
    assert "版面 PDF" not in page.summary  # the command prints it on a line of its own


def test_the_json_report_gives_the_line_and_the_clauses_as_values():
    data = busy().as_dict()
    assert data["summary"] == busy().summary
    assert data["clauses"][1] == {
        "kind": "hand_edits",
        "count": 1,
        "text": "1 处冲突（人工修改过的内容已保留）",
    }
    assert len(data["clauses"]) == 10
