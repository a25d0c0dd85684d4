"""Readers never lose a published text to an import. A continuation (上接A1版) imported before its
page is a story of its own; published, readers read it at its address. When A1 comes later with
the story's head and 下转A2版, the import joins them into one story:

* on a paper without sign-off, the whole story is published with it (the editors published
  this story; the import only adds its head, as a late page's continuation of a published story
  is public at once), and the continuation's address redirects to the whole story;
* on a paper that requires sign-off (发布须经签发), the head is not published unsigned: the link
  is held, the published continuation stays as readers know it, and once a chief editor has
  signed off and published the head, they are joined.

The page's report line says which happened and what the editor must do, in the command (text and
``--json``, dry run and real run) and on the desk (preview and confirmed import). The other page
order (A1 published first, its continuation late) joins the published story as before."""

from __future__ import annotations

import json
from datetime import date
from io import StringIO

import pytest
from django.core.cache import caches
from django.core.management import call_command

from articles.continuations import JumpError, jump_link_manually, jump_problems
from articles.continuations.merging import MERGE_PUBLISH_REASON
from articles.models import Article, Issue, Jump, JumpState, Publication, Status
from articles.publishing import stories_publish
from articles.signoff import stories_sign_off
from tests.factories import import_text

pytestmark = pytest.mark.django_db

DAY = date(2025, 9, 14)
HEAD = (
    "运河公园开园迎客\n\n本报讯（记者陈明）运河公园今天正式开园，园内步道沿河铺开，（下转A2版）\n"
)
TAIL = "（上接A1版）游客可以沿着河岸一路走到老码头，园内还设有三处观景平台。\n"
FLAGS = ("--paper", "nantong-daily", "--date", DAY.isoformat(), "--workers", "0")
JOINED = "A2版已发布的续文“游客可以沿着河岸一路走到…”{will}并入A1版新稿件“运河公园开园迎客”"
HELD = "A2版已发布的续文“游客可以沿着河岸一路走到…”接的是A1版新稿件“运河公园开园迎客”"


def publish_issue() -> None:
    call_command(
        "publish_issue",
        *("--paper", "nantong-daily", "--date", DAY.isoformat(), "--acknowledge-broken"),
        stdout=StringIO(),
        stderr=StringIO(),
    )


@pytest.fixture
def continuation_published():
    """A2 imported alone (its continuation a story of its own), its issue published; returns
    the continuation's story. ``review``: whether the paper requires sign-off."""

    def make(*, review: bool) -> Article:
        import_text(TAIL, "A2", when=DAY)
        Publication.objects.update(review_required=review)
        if review:  # published as the rules allow: signed off first
            stories_sign_off(articles=Article.objects.all())
        publish_issue()
        (story,) = Article.objects.all()
        assert story.status == Status.PUBLISHED
        return story

    return make


def read(client, url: str):
    for alias in caches:  # the tests' transactions never commit: no cache version is bumped
        caches[alias].clear()
    return client.get(url)


