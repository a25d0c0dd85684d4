"""The desk's preview shows a continuation as the import stores it. A continuation that repeats
its story's headline after its marker on the same line (``（上接A1版）城东三座公园今起开放``, the
text on the next line) is read by the parser as a paragraph glued to the text (the parser cannot
tell a repeated headline from words the column cut); the import, once the jump is stitched to
the story on A1, takes the repeated line off as the part's title line. The preview listed the
parser's row (``（无主题）``, the title glued to ``据介绍，…``) while the confirmation stored
the title line and the paragraph ``据介绍，…``."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import ArticlePart, Page
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"

A1 = """岚川晚报　2026年3月6日　A1　要闻

城东三座公园今起开放

本报讯（记者 程远）城东新建的三座公园今天上午开放，附近居民一早就来散步。

公园管理处负责人介绍，三座公园共种下乔木两千余株。（下转A2版）
"""
A2 = """岚川晚报　2026年3月6日　A2　要闻

（上接A1版）城东三座公园今起开放
据介绍，公园开放时间为每天六时至二十二时，节假日照常开放。

管理处提醒市民，不要在园内踩踏草坪。
"""


def _files():
    return [
        SimpleUploadedFile(name, text.encode(), content_type="text/plain")
        for name, text in (("A1.txt", A1), ("A2.txt", A2))
    ]


def _a2_rows(html: str) -> str:
    """The story table of A2's preview (its fieldset), as text."""
    section = html[html.index('data-label="A2"') :]
    table = section[section.index("preview-articles") : section.index("</table>")]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", table))


def test_the_preview_shows_a_continuations_title_line_as_the_import_stores_it(editor_client):
    fields = {"paper": "岚川晚报", "paper_slug": "lanchuan-evening", "issue_date": "2026-03-06"}
    preview = editor_client.post(UPLOAD, {**fields, "files": _files()})
    assert preview.status_code == 200
    rows = _a2_rows(preview.content.decode())
    assert "（无主题）" not in rows
    assert "城东三座公园今起开放" in rows
    assert "城东三座公园今起开放据介绍" not in rows  # the title is not glued into the text
    assert "据介绍，公园开放时间为每天六时至二十二时" in rows
    assert not Page.objects.exists()

    data = {**form_data(preview, "confirm-form"), "confirm": "1"}
    if "new_paper" not in data and 'name="new_paper"' in preview.content.decode():
        data["new_paper"] = "岚川晚报"
    done = editor_client.post(UPLOAD, data)
    assert done.status_code == 302
    part = ArticlePart.objects.filter(page__label="A2").order_by("position").first()
    assert part.title_lines == ["城东三座公园今起开放"]
    assert part.blocks[0]["text"].startswith("据介绍，公园开放时间")
