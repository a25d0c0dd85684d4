"""A story's JSON twin dates it as its feed entry and its page's JSON-LD do: ``updated_at`` is
when readers' text last changed after publication (a 更正 or 更新), else its issue's day. It
was the row's save time, so a 1949 story imported and published tonight said tonight, and a
save that changed nothing readers read moved it. (Nothing in the site read the old meaning;
the sitemaps' ``lastmod`` keeps it.)"""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from articles.models import Article
from tests.public.test_feed_dates_for_readers import (  # noqa: F401 (the fixture)
    ARCHIVE,
    backfilled,
    day_start,
    entry_dates,
    feed,
    news_article,
)

pytestmark = pytest.mark.django_db


def twin(client, story: Article) -> dict:
    cache.clear()
    url = story.get_absolute_url().rstrip("/") + ".json"
    response = client.get(url)
    assert response.status_code == 200, url
    return json.loads(response.content)


def test_a_backfilled_story_is_updated_on_its_issues_day_as_in_its_feed(client, backfilled):  # noqa: F811
    _, archive = backfilled  # imported and published tonight: its 更新时间 is tonight
    assert twin(client, archive)["updated_at"] == day_start(ARCHIVE)
    assert entry_dates(feed(client, "/people/钱立/feed.xml"))[archive.headline][1] == day_start(
        ARCHIVE
    )
    archive.save()  # (its 更新时间 moves again; what readers read does not)
    assert twin(client, archive)["updated_at"] == day_start(ARCHIVE)


def test_an_edit_readers_see_moves_it_as_the_feed_and_date_modified(client, backfilled):  # noqa: F811
    _, archive = backfilled
    archive.headline = "中央人民政府成立"
    archive._change_reason = "编辑修改"
    archive.save()
    edited = timezone.localtime(archive.history.latest("history_date").history_date)
    said = twin(client, archive)["updated_at"]
    assert (
        said
        == edited.isoformat(timespec="seconds")
        == news_article(client, archive)["dateModified"]
    )
    updated = entry_dates(feed(client, "/people/钱立/feed.xml"))["中央人民政府成立"][1]
    assert datetime.fromisoformat(updated).replace(microsecond=0) == datetime.fromisoformat(said)
