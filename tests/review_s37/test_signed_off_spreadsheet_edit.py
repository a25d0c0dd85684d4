"""A signed-off story edited by spreadsheet keeps its sign-off.

README (Sign-off): "a signed-off story whose deck, byline, reporters or text an editor then
changes goes back to 待审 (history: 签发后修改，改回待审), so what is published is what was
signed off." The story form does so; a spreadsheet row does not: ``ArticleResource`` calls
``status_after_edit(..., content_changed=False)`` whatever the row changed, so an editor's new
headline stays 已签发 and a chief editor's 发布本期 publishes text nobody signed off.

Steps: a paper with 发布须经签发; the chief editor signs a story off; an editor exports the
stories, changes that story's 主题 and imports the file back (user=editor).
"""

import pytest

from articles.models import Article, Publication, Status
from articles.signoff import stories_sign_off
from articles.spreadsheets import ArticleResource
from tests.admin.conftest import chief, editor, groups  # noqa: F401
from tests.factories import import_seed

pytestmark = pytest.mark.django_db


def test_an_editors_spreadsheet_edit_sends_a_signed_off_story_back_to_review(
    editor,  # noqa: F811
    chief,  # noqa: F811
):
    import_seed()
    Publication.objects.update(review_required=True)
    story = Article.objects.get(position=1)
    stories_sign_off(articles=Article.objects.filter(pk=story.pk), user=chief)
    story.refresh_from_db()
    assert story.status == Status.SIGNED_OFF

    ds = ArticleResource().export()
    rows = [list(r) for r in ds]
    rows[0][ds.headers.index("主题")] = "编辑在表格里改的新标题"
    ds.dict = [dict(zip(ds.headers, r, strict=True)) for r in rows]
    result = ArticleResource().import_data(ds, dry_run=False, user=editor)
    assert result.totals["update"] == 1, [r.error_dict for r in result.invalid_rows]

    story.refresh_from_db()
    assert story.headline == "编辑在表格里改的新标题"
    assert story.status == Status.REVIEW
