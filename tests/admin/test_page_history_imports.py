"""A page's 历史 lists its imports and re-sends: when prepress re-sent it, who imported it and
what changed (首次导入, 重发, 重发，无变化, 重发，保留人工修改, and the import report's line),
newest first, with links to the stories. It showed only the desk's log of the page's own form,
while the issue's 历史 and the desk's activity said the re-sends
(``articles.pageactivity.page_activity``: the runs of the desk's uploads and the stories' records an
import writes, ``import_pages``'s too)."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article, Page
from tests.admin.conftest import form_data
from tests.admin.test_upload import SEED_FIELDS, UPLOAD, page_file, preview

pytestmark = pytest.mark.django_db

A3 = (
    "城西菜场今起改造\n\n本报讯（记者王明）城西菜场今天起闭门改造，预计年底前重新开业。\n\n"
    "东门花市周末开张\n\n本报讯（记者李清）东门花市本周末开张，摊位三十多个。\n"
)


@pytest.fixture
def named_editor(editor):
    get_user_model().objects.filter(pk=editor.pk).update(last_name="王", first_name="五")
    return editor


def uploaded(client, text: str) -> None:
    shown = preview(client, [page_file("A3.txt", text.encode())], **SEED_FIELDS)
    done = client.post(UPLOAD, {**form_data(shown, "confirm-form"), "confirm": "1"})
    assert done.status_code == 302, done.content.decode()[:2000]


def edited_by_hand(client, printed: str, typed: str) -> None:
    """The market story's paragraph changed in its part's form, as the form sends it."""
    part = Article.objects.get(headline="城西菜场今起改造").parts.get()
    address = reverse("admin:articles_articlepart_change", args=[part.pk])
    data = form_data(client.get(address))
    data["blocks"] = data["blocks"].replace(printed, typed, 1)
    assert client.post(address, {**data, "_save": "保存"}).status_code == 302


def history(client) -> list[str]:
    page = Page.objects.get(label="A3")
    html = client.get(reverse("admin:articles_page_history", args=[page.pk])).content.decode()
    return re.findall(r'<li class="page-activity">(.*?)</li>', html, re.S)


def kind(line: str) -> str:
    found = re.search(r'<strong class="page-import-kind">(?:<a [^>]*>)?([^<]+)', line)
    return found.group(1) if found else ""


def story_link(headline: str) -> str:
    story = Article.objects.get(headline=headline)
    return f'<a href="{reverse("admin:articles_article_history", args=[story.pk])}"'


def test_a_pages_history_lists_its_imports_and_resends_newest_first(editor_client, named_editor):
    uploaded(editor_client, A3)
    uploaded(editor_client, A3.replace("年底前", "年底"))
    uploaded(editor_client, A3.replace("年底前", "年底"))
    edited_by_hand(editor_client, "年底", "年内")  # the page's next change to it is not taken
    uploaded(editor_client, A3.replace("年底前", "明年"))
    lines = history(editor_client)
    assert [kind(line) for line in lines] == [
        "重发，保留人工修改",
        "重发，无变化",
        "重发",
        "首次导入",
    ]
    assert all("王五" in line for line in lines)
    kept, same, resent, first = lines
    assert "南通日报 2020-07-09 A3版：" in first and "南通日报 2020-07-09 A3版：未变" in same
    assert "更新：“城西菜场今起改造”" in resent
    assert story_link("城西菜场今起改造") in resent and story_link("东门花市周末开张") not in resent
    assert "冲突：" in kept and story_link("城西菜场今起改造") in kept
    assert "page-import-story" not in same  # (nothing changed: no story named)


def run(*args) -> None:
    call_command("import_pages", *map(str, args), stdout=StringIO(), stderr=StringIO())


def test_a_pages_history_lists_a_resend_by_import_pages(editor_client, seed, tmp_path):
    sent = tmp_path / "A3.txt"
    sent.write_text(A3, encoding="utf-8")
    args = (sent, "--paper", "nantong-daily", "--date", "2020-07-09")
    run(*args)
    (only,) = history(editor_client)  # (import_pages keeps no record but the page's time)
    assert kind(only) == "导入（最近一次）" and f"来源文件：{sent}" in only and "系统" in only
    sent.write_text(A3.replace("年底前", "年底"), encoding="utf-8")
    run(*args)
    # (the import before it: the version it wrote of the story the re-send corrected)
    resent, first = history(editor_client)
    assert kind(resent) == "重发" and "系统" in resent
    assert "重新导入A3.txt：版面文本有更正" in resent
    assert story_link("城西菜场今起改造") in resent
    assert kind(first) == "首次导入" and "系统" in first
    assert story_link("城西菜场今起改造") in first and story_link("东门花市周末开张") in first
