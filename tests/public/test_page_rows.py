"""A page served again is its remembered text looked up by the data it is built from (its
issue, the issue's pages, its picture and the rows of its three queries: ``PageView.read_page``),
so it builds no object and no context; whatever the page shows that changes shows at once, and
it is stored under the tags a full render names."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from articles import caching
from articles.models import Article, Byline, Page, Person, Photo, Publication, Teaser
from articles.selectors.pagerows import frozen, frozen_row, rows_shown
from articles.templatetags import epaper
from articles.views import edition as page_views
from articles.views import pagestories
from tests.public.conftest import WORKS
from tests.public.test_whole_page import A1_URL, served

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _nothing_remembered(monkeypatch):
    monkeypatch.setattr(epaper, "_remembered", {})
    monkeypatch.setattr(epaper, "_pages", {})
    monkeypatch.setattr(epaper, "_remembered_size", [0])  # and the budgets' counts
    monkeypatch.setattr(epaper, "_pages_size", [0])


@pytest.fixture
def built(monkeypatch):
    """How many times the page view built a page's objects (``printed_page``)."""
    calls = []
    real = page_views.printed_page
    monkeypatch.setattr(
        page_views, "printed_page", lambda *a, **k: calls.append(1) or real(*a, **k)
    )
    return calls


@pytest.fixture
def declared(monkeypatch):
    """The tags each page rendered declared."""
    seen: list[set[str]] = []
    real = caching.page_tags
    monkeypatch.setattr(caching, "page_tags", lambda tags: seen.append(set(tags)) or real(tags))
    return seen


def a_reporter(edition) -> int:
    """The id of a person with a byline on A1."""
    return Byline.objects.filter(article__parts__page=edition.a1).first().person_id


def test_a_page_served_again_builds_nothing(edition, built):
    first = served(A1_URL)
    cache.clear()
    assert served(A1_URL) == first
    assert built == [1]  # the first render only


def test_a_page_served_from_its_rows_names_the_tags_a_full_render_names(
    edition, declared, monkeypatch
):
    served(A1_URL)  # the first: read and rendered in full
    cache.clear()
    served(A1_URL)  # again: its remembered text
    monkeypatch.setattr(page_views.PageView, "read_page", lambda view, request: None)
    cache.clear()
    served(A1_URL)  # rendered in full only, as before
    first, again, full = declared
    assert again == full == first
    photo = Photo.objects.get(page=edition.a1)
    assert caching.person(photo.credits.get().person_id) in full  # a photo's credit
    assert caching.person(a_reporter(edition)) in full


@pytest.mark.parametrize(
    "change",
    [
        lambda e: Article.objects.filter(pk=e.article(WORKS).pk).update(headline="版面新题"),
        lambda e: Person.objects.filter(pk=a_reporter(e)).update(name="改名记者"),
        lambda e: Photo.objects.filter(page=e.a1).update(caption="版面新图说"),
        lambda e: Teaser.objects.filter(page=e.a1).update(title_lines=["导读新题"]),
        lambda e: Page.objects.filter(pk=e.a2.pk).update(section="新版名"),
        lambda e: Article.objects.filter(pk=e.article(WORKS).pk).update(byline="本报记者 新署名"),
        lambda e: Person.objects.filter(
            pk=Photo.objects.get(page=e.a1).credits.get().person_id
        ).update(name="新摄影"),
        lambda e: Publication.objects.filter(pk=e.a1.issue.publication_id).update(name="新报名"),
    ],
    ids=[
        "headline",
        "reporter",
        "caption",
        "teaser",
        "another page's section",
        "byline",
        "photographer",
        "paper's name",
    ],
)
def test_whatever_a_page_shows_that_changes_shows_at_once(edition, change):
    before = served(A1_URL).decode()
    change(edition)
    cache.clear()  # the page cache and the kept values (the rows are read every time)
    after = served(A1_URL).decode()
    assert after != before
    shown = (
        "版面新题",
        "改名记者",
        "版面新图说",
        "导读新题",
        "新版名",
        "新署名",
        "新摄影",
        "新报名",
    )
    assert any(text in after for text in shown)


def test_rows_are_keyed_as_plain_values():
    assert frozen([{"b": [1, 2], "a": "x"}, 3]) == ((("a", "x"), ("b", (1, 2))), 3)
    assert hash(frozen({"kind": "paragraph", "text": "正文"}))


def test_a_row_of_plain_values_is_kept_as_it_is_and_one_with_json_frozen():
    row = [1, "标题", None]
    assert frozen_row(row) == (1, "标题", None)
    assert frozen_row([1, ["导读", "新题"], {"b": 2, "a": 1}]) == (
        1,
        ("导读", "新题"),
        (("a", 1), ("b", 2)),
    )


def test_with_its_text_by_data_off_a_page_is_built_from_its_rows_each_time(
    edition, built, monkeypatch
):
    first = served(A1_URL)
    monkeypatch.setattr(page_views.PageView, "text_by_data", False)
    cache.clear()
    assert served(A1_URL) == first
    cache.clear()
    Article.objects.filter(pk=edition.article(WORKS).pk).update(headline="关掉也见新题")
    assert "关掉也见新题" in served(A1_URL).decode()
    assert built == [1, 1, 1]  # each request built the page


def test_a_pages_credit_pieces_are_worked_out_once_for_each_byline_and_names():
    from articles.bylines import credit_pieces

    pieces = pagestories.page_credits("本报记者 王小明 通讯员 李华", ("王小明", "李华"))
    assert pieces == tuple(credit_pieces("本报记者 王小明 通讯员 李华", ["王小明", "李华"]))
    assert pagestories.page_credits("本报记者 王小明 通讯员 李华", ("王小明", "李华")) is pieces


def test_a_pages_leads_are_its_own_parts_first_paragraphs_found_once(edition, monkeypatch):
    from articles.selectors import leads, pages

    rows = pages.page_rows(edition.a1.pk)
    own = {row[0] for row in rows.parts[1] if row[pages._PART_PAGE] == edition.a1.pk}
    found = []
    real = leads.first_paragraph_in
    monkeypatch.setattr(leads, "first_paragraph_in", lambda text: found.append(1) or real(text))
    assert set(rows.leads) == own
    assert all(isinstance(text, str) for text in rows.leads.values())
    rows_shown(rows, edition.a1.pk)
    printed = pages.printed_page(edition.issue, "A1", rows=rows)
    assert {part.pk: part.first_paragraph for part in printed.parts} == rows.leads
    assert len(found) == len(own)  # once each, for the key and the objects alike


def test_a_teasers_json_column_is_found_by_its_place():
    from articles.selectors.common import TEASER_COLUMNS
    from articles.selectors.pagerows import _TEASER_JSON, json_columns

    assert (TEASER_COLUMNS.index("title_lines"),) == _TEASER_JSON
    assert json_columns((Photo, ["id", "caption"]), (Teaser, ["id", "title_lines"])) == (3,)


def test_a_row_frozen_by_its_json_columns_places_is_the_row_frozen_whole():
    row = [1, ["导读", "新题"], "A2", {"b": 2, "a": 1}]
    assert (
        frozen_row(row, (1,))
        == frozen_row(row)
        == (
            1,
            ("导读", "新题"),
            "A2",
            (("a", 1), ("b", 2)),
        )
    )
