"""PostgreSQL: a search filtered by 版次 asks the labels kept on the story's index entry
(migration search.0010), and every write that changes a story's pages keeps them in step: the
import and jumps linking parts across pages, a part moved to another story (合并) or page, a part
deleted, a page's 版次 edited, 拆开. A stale entry would hide a story from the filter."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article, ArticlePart, Page
from articles.storyjoin import story_merge
from articles.storysplit import story_split
from search.forms import apply_filters
from search.indexing import index_articles
from search.queries import parse_query
from search.results import found
from tests.search.conftest import make_story

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only"),
]


def _found(values: dict, query: str) -> set[int]:
    """The stories the search page finds for ``query`` with the filter ``values``."""
    result, rows = found(values, parse_query(query))
    return {story.pk for story in rows[0 : result.listed]}


def _labels(story: Article) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT labels FROM search_searchentry WHERE article_id = %s", [story.pk])
        return sorted(cursor.fetchone()[0])


def test_a_filtered_search_asks_the_entry_not_the_parts():
    story = make_story("港口新闻", "港口吞吐量创新高。", label="A3", section="经济")
    with CaptureQueriesContext(connection) as queries:
        assert _found({"label": "A3"}, "吞吐量") == {story.pk}
    sql = " ".join(q["sql"] for q in queries.captured_queries)
    assert ".labels @> ARRAY[" in sql
    assert "articles_articlepart" not in sql.split("FROM", 1)[1].split("ORDER BY")[0]


def test_a_part_on_another_page_adds_that_page():
    story = make_story("港口新闻", "港口吞吐量创新高。", label="A1", section="要闻")
    other = Page.objects.create(issue=story.issue, label="A5", section="经　济")
    ArticlePart.objects.create(article=story, page=other, position=1, sequence=1, blocks=[])
    assert _labels(story) == ["A1", "A5"]
    assert _found({"label": "A5"}, "吞吐量") == {story.pk}


def test_a_part_moved_or_deleted_takes_its_page_with_it():
    story = make_story("港口新闻", "港口吞吐量创新高。", label="A1")
    other = make_story("机场新闻", "机场吞吐量创新高。", label="A6", section="民航")
    part = other.parts.get()
    part.article, part.sequence = story, 1
    part.save()
    assert _labels(story) == ["A1", "A6"]
    assert _labels(other) == []
    assert _found({"label": "A6"}, "吞吐量") == {story.pk}
    part.page, part.position = story.page, 2
    part.save()
    assert _labels(story) == ["A1"]
    part.article, part.sequence = other, 0
    part.save()
    assert _labels(other) == ["A1"]
    part.delete()
    assert _labels(other) == []
    assert _found({"label": "A6"}, "吞吐量") == set()


def test_a_page_relabelled_moves_its_stories():
    story = make_story("港口新闻", "港口吞吐量创新高。", label="A3", section="经济")
    Page.objects.filter(pk=story.page_id).update(label="B3")
    assert _labels(story) == ["B3"]
    assert _found({"label": "B3"}, "吞吐量") == {story.pk}
    assert _found({"label": "A3"}, "吞吐量") == set()
    page = Page.objects.get(pk=story.page_id)
    page.label = "C3"
    page.save()
    assert _found({"label": "C3"}, "吞吐量") == {story.pk}


def test_an_entry_written_again_keeps_its_labels():
    story = make_story("港口新闻", "港口吞吐量创新高。", label="A3", section="经济")
    ArticlePart.objects.filter(article=story).update(blocks=[{"kind": "paragraph", "text": "新"}])
    index_articles([story.pk])
    assert _labels(story) == ["A3"]


def test_imported_jumps_give_a_story_both_its_labels(seed):
    jumped = {s.pk for s in seed.values() if s.parts.count() > 1}
    assert jumped
    for story in Article.objects.filter(pk__in=jumped):
        assert "A2" in _labels(story)
    stories = apply_filters(Article.objects.public(), {"label": "A2"})
    assert set(stories.values_list("pk", flat=True)) == jumped


def test_a_merge_and_a_split_keep_the_pages_in_step():
    first = make_story("港口新闻", "港口吞吐量创新高。", label="A1")
    later = make_story("港口续闻", "港口货运量也创新高。", label="A1")
    elsewhere = Page.objects.create(issue=later.issue, label="A7", section="港航")
    ArticlePart.objects.create(
        article=later,
        page=elsewhere,
        position=1,
        sequence=1,
        blocks=[{"kind": "paragraph", "text": "集装箱运量增长。"}],
    )
    index_articles([later.pk])
    story_merge(later=later)
    assert "A7" in _labels(first)
    assert _found({"label": "A7"}, "集装箱") == {first.pk}

    one_page = make_story("港航新闻", "集装箱运量增长。", "散货运量下降。", label="A8")
    new = story_split(article=one_page, index=1, headline="散货运量下降")
    index_articles([one_page.pk, new.pk])
    assert _labels(new) == _labels(one_page) == ["A8"]
    assert _found({"label": "A8"}, "运量") == _found({}, "运量") & {one_page.pk, new.pk}
    assert _found({"label": "A8"}, "运量")