def import_head(tmp_path, *args: str) -> str:
    path = tmp_path / "A1.txt"
    path.write_text(HEAD, encoding="utf-8")
    out = StringIO()
    call_command("import_pages", str(path), *FLAGS, *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_the_command_publishes_the_joined_story_and_the_old_address_leads_to_it(
    continuation_published, tmp_path, client
):
    tail = continuation_published(review=False)
    old = tail.get_absolute_url()

    trial = import_head(tmp_path, "--dry-run")
    assert JOINED.format(will="将") + "，整篇将随之发布" in trial
    assert read(client, old).status_code == 200  # the trial run changed nothing

    out = import_head(tmp_path)
    (line,) = [x for x in out.splitlines() if x.startswith("南通日报 2025-09-14 A1版")]
    assert JOINED.format(will="已") + "，整篇已随之发布，读者原来的地址转到整篇" in line
    assert "在稿件列表里撤回它" in line and "仍是草稿" not in out
    story = Article.objects.get()
    assert story.status == Status.PUBLISHED and story.headline == "运河公园开园迎客"
    assert story.history.first().history_change_reason == MERGE_PUBLISH_REASON
    moved = read(client, old)
    assert moved.status_code == 301 and moved["Location"] == story.get_absolute_url()
    page = read(client, story.get_absolute_url()).content.decode()
    assert "运河公园今天正式开园" in page and "游客可以沿着河岸" in page


def test_the_json_report_gives_the_join_as_a_clause(continuation_published, tmp_path):
    continuation_published(review=False)
    (report,) = json.loads(import_head(tmp_path, "--json"))["pages"]
    (clause,) = [c for c in report["clauses"] if c["kind"] == "published_merges"]
    assert clause["count"] == 1 and clause["text"].startswith(JOINED.format(will="已"))
    assert report["published_merges"] == [clause["text"]]
    assert report["new_drafts"] == []


def test_on_a_sign_off_paper_the_link_waits_and_readers_keep_the_continuation(
    continuation_published, tmp_path, client
):
    tail = continuation_published(review=True)
    old = tail.get_absolute_url()

    out = import_head(tmp_path)
    assert HELD + "：本报须经签发，暂不合并，读者仍能读到已发布的续文" in out
    assert "请总编辑签发并发布“运河公园开园迎客”，发布后两段自动接成一篇" in out
    assert read(client, old).status_code == 200
    head = Article.objects.get(headline="运河公园开园迎客")
    assert head.status == Status.DRAFT
    jump = Jump.objects.get(direction="forward")
    assert jump.state == JumpState.PENDING and list(jump.candidates.all()) == [tail.parts.get()]
    forward, backward = jump_problems(Issue.objects.all())
    assert forward.kind == backward.kind == "held"
    assert "请总编辑签发并发布这篇稿件" in forward.message
    assert "A1版那篇签发并发布后自动接上" in backward.message
    # The same import again still says it (nothing changed; still waiting).
    assert HELD in import_head(tmp_path)

    # An editor's link now would make the published text a draft's: refused.
    with pytest.raises(JumpError, match="须经签发"):
        jump_link_manually(jump=jump, part=tail.parts.get())

    # Published (signed off first), the head is joined by its continuation at once.
    stories_sign_off(articles=[head])
    stories_publish(articles=[head])
    jump.refresh_from_db()
    assert jump.state == JumpState.LINKED and not jump.candidates.exists()
    story = Article.objects.get()
    assert story.pk == head.pk and story.status == Status.PUBLISHED
    assert read(client, old)["Location"] == story.get_absolute_url()


def test_the_other_page_order_joins_the_late_continuation_to_the_published_story(tmp_path):
    import_text(HEAD, "A1", when=DAY)
    publish_issue()
    path = tmp_path / "A2.txt"
    path.write_text(TAIL, encoding="utf-8")
    out = StringIO()
    call_command("import_pages", str(path), *FLAGS, stdout=out, stderr=StringIO())
    assert "已发布的续文" not in out.getvalue() and "草稿" not in out.getvalue()
    story = Article.objects.get()
    assert story.status == Status.PUBLISHED
    assert [p.page.label for p in story.parts.order_by("sequence")] == ["A1", "A2"]


def test_on_a_sign_off_paper_publishing_the_issue_again_joins_the_held_link(
    continuation_published, tmp_path, client
):
    tail = continuation_published(review=True)
    import_head(tmp_path)
    head = Article.objects.get(headline="运河公园开园迎客")
    stories_sign_off(articles=[head])
    publish_issue()
    story = Article.objects.get()
    assert story.pk == head.pk and story.status == Status.PUBLISHED
    assert Jump.objects.get(direction="forward").state == JumpState.LINKED
    assert read(client, tail.get_absolute_url())["Location"] == story.get_absolute_url()


def test_a_withdrawn_story_joined_by_a_published_one_is_not_published_again():
    """A story its editors published and then withdrew stays withdrawn when a published story
    joins it; a story never published is published with it (the rule of ``published_follow``)."""
    from articles.continuations.merging import published_follow

    published = import_text(
        "头版稿件\n\n本报讯 第一篇稿件的正文写在这里，一共两句话。\n", "A1", when=DAY
    )
    withdrawn = import_text(
        "二版稿件\n\n本报讯 第二篇稿件的正文写在这里，一共两句话。\n", "A2", when=DAY
    )
    fresh = import_text(
        "三版稿件\n\n本报讯 第三篇稿件的正文写在这里，一共两句话。\n", "A3", when=DAY
    )
    joining = Article.objects.get(parts__page_id=published.page_id)
    taken_down = Article.objects.get(parts__page_id=withdrawn.page_id)
    never = Article.objects.get(parts__page_id=fresh.page_id)
    stories_publish(articles=[joining, taken_down])
    taken_down.refresh_from_db()
    taken_down.status = Status.DRAFT
    taken_down.save()

    assert published_follow({joining.pk: taken_down.pk}) == []
    assert Article.objects.get(pk=taken_down.pk).status == Status.DRAFT
    assert published_follow({joining.pk: never.pk}) == [never.pk]
    assert Article.objects.get(pk=never.pk).status == Status.PUBLISHED
