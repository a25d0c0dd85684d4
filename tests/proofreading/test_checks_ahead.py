"""Proofreading's dictionary-bound checks made ahead by an import's worker processes
(articles.proofreading.ahead): the importing process takes them instead of checking again, only
for texts no word the two dictionaries differ on can be read in, and only while its dictionary
is the one they were taken under; the findings stored are the ones one process stores."""

from datetime import date

import pytest

from articles.importing import PageInput, pages_import
from articles.models import ProofreadingFinding
from articles.proofreading import ahead
from articles.proofreading.findings import Finding
from articles.proofreading.segmenting import Segmented
from bench.synthetic import issue_pages

MADE_AHEAD = Finding("doubled", 0, 2, "宋宋", "（made ahead）")
TEXT, NAMED = "会议要求各部门抓好落实。", "记者宋文远报道，会议要求抓好落实。"
BYLINE, NAMED_BYLINE = "记者 方小禾", "记者 宋文远"


@pytest.fixture
def taken():
    """Checks made ahead that the real checks would never give (so one can tell them apart)."""
    made = ({TEXT: ([MADE_AHEAD], [], []), NAMED: ([MADE_AHEAD], [], [])},)
    made += ({BYLINE: ("made ahead",), NAMED_BYLINE: ("made ahead",)},)
    yield made
    ahead.ahead_take(None)


def test_checks_made_ahead_are_taken_for_texts_without_a_word_the_dictionaries_differ_on(taken):
    ahead.ahead_take(taken, differ={"宋文远"})
    assert ahead.checks_of(Segmented(TEXT)) == ([MADE_AHEAD], [], [])
    assert ahead.reporters_of(BYLINE) == ("made ahead",)
    # A text or byline holding the word is checked here, with this process's dictionary.
    assert ahead.checks_of(Segmented(NAMED)) == ahead.text_checks(Segmented(NAMED))
    assert ahead.reporters_of(NAMED_BYLINE) == ("宋文远",)


def test_checks_made_ahead_are_dropped_once_the_dictionary_changes(taken, monkeypatch):
    ahead.ahead_take(taken)
    assert ahead.reporters_of(NAMED_BYLINE) == ("made ahead",)
    now = ahead._dictionary_now()
    monkeypatch.setattr(ahead, "_dictionary_now", lambda: (*now[:2], now[2] + 1))  # a word added
    assert ahead.checks_of(Segmented(TEXT)) == ahead.text_checks(Segmented(TEXT)) == ([], [], [])
    assert ahead.reporters_of(NAMED_BYLINE) == ("宋文远",)
    ahead.ahead_take(None)
    monkeypatch.undo()
    assert ahead.reporters_of(BYLINE) == ("方小禾",)


@pytest.mark.django_db(transaction=True)
def test_an_import_with_workers_stores_one_process_findings_without_checking_again(monkeypatch):
    checked: list[str] = []
    real_checks, real_read = ahead.check_doubled, ahead.reporters_read
    monkeypatch.setattr(
        ahead, "check_doubled", lambda seg: checked.append(seg.text) or real_checks(seg)
    )
    monkeypatch.setattr(ahead, "reporters_read", lambda b: checked.append(b) or real_read(b))
    pages = issue_pages(6)
    pages["A2"] += "\n\n会议要求的的各部门抓好落实，记者 宋  文远在现场。\n"
    items = [
        PageInput(
            paper_name="南通日报",
            issue_date=date(2021, 3, 4),
            label=label,
            data=text.encode(),
            source_name=f"{label}.txt",
        )
        for label, text in pages.items()
    ]

    list(pages_import(items, batch_pages=2))  # (a batch of one page is parsed here)
    alone, checked_alone = stored_findings(), len(checked)
    ProofreadingFinding.objects.all().delete()
    from articles.models import Issue

    Issue.objects.all().delete()
    checked.clear()
    list(pages_import(items, batch_pages=2, workers=1))
    assert stored_findings() == alone and ("doubled", "的的") in {f[3:6:2] for f in alone}
    assert checked_alone > 100 and len(checked) < checked_alone // 10  # (here: 109 and 0)


