"""A re-import of a published page whose new text lacks its published stand-alone photo or its
teasers (导读) keeps them for readers and lists them, as it does a published story: in the dry
run, the real run and --json; --overwrite-edited removes them and says so. A draft page's go
unsaid, as before (a reviewer's re-import took a photo and two teasers off a published A1)."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Issue, Page, Photo, Teaser

pytestmark = pytest.mark.django_db

STORY = "湖滨区新开两条公交线路\n\n本报讯（记者顾晓岚）湖滨区昨天新开两条公交线路，方便沿线居民出行。\n\n"
PAGE = (
    STORY
    + "昨晚，游客在湖心岛码头排队登船，观看湖上灯光秀。当晚，湖滨公园吸引了近三千名市民纳凉。\n\n"
    "记者 程一帆摄\n\n"
    "老街口的梧桐树挂上了名牌\n■A4看湖滨·要闻\n"
)
FLAGS = ("--paper", "湖滨日报", "--date", "2024-03-05", "--page", "A1", "--workers", "0")


def run(text: str, tmp_path, *args) -> str:
    path = tmp_path / "A1.txt"
    path.write_text(text, encoding="utf-8")
    out = StringIO()
    call_command("import_pages", str(path), *FLAGS, *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def published(tmp_path):
    run(PAGE, tmp_path)
    issue = Issue.objects.get()
    call_command(
        "publish_issue",
        "--paper",
        issue.publication.slug,
        "--date",
        "2024-03-05",
        "--acknowledge-broken",
        stdout=StringIO(),
    )
    issue.refresh_from_db()
    assert issue.status == "published"
    return Page.objects.get()


def test_a_published_photo_and_teaser_the_new_text_lacks_are_kept_and_listed(
    tmp_path, client, published, django_capture_on_commit_callbacks
):
    dry = run(STORY, tmp_path, "--dry-run")
    with django_capture_on_commit_callbacks(execute=True):
        real = run(STORY, tmp_path)
    assert "1 张已发布的图片不在新的版面文本里（将保留）" in dry
    assert "1 条已发布的导读不在新的版面文本里（将保留）" in dry
    assert "1 张已发布的图片不在新的版面文本里（已保留）" in real
    assert "1 条已发布的导读不在新的版面文本里（已保留）" in real
    conflicts = [line for line in real.splitlines() if line.strip().startswith("冲突：")]
    assert any("第1位的图片“昨晚，游客在湖心岛码头" in c and "已经发布" in c for c in conflicts)
    assert any("第1条导读“老街口的梧桐树挂上了名牌（A4版）”" in c for c in conflicts)
    assert all("--overwrite-edited" in c for c in conflicts)
    assert Photo.objects.count() == 1 and Teaser.objects.count() == 1
    html = client.get(published.get_absolute_url()).content.decode()
    assert "灯光秀" in html and "老街口的梧桐树挂上了名牌" in html


def test_the_json_report_lists_them(tmp_path, published):
    report = json.loads(run(STORY, tmp_path, "--json"))["pages"][0]
    kinds = {clause["kind"] for clause in report["clauses"]}
    assert {"published_photos_kept", "published_teasers_kept"} <= kinds
    assert len(report["conflicts"]) == 2
    assert any("已发布" in c or "已经发布" in c for c in report["conflicts"])


def test_overwrite_edited_removes_them_and_says_so(tmp_path, published):
    out = run(STORY, tmp_path, "--overwrite-edited")
    assert "已删去 1 张已发布的图片" in out and "已删去 1 条已发布的导读" in out
    assert "第1位的已发布图片“昨晚，游客在湖心岛码头" in out
    assert not Photo.objects.exists() and not Teaser.objects.exists()


def test_a_draft_pages_photo_and_teaser_still_go_unsaid(tmp_path):
    run(PAGE, tmp_path)
    out = run(STORY, tmp_path)
    assert "冲突" not in out and "已发布" not in out
    assert not Photo.objects.exists() and not Teaser.objects.exists()
