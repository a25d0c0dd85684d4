"""A held link stays held when its head is published from the story form or a spreadsheet.

README (Continuations): on a paper with 发布须经签发 a late head's link to a published
continuation is held; "A held link is decided again when a story of it is published or
withdrawn … once a chief editor publishes it (发布本期, 发布所选稿件, 定时发布 or the upload's
publish), the link is made at once". A chief editor who publishes the head from its own story
form (状态 → 已发布) or from a spreadsheet row (状态 → 已发布) gets two published stories and the
jump still open: readers see the head stop at （下转A2版） and the continuation as a separate
story with no headline; ``check_jumps`` still says 须经签发，先不接上 for a head that is public.

Steps (texts from tests/review_s35): A2 alone on a sign-off paper, signed off and published;
A1 with the head imported (held); the chief editor signs the head off and publishes it by the
form or by a spreadsheet.
"""

import pytest
from django.test import Client
from django.urls import reverse

from articles.models import Article, Jump, JumpDirection, JumpState, Status
from articles.signoff import stories_sign_off
from articles.spreadsheets import ArticleResource
from tests.admin.conftest import chief, form_data, groups  # noqa: F401
from tests.review_s35.test_held_published_continuation import held

pytestmark = pytest.mark.django_db


def linked() -> bool:
    """The head's 下转 marker is linked (its 上接 marker mirrors it: both read 已接续)."""
    forward = Jump.objects.filter(direction=JumpDirection.FORWARD, state=JumpState.LINKED)
    return forward.count() == 1


def test_publishing_the_head_from_its_form_links_it(tmp_path, chief):  # noqa: F811
    tail, _ = held(tmp_path)
    head = Article.objects.exclude(pk=tail.pk).get()
    client = Client()
    client.force_login(chief)
    url = reverse("admin:articles_article_change", args=[head.pk])
    client.post(url, {**form_data(client.get(url)), "status": "published", "_save": "1"})
    head.refresh_from_db()
    assert head.status == Status.PUBLISHED
    assert linked()


def test_publishing_the_head_from_a_spreadsheet_links_it(tmp_path, chief):  # noqa: F811
    tail, _ = held(tmp_path)
    head = Article.objects.exclude(pk=tail.pk).get()
    stories_sign_off(articles=Article.objects.filter(pk=head.pk), user=chief)
    ds = ArticleResource().export()
    rows = [list(r) for r in ds]
    row = [r[ds.headers.index("主题")] for r in rows].index(head.headline)
    rows[row][ds.headers.index("状态")] = "已发布"
    ds.dict = [dict(zip(ds.headers, r, strict=True)) for r in rows]
    result = ArticleResource().import_data(ds, dry_run=False, user=chief)
    assert result.totals["update"] == 1
    head.refresh_from_db()
    assert head.status == Status.PUBLISHED
    assert linked()


def test_a_sheet_row_that_withdraws_a_continuation_and_changes_its_reporters_is_refused_whole(
    tmp_path,
    chief,  # noqa: F811
):
    tail, _ = held(tmp_path)
    ds = ArticleResource().export()
    rows = [list(r) for r in ds]
    row = [r[ds.headers.index("主题")] for r in rows].index(tail.headline)
    rows[row][ds.headers.index("状态")] = "草稿"
    rows[row][ds.headers.index("记者")] = "新记者"
    ds.dict = [dict(zip(ds.headers, r, strict=True)) for r in rows]
    result = ArticleResource().import_data(ds, dry_run=False, user=chief)
    assert result.has_validation_errors()
    (invalid,) = result.invalid_rows
    assert "并入转版前的稿件" in str(invalid.error)
    tail.refresh_from_db()  # nothing written: the continuation is still its own story
    assert tail.status == Status.PUBLISHED
