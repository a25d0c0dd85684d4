"""A hand-edit conflict says what the page text changed in the story since it was last imported
(not the editor's own edits undone): a night editor re-uploaded A1 with 昨天 changed to 前天 and
the line said only 编辑改过，保留编辑保存的内容."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from articles.editing import hand_edit
from articles.importing import PageInput, pages_import
from articles.importing.pagetext import changes, changes_line
from articles.importing.reports import conflict_in_chinese
from articles.models import Article
from tests.importing.test_page_text_take import edit_its_first_paragraph

pytestmark = pytest.mark.django_db

PAGE = """渡口改建工程开工

本报讯（记者 林小河）城北渡口改建工程昨天开工，预计明年五月完工。

工程完工后，渡口每天可停靠渡船二十班，比现在多一倍。

社区图书馆延长开放时间

本报讯（记者 苏明远）全市社区图书馆下月起每天开放到晚上九点，方便下班的读者。
"""


def run(text: str, **kwargs):
    item = PageInput(
        paper_name="青湾日报",
        paper_slug="qingwan",
        issue_date=date(2022, 5, 6),
        label="A1",
        data=text.encode("utf-8"),
        source_name="A1.txt",
    )
    [report] = list(pages_import([item], **kwargs))
    return report


def edit_headline(headline: str = "渡口改建工程今起开工") -> Article:
    story = Article.objects.get(headline="渡口改建工程开工")
    hand_edit([story])
    story.headline = headline
    story.save()
    edit_its_first_paragraph(story)
    return story


def test_the_conflict_line_says_what_the_page_text_changed():
    run(PAGE)
    story = edit_headline()
    report = run(PAGE.replace("昨天", "前天"))
    [conflict] = report.conflicts
    assert conflict_in_chinese(conflict) == (
        "A1版 第1位的“渡口改建工程今起开工”：编辑改过，保留编辑保存的内容"
        "（加上 --overwrite-edited 才会换成版面文本）；版面文本有改动："
        "第1段“…改建工程昨天开工，…”→“…改建工程前天开工，…”"
    )
    assert report.page_text_stories == {conflict: story.pk}


def test_the_editors_own_edit_is_not_listed_as_a_change():
    run(PAGE)
    edit_headline()
    report = run(PAGE.replace("九点", "十点"))  # another story corrected; this one not
    # (nothing of the page's pending in it: no conflict line either, session 68)
    assert report.conflicts == []
    assert report.page_text_stories == {}


def test_the_command_prints_the_change_in_a_dry_run_too():
    run(PAGE)
    edit_headline()
    report = run(PAGE.replace("昨天", "前天").replace("二十班", "三十班"), dry_run=True)
    line = conflict_in_chinese(report.conflicts[0], dry_run=True)
    assert line.endswith("；版面文本有改动：第1段“…改建工程昨天开工，…”→“…改建工程前天开工，…”")
    # (the paragraph the editor never touched: taken, as a real run takes it)
    [taken] = [w for w in report.warnings if "编辑没有改过的地方" in w]
    assert taken.endswith("将按新的版面文本改：第2段“…停靠渡船二十班，比…”→“…停靠渡船三十班，比…”")


def test_a_few_changes_are_named_and_the_rest_counted():
    before = {"title_lines": [], "blocks": [{"kind": "paragraph", "text": t} for t in "甲乙丙丁戊"]}
    after = {"title_lines": [], "blocks": [{"kind": "paragraph", "text": t} for t in "子丑寅卯辰"]}
    line = changes_line(changes(before, after))
    assert line == "版面文本有改动：第1段“甲”→“子”；第2段“乙”→“丑”；第3段“丙”→“寅” 等，另有 2 处"


def test_a_printed_field_and_a_new_paragraph():
    before = {"headline": "甲", "title_lines": ["甲"], "blocks": [], "reporters": ["张三"]}
    after = {
        "headline": "乙",
        "title_lines": ["乙"],
        "blocks": [{"kind": "paragraph", "text": "新"}],
        "reporters": ["李四"],
    }
    assert changes(before, after) == ["主题“甲”→“乙”", "记者“张三”→“李四”", "新增第1段“新”"]


def test_each_change_in_a_text_is_seen_what_goes_and_what_comes():
    """Two changes in one caption: the removal of 璀璨 was hidden behind a clipped new text
    (``“游客乘船夜游濠河，欣赏两岸璀璨灯光。”→“…欣赏…灯光。”``); each is said on its own."""
    old = "游客乘船夜游濠河，欣赏两岸璀璨灯光。"
    new = "游客在南大街码头乘船夜游濠河，欣赏两岸灯光。"
    before = {"title_lines": [], "blocks": [{"kind": "paragraph", "text": old}]}
    after = {"title_lines": [], "blocks": [{"kind": "paragraph", "text": new}]}
    assert changes(before, after) == [
        "第1段“游客乘船夜游…”→“游客在南大街码头乘船夜游…”、“…欣赏两岸璀璨灯光。”→“…欣赏两岸灯光。”"
    ]


def test_import_pages_prints_it(tmp_path):
    folder = tmp_path / "qingwan" / "2022-05-06"
    folder.mkdir(parents=True)
    (folder / "A1.txt").write_text(PAGE, encoding="utf-8")
    call_command("import_pages", str(folder), "--paper", "青湾日报", stdout=StringIO())
    edit_headline()
    (folder / "A1.txt").write_text(PAGE.replace("昨天", "前天"), encoding="utf-8")
    out = StringIO()
    call_command("import_pages", str(folder), "--paper", "青湾日报", stdout=out)
    assert "版面文本有改动：第1段“…改建工程昨天开工，…”→“…改建工程前天开工，…”" in out.getvalue()
