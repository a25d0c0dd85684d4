"""The desk's upload preview of a re-import says what the command's report says: a dropped
continuation under its own heading, a kept published story (or its continuation) as such (not
as a hand edit); and, as the command's --dry-run, what the import will do (将删去), not what it
did (已删去)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from articles.models import Issue
from tests.admin.conftest import form_data
from tests.importing.test_dropped_continuation import CONTINUATION, FRONT, OTHER

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "湖滨日报", "paper_slug": "hubin-daily", "issue_date": "2024-03-05"}


def preview(client, name: str, text: str) -> str:
    data = {**FIELDS, "files": [SimpleUploadedFile(name, text.encode(), "text/plain")]}
    response = client.post(UPLOAD, data)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def imported(tmp_path):
    for name, text in (("1.txt", FRONT), ("2.txt", CONTINUATION + "\n" + OTHER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    call_command(
        "import_pages",
        str(tmp_path / "1.txt"),
        str(tmp_path / "2.txt"),
        "--paper",
        "湖滨日报",
        "--date",
        "2024-03-05",
        "--workers",
        "0",
        stdout=StringIO(),
    )


@pytest.fixture
def published(imported):
    issue = Issue.objects.get()
    call_command("publish_issue", "--paper", issue.publication.slug, "--date", "2024-03-05")


def test_the_preview_lists_a_dropped_continuation_under_its_own_heading(editor_client, imported):
    html = preview(editor_client, "2.txt", OTHER)
    assert "续文已不在版面文本里（转版将重新待接）" in html
    assert "1版“河滨公园改造方案公示”在2版的续文已不在新的版面文本里" in html
    assert "1 段续文已不在文本里（转版将重新待接）" in html


def test_the_preview_says_the_continuation_will_be_deleted_not_that_it_was(editor_client, imported):
    html = preview(editor_client, "2.txt", OTHER)
    assert "在2版的续文已不在新的版面文本里，将删去；" in html
    assert "将重新待接" in html
    assert "已删去" not in html


def test_the_preview_lists_a_kept_published_story_apart_from_hand_edits(editor_client, published):
    html = preview(editor_client, "2.txt", CONTINUATION)
    heading = "已经发布、新的版面文本里已没有的稿件（将保留，读者仍能打开）"
    assert heading in html
    kept = html.split(heading, 1)[1].split("</ul>", 1)[0]
    assert (
        "“城北菜场恢复营业”（导入后排在第2位，新文本的稿件之后）：已经发布" in kept
        and "勾选“删去版面文本里已没有的已发布稿件”" in kept
    )
    assert "冲突（人工修改过的内容将保留" not in html
    assert "1 篇已发布的稿件不在新的版面文本里（将保留，读者仍能打开）" in html
    assert "处冲突（" not in html


def test_the_preview_lists_a_kept_published_continuation_with_the_kept_stories(
    editor_client, published
):
    html = preview(editor_client, "2.txt", OTHER)
    heading = "已经发布、新的版面文本里已没有的稿件（将保留，读者仍能打开）"
    kept = html.split(heading, 1)[1].split("</ul>", 1)[0]
    assert "1版“河滨公园改造方案公示”在本版的续文已经发布" in kept
    assert "续文已不在版面文本里（转版" not in html


def test_the_preview_names_a_continuation_left_without_its_story(editor_client, imported):
    cut = "城南新建两座公交首末站\n本报讯（记者程一帆）城南片区两座公交首末站本月底投用，新开三条线路。\n"
    html = preview(editor_client, "1.txt", cut)
    assert "1 段别版的续文将无处转入" in html
    assert "它在2版的续文“市园林局介绍，改造工程计…”将成为单独的一篇草稿" in html
    assert "已删去" not in html and "已成为" not in html


def test_the_preview_says_a_kept_published_story_will_be_kept(editor_client, published):
    html = preview(editor_client, "2.txt", CONTINUATION)
    heading = "已经发布、新的版面文本里已没有的稿件（将保留，读者仍能打开）"
    kept = html.split(heading, 1)[1].split("</ul>", 1)[0]
    assert "新的版面文本里已没有它，将保留，读者仍能打开" in kept
    assert "已保留" not in html


def test_the_preview_says_a_kept_published_continuation_will_be_kept(editor_client, published):
    html = preview(editor_client, "2.txt", OTHER)
    assert "在本版的续文已经发布，新的版面文本里已没有它，将保留，读者仍能读到" in html
    assert "已保留" not in html


def test_the_preview_lists_a_published_story_to_be_deleted_under_its_own_heading(
    editor_client, published
):
    data = {**FIELDS, "remove_published": "on"}
    data["files"] = [SimpleUploadedFile("2.txt", CONTINUATION.encode(), "text/plain")]
    html = editor_client.post(UPLOAD, data).content.decode()
    heading = "将删去的已发布稿件、图片和导读（勾选了“删去版面文本里已没有的已发布稿件”"
    listed = html.split(heading, 1)[1].split("</ul>", 1)[0]
    assert "已发布稿件“城北菜场恢复营业”" in listed and "将删去（读者再打不开它的地址）" in listed
    assert "将删去 1 篇已发布的稿件（读者再打不开它的地址）" in html  # the page's line
    assert "解析提示" not in html


def test_the_preview_lists_a_continuation_left_without_its_story_under_its_own_heading(
    editor_client, imported
):
    cut = "城南新建两座公交首末站\n本报讯（记者程一帆）城南片区两座公交首末站本月底投用。\n"
    html = preview(editor_client, "1.txt", cut)
    listed = html.split("别版的续文将无处转入（", 1)[1].split("</ul>", 1)[0]
    assert "将成为单独的一篇草稿" in listed
    assert "解析提示" not in html


def test_the_confirmed_import_shows_the_warnings_the_preview_named(editor_client, imported):
    cut = "城南新建两座公交首末站\n本报讯（记者程一帆）城南片区两座公交首末站本月底投用。\n"
    data = {**FIELDS, "files": [SimpleUploadedFile("1.txt", cut.encode(), "text/plain")]}
    response = editor_client.post(UPLOAD, data)
    # (page 1's one story replaced by another: the preview asks, the editor ticks its box)
    confirm = {**form_data(response, "confirm-form"), "confirm": "确认导入"}
    done = editor_client.post(UPLOAD, {**confirm, "replace_unrelated": "on"})
    said = [str(m) for m in done.wsgi_request._messages]
    assert any("1 段别版的续文已无处转入" in m for m in said)
    (warning,) = [m for m in said if m.startswith("注意：") and "续文" in m]
    assert "它在2版的续文“市园林局介绍，改造工程计…”已成为单独的一篇草稿" in warning
    assert "请核对" in warning  # what to do


def test_overwriting_hand_edits_alone_keeps_a_published_story_the_text_dropped(
    editor_client, published
):
    """覆盖人工修改 has one job: a published story the re-sent page no longer has is deleted only
    with its own box, and the kept line names that box."""
    data = {**FIELDS, "overwrite_edited": "on"}
    data["files"] = [SimpleUploadedFile("2.txt", CONTINUATION.encode(), "text/plain")]
    html = editor_client.post(UPLOAD, data).content.decode()
    assert "将删去的已发布稿件" not in html
    assert "新的版面文本里已没有它，将保留，读者仍能打开" in html
    assert "确要删去，勾选“删去版面文本里已没有的已发布稿件”再导入一次本版" in html


def test_the_form_says_what_each_box_does(editor_client):
    html = editor_client.get(UPLOAD).content.decode()
    assert "它不删去已发布的稿件（见下一项）" in html
    assert 'name="remove_published"' in html and "只想不让读者看到，不必删去" in html


def test_the_confirmed_import_deletes_the_dropped_published_story(editor_client, published):
    from articles.models import Article

    data = {**FIELDS, "remove_published": "on"}
    data["files"] = [SimpleUploadedFile("2.txt", CONTINUATION.encode(), "text/plain")]
    response = editor_client.post(UPLOAD, data)
    editor_client.post(UPLOAD, {**form_data(response, "confirm-form"), "confirm": "确认导入"})
    assert not Article.objects.filter(headline="城北菜场恢复营业").exists()
