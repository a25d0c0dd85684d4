"""A page's 历史 lists every import and re-send of the page by ``import_pages`` too, with the
stories each touched on the page, a continuation's story (its home page another) included.
An editor changed a story's headline on A2, then ``import_pages`` re-sent A2 (a conflict: the
editor's headline kept; the continuation of A1's story corrected): the 历史 showed only
``导入（最近一次）（导入）``, no re-send, no story, and the first import was gone
(``articles.pageactivity.page_activity``)."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article, Page
from tests.admin.conftest import form_data
from tests.admin.test_page_history_imports import kind, story_link
from tests.admin.test_upload import UPLOAD, page_file, preview

pytestmark = pytest.mark.django_db

A1 = """城南老街修缮完工

本报讯（记者王明）城南老街修缮工程昨天完工，沿街二十多栋老房子恢复了旧貌。（下转A2版）
"""
A2 = """冬季水利工程开工

本报讯（记者李红）县冬季农田水利工程日前开工，全县抽调劳力三千人，计划修建渠道四十公里。

（上接A1版）

修缮期间，居民们搬到附近的安置房暂住，如今陆续搬回。
"""


DATE = {"paper": "南通日报", "paper_slug": "nantong-daily", "issue_date": "2020-07-10"}


def uploaded(client, **pages: str) -> None:
    """``pages`` (label: text) uploaded at the desk and confirmed, as the forms send them."""
    files = [page_file(f"{label}.txt", text.encode()) for label, text in pages.items()]
    shown = preview(client, files, **DATE)
    done = client.post(UPLOAD, {**form_data(shown, "confirm-form"), "confirm": "1"})
    assert done.status_code == 302, done.content.decode()[:2000]


MARKET = "\n东门花市周末开张\n\n本报讯（记者李清）东门花市本周末开张，摊位三十多个。\n"
BRIDGE = "\n城北新桥通车\n\n本报讯（记者赵亮）城北新桥今天通车，市民过河少绕五公里。\n"


def run(*args) -> str:
    out = StringIO()
    call_command("import_pages", *map(str, args), stdout=out, stderr=StringIO())
    return out.getvalue()


def history(client, label: str) -> list[str]:
    page = Page.objects.get(label=label, issue__date="2020-07-10")
    html = client.get(reverse("admin:articles_page_history", args=[page.pk])).content.decode()
    return re.findall(r'<li class="page-activity">(.*?)</li>', html, re.S)


def headline_changed(client, old: str, new: str) -> None:
    """The story's headline changed in its form, as the rendered form sends it."""
    story = Article.objects.get(headline=old)
    address = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(client.get(address))
    data["headline"] = new
    answer = client.post(address, {**data, "_save": "保存"})
    assert answer.status_code == 302, answer.content.decode()[:3000]


@pytest.fixture
def sent(tmp_path, seed):
    for name, text in (("A1.txt", A1), ("A2.txt", A2)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    run(tmp_path, "--paper", "nantong-daily", "--date", "2020-07-10")
    return tmp_path


def test_a_command_resend_of_a_page_edited_by_hand_is_listed_with_its_stories(editor_client, sent):
    headline_changed(editor_client, "冬季水利工程开工", "全县冬季水利工程开工")
    corrected = A2.replace("工程开工", "工程今日开工").replace("陆续搬回", "陆续搬了回来")
    (sent / "A2.txt").write_text(corrected, encoding="utf-8")
    said = run(sent / "A2.txt", "--paper", "nantong-daily", "--date", "2020-07-10")
    assert "1 处冲突（人工修改过的内容已保留）" in said, said
    lines = history(editor_client, "A2")
    assert [kind(line) for line in lines] == ["重发，保留人工修改", "首次导入"], lines
    resent, first = lines
    assert all("系统" in line for line in lines)
    assert story_link("全县冬季水利工程开工") in resent
    assert story_link("城南老街修缮完工") in resent  # (its continuation, corrected)
    assert story_link("全县冬季水利工程开工") in first


def test_a_desk_resend_correcting_a_continuation_names_its_story_and_a_first_import_its_stories(
    editor_client, seed
):
    uploaded(editor_client, A1=A1, A2=A2)
    uploaded(editor_client, A2=A2.replace("陆续搬回", "陆续搬了回来"))
    resent, first = history(editor_client, "A2")
    assert (kind(resent), kind(first)) == ("重发", "首次导入")
    assert story_link("城南老街修缮完工") in resent  # (its continuation, on this page)
    assert story_link("冬季水利工程开工") not in resent  # (unchanged)
    assert story_link("冬季水利工程开工") in first and story_link("城南老街修缮完工") in first
    (only,) = history(editor_client, "A1")  # (A2's re-send is not A1's)
    assert kind(only) == "首次导入" and story_link("城南老街修缮完工") in only


def test_a_command_resend_right_after_a_desk_import_is_listed(editor_client, sent):
    uploaded(editor_client, A2=A2.replace("陆续搬回", "陆续搬了回来"))
    (sent / "A2.txt").write_text(A2 + BRIDGE, encoding="utf-8")  # (the old text, a story more)
    run(sent / "A2.txt", "--paper", "nantong-daily", "--date", "2020-07-10")
    lines = history(editor_client, "A2")
    assert [kind(line) for line in lines][:2] == ["重发", "重发"], lines
    by_command, at_desk = lines[:2]
    assert "系统" in by_command and "系统" not in at_desk
    assert "重新导入A2.txt" in by_command and story_link("城南老街修缮完工") in by_command
    assert story_link("城北新桥通车") in by_command  # (made by it: no record says it)
    assert story_link("城北新桥通车") not in at_desk


def test_a_command_resend_that_only_adds_a_story_right_after_a_desk_run_is_listed(
    editor_client, sent
):
    uploaded(editor_client, A2=A2 + MARKET)
    (sent / "A2.txt").write_text(A2 + MARKET + BRIDGE, encoding="utf-8")
    said = run(sent / "A2.txt", "--paper", "nantong-daily", "--date", "2020-07-10")
    assert "A2版：更新" in said, said  # (a story added: no story's record says it)
    lines = history(editor_client, "A2")
    assert kind(lines[0]) == "导入（最近一次）" and "系统" in lines[0], lines
    assert story_link("城北新桥通车") in lines[0] and story_link("东门花市周末开张") not in lines[0]
    assert kind(lines[1]) == "重发" and "系统" not in lines[1]
