"""A split (从这里拆开) through what the desk does next: the page uploaded again, 采用版面文本 on
the story split, the page's 请先核对 list; and a merge then a split. Each posts what the rendered
page sends. (A night editor's split-off story went to the page's end at the next upload, and
taking the page text put its paragraphs back into the first half: printed twice.)"""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, Page
from tests.admin.conftest import form_data
from tests.importing.test_page_text_take import edit_its_first_paragraph

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "西江晚报", "paper_slug": "xijiang", "issue_date": "2021-03-04"}

#: The parser joins the 合众社 dispatch to the story before it and asks to split it.
PAGE = """东京举行防灾演习
〔路透社东京五日电〕东京都五日举行大规模防灾演习，数万市民参加。
〔合众社东京五日电〕演习中还检验了新的地震预警系统。
预警系统在演习中发出警报。

港口新航线开通
本报讯 港口昨天开通至釜山的新航线。

图书馆延长开放
本报讯（记者 苏明远）全市社区图书馆下月起每天开放到晚上九点。
"""
CORRECTED = PAGE.replace("数万市民", "五万市民")
DISPATCH = "〔合众社东京五日电〕演习中还检验了新的地震预警系统。"


def upload(client, text: str):
    data = {**FIELDS, "files": [SimpleUploadedFile("A3.txt", text.encode(), "text/plain")]}
    preview = client.post(UPLOAD, data)
    assert preview.status_code == 200
    done = client.post(UPLOAD, {"confirm": "1", "token": preview.context["token"]})
    assert done.status_code in (200, 302)
    return done


def split_at(client, article: Article, at: int, headline: str = "") -> Article:
    url = reverse("admin:articles_article_split", args=[article.pk])
    shown = client.get(f"{url}?at={at}")
    data = {**form_data(shown, "split-form"), "confirm": "确认拆开"}
    if "headline" in data:
        data["headline"] = headline
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Article.objects.order_by("-pk").first()


def page_order() -> list[str]:
    page = Page.objects.get(label="A3")
    return [a.name_for_editors() for a in page.articles.order_by("position")]


@pytest.fixture
def split(editor_client):
    upload(editor_client, PAGE)
    tokyo = Article.objects.get(headline="东京举行防灾演习")
    new = split_at(editor_client, tokyo, 1, "演习检验地震预警系统")
    return tokyo, new


ORDER = ["东京举行防灾演习", "演习检验地震预警系统", "港口新航线开通", "图书馆延长开放"]


def test_a_corrected_page_uploaded_again_keeps_the_split_off_story_after_its_first_half(
    editor_client, split
):
    assert page_order() == ORDER
    upload(editor_client, CORRECTED)
    assert page_order() == ORDER
    issue_order = [a.name_for_editors() for a in Article.objects.all()]  # the issue's order
    assert issue_order == ORDER
    page = Page.objects.get(label="A3")
    listing = editor_client.get(reverse("admin:articles_page_change", args=[page.pk]))
    html = listing.content.decode()
    html = html[html.index('id="parts-group"') : html.index('id="photos-group"')]
    at = [html.find(name) for name in ORDER]
    assert at == sorted(at) and -1 not in at
    # its text is the editor's, not made again, and the first half holds its part only (the
    # correction of a paragraph the editor never touched taken: articles.importing.textmerge)
    assert Article.objects.filter(headline="演习检验地震预警系统").count() == 1
    assert [b["text"] for b in split[0].parts.get().blocks] == [
        "〔路透社东京五日电〕东京都五日举行大规模防灾演习，五万市民参加。"
    ]
    # a correction of the split-off part: said as such, not as a story the text lost
    done = upload(editor_client, CORRECTED.replace("发出警报", "发出预警"))
    said = " ".join(str(m) for m in done.wsgi_request._messages)
    assert (
        "第2位的“演习检验地震预警系统”：编辑从“东京举行防灾演习”拆出，已保留编辑保存的内容" in said
    )
    assert "第2段“…习中发出警报。”→“…习中发出预警。”" in said
    assert "已没有它" not in said and "split by" not in said and page_order() == ORDER


def test_the_page_parsed_again_at_the_desk_keeps_the_split_in_place(editor_client, split):
    page = Page.objects.get(label="A3")
    url = reverse("admin:articles_page_reparse", args=[page.pk])
    shown = editor_client.get(url)
    editor_client.post(url, form_data(shown) if "<form" in shown.content.decode() else {})
    assert page_order() == ORDER


