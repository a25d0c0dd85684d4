"""Review of session 35: a page whose story leads to a published continuation, imported with
three other late pages in one background run (导入任务) on a paper that requires sign-off: what the
progress page says of the link, and what a chief editor's 确认导入并发布 does with it."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, ImportRun, Jump, JumpState, Publication, Status
from articles.signoff import stories_sign_off
from tests.admin.conftest import (  # noqa: F401  (fixtures)
    chief,
    chief_client,
    editor,
    editor_client,
    form_data,
    groups,
)
from tests.admin.test_upload_runs import worker  # noqa: F401  (the fixture)
from tests.factories import import_text
from tests.review_s35.test_held_published_continuation import DAY, HEAD, PAPER, TAIL, command, read

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
OTHERS = {"A3": "菜场", "A4": "渡口", "A5": "书屋"}


def files() -> list[SimpleUploadedFile]:
    pages = [SimpleUploadedFile("A1.txt", HEAD.encode(), "text/plain")]
    for label, place in OTHERS.items():
        text = f"{place}重新开张\n\n本报讯（记者米禾）{place}昨天重新开张，街坊们一早就来了。\n"
        pages.append(SimpleUploadedFile(f"{label}.txt", text.encode(), "text/plain"))
    return pages


@pytest.fixture
def tail_published():
    """A2 alone on a sign-off paper, signed off and published: its continuation a story."""
    import_text(TAIL, "A2", when=DAY)
    Publication.objects.update(review_required=True)
    stories_sign_off(articles=Article.objects.all())
    command("publish_issue", *PAPER, "--acknowledge-broken")
    return Article.objects.get()


def background(client, worker, confirm: str) -> dict:  # noqa: F811
    fields = {"paper": "南通日报", "issue_date": DAY.isoformat()}
    preview = client.post(UPLOAD, {**fields, "files": files()})
    assert "token" in preview.context, preview.context["form"].errors
    client.post(UPLOAD, form_data(preview, "confirm-form") | {"confirm": confirm})
    worker()
    run = ImportRun.objects.get()
    assert run.finished and run.pages_done == 4
    return client.get(reverse("admin:articles_page_upload_run_status", args=[run.pk])).json()


def test_an_editors_background_run_says_the_link_is_held_and_offers_the_submission(
    tail_published,
    editor_client,  # noqa: F811
    worker,  # noqa: F811
    client,
):
    status = background(editor_client, worker, "确认导入")
    (a1,) = [p for p in status["pages"] if p["label"] == "A1"]
    said = " ".join([a1["summary"], *a1["lines"]])
    assert "本报须经签发，暂不合并，读者仍能读到已发布的续文" in said
    assert status["drafts_label"] == "提交待审这 4 篇新稿件"
    assert read(client, tail_published.get_absolute_url()).status_code == 200


def test_a_chief_editors_background_run_with_publishing_joins_the_held_link(
    tail_published,
    chief_client,  # noqa: F811
    worker,  # noqa: F811
    client,
):
    status = background(chief_client, worker, "publish")
    head = Article.objects.get(headline="老街改造完工")
    assert head.status == Status.PUBLISHED
    assert Jump.objects.get(direction="forward").state == JumpState.LINKED
    moved = read(client, tail_published.get_absolute_url())
    assert moved.status_code == 301 and moved["Location"] == head.get_absolute_url()
    (a1,) = [p for p in status["pages"] if p["label"] == "A1"]
    assert "暂不合并" not in " ".join([a1["summary"], *a1["lines"]])
