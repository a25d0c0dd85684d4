"""Rules asked once a page, not line by line: a quoted verse needs a line introducing it
(articles.parsing.quotedverse.verse_introduced), a personal ads box a line that may be one of its
entries (articles.parsing.personals.entries_on_page). Where a page has none, the rule finds
nothing on any of its lines (checked on every stored page), and where it has one the rule still
finds what it found before."""

from __future__ import annotations

from pathlib import Path

from articles.parsing.decoding import decode_page
from articles.parsing.personals import entries_on_page, personals_end
from articles.parsing.quotedverse import quoted_verse, verse_introduced
from articles.parsing.results import ParseError

PAGES = Path(__file__).resolve().parents[1] / "data"


def _stored_pages() -> list[list[str]]:
    pages = []
    for path in sorted(PAGES.rglob("*.txt")):
        try:
            text, _ = decode_page(path.read_bytes())
        except ParseError:
            continue
        pages.append(text.splitlines())
    return pages


def test_a_page_without_a_line_introducing_a_verse_holds_no_quoted_verse():
    pages = _stored_pages()
    shut = [lines for lines in pages if not verse_introduced(lines)]
    assert len(shut) > len(pages) // 2  # (most pages: the gate skips something)
    for lines in shut:
        assert not any(quoted_verse(lines, number) for number in range(1, len(lines) + 1))


def test_every_quoted_verse_of_the_stored_pages_is_on_a_page_introducing_one():
    found = 0
    for lines in _stored_pages():
        verses = [n for n in range(1, len(lines) + 1) if quoted_verse(lines, n)]
        found += len(verses)
        assert not verses or verse_introduced(lines)
    assert found  # (the stored pages quote verses: the check is not empty)


def test_a_verse_under_a_sentence_ending_with_a_colon_is_introduced():
    lines = [
        "老和尚常念一首偈子，大意是：  ",
        "",
        "晨光一照万山明",
        "暮色四合百鸟鸣",
        "这首偈子流传很广。",
    ]
    assert verse_introduced(lines)
    assert quoted_verse(lines, 3) and quoted_verse(lines, 4)
    assert not verse_introduced(["编辑同志：", "晨光一照万山明", "暮色四合百鸟鸣"])  # no sentence


def test_a_page_without_a_line_naming_a_man_or_woman_holds_no_personal_ads_box():
    pages = _stored_pages()
    shut = [lines for lines in pages if not entries_on_page(lines)]
    assert shut
    for lines in shut:
        assert all(personals_end(lines, number) is None for number in range(1, len(lines) + 1))


def test_a_personal_ads_box_is_on_a_page_that_may_hold_its_entries():
    lines = ["鹊　桥", "男，1968年生，身高1.72米，觅贤淑女友。", "来信请寄本报鹊桥栏目。"]
    assert entries_on_page(lines)
    assert personals_end(lines, 1) == 3
    # 女 in its traditional or radical form folds to 女: the entry is still read
    assert entries_on_page(["征婚", "⼥，31岁，身高1.60米，觅诚实男友。"])
    assert not entries_on_page(["鹊　桥", "某某公司招聘启事。"])
