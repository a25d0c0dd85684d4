"""Many pages through ``pages_import``: batches are all or nothing, a bad page is reported alone,
and what a batch writes is what page-by-page imports write."""

from datetime import date

import pytest

from articles.importing import PageImportError, PageInput, pages_import
from articles.models import Article, ArticlePart, ArticleRedirect, Issue, Jump, Page, Photo, Teaser
from bench.synthetic import issue_pages
from tests.factories import SEED, SEED_DATE

pytestmark = pytest.mark.django_db
DAY = date(2021, 3, 4)


def _inputs(pages: dict[str, str], *, day: date = DAY, paper: str = "南通日报") -> list[PageInput]:
    return [
        PageInput(
            paper_name=paper,
            paper_slug="nantong-daily" if paper == "南通日报" else "",
            issue_date=day,
            label=label,
            data=text.encode("utf-8"),
            source_name=f"{day}/{label}.txt",
        )
        for label, text in pages.items()
    ]


def _shape() -> dict:
    """What the database holds, by natural keys (not ids)."""
    return {
        "pages": sorted(Page.objects.values_list("issue__date", "label", "checksum")),
        "stories": sorted(Article.objects.values_list("issue__date", "page__label", "position")),
        "parts": sorted(
            ArticlePart.objects.values_list(
                "page__label", "position", "sequence", "article__page__label", "article__position"
            )
        ),
        "jumps": sorted(Jump.objects.values_list("part__page__label", "direction", "state")),
        "photos": Photo.objects.count(),
        "teasers": sorted(
            Teaser.objects.values_list("page__label", "target_label", "target_section")
        ),
    }


def test_a_whole_issue_in_one_batch_is_stitched_like_page_by_page_imports():
    pages = issue_pages(7)
    reports = list(pages_import(_inputs(pages)))
    assert [r.action for r in reports] == ["created"] * 4
    batched = _shape()
    assert Jump.objects.filter(direction="forward", state="linked").count() == 4
    assert [r.pending_jumps for r in reports] == [[], [], [], []]

    Issue.objects.all().delete()
    for item in _inputs(pages):
        list(pages_import([item]))
    assert _shape() == batched


def test_continuations_stitched_in_a_batch_leave_no_empty_story_and_their_ids_redirect():
    list(pages_import(_inputs(issue_pages(3))))
    assert not Article.objects.filter(parts__isnull=True).exists()
    moved = ArticleRedirect.objects.values_list("old_id", "article_id")
    assert len(moved) == 4
    assert all(not Article.objects.filter(pk=old).exists() for old, _ in moved)
    assert {a for _, a in moved} <= set(Article.objects.values_list("pk", flat=True))


def test_pages_arriving_in_separate_batches_are_stitched_too():
    pages = issue_pages(5)
    list(pages_import(_inputs({"A2": pages["A2"]})))
    list(pages_import(_inputs({"A1": pages["A1"], "A3": pages["A3"]}), batch_pages=1))
    assert Jump.objects.filter(direction="forward", state="linked").count() == 4
    assert not Article.objects.filter(parts__isnull=True).exists()


def test_a_page_that_cannot_be_parsed_is_reported_and_the_rest_of_its_batch_imported():
    items = _inputs({"A1": issue_pages(1)["A1"], "A3": "", "A4": issue_pages(1)["A4"]})
    results = list(pages_import(items))
    assert isinstance(results[1], PageImportError)
    assert "A3.txt" in str(results[1])
    assert [r.action for r in (results[0], results[2])] == ["created", "created"]
    assert sorted(Page.objects.values_list("label", flat=True)) == ["A1", "A4"]


def test_a_page_failing_while_written_fails_alone_with_its_file_named():
    # The slug made for the new paper is one the site keeps for itself: found only when writing.
    items = [
        *_inputs({"A1": issue_pages(2)["A1"]}),
        PageInput(
            paper_name="Search",
            paper_slug="",
            issue_date=DAY,
            label="A1",
            data=SEED.read_bytes(),
            source_name="search/A1.txt",
        ),
    ]
    results = list(pages_import(items))
    assert results[0].action == "created"
    assert isinstance(results[1], PageImportError)
    assert "search" in str(results[1]) and "slug" in str(results[1])
    assert Page.objects.count() == 1


