"""related_articles(): the simple rule until keyword similarity replaces it."""

from __future__ import annotations

from articles.models import Article
from articles.related import related_articles, shown_related
from tests.factories import import_seed
from tests.public.conftest import (
    LEAD,
    PARTY,
    POLLUTION,
    VILLAGES,
    WORKS,
    next_day_story,
    publish_everything,
)


def story(headline: str) -> Article:
    return Article.objects.with_parts().get(headline=headline)


def test_shared_reporters_first_then_same_issue(edition):
    related = related_articles(story(WORKS))
    assert related[0].headline == LEAD  # same reporters (朱文君, 卢兆欣)
    assert {a.headline for a in related} == {LEAD, POLLUTION, VILLAGES, PARTY}


def test_a_reporter_across_issues_beats_the_same_issue(edition):
    later = next_day_story()  # by 金帅, another day
    related = related_articles(story(POLLUTION))
    assert [a.pk for a in related[:2]] == [story(VILLAGES).pk, later.pk]


def test_never_the_story_itself_and_never_unpublished(edition):
    Article.objects.filter(headline=VILLAGES).update(status="draft")
    shown = [a.headline for a in related_articles(story(POLLUTION))]
    assert POLLUTION not in shown
    assert VILLAGES not in shown


def test_limit_and_three_queries(edition, django_assert_num_queries):
    article = story(PARTY)
    with django_assert_num_queries(3):  # keywords (2), then the desk's rule (1)
        related = related_articles(article, limit=2)
    assert len(related) == 2


def test_nothing_related_in_an_empty_paper(edition):
    Article.objects.exclude(headline=LEAD).update(status="draft")
    assert related_articles(story(LEAD)) == []


def test_the_kept_list_holds_one_issue_and_paper_for_stories_of_the_same_issue(edition):
    # the kept list is unpickled on every render of the story page: one object each, not five
    related = shown_related(story(WORKS))
    assert len(related) >= 2 and len({a.issue_id for a in related}) == 1
    assert len({id(a.issue) for a in related}) == 1
    assert len({id(a.issue.publication) for a in related}) == 1
    assert [a.issue.date for a in related] == [edition.issue.date] * len(related)


def test_another_papers_copies_of_a_story_are_not_related_stories(edition):
    """(A group site's other paper printing the same stories filled the list with its copies:
    of the story itself and of the stories listed already.)"""
    import_seed(paper="如东日报", slug="rudong")
    publish_everything()
    assert Article.objects.filter(issue__publication__slug="rudong").count() >= 4
    for headline in (WORKS, LEAD, POLLUTION):
        mine = Article.objects.with_parts().get(
            headline=headline, issue__publication__slug="nantong-daily"
        )
        related = related_articles(mine)
        titles = [a.headline for a in related]
        assert related and headline not in titles, titles
        assert len(set(titles)) == len(titles), titles
