"""A page imported again whose file only changed how it is saved (GBK, UTF-16, CRLF with a BOM)
is reported as unchanged text, not as 更新 (an editor would look for a correction that is not
there); its stored raw text stays as it was (articles/importing/pipeline.py same_text_recoded)."""

import codecs
from datetime import date

import pytest

from articles.importing import PageInput, pages_import
from articles.models import Article, Issue, Page, Status

pytestmark = pytest.mark.django_db
DAY = date(2022, 5, 6)
PAGE = (
    "青湾日报\n2022年5月6日 星期五\nA1版\n\n"
    "青湾新桥今日通车\n"
    "本报讯（记者 林小河）连接东西两岸的青湾新桥今天上午正式通车，市民可以步行或骑车过桥。"
    "大桥全长一千二百米，历时三年建成。\n\n"
    "湖畔公园春花盛开\n"
    "本报讯（记者 周晓月）湖畔公园的樱花和桃花近日相继盛开，吸引了许多市民前来赏花拍照。"
    "公园管理处提醒游客文明赏花。\n"
)


def _run(data: bytes, name: str = "A1.txt", **kwargs):
    item = PageInput(
        paper_name="青湾日报",
        paper_slug="qingwan",
        issue_date=DAY,
        label="A1",
        data=data,
        source_name=name,
    )
    [report] = list(pages_import([item], **kwargs))
    return report


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (PAGE.encode("gb18030"), "只是文件编码换成了 gb18030"),
        (PAGE.encode("utf-16"), "只是文件编码换成了 utf-16"),
        (codecs.BOM_UTF8 + PAGE.replace("\n", "\r\n").encode("utf-8"), "utf-8-sig"),
    ],
)
def test_the_same_page_saved_in_another_encoding_is_not_an_update(data, said):
    _run(PAGE.encode("utf-8"))
    before = Page.objects.get()
    stories = {a.pk: a.updated_at for a in Article.objects.all()}
    report = _run(data, name="A1-again.txt")
    assert report.action == "unchanged"
    assert "更新" not in report.summary
    assert "A1版：文字未变（" in report.summary and said in report.summary
    assert "编码读入" not in report.summary  # said once, in the verb
    page = Page.objects.get()
    assert page.raw_text == before.raw_text  # the stored text stays what it was
    assert page.checksum != before.checksum  # the row names the file imported last
    assert {a.pk: a.updated_at for a in Article.objects.all()} == stories
    # the same bytes once more: unchanged, as any page imported twice
    again = _run(data, name="A1-again.txt")
    assert again.action == "unchanged"
    assert "更新" not in again.summary


def test_only_line_ends_changed_says_so():
    _run(PAGE.encode("utf-8"))
    report = _run(PAGE.replace("\n", "\r\n").encode("utf-8"))
    assert report.action == "unchanged"
    assert "文字未变（只是文件的换行符或 BOM 不同）" in report.summary


def test_a_real_correction_is_still_an_update():
    _run(PAGE.encode("utf-8"))
    report = _run(PAGE.replace("三年", "四年").encode("gb18030"))
    assert report.action == "updated"
    assert "A1版：更新" in report.summary
    assert "按 gb18030 编码读入" in report.summary


def test_a_dry_run_says_the_same():
    _run(PAGE.encode("utf-8"))
    report = _run(PAGE.encode("gb18030"), dry_run=True)
    assert report.action == "unchanged"
    assert "文字未变（只是文件编码换成了 gb18030）" in report.summary
    assert Page.objects.get().raw_encoding == "utf-8"  # a dry run writes nothing


def test_a_correction_names_the_published_stories_whose_text_changed():
    _run(PAGE.encode("utf-8"))
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)
    report = _run(PAGE.replace("三年", "四年").encode("utf-8"))
    assert report.action == "updated"
    assert report.corrected == ["“青湾新桥今日通车”"]
    assert "A1版：更新；2 篇稿件、0 张图片、0 条导读；更正：“青湾新桥今日通车”" in report.summary
    assert "湖畔公园" not in report.summary
    preview = _run(PAGE.replace("三年", "五年").encode("utf-8"), dry_run=True)
    assert "将更正：“青湾新桥今日通车”" in preview.summary


def test_a_draft_whose_text_changed_is_updated_not_corrected():
    """更正 is for what readers saw: a never-published page's story is 更新."""
    _run(PAGE.encode("utf-8"))
    preview = _run(PAGE.replace("三年", "五年").encode("utf-8"), dry_run=True)
    assert "将更新：“青湾新桥今日通车”" in preview.summary and "更正" not in preview.summary
    report = _run(PAGE.replace("三年", "四年").encode("utf-8"))
    assert report.revised == ["“青湾新桥今日通车”"] and report.corrected == []
    assert "；更新：“青湾新桥今日通车”" in report.summary


def test_the_command_says_it(tmp_path):
    from io import StringIO

    from django.core.management import call_command

    first, again = tmp_path / "one" / "A1.txt", tmp_path / "two" / "A1.txt"
    for path, data in ((first, PAGE.encode("utf-8")), (again, PAGE.encode("gb18030"))):
        path.parent.mkdir()
        path.write_bytes(data)
    args = ["--paper", "青湾日报", "--date", "2022-05-06"]
    call_command("import_pages", str(first), *args, stdout=StringIO(), stderr=StringIO())
    out = StringIO()
    call_command("import_pages", str(again), *args, stdout=out, stderr=StringIO())
    assert "A1版：文字未变（只是文件编码换成了 gb18030）" in out.getvalue()
    assert "A1版：更新" not in out.getvalue()
