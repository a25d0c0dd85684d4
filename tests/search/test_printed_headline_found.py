"""A headline corrected after print is still found as printed (a reviewer edited 夜色里的新码头 to
夜色中的新码头 at the desk, and 秋季蔬菜供应充足价格平稳 to 秋季蔬菜供应充足 价格总体平稳 in the stories
spreadsheet: a search for the printed headline then found only the paper's 更正 notice). The
story's entry holds its first part's printed title lines beside the current deck, ranked as a
title (search.indexing.story_entry_title); the result line says where the words were found
(见报标题：…). Both desk paths re-index at once; rebuild_search_index makes the same entry."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article, Issue
from search.engine import search
from search.indexing import story_entry_title
from search.models import SearchEntry
from search.text import analyse
from tests.admin.conftest import chief, form_data, groups  # noqa: F401 (fixtures)
from tests.admin.conftest import chief_client as desk  # noqa: F401 (a fixture)
from tests.admin.test_spreadsheets import (
    CSV,
    as_file,
    dataset,
    export,
    import_confirm,
    import_preview,
    with_cell,
)
from tests.factories import import_text

pytestmark = pytest.mark.django_db

URL = reverse("search:search")
PAGE = """A3  城市

夜色里的新码头

本报讯 沿江新码头昨晚首次亮灯，江面上的货船往来不息。

市民在步道上散步，拍下灯光倒映江面的景色。（记者 苏蔓）

秋季蔬菜供应充足价格平稳

本报讯 入秋以来，全市蔬菜日均上市量保持在八百吨以上。

菜价与上月相比基本持平，叶菜略有下降。
"""
DOCK, VEGETABLES = "夜色里的新码头", "秋季蔬菜供应充足价格平稳"
# The next day's notice prints both headlines whole: no search falls back to their words apart.
NOTICE = """A2  要闻

更正

本报7月9日A3版《夜色里的新码头》一文标题应为《夜色中的新码头》，《秋季蔬菜供应充足价格平稳》一文标题应为《秋季蔬菜供应充足 价格总体平稳》，特此更正。
"""


def hits(query: str) -> set[int]:
    return {a.pk for a in search(Article.objects.all(), query).queryset}


@pytest.fixture
def stories() -> dict[str, Article]:
    import_text(PAGE, "A3")
    import_text(NOTICE, "A2", when=date(2020, 7, 10))
    Issue.objects.update(status="published")
    Article.objects.update(status="published")
    return {a.headline: a for a in Article.objects.all()}


@pytest.fixture
def chief_client(desk, django_capture_on_commit_callbacks):  # noqa: F811
    """The chief editor's browser, each request's work at commit run (the index's, too)."""

    class Committing:
        def get(self, *args, **kwargs):
            with django_capture_on_commit_callbacks(execute=True):
                return desk.get(*args, **kwargs)

        def post(self, *args, **kwargs):
            with django_capture_on_commit_callbacks(execute=True):
                return desk.post(*args, **kwargs)

    return Committing()


def _desk_edit(client, story: Article, headline: str) -> None:
    change = reverse("admin:articles_article_change", args=[story.pk])
    data = {**form_data(client.get(change)), "headline": headline, "_save": "1"}
    assert client.post(change, data).status_code == 302


def _sheet_edit(client, story: Article, headline: str) -> None:
    ds = dataset(export(client, "article", CSV), CSV)
    row = [(r[2], int(r[3])) for r in ds].index((story.page.label, story.position))
    preview = import_preview(
        client, "article", as_file(with_cell(ds, row, "主题", headline), CSV), CSV
    )
    assert not preview.context["result"].has_validation_errors()
    assert import_confirm(client, "article", preview).status_code == 302


def test_a_headline_corrected_at_the_desk_is_found_as_printed(chief_client, stories):
    dock = stories[DOCK]
    _desk_edit(chief_client, dock, "夜色中的新码头")
    notice = stories["更正"]
    assert hits(DOCK) == {dock.pk, notice.pk}
    assert hits(f'"{DOCK}"') == {dock.pk, notice.pk}
    assert hits("夜色中的新码头") == {dock.pk, notice.pk}  # (and as it reads now)
    html = chief_client.get(URL, {"q": DOCK}).content.decode()
    assert f"/article/{dock.pk}/" in html and "找到 2 篇" in html
    assert f'<p class="deck printed">见报标题：<mark>{DOCK}</mark>' in html
    quoted = chief_client.get(URL, {"q": f"“{DOCK}”"}).content.decode()
    assert f'<p class="deck printed">见报标题：<mark>{DOCK}</mark>' in quoted


def test_a_headline_corrected_by_the_spreadsheet_is_found_as_printed(chief_client, stories):
    vegetables = stories[VEGETABLES]
    _sheet_edit(chief_client, vegetables, "秋季蔬菜供应充足 价格总体平稳")
    assert Article.objects.get(pk=vegetables.pk).headline == "秋季蔬菜供应充足 价格总体平稳"
    notice = stories["更正"]
    assert hits(VEGETABLES) == {vegetables.pk, notice.pk}
    assert hits("价格总体平稳") == {vegetables.pk, notice.pk}


def test_the_printed_headline_ranks_as_a_title(chief_client, stories):
    dock = stories[DOCK]
    _desk_edit(chief_client, dock, "夜色中的新码头")
    entry = SearchEntry.objects.get(article=dock)
    assert entry.title.split("\n") == ["夜色中的新码头", DOCK]
    assert DOCK not in entry.body


def test_an_uncorrected_story_s_entry_is_its_deck_alone(stories):
    entry = SearchEntry.objects.get(article=stories[DOCK])
    assert entry.title == DOCK
    # The parser's deck leaves out what is no word of the title; that is no correction.
    assert (
        story_entry_title("", "市档案馆新馆开馆", "", ["■市档案馆新馆开馆"]) == "市档案馆新馆开馆"
    )
    assert story_entry_title("", "新馆开馆", "", ["新馆开", "馆"]) == "新馆开馆"


def test_a_rebuild_makes_the_same_entry(chief_client, stories):
    dock = stories[DOCK]
    _desk_edit(chief_client, dock, "夜色中的新码头")
    before = SearchEntry.objects.values_list("title", "title_tokens").get(article=dock)
    call_command("rebuild_search_index", "--no-progress", stdout=StringIO())
    assert SearchEntry.objects.values_list("title", "title_tokens").get(article=dock) == before
    assert dock.pk in hits(DOCK)


def test_changed_reindexes_a_story_corrected_before_this_rule(chief_client, stories):
    dock = stories[DOCK]
    _desk_edit(chief_client, dock, "夜色中的新码头")
    # As an index built before the printed lines were kept in it: the current deck alone.
    tokens = analyse("夜色中的新码头", normalised=True).joined()
    SearchEntry.objects.filter(article=dock).update(
        title="夜色中的新码头", title_tokens=tokens, source_hash="old"
    )
    assert dock.pk not in hits(DOCK)
    call_command("rebuild_search_index", "--changed", "--no-progress", stdout=StringIO())
    assert dock.pk in hits(DOCK)
