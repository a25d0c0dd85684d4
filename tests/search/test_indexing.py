"""Keeping the index in step: imports, re-imports, stitching and splitting, edits, deletion,
names the dictionary learns."""

import pytest
from django.db import connection, transaction

from articles.continuations import jump_unlink
from articles.importing import page_reparse
from articles.models import Article, ArticlePart, Jump, JumpState
from search import indexing
from search.engine import search
from search.models import Keyword, SearchEntry
from tests.conftest import DATA
from tests.factories import import_seed, import_text
from tests.search.conftest import make_story, publish, seed_stories

pytestmark = pytest.mark.django_db


def hits(query: str) -> set[int]:
    return {a.pk for a in search(Article.objects.all(), query).queryset}


@pytest.fixture
def segmentations(monkeypatch) -> list[int]:
    """The ids of the stories segmented (entries built) from now on."""
    calls: list[int] = []
    original = indexing.made_row

    def counting(article_id, *args):
        calls.append(article_id)
        return original(article_id, *args)

    monkeypatch.setattr(indexing, "made_row", counting)
    return calls


def test_an_import_indexes_every_story_with_keywords():
    import_seed()
    assert SearchEntry.objects.count() == Article.objects.count() == 5
    for article in Article.objects.all():
        entry = article.search_entry
        assert entry.title and entry.body and entry.title_tokens and entry.body_tokens
        assert Keyword.objects.filter(article=article).count() > 3
    stories = seed_stories()
    tokens = stories["projects"].search_entry.body_tokens.split()
    assert "徐惠民" in tokens  # the project dictionary keeps the name whole
    assert "党建" in Keyword.objects.filter(article=stories["party"]).values_list("word", flat=True)


def test_a_page_import_segments_only_the_stories_it_touched(segmentations):
    import_seed()
    assert len(segmentations) == 5
    segmentations.clear()
    import_text(
        "港口建设提速\n\n本报讯（记者金帅）昨日，南通港口建设再提速。\n", "A3"
    )  # another page of the same issue
    assert len(segmentations) == 1
    assert SearchEntry.objects.count() == 6


def test_reimporting_an_unchanged_page_segments_nothing(segmentations):
    import_seed()
    page = Article.objects.first().page
    segmentations.clear()
    page_reparse(page=page)  # forced: the page is written again, the text is the same
    assert segmentations == []


def test_stitching_moves_the_continuation_into_the_story_entry(segmentations):
    import_seed()
    segmentations.clear()
    import_text((DATA / "jumps" / "A2.txt").read_text(encoding="utf-8"), "A2")
    stories = seed_stories()
    assert SearchEntry.objects.count() == Article.objects.count() == 5  # placeholders gone
    assert hits("倒排工期") == {stories["works"].pk}
    assert "倒排工期" in stories["works"].search_entry.body
    # Only the four stitched stories (and the continuations, before they were merged) were done.
    assert stories["projects"].pk not in segmentations


def test_stitching_segments_only_the_new_part(monkeypatch):
    indexing.clear_cache()
    import_seed()
    analysed: list[str] = []
    original = indexing.analyse

    def counting(text, **kwargs):
        analysed.append(text)
        return original(text, **kwargs)

    monkeypatch.setattr(indexing, "analyse", counting)
    import_text((DATA / "jumps" / "A2.txt").read_text(encoding="utf-8"), "A2")
    assert len(analysed) == 4  # the four continuations; A1's parts and titles come from cache
    assert any("倒排工期" in text for text in analysed)  # an A2 continuation
    assert not any("节约土地资源" in text for text in analysed)  # an A1 part, not segmented again


def test_unlinking_a_continuation_indexes_both_stories():
    import_seed()
    import_text((DATA / "jumps" / "A2.txt").read_text(encoding="utf-8"), "A2")
    works = seed_stories()["works"]
    jump = Jump.objects.get(part__article=works, direction="forward", state=JumpState.LINKED)
    jump_unlink(jump=jump)
    assert "倒排工期" not in SearchEntry.objects.get(article=works).body
    (alone,) = hits("倒排工期")
    assert alone != works.pk
    assert SearchEntry.objects.count() == Article.objects.count() == 6


