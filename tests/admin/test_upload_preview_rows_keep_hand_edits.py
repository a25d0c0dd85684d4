"""The upload preview's story rows are what the import stores (README): a story edited by hand
and kept (覆盖人工修改 not ticked) is listed as the editor saved it, marked as kept, not as the
re-uploaded page prints it (a reviewer's preview showed the page's headline and 十三万亩 while
the import kept 已过半 and 十二万亩)."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from articles.models import Article
from tests.factories import import_text

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
PAGE = (
    "A1  要闻\n\n"
    "全市夏粮收购进度过半\n\n"
    "本报讯（记者张三）今年全市夏粮收购已完成十二万亩，各收购点秩序良好。\n\n"
    "城东新桥今天合龙\n\n"
    "本报讯（记者李四）今天上午，城东新桥顺利合龙，年底前通车。\n"
)
EDITED = "全市夏粮收购已过半"


@pytest.fixture
def edited(db):
    import_text(PAGE, "A1")
    story = Article.objects.get(headline="全市夏粮收购进度过半")
    Article.objects.filter(pk=story.pk).update(headline=EDITED, edited_at=timezone.now())


def preview(client, *, overwrite: bool = False) -> str:
    data = {
        "paper": "南通日报",
        "issue_date": "2020-07-09",
        "files": [SimpleUploadedFile("A1.txt", PAGE.replace("十二万亩", "十三万亩").encode())],
    }
    if overwrite:
        data["overwrite_edited"] = "on"
    response = client.post(UPLOAD, data)
    assert response.status_code == 200
    return response.content.decode()


def story_rows(html: str) -> str:
    return html.split('class="desk-table preview-articles"', 1)[1].split("</table>", 1)[0]


def test_a_kept_hand_edit_is_listed_as_stored_and_marked_kept(editor_client, edited):
    html = preview(editor_client)
    assert "冲突（人工修改过的内容将保留" in html
    rows = story_rows(html)
    assert EDITED in rows and "十二万亩" in rows
    assert "全市夏粮收购进度过半" not in rows and "十三万亩" not in rows
    assert "人工修改过，将保留" in rows
    assert rows.count("人工修改过，将保留") == 1  # the other story is the page's


def test_an_overwritten_hand_edit_is_listed_as_the_page_prints_it(editor_client, edited):
    rows = story_rows(preview(editor_client, overwrite=True))
    assert "全市夏粮收购进度过半" in rows and "十三万亩" in rows
    assert "人工修改过，将保留" not in rows