def test_an_error_in_the_middle_of_a_batch_leaves_no_trace_of_it(monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("search.indexing.index_pages_import", explode)
    with pytest.raises(RuntimeError):
        list(pages_import(_inputs(issue_pages(4))))
    assert not Page.objects.exists() and not Article.objects.exists()
    assert not Issue.objects.exists()


def test_the_same_page_twice_in_one_run_is_written_in_the_order_given():
    first = SEED.read_text(encoding="utf-8")
    second = first.replace("用心守护", "用心守卫")
    items = [
        PageInput(
            paper_name="南通日报",
            paper_slug="nantong-daily",
            issue_date=SEED_DATE,
            label=label,
            data=text.encode("utf-8"),
        )
        for label, text in (("A1", first), ("A1", first), ("A1", second))
    ]
    assert [r.action for r in pages_import(items)] == ["created", "unchanged", "updated"]
    assert "用心守卫" in Page.objects.get().raw_text


def test_a_dry_run_batch_writes_nothing_and_reports_what_it_would_do():
    reports = list(pages_import(_inputs(issue_pages(6)), dry_run=True))
    assert [r.action for r in reports] == ["created"] * 4
    assert all(r.dry_run for r in reports)
    assert reports[0].articles == 5 and reports[0].photos == 1 and reports[0].teasers == 1
    assert not Page.objects.exists()


def test_worker_processes_import_exactly_what_one_process_does():
    from datetime import timedelta

    from search.models import SearchEntry

    items = [*_inputs(issue_pages(8)), *_inputs(issue_pages(9), day=DAY + timedelta(days=1))]

    def indexed():
        return sorted(
            SearchEntry.objects.values_list(
                "article__page__label", "article__position", "title_tokens", "body_tokens"
            )
        )

    list(pages_import(items, batch_pages=3))
    alone, alone_index = _shape(), indexed()
    Issue.objects.all().delete()
    reports = list(pages_import(items, batch_pages=3, workers=2))
    assert all(r.action == "created" for r in reports)
    assert _shape() == alone
    assert indexed() == alone_index


def test_a_page_workers_cannot_parse_is_reported_like_any_other():
    items = _inputs(
        {"A1": issue_pages(1)["A1"], "A3": "\x00\x01binary", "A4": issue_pages(1)["A4"]}
    )
    results = list(pages_import(items, workers=2))
    assert isinstance(results[1], PageImportError) and "A3.txt" in str(results[1])
    assert [r.action for r in (results[0], results[2])] == ["created", "created"]


def test_a_worker_pool_found_broken_between_batches_is_replaced(monkeypatch):
    """A worker that died while idle (between batches) loses nothing: a new pool parses the next
    batch and every page is imported."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    from datetime import timedelta

    real_submit, pools = ProcessPoolExecutor.submit, []

    def submit(pool, *args, **kwargs):
        pools.append(pool)
        if pools.count(pools[0]) == 2 and pool is pools[0]:  # the first pool, second batch
            raise BrokenProcessPool("A process in the process pool was terminated abruptly")
        return real_submit(pool, *args, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "submit", submit)
    items = [
        item for n in range(3) for item in _inputs(issue_pages(n + 1), day=DAY + timedelta(days=n))
    ]
    results = list(pages_import(items, batch_pages=4, workers=1))
    assert [getattr(r, "action", r) for r in results] == ["created"] * len(items)
    assert len(set(pools)) == 2


def test_what_the_process_held_before_an_import_is_left_out_of_collections_while_it_runs(
    monkeypatch,
):
    import gc

    from articles.importing import pipeline

    held = []  # objects frozen while each batch is written
    write = pipeline._import_batch

    def writing(*args, **kwargs):
        held.append(gc.get_freeze_count())
        return write(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_import_batch", writing)
    assert gc.get_freeze_count() == 0
    reports = list(pages_import(_inputs(issue_pages(3)), batch_pages=2))
    assert len(reports) == 4 and all(r.action == "created" for r in reports)
    assert len(held) == 2 and all(n > 0 for n in held)
    assert gc.get_freeze_count() == 0  # unfrozen when the import ends


def test_a_name_one_worker_learned_is_segmented_as_one_process_would_in_the_other_workers_pages():
    """Two workers each learn their own pages' names: the second page mentions the first page's
    reporter in its text, which its worker analysed without that name. The importer knows the
    name when it indexes, so that text is segmented again here, as one process does."""
    from search import indexing
    from search.models import SearchEntry

    pages = {
        "A1": "河滨公园改造完工\n\n本报讯（记者柏舟岚）河滨公园改造昨天完工，新增步道三公里。\n",
        "A2": "社区书屋开放\n\n本报讯　社区书屋昨天开放，柏舟岚等志愿者到场整理图书。\n",
    }
    items = _inputs(pages)

    def indexed():
        return sorted(
            SearchEntry.objects.values_list("article__page__label", "title_tokens", "body_tokens")
        )

    # The workers first, while no dictionary in this process has learned the name yet.
    list(pages_import(items, batch_pages=2, workers=2))
    with_workers = indexed()
    Issue.objects.all().delete()
    indexing.clear_cache()
    list(pages_import(items, batch_pages=2))
    alone = indexed()
    (a2_body,) = [body.split() for label, _, body in alone if label == "A2"]
    assert "柏舟岚" in a2_body and "舟岚" not in a2_body  # segmented knowing the name
    assert with_workers == alone


def test_the_importing_process_does_not_weigh_again_the_keywords_its_workers_weighed(monkeypatch):
    """Workers send back each word's keyword weight with their analyses: the importing process
    weighs only words they did not see (a paragraph joined across a jump), and the keywords are
    the ones a single process gives."""
    from datetime import timedelta

    import search.keywords
    from search.models import Keyword

    weighed: list[str] = []
    real_weight = search.keywords._weight
    monkeypatch.setattr(search.keywords, "_weight", lambda w: weighed.append(w) or real_weight(w))

    def forget() -> None:
        monkeypatch.setattr(search.keywords, "_weights", {})
        monkeypatch.setattr(search.keywords, "_not_keywords", set())
        weighed.clear()

    def keyword_rows():
        return sorted(
            Keyword.objects.values_list(
                "article__page__label", "article__position", "word", "weight", "rank"
            )
        )

    items = [*_inputs(issue_pages(8)), *_inputs(issue_pages(9), day=DAY + timedelta(days=1))]
    forget()
    list(pages_import(items, batch_pages=6))
    alone, weighed_alone = keyword_rows(), len(weighed)
    Issue.objects.all().delete()
    forget()
    list(pages_import(items, batch_pages=6, workers=2))
    assert keyword_rows() == alone
    assert weighed_alone > 500 and len(weighed) < weighed_alone // 10  # (here: 624 and 0)