def test_an_edit_is_indexed_when_its_transaction_commits(django_capture_on_commit_callbacks):
    import_seed()
    story = seed_stories()["pollution"]
    with django_capture_on_commit_callbacks(execute=True):
        story.headline = "生态环境质量持续改善"
        story.save()
        part = story.parts.get()
        part.blocks = [*part.blocks, {"kind": "paragraph", "text": "长江大保护成效明显。"}]
        part.save()
    assert hits("生态环境质量") == {story.pk}
    assert hits("长江大保护") == {story.pk}


def test_stories_indexed_in_the_transaction_leave_the_commit_queue(
    django_capture_on_commit_callbacks,
):
    import_seed()
    story = seed_stories()["pollution"]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        story.headline = "临时标题"
        story.save()
        indexing.index_articles([story.pk])  # indexed now: nothing left to do at commit
    assert hits("临时标题") == {story.pk}
    assert all(not getattr(cb, "ids", None) for cb in callbacks)


def test_an_edit_after_a_rolled_back_one_is_still_indexed(django_capture_on_commit_callbacks):
    import_seed()
    story = seed_stories()["pollution"]
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                story.headline = "回滚的标题"
                story.save()
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
        story.refresh_from_db()
        story.headline = "提交的标题"
        story.save()
    assert hits("提交的标题") == {story.pk}
    assert hits("回滚的标题") == set()


def test_deleting_a_story_removes_it_from_the_index():
    import_seed()
    story = seed_stories()["party"]
    story.delete()
    assert not SearchEntry.objects.filter(article_id=story.pk).exists()
    assert not Keyword.objects.filter(article_id=story.pk).exists()
    assert hits("飞牛小匠") == set()
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", ['"飞牛小匠"']
            )
            assert cursor.fetchone()[0] == 0
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")


def test_a_removed_part_takes_its_text_out(django_capture_on_commit_callbacks):
    import_seed()
    import_text((DATA / "jumps" / "A2.txt").read_text(encoding="utf-8"), "A2")
    works = seed_stories()["works"]
    with django_capture_on_commit_callbacks(execute=True):
        ArticlePart.objects.get(article=works, sequence=1).delete()
    assert hits("倒排工期") == set()


def test_a_name_the_importer_learns_reindexes_older_stories(db):
    older = make_story("会议报道", "张大山在会上发言，介绍了港口建设情况。")
    assert "张大山" not in older.search_entry.body_tokens.split()
    import_text("展会开幕\n\n本报讯（记者张大山）昨日，南通国际会展中心举行展会。\n", "A5")
    older.search_entry.refresh_from_db()
    assert "张大山" in older.search_entry.body_tokens.split()
    publish()
    assert len(search(Article.objects.published(), "张大山").queryset) == 2


def test_dateline_places_are_learned(db):
    from search import dictionary

    assert not dictionary.knows("洋口港")
    import_text("港区召开会议\n\n新华社洋口港7月8日电 记者李雷报道 今天，洋口港召开会议。\n", "A6")
    assert dictionary.knows("洋口港")
    assert dictionary.knows("李雷")


def test_index_articles_drops_stories_that_no_longer_exist(db):
    story = make_story("港口建设", "港口建设提速。")
    pk = story.pk
    Article.objects.filter(pk=pk).delete()
    assert indexing.index_articles([pk]) == 0
    assert not SearchEntry.objects.filter(article_id=pk).exists()


