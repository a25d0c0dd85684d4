"""上一篇/下一篇 of a story page follow the page's order at once after a change to a whole issue:
a re-import that only reorders published stories (positions written without a save) and
publishing an issue whose new story stands between stories already out (a bulk update). Both
reach the cache as a change to the whole issue (articles.changes.issues_scope), which must
include each page's layout (caching.layout): the neighbours are kept under it."""

from __future__ import annotations

from datetime import date

import pytest

from articles.models import Article, Issue
from articles.publishing import issue_publish
from tests.factories import import_text

pytestmark = pytest.mark.django_db

DAY = date(2021, 3, 15)

STORIES = {
    "桥": "城东大桥今天合龙\n\n　　本报讯（记者 周文）城东大桥今天上午顺利合龙，预计年底通车。\n",
    "校": "新建小学秋季招生\n\n　　本报讯（记者 吴敏）位于城北的新建小学今年秋季开始招收新生。\n",
    "菜": "冬季蔬菜供应充足\n\n　　本报讯（记者 郑亮）全市各大农贸市场冬季蔬菜供应充足，价格平稳。\n",
}


def page(*keys: str) -> str:
    return "\n".join(STORIES[key] for key in keys)


@pytest.fixture
def kept_only(settings):
    settings.NEWSROOM_PUBLIC_CACHE_SECONDS = 0
    settings.NEWSROOM_KEPT_SECONDS = 3600


def story(word: str) -> Article:
    return Article.objects.get(headline__contains=STORIES[word].split("\n")[0][:4])


def next_link(client, word: str) -> str:
    html = client.get(story(word).get_absolute_url()).content.decode()
    return html.split('rel="next"')[0].rsplit("<a ", 1)[-1] if 'rel="next"' in html else ""


def test_a_reimport_that_only_reorders_published_stories_moves_their_neighbours_at_once(
    client, kept_only, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        import_text(page("桥", "校", "菜"), "A1", when=DAY)
        issue_publish(issue=Issue.objects.get(date=DAY))
    assert story("校").get_absolute_url() in next_link(client, "桥")
    with django_capture_on_commit_callbacks(execute=True):
        import_text(page("桥", "菜", "校"), "A1", when=DAY)
    assert story("菜").get_absolute_url() in next_link(client, "桥")
    assert story("校").get_absolute_url() in next_link(client, "菜")


def test_publishing_a_story_between_published_ones_makes_it_their_neighbour_at_once(
    client, kept_only, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        import_text(page("桥", "菜"), "A1", when=DAY)
        issue_publish(issue=Issue.objects.get(date=DAY))
    assert story("菜").get_absolute_url() in next_link(client, "桥")
    with django_capture_on_commit_callbacks(execute=True):
        import_text(page("桥", "校", "菜"), "A1", when=DAY)  # a new draft in the middle
    assert story("菜").get_absolute_url() in next_link(client, "桥")  # still a draft
    with django_capture_on_commit_callbacks(execute=True):
        issue_publish(issue=Issue.objects.get(date=DAY))
    assert story("校").get_absolute_url() in next_link(client, "桥")
