"""A split (从这里拆开) through what the desk does next, stop 54's leftovers: the page uploaded
again with its 下转 marker changed, 采用版面文本 on a plain split-off (and one whose headline the
editor typed), and a revert of the first half to 导入时的版本. Each posts what the rendered page
sends."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import resolve, reverse

from articles.models import Article, Jump, JumpDirection
from tests.admin.conftest import form_data
from tests.importing.test_page_text_take import edit_its_first_paragraph

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "西江晚报", "paper_slug": "xijiang", "issue_date": "2021-03-04"}

#: The parser joins the 合众社 dispatch to the story before it and asks to split it; the story
#: jumps to A3.
PAGE = """东京举行防灾演习
〔路透社东京五日电〕东京都五日举行大规模防灾演习，数万市民参加。
〔合众社东京五日电〕演习中还检验了新的地震预警系统。
预警系统在演习中发出警报，全城手机同时响起。（下转A3版）

港口新航线开通
本报讯 港口昨天开通至釜山的新航线。
"""
HEAD = "〔路透社东京五日电〕东京都五日举行大规模防灾演习，数万市民参加。"
TYPED = "演习检验地震预警系统"


def upload(client, text: str) -> list[str]:
    data = {**FIELDS, "files": [SimpleUploadedFile("A1.txt", text.encode(), "text/plain")]}
    preview = client.post(UPLOAD, data)
    assert preview.status_code == 200
    done = client.post(UPLOAD, {"confirm": "1", "token": preview.context["token"]})
    assert done.status_code in (200, 302)
    return [str(m) for m in done.wsgi_request._messages]


def split_at(client, article: Article, at: int, headline: str = "") -> Article:
    url = reverse("admin:articles_article_split", args=[article.pk])
    data = {**form_data(client.get(f"{url}?at={at}"), "split-form"), "confirm": "确认拆开"}
    if "headline" in data:
        data["headline"] = headline
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    # (the desk goes to the story split off: a new id, or a merged story's old one back)
    return Article.objects.get(pk=resolve(response["Location"]).kwargs["object_id"])


@pytest.fixture
def split(editor_client):
    upload(editor_client, PAGE)
    tokyo = Article.objects.get(headline="东京举行防灾演习")
    return tokyo, split_at(editor_client, tokyo, 1, TYPED)


def forward(article: Article) -> list[tuple[str, str]]:
    jumps = Jump.objects.filter(part__article=article, direction=JumpDirection.FORWARD)
    return list(jumps.values_list("target_label", "marker"))


def main(response) -> str:
    """The page's own content (not the desk's header, whose theme toggle says 主题)."""
    html = response.content.decode()
    return html[html.index('id="content-main"') :]


def take_page_text(client, article: Article):
    take = reverse("admin:articles_article_page_text", args=[article.pk, article.page_id])
    return take, client.get(take)


def test_a_changed_jump_marker_reaches_the_split_off_story_that_holds_it(editor_client, split):
    tokyo, new = split
    assert forward(new) == [("A3", "（下转A3版）")] and forward(tokyo) == []
    upload(editor_client, PAGE.replace("（下转A3版）", "（下转A4版）"))
    assert forward(new) == [("A4", "（下转A4版）")] and forward(tokyo) == []
    jump = Jump.objects.get(part__article=new)
    assert jump.to_part_id is None  # (linked again as any changed marker: A4 is not imported)
    for story in (tokyo, new):  # (nothing else changed: no page text to take)
        form = editor_client.get(reverse("admin:articles_article_change", args=[story.pk]))
        assert "版面文本与这篇稿件不同" not in form.content.decode()


def test_a_plain_split_off_is_offered_its_part_of_the_page_text(editor_client, split):
    tokyo, new = split
    said = upload(editor_client, PAGE.replace("发出警报", "发出预警").replace("数万", "五万"))
    [line] = [m for m in said if f"“{TYPED}”：编辑从" in m]  # (the import's conflict line)
    link = reverse("admin:articles_article_change", args=[new.pk]) + "#page-text"
    assert f'<a href="{link}">查看并采用版面文本</a>' in line
    form = editor_client.get(reverse("admin:articles_article_change", args=[new.pk]))
    assert "版面文本与这篇稿件不同" in form.content.decode()
    take, confirmation = take_page_text(editor_client, new)
    html = main(confirmation)
    assert (
        confirmation.status_code == 200
        and "第2段“…习中发出警报，全城手…”→“…习中发出预警，全城手…”" in html
    )
    assert "五万" not in html and "主题“" not in html  # (the first half's; its typed headline kept)
    done = editor_client.post(take, form_data(confirmation, "page-text-form"))
    assert done.status_code == 302
    new.refresh_from_db()
    assert new.headline == TYPED and new.parts.get().title_lines == [TYPED]
    assert [b["text"] for b in new.parts.get().blocks] == [
        "〔合众社东京五日电〕演习中还检验了新的地震预警系统。",
        "预警系统在演习中发出预警，全城手机同时响起。",
    ]
    assert forward(new) == [("A3", "（下转A3版）")]
    # (its own correction, in a paragraph the editor never touched, taken by the import)
    assert [b["text"] for b in tokyo.parts.get().blocks] == [HEAD.replace("数万", "五万")]
    # the next upload keeps it in place, once, and says nothing more of what it took
    said = upload(editor_client, PAGE.replace("发出警报", "发出预警").replace("数万", "五万"))
    assert Article.objects.count() == 3
    assert [a.pk for a in Article.objects.order_by("position")][:2] == [tokyo.pk, new.pk]
    assert not [m for m in said if TYPED in m and "版面文本有改动" in m]
    everything = "".join(a.full_text() for a in Article.objects.all())
    assert everything.count("地震预警系统") == 1


#: The dispatch stands alone on the page (the parser reads it as an untitled story of its own);
#: merged into the story before and split off again with a headline the editor typed.
DISPATCH_PAGE = """
路灯改造全面完成