def test_names_learned_together_reindex_only_the_older_stories_containing_them(segmentations):
    first = make_story("会议报道", "张大山在会上发言，介绍了港口建设情况。")
    second = make_story("乡村新貌", "李小河带领村民修路。")
    apart = make_story("山里人家", "张家港的大山深处，李家小河边。")
    segmentations.clear()
    from articles.importing import PageInput, pages_import
    from tests.factories import SEED_DATE

    pages = {
        "A5": "展会开幕\n\n本报讯（记者张大山）昨日，南通国际会展中心举行展会。\n",
        "A6": "道路通车\n\n本报讯（记者李小河）昨日，新修的道路通车。\n",
    }
    reports = list(
        pages_import(
            PageInput(paper_name="南通日报", issue_date=SEED_DATE, label=label, data=text)
            for label, text in pages.items()
        )
    )
    assert [r.action for r in reports] == ["created", "created"]
    for story, name in ((first, "张大山"), (second, "李小河")):
        story.search_entry.refresh_from_db()
        assert name in story.search_entry.body_tokens.split()
    assert apart.pk not in segmentations


def test_a_dateline_is_read_once_however_many_stories_carry_it(db, monkeypatch):
    from search import dictionary

    monkeypatch.setattr(dictionary, "_articles_seen", 0)
    for n in range(3):
        story = make_story(f"渔港新闻{n}", "渔港码头扩建。")
        Article.objects.filter(pk=story.pk).update(dateline="新华社吕四港3月1日电")
    seen = []
    monkeypatch.setattr(dictionary, "dateline_place", lambda d: seen.append(d) or "吕四港")
    assert "吕四港" in dictionary.database_words()
    assert seen == ["新华社吕四港3月1日电"]


def test_later_refreshes_read_only_newer_stories(db, monkeypatch):
    from search import dictionary

    monkeypatch.setattr(dictionary, "_articles_seen", 0)
    first = make_story("渔港新闻", "渔港码头扩建。")
    Article.objects.filter(pk=first.pk).update(dateline="新华社吕四港3月1日电")
    dictionary.database_words()
    later = make_story("盐场新闻", "盐场产量回升。")
    Article.objects.filter(pk=later.pk).update(dateline="新华社大丰港3月2日电")
    seen = []
    monkeypatch.setattr(dictionary, "dateline_place", lambda d: seen.append(d))
    dictionary.database_words()
    assert seen == ["新华社大丰港3月2日电"]
    seen.clear()
    dictionary.database_words()
    assert seen == []


def test_writing_an_entry_again_updates_it_in_place_and_replaces_its_keywords(db):
    story = make_story("港口建设", "港口建设提速，码头扩建。")
    before = SearchEntry.objects.get(article=story)
    entry, rows = indexing.build_entry(
        story.pk, title="渔业丰收", body="渔民出海捕鱼，渔业丰收。", signature="x"
    )
    indexing.write_entries([entry], rows)
    after = SearchEntry.objects.get(article=story)
    assert (after.title, after.body, after.parts_signature) == (
        "渔业丰收",
        "渔民出海捕鱼，渔业丰收。",
        "x",
    )
    # The columns the database's triggers keep are theirs still, as after bulk_create's upsert.
    assert (after.issue_date, after.visible) == (before.issue_date, before.visible)
    assert SearchEntry.objects.count() == 1
    words = list(Keyword.objects.filter(article=story).values_list("word", "rank"))
    assert words == [(word, rank) for _, word, _, rank in rows] and "渔业" in dict(words)
    assert hits("码头") == set() and hits("渔业") == {story.pk}
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")


