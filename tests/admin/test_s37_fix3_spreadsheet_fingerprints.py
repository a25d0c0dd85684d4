"""导出指纹 (articles/spreadsheets/fingerprints.py): a spreadsheet exported before a change in the
database never writes its old cells over that change; an edit made over such a change is refused.

The seed page is imported, a spreadsheet exported, then the database changes (a re-import's
correction, another editor's save) before the file comes back.
"""

import pytest
from django.urls import reverse

from articles.models import Article, Issue, Page, Photo
from articles.spreadsheets import ArticleResource, IssueResource, PageResource, PhotoResource
from articles.spreadsheets.fingerprints import FINGERPRINT_COLUMN
from tests.factories import SEED, import_seed, import_text

pytestmark = pytest.mark.django_db

OLD = "首批18组企业村居集中签约"
NEW = "首批18组企业村居签约"


def edited(ds, changes: dict[tuple[int, str], str], drop: str | None = None):
    """``ds`` with ``changes`` (``(row index, column) -> value``), without the column ``drop``."""
    rows = [list(r) for r in ds]
    for (index, column), value in changes.items():
        rows[index][ds.headers.index(column)] = value
    headers = list(ds.headers)
    ds.dict = [{h: v for h, v in zip(headers, r, strict=True) if h != drop} for r in rows]
    return ds


def refusals(result) -> dict:
    return {row.number: row.error_dict for row in result.invalid_rows}


@pytest.fixture
def story():
    import_seed()
    return Article.objects.get(subheadline=OLD)


def test_every_export_carries_a_fingerprint_and_an_unchanged_file_is_all_skipped(story):
    for resource in (ArticleResource, IssueResource, PageResource, PhotoResource):
        ds = resource().export()
        assert FINGERPRINT_COLUMN in ds.headers
        # (v3 also digests the row's page: articles/spreadsheets/relabelled.py)
        version = "v2." if resource is IssueResource else "v3."
        assert all(row[ds.headers.index(FINGERPRINT_COLUMN)].startswith(version) for row in ds)
        result = resource().import_data(ds, dry_run=False)
        assert set(result.totals) >= {"skip"} and result.totals["skip"] == len(ds), resource
        assert result.totals["update"] == 0


def test_a_cell_left_as_exported_keeps_a_change_made_since_in_the_same_row(story):
    ds = ArticleResource().export()
    row = [a.pk for a in ArticleResource().get_queryset()].index(story.pk)
    import_text(SEED.read_text(encoding="utf-8").replace(OLD, NEW), "A1")
    edited(ds, {(row, "引题"): "编辑改的引题"})
    result = ArticleResource().import_data(ds, dry_run=False)
    assert result.totals["update"] == 1, refusals(result)
    story.refresh_from_db()
    assert (story.kicker, story.subheadline) == ("编辑改的引题", NEW)


def test_a_cell_edited_after_the_database_changed_refuses_the_whole_file(story):
    ds = ArticleResource().export()
    row = [a.pk for a in ArticleResource().get_queryset()].index(story.pk)
    other = Article.objects.exclude(pk=story.pk).order_by("position").first()
    other_row = [a.pk for a in ArticleResource().get_queryset()].index(other.pk)
    import_text(SEED.read_text(encoding="utf-8").replace(OLD, NEW), "A1")
    edited(ds, {(row, "副题"): "编辑自己改的副题", (other_row, "主题"): "另一篇的新主题"})
    result = ArticleResource().import_data(ds, dry_run=False)
    errors = refusals(result)
    assert list(errors) == [row + 1], errors
    message = errors[row + 1]["副题"][0]
    assert NEW in message and "编辑自己改的副题" in message and "重新导出" in message
    story.refresh_from_db()
    other.refresh_from_db()
    assert story.subheadline == NEW  # nothing written, the other row's edit neither
    assert other.headline != "另一篇的新主题"


def test_the_same_edit_made_in_the_file_and_since_the_export_is_no_conflict(story):
    ds = ArticleResource().export()
    row = [a.pk for a in ArticleResource().get_queryset()].index(story.pk)
    import_text(SEED.read_text(encoding="utf-8").replace(OLD, NEW), "A1")
    result = ArticleResource().import_data(edited(ds, {(row, "副题"): NEW}), dry_run=True)
    assert not result.has_validation_errors()
    assert result.totals["update"] == 0


def test_names_left_as_exported_keep_the_photographers_set_since(story):
    ds = PhotoResource().export()
    photo = Photo.objects.get()
    PhotoResource().import_data(
        edited(PhotoResource().export(), {(0, "摄影"): "许丛军、王新"}), dry_run=False
    )
    result = PhotoResource().import_data(edited(ds, {(0, "图片说明"): "新的图片说明"}))
    assert result.totals["update"] == 1, refusals(result)
    photo.refresh_from_db()
    assert photo.caption == "新的图片说明"
    assert [c.person.name for c in photo.credits.order_by("order")] == ["许丛军", "王新"]


def test_issues_and_pages_too(story):
    issues, pages = IssueResource().export(), PageResource().export()
    Issue.objects.update(number=4321)
    Page.objects.update(section="要闻")
    assert IssueResource().import_data(issues, dry_run=False).totals["skip"] == 1
    assert PageResource().import_data(pages, dry_run=False).totals["skip"] == 1
    assert (Issue.objects.get().number, Page.objects.get().section) == (4321, "要闻")
    result = PageResource().import_data(edited(pages, {(0, "版名"): "头版"}), dry_run=True)
    assert "版名" in refusals(result)[1]


def test_a_changed_fingerprint_cell_is_refused_and_a_blank_one_imports_as_before(story):
    ds = PageResource().export()
    result = PageResource().import_data(edited(ds, {(0, FINGERPRINT_COLUMN): "v1.123"}))
    assert "不是本系统导出时写的指纹" in refusals(result)[1][FINGERPRINT_COLUMN][0]
    Page.objects.update(section="要闻")
    result = PageResource().import_data(edited(ds, {(0, FINGERPRINT_COLUMN): ""}), dry_run=False)
    assert result.totals["update"] == 1  # the file's 版名 written over 要闻, as before


def test_a_file_without_fingerprints_imports_as_before_and_the_preview_says_so(
    editor_client, story
):
    ds = edited(ArticleResource().export(), {}, drop=FINGERPRINT_COLUMN)
    import_text(SEED.read_text(encoding="utf-8").replace(OLD, NEW), "A1")
    result = ArticleResource().import_data(ds, dry_run=True)
    assert result.totals["update"] == 1  # the stale row is written, as before the column
    assert any(h.startswith(FINGERPRINT_COLUMN + "：本表格没有这一列") for h in result.diff_headers)
    page = editor_client.post(
        reverse("admin:articles_article_import"),
        {
            "resource": "0",
            "format": "0",
            "import_file": _upload(ds),
        },
    )
    assert "本表格没有这一列" in page.content.decode()


def _upload(ds):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("稿件.csv", ds.export("csv").encode("utf-8-sig"))
