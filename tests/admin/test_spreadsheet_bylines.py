"""A 署名 corrected in a story spreadsheet corrects who is credited, as the story form does
(README, Page PDFs → Readers; ``articles.people.typedlines.reporters_follow_byline``)."""

import pytest

from articles.models import Article, Byline, Person
from articles.spreadsheets import ArticleResource

pytestmark = pytest.mark.django_db

HEADLINE = "全市打好污染防治攻坚战"


def import_rows(edit) -> None:
    """Export the stories, apply ``edit(row, headers)`` to the row of :data:`HEADLINE`, import."""
    ds = ArticleResource().export()
    rows = [list(r) for r in ds]
    for row in rows:
        if row[ds.headers.index("主题")] == HEADLINE:
            edit(row, ds.headers)
    ds.dict = [dict(zip(ds.headers, r, strict=True)) for r in rows]
    result = ArticleResource().import_data(ds, dry_run=False)
    assert not result.has_validation_errors(), [r.error_dict for r in result.invalid_rows]


def set_cell(column: str, value: str):
    def edit(row, headers):
        row[headers.index(column)] = value

    return edit


def test_a_sheet_byline_correction_keeps_a_reporter_the_old_byline_did_not_name(seed):
    story = Article.objects.get(headline=HEADLINE)
    Byline.objects.create(article=story, person=Person.objects.create(name="王编辑"), order=1)
    import_rows(set_cell("署名", "记者金帅华"))
    assert Article.objects.get(pk=story.pk).reporter_names() == ["金帅华", "王编辑"]


def test_a_sheet_byline_naming_two_people_credits_both_in_printed_order(seed):
    story = Article.objects.get(headline=HEADLINE)
    import_rows(set_cell("署名", "记者金帅华 通讯员李明"))
    assert Article.objects.get(pk=story.pk).reporter_names() == ["金帅华", "李明"]