本报讯（记者方宁）全市老旧路灯改造昨天全部完成，共更换节能灯具四千盏。

市政部门表示，改造后每年可节电两成。

新华社北京11月14日电（记者周岚）住房和城乡建设部今日发布通知，要求各地加快城市照明节能改造。

通知要求，各地要压实责任，年底前完成改造计划。

早市搬进新大棚

本报讯（记者陆青）城东早市昨天搬进新建的大棚，摊位整齐了许多。
"""


def test_taking_the_page_text_keeps_a_split_offs_typed_headline(editor_client):
    upload(editor_client, DISPATCH_PAGE)
    first, dispatch = Article.objects.filter(page__label="A1").order_by("position")[:2]
    url = reverse("admin:articles_article_merge", args=[dispatch.pk])
    data = {**form_data(editor_client.get(url), "merge-form"), "confirm": "确认合并"}
    assert editor_client.post(url, data).status_code == 302
    new = split_at(editor_client, first, 2, "住建部要求加快照明节能改造")
    edit_its_first_paragraph(new, "完成改造计划", "完成全部改造计划")  # (the corrected paragraph)
    upload(editor_client, DISPATCH_PAGE.replace("压实责任", "落实责任"))
    take, confirmation = take_page_text(editor_client, new)
    html = main(confirmation)
    assert "“…，各地要压实责任，…”→“…，各地要落实责任，…”" in html
    assert "主题“" not in html and "标题行" not in html
    assert editor_client.post(take, form_data(confirmation, "page-text-form")).status_code == 302
    new.refresh_from_db()
    assert new.headline == "住建部要求加快照明节能改造" and "落实责任" in new.parts.get().text()


def test_reverting_the_first_half_to_its_import_version_leaves_the_split_off_text_out(
    editor_client, split
):
    tokyo, _new = split
    url = reverse("admin:articles_article_change", args=[tokyo.pk])
    data = form_data(editor_client.get(url))
    data["parts-0-blocks"] = data["parts-0-blocks"].replace("数万", "好几万")
    assert editor_client.post(url, {**data, "_save": "保存"}).status_code == 302
    baseline = tokyo.history.earliest("history_date")
    address = reverse("admin:articles_article_simple_history", args=[tokyo.pk, baseline.history_id])
    page = editor_client.get(address)
    html = main(page)
    changes = html[html.index('id="revert-changes"') : html.index('id="revert-form"')]
    assert "地震预警系统" not in changes.replace(f"“{TYPED}”", "")
    assert f"“{TYPED}”" in changes  # (the page says where that text is now)
    assert editor_client.post(address, {**form_data(page), "_save": "1"}).status_code == 302
    assert [b["text"] for b in tokyo.parts.get().blocks] == [HEAD]
    everything = "".join(a.full_text() for a in Article.objects.all())
    assert everything.count("地震预警系统") == 1


#: 夜市人气在哪里 reads as a new story's headline, with its own dateline and byline.
GLUED = """西门菜场改造完成
本报讯（记者 林舒）历时四个月的西门菜场改造工程昨天完工，菜场重新开业。
改造后的菜场摊位由六十个增加到一百个，过道也加宽了。

夜市人气在哪里
本报讯（记者 苏明远）傍晚时分，老城区几条小街两侧摆满了摊位，逛的人一拨接一拨。
摊主们说，租金不高，只要肯吃苦就有回头客。
"""


def test_reverting_a_merge_then_split_story_keeps_the_split_offs_text_and_reporter_out(
    editor_client,
):
    upload(editor_client, GLUED)
    earlier, later = (
        Article.objects.get(headline=h) for h in ("西门菜场改造完成", "夜市人气在哪里")
    )
    url = reverse("admin:articles_article_merge", args=[later.pk])
    data = {**form_data(editor_client.get(url), "merge-form"), "confirm": "确认合并"}
    assert editor_client.post(url, data).status_code == 302
    merged = earlier.history.filter(history_change_reason__startswith="合并到上一篇").latest(
        "history_date"
    )
    new = split_at(editor_client, earlier, 2)
    address = reverse("admin:articles_article_simple_history", args=[earlier.pk, merged.history_id])
    page = editor_client.get(address)
    assert "拆成稿件“夜市人气在哪里”的文字" in main(page)
    done = editor_client.post(address, {**form_data(page), "_save": "1"})
    assert done.status_code == 302
    said = " ".join(str(m) for m in done.wsgi_request._messages)
    assert "拆成稿件“夜市人气在哪里”的文字，它现在在那篇稿件里，没有恢复到这篇" in said
    earlier.refresh_from_db()
    assert earlier.reporter_names() == ["林舒"] and new.reporter_names() == ["苏明远"]
    everything = "".join(a.full_text() for a in Article.objects.all())
    assert everything.count("傍晚时分") == 1
