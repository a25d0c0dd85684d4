"""A lone jump (one 下转 to a page, one 上接 there) is linked like a batch's: its places moved in
memory and written with the rest, the jump never saved on its own; and what its save said to
the cache is still said (the issue's tags, as they were when the link was made)."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import caching
from articles.importing import PageInput, pages_import
from articles.models import Article, Jump, JumpState, Person

pytestmark = pytest.mark.django_db

DAY = date(2025, 9, 14)
A1 = "运河公园开园迎客\n\n本报讯（记者陈明）运河公园今天正式开园，园内步道沿河铺开，（下转A2版）\n"
# The continuation alone on its page: a story of its own (signed by a second reporter) until
# its jump is linked; then it is part of the story from A1 and its own story goes.
A2 = "（上接A1版）游客可以沿着河岸一路走到老码头，园内还设有三处观景平台。\n（记者 王晓东）\n"


def _import(*pages):
    items = [
        PageInput(
            paper_name="南通日报",
            paper_slug="nantong-daily",
            issue_date=DAY,
            label=label,
            data=text.encode("utf-8"),
            source_name=f"{label}.txt",
        )
        for label, text in pages
    ]
    results = list(pages_import(items))
    assert all(hasattr(r, "action") for r in results), results
    return results


def test_a_lone_jump_is_linked_without_saving_the_jump_row_on_its_own():
    with CaptureQueriesContext(connection) as ctx:
        _import(("A1", A1), ("A2", A2))
    jump = Jump.objects.get(direction="forward")
    assert jump.state == JumpState.LINKED
    story = Article.objects.with_parts().get(headline="运河公园开园迎客")
    assert [p.page.label for p in story.ordered_parts()] == ["A1", "A2"]
    assert Article.objects.count() == 1
    # A save would first read the row it updates (the cache's "before"): never for a jump here.
    reads = [q for q in ctx if q["sql"].startswith('SELECT "articles_jump"."id"')]
    assert not [q for q in reads if f'"articles_jump"."id" = {jump.pk}' in q["sql"]]


def test_linking_says_the_issue_changed_as_it_stood_before_the_emptied_story_went(
    django_capture_on_commit_callbacks,
):
    # The continuation's story (with its reporter's byline) was there before A1 came; the link
    # empties it and it goes, its reporter now the whole story's. Its reporter's list of stories
    # showed it: that list is refreshed.
    with django_capture_on_commit_callbacks(execute=True):
        _import(("A2", A2))
    reporter = Person.objects.get(name="王晓东")
    tag = caching.works(reporter.pk)
    before = caching.tag_versions([tag])[tag]
    with django_capture_on_commit_callbacks(execute=True):
        _import(("A1", A1))
    assert Jump.objects.get(direction="forward").state == JumpState.LINKED
    assert Article.objects.get(bylines__person=reporter).headline == "运河公园开园迎客"
    assert caching.tag_versions([tag])[tag] != before
