"""A byline corrected in a spreadsheet keeps crediting the old name.

README (Page PDFs → Readers): "correcting a byline at the desk corrects who is credited
(``记者金帅`` → ``记者金帅华``: the names read from the old line are replaced by those read from
the new, as the importer reads them …; reporters the editor changed in the same save are kept)".
The story form does so (``articles.people.typedlines.reporters_follow_byline``); a spreadsheet row does not
(README, Spreadsheets: "export stories … edit in Excel; import back"; the 署名 column is
editable). After the sheet's correction the story prints ``记者 金帅华`` but still credits 金帅:
金帅's page lists it, 金帅华's does not, the JSON-LD ``author`` and the page JSON's
``reporters`` name the wrong person, and search's 记者 filter finds it under the wrong name —
the very mistake the editor set out to fix, with nothing saying so.

Steps: import the seed; export 稿件 as CSV; in the row of 全市打好污染防治攻坚战 change 署名 from
``记者金帅`` to ``记者金帅华`` (leave 记者 as exported); import the file back and confirm; the
story's reporters are still [金帅]. The same edit in the story's form credits 金帅华.
"""

import pytest

from articles.models import Article
from tests.admin.conftest import editor, editor_client, groups  # noqa: F401
from tests.admin.test_spreadsheets import (
    CSV,
    as_file,
    dataset,
    export,
    import_confirm,
    import_preview,
)
from tests.factories import import_seed

pytestmark = pytest.mark.django_db


def credited(article):
    return [person.name for person in article.reporters.all()]


def test_a_byline_corrected_in_a_spreadsheet_credits_the_new_name(editor_client):  # noqa: F811
    import_seed()
    story = Article.objects.get(headline="全市打好污染防治攻坚战")
    assert (story.byline, credited(story)) == ("记者金帅", ["金帅"])
    sheet = dataset(export(editor_client, "article", CSV), CSV)
    column = sheet.headers.index("署名")
    rows = [list(row) for row in sheet]
    for row in rows:
        if row[sheet.headers.index("主题")] == story.headline:
            row[column] = "记者金帅华"
    sheet.dict = [dict(zip(sheet.headers, row, strict=True)) for row in rows]
    preview = import_preview(editor_client, "article", as_file(sheet, CSV), CSV)
    assert import_confirm(editor_client, "article", preview).status_code == 302
    story.refresh_from_db()
    assert story.byline == "记者金帅华"
    assert credited(story) == ["金帅华"]