def test_marks_made_ahead_are_taken_for_the_same_texts_whatever_the_dictionary(monkeypatch):
    """The paired marks and digit widths depend on the texts alone: taken for the same texts
    (and the same paragraphs continued from a jump), whatever the dictionary became."""
    made = ([[MADE_AHEAD]], [[]])
    ahead.ahead_take(({}, {}, {((TEXT,), frozenset()): made}))
    try:
        assert ahead.marks_of([TEXT]) == made
        now = ahead._dictionary_now()
        monkeypatch.setattr(ahead, "_dictionary_now", lambda: (*now[:2], now[2] + 1))
        assert ahead.marks_of((TEXT,)) == made
        assert ahead.marks_of([TEXT], continued={0}) == ([[]], [[]])  # (other paragraphs)
        assert ahead.marks_of([TEXT, NAMED]) == ([[], []], [[], []])
    finally:
        ahead.ahead_take(None)
    assert ahead.marks_of([TEXT]) == ([[]], [[]])


@pytest.mark.django_db(transaction=True)
def test_an_import_with_workers_matches_marks_without_matching_them_again(monkeypatch):
    matched: list[int] = []
    real = ahead.check_pairs
    monkeypatch.setattr(
        ahead, "check_pairs", lambda texts, **kw: matched.append(1) or real(texts, **kw)
    )
    pages = issue_pages(7)
    pages["A3"] += "\n\n会议指出，“抓好落实。\n\n全年完成投资２０亿元，同比增长12%。\n"
    items = [
        PageInput(
            paper_name="南通日报",
            issue_date=date(2021, 3, 4),
            label=label,
            data=text.encode(),
            source_name=f"{label}.txt",
        )
        for label, text in pages.items()
    ]

    list(pages_import(items, batch_pages=4))
    alone, matched_alone = stored_findings(), len(matched)
    from articles.models import Issue

    Issue.objects.all().delete()
    matched.clear()
    list(pages_import(items, batch_pages=4, workers=1))
    assert stored_findings() == alone and {"pairs", "mixed_digits"} <= {f[3] for f in alone}
    # (here: 45 and 4, the stories stitched across a jump)
    assert matched_alone > 40 and len(matched) < matched_alone // 5


def stored_findings() -> list[tuple]:
    """Every stored proofreading finding (page, position, field, kind, start, text), sorted: what
    an import with or without parsing workers must leave alike."""
    return sorted(
        ProofreadingFinding.objects.values_list(
            "article__page__label", "article__position", "field", "kind", "start", "text"
        )
    )


def test_checks_and_marks_that_found_nothing_are_sent_by_their_texts_alone():
    """A worker sends the checks and marks that found nothing as their texts (nearly all of
    them), not each with its empty lists; the importing process takes them as found empty
    (not checked again) and the others as made."""
    paired, doubled = "会议指出，“抓好落实。", "会议要求的的各部门抓好落实。"
    made = ahead.made_ahead([TEXT, paired, doubled], [BYLINE], [(TEXT, paired)])
    packed = ahead.ahead_packed(made)
    found, unfound, _, marked, unmarked = packed
    assert sorted(unfound) == sorted([TEXT, paired]) and list(found) == [doubled]
    assert set(unmarked) == {(TEXT,), (doubled,)}
    assert set(marked) == {((paired,), frozenset()), ((TEXT, paired), frozenset())}
    checks, bylines, marks = ahead.ahead_unpacked(packed)
    assert bylines == made[1] and checks.keys() == made[0].keys() and marks.keys() == made[2].keys()
    ahead.ahead_take((checks, bylines, marks))
    try:
        for text in (TEXT, paired, doubled):
            assert list(map(list, ahead.checks_of(Segmented(text)))) == list(made[0][text])
        for texts in ((TEXT,), (paired,), (doubled,), (TEXT, paired)):
            assert [[list(f) for f in kind] for kind in ahead.marks_of(texts)] == [
                [list(f) for f in kind] for kind in made[2][texts, frozenset()]
            ]
    finally:
        ahead.ahead_take(None)
