"""版面文本有改动未采用 in the story spreadsheet: a row setting 状态 to 已签发 or 已发布 while the
story's (or its photos') page text is pending once went through unasked (the desk's forms ask for
the tick 已核对; a spreadsheet has none). Now the whole file is refused, the row naming the story,
what is pending and the way on; a row leaving 状态 as it was imports as before."""

from __future__ import annotations

import pytest

from articles.models import Article, Publication, Status
from tests.admin.test_page_text_pending import LINE, kept  # noqa: F401 (the fixture)
from tests.admin.test_photo_page_text import resent  # noqa: F401 (the fixture)
from tests.admin.test_spreadsheets import (
    CSV,
    as_file,
    dataset,
    export,
    import_preview,
    with_cell,
)

pytestmark = pytest.mark.django_db


def preview_of(client, story: Article, **cells):
    """The desk's import preview of the story spreadsheet with ``cells`` changed in ``story``'s
    row (its row number as the preview counts them, from 1)."""
    ds = dataset(export(client, "article", CSV), CSV)
    index = [(r[2], int(r[3])) for r in ds].index((story.page.label, story.position))
    for column, value in cells.items():
        ds = with_cell(ds, index, column, value)
    return index + 1, import_preview(client, "article", as_file(ds, CSV), CSV)


def test_a_row_publishing_a_story_with_pending_page_text_refuses_the_file(editor_client, kept):  # noqa: F811
    row, preview = preview_of(editor_client, kept, 状态="已发布", 副题="表格改的副题")
    assert preview.context["result"].has_validation_errors()
    html = preview.content.decode()
    assert (
        f"第 {row} 行把A1版“渡口改建工程今起开工”改为“已发布”，但这篇稿件版面文本有改动未采用"
        in html
    )
    assert "A1版" + LINE.rsplit("：", 1)[1] in html  # what the page changed
    assert "在“签发、发布前核对”里点“查看改动”核对" in html and "点“采用版面文本”" in html
    assert "勾选“已核对版面文本有改动未采用的稿件”再保存" in html
    assert 'name="import_file_name"' not in html  # nothing to confirm
    kept.refresh_from_db()
    assert kept.status == Status.DRAFT and kept.subheadline != "表格改的副题"


def test_a_row_signing_off_a_story_whose_photo_is_pending_names_the_photo(chief_client, resent):  # noqa: F811
    photo, _ = resent
    story = photo.article
    Publication.objects.update(review_required=True)  # (签发 is a step there)
    Article.objects.filter(pk=story.pk).update(status=Status.REVIEW)
    row, preview = preview_of(chief_client, story, 状态="已签发")
    html = preview.content.decode()
    assert (
        f"第 {row} 行把A3版" in html and "改为“已签发”，但它所附的图片版面文本有改动未采用" in html
    )
    assert "A3版的图片“游客夜游濠河（图片编辑改写）。”：版面文本有改动：说明" in html
    assert "确认按编辑保存的内容签发的" in html and "把这一行的“状态”改回“待审”" in html
    assert Article.objects.get(pk=story.pk).status == Status.REVIEW


def test_a_row_keeping_its_state_imports_as_before(editor_client, kept):  # noqa: F811
    _, preview = preview_of(editor_client, kept, 副题="表格改的副题")
    result = preview.context["result"]
    assert not result.has_validation_errors() and result.totals["update"] == 1
