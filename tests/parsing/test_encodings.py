"""Page text arrives as UTF-8 (with or without BOM), GB18030/GBK, UTF-16 with BOM, CRLF lines."""

import codecs

import pytest

from articles.parsing import parse_page

PAGE = (
    "全市打好污染防治攻坚战\n"
    "\n"
    "本报讯（记者金帅）6日，考核督查动员培训会召开。黄巍东出席会议并讲话。\n"
    "\n"
    "黄巍东指出，今年是最为关键的一年，一季度没有组织现场考评，（下轉第四版）\n"
)


def summary(page):
    (article,) = page.articles
    return article.title_lines, article.reporters, article.paragraphs, article.continued_on


WANT = summary(parse_page(PAGE))


def test_reference_page_parses_as_expected():
    assert WANT == (
        ("全市打好污染防治攻坚战",),
        ("金帅",),
        (
            "本报讯（记者金帅）6日，考核督查动员培训会召开。黄巍东出席会议并讲话。",
            "黄巍东指出，今年是最为关键的一年，一季度没有组织现场考评，",
        ),
        "4",
    )


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (PAGE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + PAGE.encode("utf-8"), "utf-8-sig"),
        (PAGE.encode("gbk"), "gb18030"),
        (PAGE.encode("gb18030"), "gb18030"),
        (PAGE.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"), "utf-16"),
        (PAGE.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
        (PAGE.replace("\n", "\r\n").encode("gbk"), "gb18030"),
        (PAGE.replace("\n", "\r").encode("utf-8"), "utf-8"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "gbk",
        "gb18030",
        "utf16-le-bom",
        "utf16-be-bom",
        "crlf",
        "gbk-crlf",
        "cr",
    ],
)
def test_every_encoding_and_line_end_gives_the_same_page(data, encoding):
    page = parse_page(data)
    assert page.encoding == encoding
    assert summary(page) == WANT


def test_bom_inside_text_string_is_dropped():
    assert summary(parse_page("\ufeff" + PAGE)) == WANT


def test_crlf_does_not_leave_carriage_returns_in_text():
    page = parse_page(PAGE.replace("\n", "\r\n"))
    for article in page.articles:
        assert all("\r" not in p for p in article.paragraphs)
        assert all("\r" not in t for t in article.title_lines)


def test_gb18030_only_characters_decode():
    # 𠮷 (U+20BB7) is outside GBK; GB18030 encodes it in four bytes.
    text = "𠮷野家开业\n\n本报讯（记者金帅）𠮷野家昨日开业。顾客很多。\n"
    page = parse_page(text.encode("gb18030"))
    assert page.encoding == "gb18030"
    assert page.articles[0].title_lines == ("𠮷野家开业",)