def test_taking_the_page_text_after_a_split_takes_only_the_first_halfs_part(editor_client, split):
    tokyo = split[0]
    edit_its_first_paragraph(tokyo, "东京都五日", "东京都5日")  # (the corrected paragraph)
    upload(editor_client, CORRECTED)
    form = editor_client.get(reverse("admin:articles_article_change", args=[tokyo.pk]))
    html = form.content.decode()
    assert "第1段“…灾演习，数万市民参…”→“…灾演习，五万市民参…”" in html
    take = reverse("admin:articles_article_page_text", args=[tokyo.pk, tokyo.page_id])
    confirmation = editor_client.get(take)
    assert "新增第2段" not in confirmation.content.decode()
    done = editor_client.post(take, form_data(confirmation, "page-text-form"))
    assert done.status_code == 302
    assert [b["text"] for b in tokyo.parts.get().blocks] == [
        "〔路透社东京五日电〕东京都五日举行大规模防灾演习，五万市民参加。"
    ]
    everything = "".join(a.full_text() for a in Article.objects.all())
    assert everything.count("地震预警系统") == 1  # printed once, in the split-off story
    # and the next upload of the page does not bring it back either
    upload(editor_client, CORRECTED.replace("釜山", "仁川"))
    assert page_order() == ORDER
    everything = "".join(a.full_text() for a in Article.objects.all())
    assert everything.count("地震预警系统") == 1


def test_a_split_off_story_the_editor_corrected_still_keeps_its_place_and_its_text(
    editor_client, split
):
    """(Found by its text as the split made it, not as edited since: a one-paragraph dispatch
    corrected at the desk went to the page's end and came back into the first half.)"""
    tokyo, new = split
    url = reverse("admin:articles_article_change", args=[new.pk])
    data = form_data(editor_client.get(url))
    data["parts-0-blocks"] = data["parts-0-blocks"].replace("检验了新的", "检验了全新的")
    assert editor_client.post(url, {**data, "_save": "保存"}).status_code == 302
    data = form_data(editor_client.get(url))
    data["parts-0-blocks"] = data["parts-0-blocks"].replace("发出警报", "拉响警报")
    assert editor_client.post(url, {**data, "_save": "保存"}).status_code == 302
    edit_its_first_paragraph(tokyo, "东京都五日", "东京都5日")  # (the corrected paragraph)
    upload(editor_client, CORRECTED)
    assert page_order() == ORDER
    take = reverse("admin:articles_article_page_text", args=[tokyo.pk, tokyo.page_id])
    confirmation = editor_client.get(take)
    assert editor_client.post(take, form_data(confirmation, "page-text-form")).status_code == 302
    everything = "".join(a.full_text() for a in Article.objects.all())
    assert "地震预警系统" not in tokyo.parts.get().text() and everything.count("拉响警报") == 1


#: 夜市人气在哪里 reads as a new story's headline and is flagged (请把两篇合并); its own dateline
#: and byline open its paragraph.
GLUED = """西门菜场改造完成
本报讯（记者 林舒）历时四个月的西门菜场改造工程昨天完工，菜场重新开业。
改造后的菜场摊位由六十个增加到一百个，过道也加宽了。

夜市人气在哪里
本报讯（记者 苏明远）傍晚时分，老城区几条小街两侧摆满了摊位，逛的人一拨接一拨。
摊主们说，租金不高，只要肯吃苦就有回头客。
"""


def test_a_merge_then_a_split_gives_the_split_off_story_its_dateline_and_byline_again(
    editor_client,
):
    upload(editor_client, GLUED)
    earlier, later = (
        Article.objects.get(headline=h) for h in ("西门菜场改造完成", "夜市人气在哪里")
    )
    assert (later.dateline, later.byline, later.reporter_names()) == (
        "本报讯",
        "记者 苏明远",
        ["苏明远"],
    )
    url = reverse("admin:articles_article_merge", args=[later.pk])
    merged = editor_client.post(
        url, {**form_data(editor_client.get(url), "merge-form"), "confirm": "确认合并"}
    )
    assert merged.status_code == 302
    assert Article.objects.get(pk=earlier.pk).reporter_names() == ["林舒", "苏明远"]
    split = reverse("admin:articles_article_split", args=[earlier.pk])
    shown = editor_client.get(f"{split}?at=2")
    assert "电头“本报讯”、署名“记者 苏明远”恢复为合并前的" in shown.content.decode()
    new = split_at(editor_client, earlier, 2)
    assert (new.headline, new.dateline, new.byline) == ("夜市人气在哪里", "本报讯", "记者 苏明远")
    assert new.reporter_names() == ["苏明远"]
    assert Article.objects.get(pk=earlier.pk).reporter_names() == ["林舒"]
    assert new.parts.get().blocks[0]["text"].startswith("本报讯（记者 苏明远）傍晚时分")


def checks_shown(client) -> str:
    """The page's 请先核对 list as the desk renders it."""
    page = Page.objects.get(label="A3")
    html = client.get(reverse("admin:articles_page_change", args=[page.pk])).content.decode()
    return html[html.index('class="parser-flags"') :][:3000]


