"""A spreadsheet edit of a signed-off story's printed content follows the form's sign-off rule
(``articles.signoff.status_after_edit``): an editor's sends it back to 待审, with a history record
saying why; a chief editor's keeps it signed off; an edit of nothing printed keeps it too."""

import pytest

from articles.models import Article, Publication, Status
from articles.signoff import EDITED_AFTER_SIGNOFF_REASON, stories_sign_off
from articles.spreadsheets import ArticleResource
from tests.admin.conftest import chief, editor, groups  # noqa: F401
from tests.factories import import_seed

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_off(chief):  # noqa: F811
    import_seed()
    Publication.objects.update(review_required=True)
    story = Article.objects.get(position=1)
    stories_sign_off(articles=Article.objects.filter(pk=story.pk), user=chief)
    return story


def with_cell(column: str, value: str):
    ds = ArticleResource().export()
    rows = [list(r) for r in ds]
    rows[0][ds.headers.index(column)] = value
    ds.dict = [dict(zip(ds.headers, r, strict=True)) for r in rows]
    return ds


def test_an_editors_new_reporters_send_it_back_with_a_history_record_saying_why(
    signed_off,
    editor,  # noqa: F811
):
    result = ArticleResource().import_data(with_cell("记者", "何晓雨"), dry_run=False, user=editor)
    assert result.totals["update"] == 1, [r.error_dict for r in result.invalid_rows]
    signed_off.refresh_from_db()
    assert signed_off.status == Status.REVIEW and signed_off.signed_off_by is None
    assert EDITED_AFTER_SIGNOFF_REASON in signed_off.history.first().history_change_reason


def test_a_chief_editors_edit_keeps_it_signed_off(signed_off, chief):  # noqa: F811
    result = ArticleResource().import_data(with_cell("主题", "总编辑改的标题"), user=chief)
    assert result.totals["update"] == 1, [r.error_dict for r in result.invalid_rows]
    signed_off.refresh_from_db()
    assert (signed_off.headline, signed_off.status) == ("总编辑改的标题", Status.SIGNED_OFF)
