"""manage.py rebuild_search_index."""

import re
from io import StringIO

import pytest
from django.core.management import call_command

from search.engine import search
from search.models import DictionaryState, SearchEntry
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db


class Terminal(StringIO):
    def isatty(self) -> bool:
        return True


def test_rebuild_indexes_every_story(seed):
    SearchEntry.objects.all().delete()
    out = StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert out.getvalue().startswith("Indexed 5 stories in ")
    assert "\r" not in out.getvalue()  # no progress bar when not on a terminal
    assert SearchEntry.objects.count() == 5
    assert search(seed["party"].__class__.objects.published(), "飞牛小匠").total == 1
    assert DictionaryState.objects.get().file_words


def test_rebuild_draws_a_progress_bar_on_a_terminal(seed):
    out, err = StringIO(), Terminal()
    call_command("rebuild_search_index", "--batch-size", "2", stdout=out, stderr=err)
    assert re.search(r"5/5 \[\d\d:\d\d<\d\d:\d\d, [\d.]+story/s", err.getvalue())
    assert out.getvalue().startswith("Indexed 5 stories in ") and "\r" not in out.getvalue()


def test_no_progress_draws_nothing_even_on_a_terminal(seed):
    err = Terminal()
    call_command("rebuild_search_index", "--no-progress", stdout=StringIO(), stderr=err)
    assert err.getvalue() == ""


def test_only_stories_with_changed_dictionary_words_are_reindexed(db):
    story = make_story("会展新闻", "南通国际会展中心举行展会。")
    other = make_story("港口新闻", "港口建设提速。")
    call_command("rebuild_search_index", stdout=StringIO())
    out = StringIO()
    call_command("rebuild_search_index", "--if-dictionary-changed", stdout=out)
    assert "has not changed" in out.getvalue()

    state = DictionaryState.objects.get()
    state.file_words = [w for w in state.file_words if w != "国际会展中心"]
    state.save()  # as if 国际会展中心 had just been added to the file
    before = {e.article_id: e.indexed_at for e in SearchEntry.objects.all()}
    out = StringIO()
    call_command("rebuild_search_index", "--if-dictionary-changed", stdout=out)
    assert "re-indexed 1 stories" in out.getvalue()
    after = {e.article_id: e.indexed_at for e in SearchEntry.objects.all()}
    assert after[story.pk] > before[story.pk] and after[other.pk] == before[other.pk]


def test_reindex_stories_containing_words(db):
    make_story("会展新闻", "南通国际会展中心举行展会。")
    out = StringIO()
    call_command("rebuild_search_index", "--containing", "会展中心", stdout=out)
    assert out.getvalue().startswith("Re-indexed 1 stories")


def test_rebuild_reads_the_story_ids_a_batch_at_a_time(seed):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        call_command("rebuild_search_index", "--batch-size", "2", stdout=StringIO())
    id_reads = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith('SELECT "articles_article"."id" AS "pk" FROM "articles_article"')
    ]
    assert len(id_reads) == 4  # 2 + 2 + 1 stories, then an empty page
    assert all("LIMIT 2" in sql for sql in id_reads)  # never every id of the table at once
    assert SearchEntry.objects.count() == 5


def test_changed_reindexes_only_the_stories_the_index_now_reads_differently(db, monkeypatch):
    from articles.models import Article
    from articles.text import normalize_for_matching
    from search import entriesahead, indexing

    split = make_story("湖畔小学迎来新校舍", "新校舍昨天投入\u200b使用。", index=False)
    other = make_story("港口新闻", "港口建设提速。")
    # The entry as an index built before invisible characters were dropped has it.
    monkeypatch.setattr(indexing, "index_form", normalize_for_matching)
    monkeypatch.setattr(entriesahead, "index_form", normalize_for_matching)  # makes the entries
    indexing.index_articles([split.pk])
    monkeypatch.undo()
    # (the old entry holds 投入 and 使用 apart: found only as the word's pieces, said apart)
    assert search(Article.objects.published(), "投入使用").loose
    before = {e.article_id: e.indexed_at for e in SearchEntry.objects.all()}

    out, err = StringIO(), Terminal()
    call_command("rebuild_search_index", "--changed", "--batch-size", "1", stdout=out, stderr=err)
    assert out.getvalue().startswith("Re-indexed 1 of 2 stories")
    assert re.search(r"2/2 \[", err.getvalue())
    after = {e.article_id: e.indexed_at for e in SearchEntry.objects.all()}
    assert after[split.pk] > before[split.pk] and after[other.pk] == before[other.pk]
    found = search(Article.objects.published(), "投入使用")
    assert [a.pk for a in found.queryset] == [split.pk] and not found.loose