def fts_matches_entries() -> None:
    """SQLite: the full-text table holds exactly the entries' tokens (checked against them)."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")


def test_entries_written_many_to_a_statement_keep_the_full_text_index_exact(monkeypatch):
    # Three stories indexed before (their entries updated), two new ones (inserted), written
    # two to a statement.
    old = [make_story(f"旧闻{n}", f"港口第{n}号泊位扩建。") for n in "一二三"]
    new = [make_story(f"新闻{n}", f"渔船第{n}批出海。", index=False) for n in "四五"]
    monkeypatch.setattr(connection.ops, "bulk_batch_size", lambda fields, objs: 2)
    written = indexing.index_articles([a.pk for a in old + new], force=True)
    assert written == 5 and SearchEntry.objects.count() == 5
    fts_matches_entries()
    assert hits("泊位") == {a.pk for a in old} and hits("渔船") == {a.pk for a in new}


def test_an_imported_batch_leaves_the_full_text_index_exact():
    import_seed()
    import_text((DATA / "jumps" / "A2.txt").read_text(encoding="utf-8"), "A2")
    fts_matches_entries()
    import_text((DATA / "jumps" / "A2.txt").read_text(encoding="utf-8"), "A2")  # again: same
    fts_matches_entries()
    assert hits("倒排工期") == {seed_stories()["works"].pk}


def test_the_indexer_s_entry_row_holds_what_build_entry_makes(db):
    from search.entries import _ENTRY_ROW, entry_row
    from search.text import analyse

    title, body = "港口建设提速", "南通港口建设再提速，码头扩建。\n\n港口吞吐量创新高。"
    entry, keywords = indexing.build_entry(7, title=title, body=body, signature="3,4")
    row, row_keywords = entry_row(
        7, title, body, "3,4", analyse(title, normalised=True), analyse(body, normalised=True)
    )
    assert row == tuple(getattr(entry, name) for name in _ENTRY_ROW)
    assert row_keywords == keywords and keywords


def test_keyword_rows_are_written_as_the_fields_would_store_them(db):
    """The indexer inserts its keyword rows unprepared: each value must equal what the field's
    ``get_db_prep_save`` makes of it (on PostgreSQL the rank comes back wrapped in psycopg's
    ``Int2``, the same number), and come back as written."""
    story = make_story("港口建设提速", "南通港口建设再提速，码头扩建，港口吞吐量创新高。")
    fields = [Keyword._meta.get_field(name) for name in ("article", "word", "weight", "rank")]
    _, rows = indexing.build_entry(
        story.pk, title="港口建设提速", body="南通港口建设再提速，码头扩建。", signature="x"
    )
    assert rows
    for row in rows:
        prepared = [f.get_db_prep_save(v, connection) for f, v in zip(fields, row, strict=True)]
        assert prepared == list(row)
        assert [type(v) for v in row] == [int, str, float, int]
    stored = Keyword.objects.filter(article=story).order_by("rank")
    assert [(k.article_id, k.word, k.weight, k.rank) for k in stored] == [
        (story.pk, word, weight, rank)
        for _, word, weight, rank in indexing.build_entry(
            story.pk,
            title="港口建设提速",
            body="南通港口建设再提速，码头扩建，港口吞吐量创新高。",
            signature="x",
        )[1]
    ]


def test_keywords_of_many_stories_go_many_to_a_statement_in_the_order_given(monkeypatch):
    """The keyword rows of a batch are inserted many to a statement (as many as the connection
    takes: here three), not one statement a row; their ids follow the order given."""
    stories = [make_story(f"港口{n}", f"港口第{n}号泊位扩建，码头吞吐量创新高。") for n in "一二"]
    rows = [(s.pk, f"词{s.pk}-{n}", 1.0 / (n + 1), n) for s in stories for n in range(4)]
    monkeypatch.setattr(connection.ops, "bulk_batch_size", lambda fields, objs: 3)
    Keyword.objects.all().delete()
    sent: list[tuple[str, bool]] = []

    def watch(execute, sql, params, many, context):
        if "search_keyword" in sql and sql.startswith("INSERT"):
            sent.append((sql.count("), ("), many))
        return execute(sql, params, many, context)

    with transaction.atomic(), connection.execute_wrapper(watch):
        from search.entries import _insert_keywords

        _insert_keywords(rows)
    assert sent == [(2, False), (2, False), (1, False)]  # (3, 3 and 2 rows a statement)
    stored = Keyword.objects.order_by("pk").values_list("article_id", "word", "weight", "rank")
    assert list(stored) == rows
