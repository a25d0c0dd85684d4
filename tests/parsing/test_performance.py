"""The parser is linear-ish: hostile sizes parse in seconds, not minutes.

Timings are measured with a generous bound (CI machines are slow and shared); the point is to
catch quadratic behaviour, which turns these cases into minutes.
"""

import time

import pytest

from articles.parsing import get_jieba, parse_page

BOUND = 10.0  # seconds; each case takes well under one on a developer machine


@pytest.fixture(scope="module", autouse=True)
def jieba_loaded():
    get_jieba()  # its dictionary load is not the parser's time


def timed(text: str):
    start = time.perf_counter()
    page = parse_page(text, max_bytes=64 * 1024 * 1024)
    elapsed = time.perf_counter() - start
    assert elapsed < BOUND, f"{elapsed:.1f}s"
    return page


def test_one_megabyte_line_without_newline():
    text = "今天天气很好，我们去公园散步。" * 24_000  # ~1 MB, one line
    page = timed(text)
    assert len(page.articles) == 1
    assert page.articles[0].paragraphs == (text,)


def test_ten_thousand_forward_markers_on_one_line():
    page = timed("内容很多，（下转A2版）" * 10_000)
    assert len(page.articles) == 10_000
    assert all(a.continued_on == "A2" for a in page.articles)


def test_ten_thousand_markers_on_their_own_lines():
    page = timed("会议讨论了很多事情，\n（下转A2版）\n（上接A1版）\n" * 5_000)
    assert len(page.articles) == 1
    assert len(page.articles[0].markers) == 10_000


def test_fifty_thousand_cut_lines_are_joined_in_linear_time():
    page = timed("本报讯（记者金帅）内容\n" + "没有句号的一行文字，\n" * 50_000)
    assert len(page.articles) == 1
    assert len(page.articles[0].paragraphs) == 1


def test_deeply_repeated_brackets():
    page = timed("（" * 300_000 + "下转第" + "）" * 300_000)
    assert len(page.articles) == 1


def test_long_line_of_spaces_after_a_date_does_not_backtrack():
    page = timed("2020年7月9日" + " " * 300_000 + "x")
    assert page.articles[0].paragraphs[0].endswith("x")


def test_thousands_of_stories():
    timed("标题\n\n本报讯（记者金帅）内容很多。\n\n" * 10_000)
