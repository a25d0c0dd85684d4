"""The words next to a page's merged marker pairs (``（下转第二版）（上接第一版）``: a story an
e-paper served merged) are worked out by the parsing worker that parsed the page
(articles.continuations.mergedpairs.served_words, sent in PageAhead): the importing process
reads only other pages' text for them, and joins the same copies, with the same report."""

from datetime import date

import pytest

from articles.continuations import mergedpairs
from articles.importing import pages_import
from articles.models import Article, ArticlePart, Issue
from tests.factories import page_inputs
from tests.importing.test_corrected_whole_copy import PAGE1, PAGE2

WHEN = date(2025, 6, 12)
HEAD = "东林县建成山区广播网"


def test_a_page_without_a_merged_pair_has_no_words_and_one_with_a_pair_has_its_neighbours():
    assert mergedpairs.served_words("本报讯 今天开会。（下转第二版）\n") is None
    words = mergedpairs.served_words(PAGE1)
    assert words == {"网列为民生实事,", "新装大喇叭四十六"}  # (comparable: folded, 8 characters)
    short = "甲乙（下转第二版）（上接第一版）丙\n"  # (a pair with no words long enough: still one)
    assert mergedpairs.served_words(short) == frozenset()


@pytest.mark.django_db(transaction=True)
def test_a_copy_printed_with_a_corrected_figure_joins_alike_when_a_worker_read_the_pairs(
    monkeypatch,
):
    read_here: list[str] = []
    real = mergedpairs.served_words
    monkeypatch.setattr(mergedpairs, "served_words", lambda raw: read_here.append(raw) or real(raw))
    pages = {"1": PAGE1, "2": PAGE2.replace("四十六座", "四十八座")}
    items = page_inputs(pages, when=WHEN, paper="东林日报", slug="donglin")

    def stored():
        story = Article.objects.with_parts().get(headline=HEAD)
        copies = ArticlePart.objects.filter(article=story, whole_copy=True).count()
        return story.printed_on(), copies, story.full_text()

    alone = [(r.label, r.warnings) for r in pages_import(items, batch_pages=2)]
    stored_alone, read_alone = stored(), len(read_here)
    Issue.objects.all().delete()
    read_here.clear()
    with_worker = [(r.label, r.warnings) for r in pages_import(items, batch_pages=2, workers=1)]
    assert stored() == stored_alone == ("本文刊于1、2版", 1, stored_alone[2])
    assert with_worker == alone
    assert any("四十八座" in w and "请核对" in w for _, warnings in alone for w in warnings)
    assert read_alone == 2 and read_here == []  # (both pages print 转 and 接)
