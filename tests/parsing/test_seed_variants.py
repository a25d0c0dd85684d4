"""The seed page printed differently must read the same: other encodings, line ends, and the
one-paragraph-a-line layout (indented with full-width spaces, no blank lines)."""

import codecs

import pytest

from articles.parsing import is_heading_like, parse_page

from .helpers import SEED

REFERENCE = parse_page(SEED)


def same_stories(page):
    assert len(page.articles) == len(REFERENCE.articles)
    for got, want in zip(page.articles, REFERENCE.articles, strict=True):
        assert got.title_lines == want.title_lines
        assert got.paragraphs == want.paragraphs
        assert got.crossheads == want.crossheads
        assert got.markers == want.markers
        assert got.reporters == want.reporters
    assert page.photos == REFERENCE.photos
    assert page.teasers == REFERENCE.teasers


@pytest.mark.parametrize(
    "data",
    [
        SEED.encode("gbk"),
        SEED.encode("gb18030"),
        codecs.BOM_UTF8 + SEED.encode("utf-8"),
        SEED.replace("\n", "\r\n").encode("utf-16"),
        SEED.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["gbk", "gb18030", "utf8-bom", "utf16-crlf", "crlf"],
)
def test_seed_in_other_encodings_reads_the_same(data):
    same_stories(parse_page(data))


def test_seed_one_paragraph_a_line_indented_without_blank_lines_reads_the_same():
    lines = [line.strip() for line in SEED.split("\n") if line.strip()]
    text = "\n".join(line if is_heading_like(line) else "\u3000\u3000" + line for line in lines)
    same_stories(parse_page(text))


def test_seed_with_runs_of_blank_lines_reads_the_same():
    same_stories(parse_page(SEED.replace("\n\n", "\n\n\n\n")))
