"""The news sitemap lists a published issue dated tomorrow, as the public pages do.

A fresh reviewer published tomorrow's edition tonight: its pages, feeds and search showed it,
but ``/news-sitemap.xml`` left it out (``issue__date__lte=localdate()`` in
``articles/sitemaps.py``). What readers may see is ``Article.objects.public()``'s decision alone;
the news sitemap now follows it (the last two days, and any later published issue)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, Issue, Status
from tests.factories import import_text
from tests.public.test_machine_readable import NEWS, SM, xml

pytestmark = pytest.mark.django_db

STORY = "市区新开三条公交线路\n\n本报讯（记者王明）市公交集团明天起新开三条线路，方便市民出行。\n"


def test_tomorrows_published_issue_is_in_the_news_sitemap(client):
    tomorrow = timezone.localdate() + timedelta(days=1)
    import_text(STORY, "A1", when=tomorrow)
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)
    story = Article.objects.get()
    assert client.get(story.get_absolute_url()).status_code == 200  # readers see it
    _, sitemap = xml(client, "/news-sitemap.xml")
    urls = sitemap.findall(f"{SM}url")
    assert [u.find(f"{NEWS}news/{NEWS}publication_date").text for u in urls] == [
        tomorrow.isoformat()
    ]
    assert urls[0].find(f"{SM}loc").text.endswith(story.get_absolute_url())
