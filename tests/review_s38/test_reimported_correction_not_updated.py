"""A published story whose text a re-import corrects is not "updated": feeds, sitemaps, history.

README (Importing): "A changed file replaces what the importer made on that page, in place:
stories keep their ids and URLs", and for ``reparse_pages``: "A story the new parser reads as
before is not saved again: it keeps its 更新时间 and history, and feeds and sitemaps do not list
it as updated" — so a story read differently is. A story's history "is whole versions … each
record keeps … every part's text".

When the correction is in the story's text only (a figure fixed in the body: 一千二百名 →
一千五百名), the importer saves the ``ArticlePart`` and never the ``Article``
(``articles/importing/writer.py``: ``_assign(article, …)`` finds no story field changed). The
story keeps its 更新时间, so its Atom entry's ``<updated>``, the feed's own ``<updated>``, its
``Last-Modified`` and the sitemap's ``<lastmod>`` stay as before: feed readers and crawlers never
fetch the corrected text. And no history record is written: the desk's history page shows the
published version as the latest, with the old figure, and nothing says the text changed.
(A headline correction, which saves the story row, does both.)

Steps: import a one-story A1, publish the issue; import A1 again with one figure of the body
changed; GET /nantong-daily/feed.xml and look at the story's history.
"""

import re
import time

import pytest
from django.utils import timezone

from articles.models import Article, Issue
from articles.publishing import issue_publish
from tests.factories import import_text

pytestmark = pytest.mark.django_db

A1 = """湖畔小学迎来新校舍

本报讯（记者 钱立）湖畔小学新校舍昨天投入使用，可容纳学生一千二百名。新校舍共有教室四十八间，并配有图书馆和室内体育馆。
"""
CORRECTED = A1.replace("一千二百名", "一千五百名")


@pytest.fixture
def corrected(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        import_text(A1, "A1")
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    story = Article.objects.get()
    before = story.updated_at, story.history.count()
    time.sleep(0.01)
    with django_capture_on_commit_callbacks(execute=True):
        import_text(CORRECTED, "A1")
    story.refresh_from_db()
    assert "一千五百名" in story.parts.get().blocks[0]["text"]  # the text was corrected
    return story, before


def entry_updated(client) -> str:
    feed = client.get("/nantong-daily/feed.xml").content.decode()
    entry = re.search(r"<entry>.*?</entry>", feed, re.S).group(0)
    return re.search(r"<updated>([^<]+)</updated>", entry).group(1)


def test_the_feed_lists_the_corrected_story_as_updated(client, corrected):
    story, (updated_before, _) = corrected
    assert story.updated_at > updated_before
    # (when the correction was made, as the story's history has it: its <updated>, s57)
    corrected_at = story.history.latest("history_date").history_date
    assert entry_updated(client) == timezone.localtime(corrected_at).isoformat()


def test_the_story_history_records_the_corrected_version(corrected):
    story, (_, records_before) = corrected
    assert story.history.count() > records_before
