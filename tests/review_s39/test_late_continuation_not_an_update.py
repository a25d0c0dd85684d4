"""A published story that a late page makes whole is not "updated": 更新时间, history, sitemap.

The front page goes out first (A1 published, each jumping story ending at its printed
``（下转A2版）``); A2 comes in later that night and its continuations join the published stories,
public at once (README, Continuations: "A page imported into an issue already published is
public at once in part (its continuations of published stories …)"). Every such story's page now
reads twice as long, but the story row is not saved: its 更新时间 stays, so the sitemap's
``<lastmod>``, the page's NewsArticle ``dateModified`` and the feed entry's ``<updated>`` say
nothing changed (crawlers keep the half story), and its history has no version with the whole
text. ``articles/importing/writer.py`` ``page_content_update`` saves "a story a reader sees
changed (a part's text …)" — but only for the page being re-imported, not for a story a new
page's continuation joins. (An editor's hand link on the jump fix page does the same.)

Steps: import and publish the seed's A1; import tests/data/jumps/A2.txt as A2; compare story
2's 更新时间 and history before and after.
"""

import time

import pytest

from articles.models import Article, Issue
from articles.publishing import issue_publish
from tests.admin.conftest import JUMPS
from tests.factories import import_seed, import_text

pytestmark = pytest.mark.django_db


def test_a_story_made_whole_by_a_late_page_is_updated(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        import_seed()
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    story = Article.objects.get(position=2)
    assert story.parts.count() == 1
    before = story.updated_at, story.history.count()
    time.sleep(0.01)
    with django_capture_on_commit_callbacks(execute=True):
        import_text((JUMPS / "A2.txt").read_text(encoding="utf-8"), "A2")
    story.refresh_from_db()
    assert [part.page.label for part in story.parts.all()] == ["A1", "A2"]  # joined, public
    assert story.updated_at > before[0]
    assert story.history.count() > before[1]


def test_the_late_join_is_one_history_record_with_the_whole_text(
    django_capture_on_commit_callbacks,
):
    from articles.continuations.published import MERGE_WHOLE_REASON

    with django_capture_on_commit_callbacks(execute=True):
        import_seed()
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    story = Article.objects.get(position=2)
    with django_capture_on_commit_callbacks(execute=True):
        import_text((JUMPS / "A2.txt").read_text(encoding="utf-8"), "A2")
    joined = story.history.filter(history_change_reason=MERGE_WHOLE_REASON)
    assert joined.count() == 1
    assert [part["page"] for part in joined.get().story["parts"]] == ["A1", "A2"]
