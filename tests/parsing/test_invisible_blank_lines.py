"""A line holding nothing but invisible characters (a web page's empty paragraph: ``&#8203;``,
a BOM, a joiner) is a blank line to the parser, as a line of spaces is."""

import pytest

from articles.parsing import parse_page
from articles.parsing.page import invisible_lines_blank

TWO_STORIES = (
    "城西新建社区卫生服务中心\n\n"
    "本报讯（记者 赵敏）城西社区卫生服务中心昨天投入使用，居民看病更方便了。\n"
    "{blank}\n"
    "老年大学秋季班开始报名\n\n"
    "本报讯（记者 钱立）市老年大学秋季班今天开始报名，开设书法、绘画等三十多个专业。\n"
)


@pytest.mark.parametrize(
    "blank",
    [
        "&#8203;",
        "&#x200B;",
        "\u2060",
        "\u00ad",
        " \u200b\u3000",
        "\u200b\u200c\ufeff",
        "&rlm;",
        "\u202a\u202c",
        "\u2066\u2069",
        "\u2062",
    ],
    ids=[
        "reference",
        "hex-reference",
        "word-joiner",
        "soft-hyphen",
        "with-spaces",
        "several",
        "right-to-left-mark",
        "embedding",
        "isolate",
        "invisible-times",
    ],
)
def test_an_invisible_line_parts_two_stories_as_an_empty_line_does(blank):
    parsed = parse_page(TWO_STORIES.format(blank=blank))
    assert [a.headline for a in parsed.articles] == [
        "城西新建社区卫生服务中心",
        "老年大学秋季班开始报名",
    ]
    assert parse_page(TWO_STORIES.format(blank="")).articles == parsed.articles


def test_an_invisible_line_between_paragraphs_parts_them_and_leaves_no_trace():
    text = (
        "城西新建社区卫生服务中心\n\n"
        "本报讯（记者 赵敏）城西社区卫生服务中心昨天投入使用，居民看病更方便了。\n"
        "\u200b\n"
        "中心设有全科、中医和康复等科室，每天接诊居民两百多人次。\n"
    )
    (story,) = parse_page(text).articles
    assert len(story.paragraphs) == 2
    assert not any("\u200b" in p for p in story.paragraphs)


def test_lines_with_printed_text_beside_an_invisible_character_are_kept_as_they_are():
    lines = ["标题", "\u200b", "投入\u200b使用", "", "  \ufeff  "]
    assert invisible_lines_blank(lines) == ["标题", "", "投入\u200b使用", "", ""]
    plain = ["标题", "正文。"]
    assert invisible_lines_blank(plain) is plain


def test_a_direction_mark_inside_a_marker_and_a_byline_is_read_through():
    text = (
        "城西新建社区卫生服务中心\n\n"
        "本报讯（记者\u200e赵敏）城西社区卫生服务中心昨天投入使用，居民看病更方便了，（下转\u200fA2版）\n"
    )
    (story,) = parse_page(text).articles
    assert story.continued_on == "A2"
    assert story.reporters == ("赵敏",)
