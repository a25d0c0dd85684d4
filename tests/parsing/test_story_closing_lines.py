"""A line closing a story on its own line (its source, 完, its writer, illustrator or editor)
stays with the story before it, never the next story's 引题.

INPUT.md ("Bylines, datelines, credits"): "End-of-story datelines, bracketed or bare on their own
line, author notes and pen names on their own line belong to the story before them, not to the
headline after them."
"""

import pytest

from tests.parsing.helpers import parse

FIRST = "城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。"
NEXT = ["城西污水处理厂二期投运", "", "本报讯（记者王刚）城西污水处理厂二期工程昨日正式投入运行。"]


def _two_stories(closing: str):
    parsed = parse("城东新建三座口袋公园", "", FIRST, "", closing, "", *NEXT)
    first, second = parsed.articles
    assert second.title_lines == ("城西污水处理厂二期投运",), second.title_lines
    assert second.reporters == ("王刚",)
    return first


@pytest.mark.parametrize(
    "closing",
    [
        "（据《参考消息》）",
        "（据央视新闻客户端）",
        "（据新华社北京电）",
        "（摘自《求是》2020年第5期）",
        "（稿件来源：市融媒体中心）",
        "（全文完）",
        "——完——",
        "（编辑：周明）",
        "（编辑 周明 校对 钱立）",
    ],
)
def test_a_source_end_mark_or_editor_line_ends_the_story_and_credits_no_one(closing):
    first = _two_stories(closing)
    assert first.paragraphs[-1] == closing
    assert first.reporters == ()
    assert first.byline == ""


@pytest.mark.parametrize(
    ("closing", "byline"),
    [
        ("文／周明", "文／周明"),
        ("文：周明", "文：周明"),
        ("周明 文/图", "周明 文/图"),
        ("（周明/文）", "周明/文"),
        ("（特约评论员 周明）", "特约评论员 周明"),
        ("（周明/绘）", "周明/绘"),
        ("（插图：周明）", "插图：周明"),
        ("（漫画 周明）", "漫画 周明"),
    ],
)
def test_a_writers_or_illustrators_credit_ends_the_story_and_credits_the_person(closing, byline):
    first = _two_stories(closing)
    assert first.paragraphs[-1] == closing
    assert first.byline == byline
    assert first.reporters == ("周明",)


def test_a_story_signed_at_its_start_keeps_its_byline_over_an_illustrators_credit():
    parsed = parse(
        "城东新建三座口袋公园",
        "",
        f"本报讯（记者王刚）{FIRST}",
        "",
        "（钱立 绘）",
        "",
        *NEXT[:1],
        "",
        "城西污水处理厂二期工程昨日正式投入运行。",
    )
    first = parsed.articles[0]
    assert first.reporters == ("王刚",)
    assert first.paragraphs[-1] == "（钱立 绘）"
    assert parsed.articles[1].title_lines == ("城西污水处理厂二期投运",)


@pytest.mark.parametrize(
    "closing",
    [
        "（数据来源：市统计局）",
        "（资料来源：《清河县志》）",
        "（素材来源: 市气象台）",
    ],
)
def test_a_source_note_named_by_any_short_noun_ends_the_story_and_credits_no_one(closing):
    first = _two_stories(closing)
    assert first.paragraphs[-1] == closing
    assert first.reporters == ()


@pytest.mark.parametrize("closing", ["（王刚 整理）", "（王刚　整理）", "（李华、王刚 整理）"])
def test_a_compilers_credit_ends_the_story_and_credits_the_people(closing):
    first = _two_stories(closing)
    assert first.paragraphs[-1] == closing
    assert first.reporters[-1] == "王刚"


@pytest.mark.parametrize(
    "closing", ["文/周明 图/钱立", "周明/文 钱立/图", "文：周明　摄影：钱立", "（文/周明 图/钱立）"]
)
def test_a_writers_and_photographers_credit_ends_the_story_and_credits_its_writer(closing):
    first = _two_stories(closing)
    assert first.paragraphs[-1] == closing
    assert first.reporters == ("周明",)  # (钱立 took the pictures: no writer of the story)
