"""A text cell an editor typed as a formula (``=HYPERLINK("http://x")``, ``=A1``, ``=(…)``) is
refused by the spreadsheet import naming the column and what to do: a spreadsheet keeps such a
cell as its formula, and the import published the formula itself (a reviewer's 引题 showed
``=HYPERLINK("http://x")`` to readers and gave the story ``http`` and ``hyperlink`` tags).
Text that only starts with ``=`` (``=1+1``), and the export's own apostrophe-marked cells, are
text as before."""

from __future__ import annotations

import pytest

from articles.models import Article
from articles.spreadsheets import ArticleResource
from articles.spreadsheets.cells import formula_problem
from tests.admin.test_spreadsheets import edit_headlines

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("typed", ['=HYPERLINK("http://x")', "=A1", "= sum(A1:A3)", "=(1+2)"])
def test_a_formula_typed_into_a_text_cell_is_refused_and_nothing_written(seed, typed):
    before = list(Article.objects.values_list("headline", flat=True).order_by("pk"))
    ds = ArticleResource().export()
    edit_headlines(ds, {0: typed})
    result = ArticleResource().import_data(ds, dry_run=False)
    errors = [str(e) for row in result.invalid_rows for es in row.error_dict.values() for e in es]
    assert errors and "是表格公式，不是要印出的文字" in errors[0]
    assert "请改成文字后再导入" in errors[0]
    assert list(Article.objects.values_list("headline", flat=True).order_by("pk")) == before


def test_text_starting_with_an_equals_sign_and_marked_cells_are_text():
    assert formula_problem("=1+1", "主题") is None
    assert formula_problem('\'=HYPERLINK("x")', "主题") is None  # the export's mark: text
    assert formula_problem("等于HYPERLINK", "主题") is None
