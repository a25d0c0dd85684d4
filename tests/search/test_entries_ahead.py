"""Search entries made ahead by an import's worker processes (search.entriesahead): the importing
process builds only the entries of stories whose texts are not what a worker made them of (a
story stitched across a jump whose two parts no worker had together: articles.importing.
stitchahead), uses none whose texts hold a word the two dictionaries differ on or once its
dictionary changed, and the index is the one a single process writes."""

from datetime import date, timedelta

import pytest
from django.db.models import Count

import search.entries
from articles.importing import PageInput, pages_import
from articles.models import Article, Issue
from bench.synthetic import issue_pages
from search import entriesahead, indexing
from search.models import Keyword, SearchEntry

DAY = date(2021, 3, 4)
KEY = ("港口建设提速", ("南通港口建设再提速，码头扩建。",), ())
NAMED = ("社区书屋开放", ("社区书屋昨天开放，柏舟岚到场。",), ())


@pytest.fixture
def made():
    """Entries made ahead that the real indexer would never make (so one can tell them apart)."""
    yield {key: (key[0], key[1][0], "", "", "", [("made ahead", 1.0)]) for key in (KEY, NAMED)}
    entriesahead.entries_take(None)


def test_an_entry_made_ahead_is_taken_only_for_texts_without_a_word_the_dictionaries_differ_on(
    made,
):
    entriesahead.entries_take(made, differ={"柏舟岚"})
    assert entriesahead.entry_taken(KEY) == made[KEY]
    assert entriesahead.entry_taken(NAMED) is None  # (its title or body holds the word)
    assert entriesahead.entry_taken((KEY[0], KEY[1], ("记者 方小禾",))) is None  # other texts


def test_entries_made_ahead_are_dropped_once_the_dictionary_changes(made, monkeypatch):
    entriesahead.entries_take(made)
    assert entriesahead.entry_taken(KEY) == made[KEY]
    monkeypatch.setattr(indexing.dictionary, "generation", indexing.dictionary.generation + 1)
    assert entriesahead.entry_taken(KEY) is None
    monkeypatch.undo()
    assert entriesahead.entry_taken(KEY) == made[KEY]
    entriesahead.entries_take(None)
    assert entriesahead.entry_taken(KEY) is None


def _inputs(pages: dict[str, str], day: date) -> list[PageInput]:
    return [
        PageInput(
            paper_name="南通日报",
            issue_date=day,
            label=label,
            data=text.encode(),
            source_name=f"{day}/{label}.txt",
        )
        for label, text in pages.items()
    ]


def _index():
    entries = SearchEntry.objects.values_list(
        "article__page__label", "article__position", "title", "body", "body_tokens"
    )
    words = Keyword.objects.values_list(
        "article__page__label", "article__position", "word", "weight", "rank"
    )
    return sorted(entries), sorted(words)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("apart", "built_here"),
    [
        (False, 0),  # (each stitch's two parts in one batch: its worker made the stitched entry)
        # The front pages first, two a batch: no worker had both parts of a stitch. Their
        # stories with a jump are built here as their page comes, then again once stitched.
        (True, 16),
    ],
)
def test_an_import_with_workers_builds_here_only_the_entries_of_stitches_no_worker_saw_whole(
    monkeypatch, apart, built_here
):
    built: list[int] = []  # (the workers' own calls are counted in their copies of the list)
    real = search.entries.keywords
    monkeypatch.setattr(
        search.entries, "keywords", lambda words, **how: built.append(1) or real(words, **how)
    )
    pages = issue_pages(8)
    pages["A4"] += (
        "\n\n河滨公园改造完工\n\n河滨公园改造昨天完工，新增步道三公里。\n\n"
        "本报记者 柏舟岚\n\n游客在新步道上散步。（记者 方小禾摄）\n"
    )
    items = [*_inputs(pages, DAY), *_inputs(issue_pages(9), DAY + timedelta(days=1))]
    if apart:
        items.sort(key=lambda item: item.label != "A1")
    batch_pages = 2 if apart else 6
    list(pages_import(items, batch_pages=batch_pages))
    alone, built_alone = _index(), len(built)
    Issue.objects.all().delete()
    indexing.clear_cache()
    built.clear()
    list(pages_import(items, batch_pages=batch_pages, workers=1))
    assert _index() == alone
    assert any("柏舟岚" in body for _, _, _, body, _ in alone[0])  # (its byline printed apart)
    stitched = Article.objects.annotate(parts_count=Count("parts")).filter(parts_count__gt=1)
    # (parser 22: issue 9's 在污染防治中打造品牌 is its story's crosshead, no longer a story)
    assert Article.objects.count() == 18
    assert stitched.count() == 8
    # (a stitch across batches: its story indexed when its first page came, then again)
    assert built_alone == 18 + (8 if apart else 0)
    assert len(built) == built_here  # (built here: a jump changed their texts)
