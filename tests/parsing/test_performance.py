"""Hostile sizes parse to the right result. How their time grows with size (linear, not
quadratic) is measured by ``bench/hostile_bench.py`` on the same shapes: never a timed
assertion in a test (a shared CI machine's load would make one fail at random)."""

import pytest

from articles.parsing import get_jieba, parse_page


@pytest.fixture(scope="module", autouse=True)
def jieba_loaded():
    get_jieba()  # its dictionary load is not the parser's time


def parsed(text: str):
    """The page parsed with room for hostile sizes (64 MB)."""
    return parse_page(text, max_bytes=64 * 1024 * 1024)


def test_one_megabyte_line_without_newline():
    text = "今天天气很好，我们去公园散步。" * 24_000  # ~1 MB, one line
    page = parsed(text)
    assert len(page.articles) == 1
    assert page.articles[0].paragraphs == (text,)


def test_ten_thousand_forward_markers_on_one_line():
    page = parsed("内容很多，（下转A2版）" * 10_000)
    assert len(page.articles) == 10_000
    assert all(a.continued_on == "A2" for a in page.articles)


def test_a_line_cut_into_pieces_by_markers_is_checked_for_a_lead_in_once(monkeypatch):
    # Each marker cuts the line into a piece; the lead-in check reads the whole line, so once
    # a piece it was quadratic on a line of many markers (hostile bench 15.4 → 4.7).
    from articles.parsing import reader

    calls = []
    real = reader.lead_in_words

    def counted(lines, number):
        calls.append(number)
        return real(lines, number)

    monkeypatch.setattr(reader, "lead_in_words", counted)
    # (a lead-in's colon on the line above: without one the check is skipped, see
    # readshortcuts.colon_above)
    page = parsed("他说：\n" + "内容很多，（下转A2版）" * 200)
    assert len(page.articles) == 200
    assert calls == [2]


def test_ten_thousand_markers_on_their_own_lines():
    page = parsed("会议讨论了很多事情，\n（下转A2版）\n（上接A1版）\n" * 5_000)
    assert len(page.articles) == 1
    assert len(page.articles[0].markers) == 10_000


def test_fifty_thousand_cut_lines_are_joined_into_one_paragraph():
    page = parsed("本报讯（记者金帅）内容\n" + "没有句号的一行文字，\n" * 50_000)
    assert len(page.articles) == 1
    assert len(page.articles[0].paragraphs) == 1


def test_deeply_repeated_brackets():
    page = parsed("（" * 300_000 + "下转第" + "）" * 300_000)
    assert len(page.articles) == 1


def test_long_line_of_spaces_after_a_date_does_not_backtrack():
    page = parsed("2020年7月9日" + " " * 300_000 + "x")
    assert page.articles[0].paragraphs[0].endswith("x")


def test_thousands_of_stories():
    page = parsed("标题\n\n本报讯（记者金帅）内容很多。\n\n" * 10_000)
    assert len(page.articles) == 10_000


def test_a_megabyte_of_unclosed_tags_parted_by_spaces_is_one_printed_paragraph():
    # A gap every three characters: each was looked at for a headline glued to a dateline at
    # the line's head by slicing the line up to it (quadratic: 4.3 s for 1 MB);
    # bench/hostile_bench.py ("unclosed tags spaced") measures the growth.
    text = "<a " * 333_334  # ~1 MB, one line; a printed < stays (no tag is closed)
    page = parsed(text)
    [article] = page.articles
    assert article.paragraphs == (text.strip(),)
