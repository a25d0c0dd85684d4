"""A byline crediting a writer and a photographer (``文/陈晓岚 图/周立明``), typed by an editor
or read again from a page, credits the writer as the story's reporter and never the
photographer, as the parser reads it (review A, defect 8: the photographer was listed among a
person's 署名稿件); the photographer's name still shows in the line as printed."""

from __future__ import annotations

import pytest

from articles.bylines import credit_pieces, reporters_read
from articles.parsing import parse_page


@pytest.mark.parametrize(
    ("byline", "reporters"),
    [
        ("文/唐宁 图/许川", ("唐宁",)),
        ("唐宁/文 许川/图", ("唐宁",)),
        ("文／唐宁　图／許川", ("唐宁",)),
        ("文：唐宁 摄影：许川", ("唐宁",)),
        ("唐宁 文/图", ("唐宁",)),  # (the writer took the pictures: still the writer)
        ("记者 唐宁 许川", ("唐宁", "许川")),  # (two reporters, no pictures' part)
    ],
)
def test_a_writer_and_photographer_byline_reads_the_writer_as_reporter(byline, reporters):
    assert reporters_read(byline) == reporters


def test_the_importer_and_the_parser_read_the_same_reporters():
    parsed = parse_page(
        "社区书屋  温暖冬夜\n\n文/唐宁 图/许川\n\n入冬以来，书屋每天开放到晚上十点。\n"
    )
    story = parsed.articles[0]
    assert reporters_read(story.byline, story.dateline) == story.reporters == ("唐宁",)


def test_the_photographers_name_stays_printed_in_the_line():
    assert "".join(text for text, _ in credit_pieces("文/唐宁 图/许川", ("唐宁",))) == (
        "文/唐宁 图/许川"
    )
