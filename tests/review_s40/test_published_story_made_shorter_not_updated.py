"""A published story that loses its continuation is not "updated": 更新时间, sitemap, feeds.

Round 39 made a published story that a link makes *longer* an update (README, Importing: "A
published story that such a continuation (or an editor's link on the jump fix page) makes
longer is updated: its 更新时间 moves (sitemap ``lastmod``, feeds, ``dateModified``) and one
history record … keeps its whole text"). The opposite is not: when an editor unlinks a wrong
continuation on the jump fix page, or undoes the continuation's page (撤销本版导入: "those
stories stay and lose only that part"), readers of the published story now read a text that
stops at ``（下转A2版）`` — yet its 更新时间 stays, so the sitemap's ``<lastmod>``, the Atom
entry's ``<updated>`` and the page's ``dateModified`` say nothing changed (crawlers and feed
readers keep the long text), and its history has no version with the text readers now see.
README (Importing, "Same story, same row"): a story is *updated* for readers "whatever the
correction touched (its headline, a part's text on this page or on a continuation's …)".

Steps: import the seed's A1 and tests/data/jumps/A2.txt, publish the issue; (a) on the jump fix
page unlink story 3's ``（下转A2版）``, or (b) 撤销本版导入 on A2; story 3's 更新时间 is unchanged.
"""

import time

import pytest

from articles.continuations.editing import jump_unlink
from articles.models import Article, Issue, Jump, JumpDirection, Page
from articles.publishing import issue_publish
from articles.removal import page_remove
from tests.admin.conftest import JUMPS
from tests.factories import import_seed, import_text

pytestmark = pytest.mark.django_db


def published_whole_issue():
    import_seed()
    import_text((JUMPS / "A2.txt").read_text(encoding="utf-8"), "A2")
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    story = Article.objects.get(headline="全市打好污染防治攻坚战")
    assert [part.page.label for part in story.parts.all()] == ["A1", "A2"]
    assert story.status == "published"
    return story


def test_an_editor_unlinking_a_published_continuation_updates_the_story():
    story = published_whole_issue()
    before = story.updated_at, story.history.count()
    time.sleep(0.01)
    jump = Jump.objects.get(part__article=story, direction=JumpDirection.FORWARD)
    jump_unlink(jump=jump)
    story.refresh_from_db()
    assert [part.page.label for part in story.parts.all()] == ["A1"]  # readers see less
    assert story.updated_at > before[0]
    assert story.history.count() > before[1]


def test_undoing_the_continuations_page_updates_the_published_story():
    story = published_whole_issue()
    before = story.updated_at, story.history.count()
    time.sleep(0.01)
    page_remove(page=Page.objects.get(label="A2"))
    story.refresh_from_db()
    assert [part.page.label for part in story.parts.all()] == ["A1"]  # readers see less
    assert story.updated_at > before[0]
    assert story.history.count() > before[1]
