"""A merge then a split (请把两篇合并, then 从这里拆开 where the merge joined them) and the page
uploaded again with a correction in each half: the split-off story's correction is reported as
a plain split-off's is (the conflict line with its change and 查看并采用版面文本), not dropped
with only 编辑改过，保留编辑保存的内容. Each step posts what the rendered page sends."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article
from tests.admin.conftest import form_data
from tests.importing.test_page_text_take import edit_its_first_paragraph

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "北岭日报", "paper_slug": "beiling", "issue_date": "2023-11-15"}

PAGE = """
路灯改造全面完成

本报讯（记者方宁）全市老旧路灯改造昨天全部完成，共更换节能灯具四千盏。

市政部门表示，改造后每年可节电两成。

夜间报修可拨热线

路灯管理处开通二十四小时报修热线，市民发现路灯不亮可随时拨打，维修人员两小时内到场。

热线开通首周接到来电六十余个，已全部处理。

早市搬进新大棚

本报讯（记者陆青）城东早市昨天搬进新建的大棚，摊位整齐了许多。
"""
CORRECTED = PAGE.replace("四千盏", "五千盏").replace("六十余个", "七十余个")


def upload(client, text: str) -> list[str]:
    data = {**FIELDS, "files": [SimpleUploadedFile("A1.txt", text.encode(), "text/plain")]}
    preview = client.post(UPLOAD, data)
    assert preview.status_code == 200
    done = client.post(UPLOAD, {"confirm": "1", "token": preview.context["token"]})
    assert done.status_code in (200, 302)
    return [str(m) for m in done.wsgi_request._messages]


def merged_then_split(client) -> tuple[Article, Article]:
    upload(client, PAGE)
    first, second = (
        Article.objects.get(headline=h) for h in ("路灯改造全面完成", "夜间报修可拨热线")
    )
    url = reverse("admin:articles_article_merge", args=[second.pk])
    shown = client.get(url)
    assert (
        client.post(url, {**form_data(shown, "merge-form"), "confirm": "确认合并"}).status_code
        == 302
    )
    url = reverse("admin:articles_article_split", args=[first.pk])
    shown = client.get(f"{url}?at=2")
    data = {**form_data(shown, "split-form"), "confirm": "确认拆开"}
    assert client.post(url, data).status_code == 302
    return first, Article.objects.get(pk=second.pk)  # (back at its old id: articles.mergedaddress)


def edit_both_corrected_paragraphs(first: Article, new: Article) -> None:
    """The editor's edits of the paragraphs the page corrects (else the corrections, of what the
    editor never touched, flow in by themselves: articles.importing.textmerge)."""
    edit_its_first_paragraph(first, "共更换节能", "共更换了节能")
    edit_its_first_paragraph(new, "热线开通首周", "热线开通的首周")


def test_a_correction_in_the_half_a_merge_then_split_put_back_is_reported(editor_client):
    _first, new = merged_then_split(editor_client)
    assert not [m for m in upload(editor_client, PAGE) if m.startswith("冲突")]
    edit_both_corrected_paragraphs(_first, new)
    said = [m for m in upload(editor_client, CORRECTED) if m.startswith("冲突")]
    [line] = [m for m in said if "夜间报修可拨热线" in m]
    assert "版面文本有改动：第2段“…接到来电六十余个，…”→“…接到来电七十余个，…”" in line
    link = reverse("admin:articles_article_change", args=[new.pk]) + "#page-text"
    assert f'<a href="{link}">查看并采用版面文本</a>' in line
    [line] = [m for m in said if "路灯改造全面完成" in m]
    assert "版面文本有改动：第1段“…节能灯具四千盏。”→“…节能灯具五千盏。”" in line


def test_the_split_off_story_takes_its_correction_at_the_desk(editor_client):
    first, new = merged_then_split(editor_client)
    edit_both_corrected_paragraphs(first, new)
    upload(editor_client, CORRECTED)
    take = reverse("admin:articles_article_page_text", args=[new.pk, new.page_id])
    confirmation = editor_client.get(take)
    assert "第2段“…接到来电六十余个，…”→“…接到来电七十余个，…”" in confirmation.content.decode()
    assert editor_client.post(take, form_data(confirmation, "page-text-form")).status_code == 302
    assert "七十余个" in new.parts.get().text() and "七十余个" not in first.parts.get().text()
    assert "四千盏" in first.parts.get().text()  # (its own correction is its own to take)


#: A headless agency dispatch the parser reads as a story of its own; merged into the story
#: before it and split off again with a headline the editor types.
DISPATCH_PAGE = """
路灯改造全面完成

本报讯（记者方宁）全市老旧路灯改造昨天全部完成，共更换节能灯具四千盏。

市政部门表示，改造后每年可节电两成。

新华社北京11月14日电（记者周岚）住房和城乡建设部今日发布通知，要求各地加快城市照明节能改造。

通知要求，各地要压实责任，年底前完成改造计划。

早市搬进新大棚

本报讯（记者陆青）城东早市昨天搬进新建的大棚，摊位整齐了许多。
"""


def test_a_dispatch_split_off_with_a_typed_headline_reports_only_the_pages_correction(
    editor_client,
):
    upload(editor_client, DISPATCH_PAGE)
    first, dispatch = Article.objects.filter(page__label="A1").order_by("position")[:2]
    assert dispatch.headline == ""
    url = reverse("admin:articles_article_merge", args=[dispatch.pk])
    shown = editor_client.get(url)
    data = {**form_data(shown, "merge-form"), "confirm": "确认合并"}
    assert editor_client.post(url, data).status_code == 302
    url = reverse("admin:articles_article_split", args=[first.pk])
    data = {**form_data(editor_client.get(f"{url}?at=2"), "split-form"), "confirm": "确认拆开"}
    data["headline"] = "住建部要求加快照明节能改造"
    assert editor_client.post(url, data).status_code == 302
    upload(editor_client, DISPATCH_PAGE)
    typed = Article.objects.get(headline="住建部要求加快照明节能改造")
    edit_its_first_paragraph(typed, "完成改造计划", "完成全部改造计划")  # (the corrected one)
    said = upload(editor_client, DISPATCH_PAGE.replace("压实责任", "落实责任"))
    [line] = [m for m in said if "住建部要求加快照明节能改造" in m]
    assert line.count("版面文本有改动：第2段“…，各地要压实责任，…”→“…，各地要落实责任，…”") == 1
    assert "标题行" not in line and "主题" not in line.split("版面文本有改动")[1]
