"""The same-issue rule (a photo belongs to a story of its own issue: the photo's form refuses
another day's story) holds for the spreadsheet import too: the photo spreadsheet's 所属稿件 is
read-only, so a row naming another issue's story (in that column, or in a column of its own)
attaches nothing, while the row's editable cells still go in; and teasers have no spreadsheet
import at all (their stories are set by the page's jumps)."""

import pytest
import tablib
from django.urls import NoReverseMatch, reverse

from articles.models import Photo
from tests.admin.test_spreadsheets import (
    CSV,
    as_file,
    dataset,
    export,
    import_confirm,
    import_preview,
    with_cell,
)
from tests.public.conftest import LEAD, make_edition, next_day_story

pytestmark = pytest.mark.django_db
STORY = "所属稿件（只读）"


def with_column(ds: tablib.Dataset, header: str, value) -> tablib.Dataset:
    out = tablib.Dataset(headers=[*ds.headers, header])
    for row in ds:
        out.append([*row, value])
    return out


def test_a_photo_row_cannot_move_its_photo_to_another_issues_story(editor_client):
    edition = make_edition()
    other = next_day_story()
    photo = Photo.objects.get(page__issue=edition.issue)
    story = edition.article(LEAD).pk
    Photo.objects.filter(pk=photo.pk).update(article=story)
    ds = dataset(export(editor_client, "photo", CSV, items=[photo.pk]), CSV)
    assert STORY in ds.headers
    caption = ds[0][ds.headers.index("图片说明")] + "（左为馆长）"
    ds = with_cell(ds, 0, STORY, other.title)
    ds = with_cell(ds, 0, "图片说明", caption)
    ds = with_column(with_column(ds, "所属稿件", other.title), "article", str(other.pk))

    preview = import_preview(editor_client, "photo", as_file(ds, CSV), CSV)
    assert not preview.context["result"].has_validation_errors()
    assert import_confirm(editor_client, "photo", preview).status_code == 302
    photo.refresh_from_db()
    assert photo.article_id == story  # still the story of its own issue
    assert photo.article.issue_id == edition.issue.pk
    assert photo.caption == caption  # the row's editable cell went in


def test_teasers_have_no_spreadsheet_import():
    with pytest.raises(NoReverseMatch):
        reverse("admin:articles_teaser_import")
