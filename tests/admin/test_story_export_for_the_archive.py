"""The story spreadsheet carries what an archive needs: 签发人, 签发时间, 发布时间, the public
address and the 更正 / 更新 notes readers see. Export only: the import reads none of these
columns, and its preview says so when a file carries them."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article, Issue, Publication, Status
from articles.publishing import issue_publish
from articles.signoff import stories_sign_off
from tests.admin.test_spreadsheets import CSV, XLSX, as_file, dataset, export, import_preview
from tests.correctionnotices.test_linking import A2, DAY, LATER, NOTICE
from tests.factories import SEED, import_text

pytestmark = pytest.mark.django_db

COLUMNS = [
    "签发人（只读）",
    "签发时间（只读）",
    "发布时间（只读）",
    "网址（只读）",
    "更正与更新（只读）",
]


@pytest.fixture
def archived(chief, seed):
    """A paper that requires sign-off: every story signed off by the chief and published; A1
    re-sent with a correction after publication."""
    Publication.objects.update(review_required=True)
    stories_sign_off(articles=Article.objects.all(), user=chief)
    issue_publish(issue=Issue.objects.get(), user=chief, acknowledge_broken=True)
    import_text(SEED.read_text().replace("王晖指出", "王晖强调"), "A1")
    record = Article.history.filter(history_change_reason__startswith="重新导入").get()
    return Article.objects.get(pk=record.id)


@pytest.mark.parametrize("fmt", [XLSX, CSV], ids=["xlsx", "csv"])
def test_the_export_has_the_archive_columns(chief_client, archived, fmt):
    ds = dataset(export(chief_client, "article", fmt), fmt)
    assert all(column in ds.headers for column in COLUMNS)
    rows = {row[ds.headers.index("主题")]: dict(zip(ds.headers, row, strict=True)) for row in ds}
    row = rows[archived.headline]
    assert row["签发人（只读）"] == "desk-chief"
    assert row["签发时间（只读）"] and row["发布时间（只读）"]
    assert row["网址（只读）"] == "http://testserver" + archived.get_absolute_url()
    assert row["更正与更新（只读）"].startswith("更正：本文于")
    assert not any(r["更正与更新（只读）"] for h, r in rows.items() if h != archived.headline)


def test_a_draft_has_no_address_nor_publication_time(chief_client, seed):
    ds = dataset(export(chief_client, "article", CSV), CSV)
    for row in ds.dict:
        assert row["网址（只读）"] == "" and row["发布时间（只读）"] == ""
        assert row["签发人（只读）"] == ""


def test_the_import_ignores_the_archive_columns_and_says_so(chief_client, archived):
    ds = dataset(export(chief_client, "article", CSV), CSV)
    column = ds.headers.index("签发人（只读）")
    rows = [list(r) for r in ds]
    rows[0][column] = "别人"
    headers = ds.headers
    ds.dict = [dict(zip(headers, r, strict=True)) for r in rows]
    preview = import_preview(chief_client, "article", as_file(ds, CSV), CSV)
    html = preview.content.decode()
    assert 'id="archive-columns-ignored"' in html and "签发人（只读）" in html
    assert Article.objects.filter(status=Status.PUBLISHED).exists()
    assert reverse("admin:articles_article_process_import") in html  # nothing refused


def test_the_corrections_column_names_the_printed_correction_readers_see(chief_client):
    """A story a later issue's 更正 notice corrects shows readers ``本报12月6日A3版刊登更正``
    under it: the column carries that line too (not only the 更正 / 更新 notes)."""
    import_text(A2, "A2", when=DAY)
    import_text(NOTICE, "A3", when=LATER)
    for issue in Issue.objects.all():
        issue_publish(issue=issue, acknowledge_broken=True)
    rows = {row["主题"]: row for row in dataset(export(chief_client, "article", CSV), CSV).dict}
    assert rows["快递进村打通“最后一公里”"]["更正与更新（只读）"] == "本报12月6日A3版刊登更正"
    assert rows["菜篮子工程稳步推进"]["更正与更新（只读）"] == ""
