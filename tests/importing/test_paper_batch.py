"""The papers of an import batch are found and made together (papers_get_or_create): the same
papers as asking for each pair in turn, a later pair finding the paper an earlier one made, and a
new paper saying that every page's list of papers changed."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import caching
from articles.importing import PageImportError, PageInput, pages_import
from articles.importing.papers import papers_get_or_create
from articles.importing.sources import derived_slug
from articles.models import Publication

pytestmark = pytest.mark.django_db

PAGE = "港口新码头投入使用\n\n本报讯 新建的集装箱码头昨天投入使用，每天可以装卸两千个箱子。\n"


def _item(paper: str, slug: str, label: str = "1") -> PageInput:
    return PageInput(
        paper_name=paper,
        paper_slug=slug,
        issue_date=date(2024, 3, 5),
        label=label,
        data=PAGE.encode("utf-8"),
        source_name=f"{paper}-{label}.txt",
    )


def test_a_later_pair_finds_the_paper_an_earlier_pair_of_the_batch_made():
    papers = papers_get_or_create(
        [("江海晚报", "jianghai-evening"), ("jianghai-evening", ""), (" 江海晚报 ", "")]
    )
    [made] = Publication.objects.all()
    assert (made.name, made.slug) == ("江海晚报", "jianghai-evening")
    assert {paper.pk for paper in papers.values()} == {made.pk}


def test_new_papers_are_made_in_the_order_asked_with_their_own_slugs():
    papers = papers_get_or_create([("如东日报", ""), ("海安日报", "haian-daily"), ("如东日报", "")])
    rows = list(Publication.objects.order_by("pk").values_list("name", "slug"))
    assert rows == [("如东日报", derived_slug("如东日报")), ("海安日报", "haian-daily")]
    assert papers["如东日报", ""].slug == derived_slug("如东日报")


def test_a_new_paper_whose_derived_slug_another_paper_has_gets_its_own():
    taken = Publication.objects.create(name="别的报", slug=derived_slug("启东日报"))
    papers = papers_get_or_create([("启东日报", "")])
    made = papers["启东日报", ""]
    assert made != taken and made.name == "启东日报"
    assert made.slug.startswith(taken.slug + "-") and made.slug != taken.slug
    assert papers_get_or_create([("启东日报", "")])["启东日报", ""] == made  # found again
    assert Publication.objects.count() == 2


def test_an_existing_paper_is_found_by_slug_before_name():
    by_name = Publication.objects.create(name="通州日报", slug="tongzhou")
    by_slug = Publication.objects.create(name="通州日报（旧）", slug="tongzhou-daily")
    papers = papers_get_or_create([("通州日报", "tongzhou-daily"), ("通州日报", "")])
    assert papers["通州日报", "tongzhou-daily"] == by_slug
    assert papers["通州日报", ""] == by_name


def test_a_bad_pair_is_refused_before_any_query():
    with CaptureQueriesContext(connection) as ctx, pytest.raises(PageImportError):
        papers_get_or_create([("如皋日报", "rugao"), ("\x00坏报", "")])
    assert len(ctx) == 0


def test_a_batch_of_many_papers_looks_them_up_in_one_statement():
    items = [_item(f"第{n}报", f"paper-{n}") for n in range(8)]  # one batch (the first is 8)
    with CaptureQueriesContext(connection) as ctx:
        results = list(pages_import(items))
    assert all(r.action == "created" for r in results)
    lookups = [q for q in ctx if q["sql"].startswith('SELECT "articles_publication"."id"')]
    assert len(lookups) == 2  # the lookup, and the new ones read back
    assert Publication.objects.count() == 8


def _all_version() -> str:
    return caching.tag_versions([caching.ALL])[caching.ALL]


def test_a_new_paper_invalidates_every_cached_page(django_capture_on_commit_callbacks):
    before = _all_version()
    with django_capture_on_commit_callbacks(execute=True):
        list(pages_import([_item("崇川日报", "chongchuan")]))
    assert _all_version() != before


def test_a_page_of_a_paper_already_there_leaves_the_other_papers_pages_cached(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        list(pages_import([_item("崇川日报", "chongchuan")]))
    before = _all_version()
    with django_capture_on_commit_callbacks(execute=True):
        list(pages_import([_item("崇川日报", "chongchuan", label="2")]))
    assert _all_version() == before