def test_the_pages_split_warning_says_it_was_done_by_whom_and_links_nowhere(editor_client, split):
    shown = checks_shown(editor_client)
    assert "已拆开：这一段现在是单独的稿件“演习检验地震预警系统”（desk-editor " in shown
    assert "请拆开" not in shown and "从这里拆开…" not in shown
    preview = editor_client.post(
        UPLOAD, {**FIELDS, "files": [SimpleUploadedFile("A3.txt", CORRECTED.encode())]}
    )
    again = preview.content.decode()  # the next upload's preview says it too
    assert "已拆开：这一段现在是单独的稿件“演习检验地震预警系统”" in again
    assert "请拆开" not in again
    for text in (PAGE, PAGE.replace("\n", "\r\n")):  # the same page again, or saved otherwise
        files = [SimpleUploadedFile("A3.txt", text.encode())]
        same = editor_client.post(UPLOAD, {**FIELDS, "files": files}).content.decode()
        assert "已拆开：这一段现在是单独的稿件" in same and "请拆开" not in same


def test_the_pages_merge_warning_says_it_was_done(editor_client):
    from tests.admin.test_storyjoin import GLUED as FLAGGED

    upload(editor_client, FLAGGED)
    assert "请把两篇合并" in checks_shown(editor_client)
    later = Article.objects.get(headline="夜市人气在哪里")
    url = reverse("admin:articles_article_merge", args=[later.pk])
    data = {**form_data(editor_client.get(url), "merge-form"), "confirm": "确认合并"}
    assert editor_client.post(url, data).status_code == 302
    shown = checks_shown(editor_client)
    assert "已合并：这一行现在是“西门菜场改造完成”里的小标题或正文（desk-editor " in shown
    assert "请把两篇合并" not in shown and "合并到上一篇…" not in shown


#: Both stories print their byline on a line of its own (not kept in the text by the import).
BYLINES = """西门菜场改造完成
记者 林舒
历时四个月的西门菜场改造工程昨天完工，菜场重新开业。
改造后的菜场摊位由六十个增加到一百个，过道也加宽了。

夜市人气在哪里
记者 苏明远
傍晚时分，老城区几条小街两侧摆满了摊位，逛的人一拨接一拨。
摊主们说，租金不高，只要肯吃苦就有回头客。
"""


def test_a_merge_keeps_the_later_byline_line_and_a_split_there_gives_it_back(editor_client):
    """(The merge dropped 记者 苏明远 from the text when the story before had its own byline.)"""
    upload(editor_client, BYLINES)
    earlier, later = (
        Article.objects.get(headline=h) for h in ("西门菜场改造完成", "夜市人气在哪里")
    )
    url = reverse("admin:articles_article_merge", args=[later.pk])
    shown = editor_client.get(url)
    assert "署名行“记者 苏明远”作为一段正文留在它的标题下" in shown.content.decode()
    data = {**form_data(shown, "merge-form"), "confirm": "确认合并"}
    assert editor_client.post(url, data).status_code == 302
    assert [b["text"] for b in earlier.parts.get().blocks][2:4] == ["夜市人气在哪里", "记者 苏明远"]
    new = split_at(editor_client, earlier, 2)
    assert (new.headline, new.byline, new.reporter_names()) == (
        "夜市人气在哪里",
        "记者 苏明远",
        ["苏明远"],
    )
    assert new.parts.get().blocks[0]["text"].startswith("傍晚时分")
    assert Article.objects.get(pk=earlier.pk).reporter_names() == ["林舒"]
    upload(editor_client, BYLINES.replace("一拨接一拨", "一拨又一拨"))  # and the next import
    assert page_order() == ["西门菜场改造完成", "夜市人气在哪里"]
    assert Article.objects.count() == 2


def test_a_photo_the_pdf_prints_apart_is_found_at_its_place_after_a_split(editor_client):
    """重新解析本版 with a PDF: the photos the PDF prints apart from their story are named by
    their places as written; after a split those are one further down than the parse's, and
    the photo of the story after the split one was left linked (another one could be cut)."""
    from articles.importing.reparse import _standing_alone
    from articles.importing.storedparse import stored_prepare
    from articles.models import Photo

    photo_line = (
        "本报讯 港口昨天开通至釜山的新航线。\n■新航线首航的货轮驶出港口。（记者 许丛军摄）\n"
    )
    upload(editor_client, PAGE.replace("本报讯 港口昨天开通至釜山的新航线。\n", photo_line))
    tokyo = Article.objects.get(headline="东京举行防灾演习")
    split_at(editor_client, tokyo, 1, "演习检验地震预警系统")
    page = Page.objects.get(label="A3")
    photo = Photo.objects.get(page=page)
    assert photo.position == 4  # (3 in the parse)
    parsed = _standing_alone(stored_prepare(page).parsed, {photo.position}, page)
    assert [p.article_position for p in parsed.photos] == [None]


def test_a_one_paragraph_story_says_why_it_cannot_be_split(editor_client):
    """(Its page listed the one paragraph with nothing to click, and ``?at=1`` said 第2段到第1段.)"""
    upload(editor_client, PAGE)
    port = Article.objects.get(headline="港口新航线开通")
    url = reverse("admin:articles_article_split", args=[port.pk])
    for shown in (editor_client.get(url), editor_client.get(f"{url}?at=1")):
        html = shown.content.decode()
        assert "“港口新航线开通”只有 1 段正文，没有可以拆开的地方" in html
        assert "第2段到第1段" not in html and "确认拆开" not in html
