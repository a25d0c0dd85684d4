"""Review of session 35's published continuation joined by its late head (README, Continuations):
what an editor reads in the import's page line and what a chief editor meets when publishing the
head of a held link, and what readers keep when the head was withdrawn earlier.

Written from the README's promises; the texts are this file's own."""

from __future__ import annotations

import contextlib
from datetime import date
from io import StringIO

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article, Jump, JumpState, Publication, Status
from articles.publishing import stories_publish, stories_unpublish
from articles.signoff import stories_sign_off
from tests.factories import import_text

pytestmark = pytest.mark.django_db

DAY = date(2025, 10, 8)
HEAD = (
    "老街改造完工\n\n本报讯（记者林青）老街改造工程昨天完工，"
    "街面换上青石板，两旁的店铺陆续开门，（下转A2版）\n"
)
HEAD_UNJUMPED = "老街改造完工\n\n本报讯（记者林青）老街改造工程昨天完工，街面换上青石板。\n"
TAIL = "（上接A1版）居民说，晚上在老街散步的人比从前多了，街口还新设了两处休息亭。\n"
PAPER = ("--paper", "nantong-daily", "--date", DAY.isoformat())


def command(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def import_head(tmp_path, text: str = HEAD) -> str:
    path = tmp_path / "A1.txt"
    path.write_text(text, encoding="utf-8")
    return command("import_pages", str(path), *PAPER, "--workers", "0")


def held(tmp_path) -> tuple[Article, str]:
    """A2 imported alone on a sign-off paper, signed off and published; then A1 with its head:
    the link is held. Returns the continuation's story and A1's report."""
    import_text(TAIL, "A2", when=DAY)
    Publication.objects.update(review_required=True)
    stories_sign_off(articles=Article.objects.all())
    command("publish_issue", *PAPER, "--acknowledge-broken")
    (tail,) = Article.objects.all()
    report = import_head(tmp_path)
    assert "暂不合并" in report  # the link is held, as the README says
    return tail, report


def read(client, url: str):
    for alias in caches:  # the tests' transactions never commit: no cache version is bumped
        caches[alias].clear()
    return client.get(url)


def test_the_page_line_of_a_held_link_does_not_say_its_target_page_is_missing(tmp_path):
    _, report = held(tmp_path)
    (line,) = [x for x in report.splitlines() if "A1版：" in x]
    assert "A2版已发布的续文" in line
    assert "A2版尚未导入" not in line


def test_a_chief_editor_publishing_the_issue_joins_the_held_link_without_acknowledging_it(
    tmp_path, client
):
    tail, report = held(tmp_path)
    assert "运行 publish_issue" in report  # the report's advice for the draft head
    assert "本报若须经签发，先签发它们，再由总编辑发布" in report  # and who publishes it
    head = Article.objects.get(headline="老街改造完工")
    stories_sign_off(articles=[head])
    command("publish_issue", *PAPER)  # raises CommandError: 2 处转版未接好，未发布
    story = Article.objects.get()
    assert story.pk == head.pk and story.status == Status.PUBLISHED
    assert Jump.objects.get(direction="forward").state == JumpState.LINKED
    assert read(client, tail.get_absolute_url()).status_code == 301


def test_publishing_the_issue_with_the_acknowledgement_joins_the_held_link(tmp_path, client):
    """The acknowledgement (given out of habit) changes nothing: the link is made."""
    tail, _ = held(tmp_path)
    head = Article.objects.get(headline="老街改造完工")
    stories_sign_off(articles=[head])
    command("publish_issue", *PAPER, "--acknowledge-broken")
    story = Article.objects.get()
    assert story.status == Status.PUBLISHED
    assert [p.page.label for p in story.parts.order_by("sequence")] == ["A1", "A2"]
    moved = read(client, tail.get_absolute_url())
    assert moved.status_code == 301 and moved["Location"] == story.get_absolute_url()


def test_check_jumps_names_a_held_link_and_fails_the_gate(tmp_path):
    held(tmp_path)
    out = StringIO()
    with pytest.raises(CommandError, match="2 处转版没有接好"):
        call_command("check_jumps", "--paper", "nantong-daily", stdout=out, stderr=StringIO())
    assert "本报须经签发，先不接上" in out.getvalue()
    assert "A1版那篇签发并发布后自动接上" in out.getvalue()


def test_check_jumps_names_an_untitled_held_candidate_as_untitled(tmp_path):
    held(tmp_path)
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("check_jumps", "--paper", "nantong-daily", stdout=out, stderr=StringIO())
    assert "“”" not in out.getvalue()


def test_a_published_continuation_joined_to_a_withdrawn_head_is_reported(tmp_path, client):
    # A1 first printed without its jump (a wrong export), A2 alone; both published.
    import_text(HEAD_UNJUMPED, "A1", when=DAY)
    import_text(TAIL, "A2", when=DAY)
    command("publish_issue", *PAPER, "--acknowledge-broken")
    head = Article.objects.get(headline="老街改造完工")
    tail = Article.objects.exclude(pk=head.pk).get()
    old = tail.get_absolute_url()
    stories_unpublish(articles=[head])  # the editors withdraw the head
    report = import_head(tmp_path)  # the right A1 again, with 下转A2版
    head.refresh_from_db()
    assert head.status == Status.DRAFT  # withdrawn stays withdrawn (README)
    # The link is held: readers keep A2's published text, and the line says why.
    assert read(client, old).status_code == 200
    (line,) = [x for x in report.splitlines() if "A1版：" in x]
    assert "已发布的续文" in line and "已撤回" in line, line
    # Publishing the head again makes the link; the old address leads to the whole story.
    stories_publish(articles=[head])
    story = Article.objects.get()
    assert story.pk == head.pk and story.status == Status.PUBLISHED
    moved = read(client, old)
    assert moved.status_code == 301 and moved["Location"] == story.get_absolute_url()


def test_a_held_link_whose_continuation_was_withdrawn_is_no_longer_said_to_be_held(tmp_path):
    tail, _ = held(tmp_path)
    stories_unpublish(articles=[tail])  # the editors take the continuation down
    report = import_head(tmp_path)  # A1 again (unchanged)
    out = StringIO()
    with contextlib.suppress(CommandError):  # the gate's verdict is not what is checked here
        call_command("check_jumps", "--paper", "nantong-daily", stdout=out, stderr=StringIO())
    assert "已发布的续文" not in report
    assert "续文已经发布" not in out.getvalue()
