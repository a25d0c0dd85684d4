"""A story's closing credit naming its author (本文作者, 作者) or another role (编译, 整理, 供稿,
口述) stays with the story before it, and credits whom a paper credits: the writer, translator,
compiler or supplying person; never an organisation, the speaker of 口述, or the role word.

INPUT.md ("Bylines, datelines, credits"): author notes and pen names on their own line after a
story belong to that story; a byline sometimes stands at the END.
"""

import pytest

from articles.parsing.names import parse_names
from tests.parsing.helpers import parse

FIRST = "城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。"
NEXT = ["城西污水处理厂二期投运", "", "本报讯（记者王刚）城西污水处理厂二期工程昨日正式投入运行。"]


def _first_of_two(closing: str):
    parsed = parse("城东新建三座口袋公园", "", FIRST, "", closing, "", *NEXT)
    first, second = parsed.articles
    assert second.title_lines == ("城西污水处理厂二期投运",), second.title_lines
    assert second.reporters == ("王刚",)
    assert first.paragraphs[-1] == closing
    return first


@pytest.mark.parametrize(
    "shape", ["（{} 周明）", "（{}　周明）", "（{}：周明）", "({}:周明)", "（{}周明）"]
)
def test_an_authors_closing_line_ends_the_story_and_credits_the_author(shape):
    for role in ("本文作者", "本篇作者", "作者"):
        closing = shape.format(role)
        first = _first_of_two(closing)
        assert first.reporters == ("周明",), closing
        assert first.byline == closing.strip("（）()")


@pytest.mark.parametrize(
    "unit", ["（作者单位：南通大学）", "（作者單位：南通大學）", "(作者单位:南通大学)"]
)
def test_an_authors_unit_under_the_authors_line_credits_no_one(unit):
    parsed = parse("城东新建三座口袋公园", "", FIRST, "", "（本文作者 周明）", unit, "", *NEXT)
    first = parsed.articles[0]
    assert first.paragraphs[-2:] == ("（本文作者 周明）", unit)
    assert first.reporters == ("周明",)
    assert parsed.articles[1].title_lines == ("城西污水处理厂二期投运",)


def test_a_story_signed_at_its_start_keeps_its_reporter_over_an_authors_closing_line():
    parsed = parse(
        "城东新建三座口袋公园", "", f"本报讯（记者钱立）{FIRST}", "", "（本文作者 周明）", "", *NEXT
    )
    assert parsed.articles[0].reporters == ("钱立",)
    assert parsed.articles[0].paragraphs[-1] == "（本文作者 周明）"


@pytest.mark.parametrize("byline", ["本文作者 周明", "本文作者：周明", "本篇作者　周明"])
def test_an_author_role_word_is_never_read_as_a_name(byline):
    assert parse_names(byline) == ("周明",)


@pytest.mark.parametrize(
    "closing",
    [
        "（周明 编译）",
        "（周明　編譯）",
        "（编译 周明）",
        "（编译：周明）",
        "(翻译/周明)",
        "周明/编译",
        "（周明/整理）",
        "周明／整理",
        "（整理：周明）",
        "（周明 供稿）",
        "（周明供稿）",
    ],
)
def test_a_translators_compilers_or_suppliers_closing_line_credits_the_person(closing):
    first = _first_of_two(closing)
    assert first.reporters == ("周明",)
    assert first.byline == closing.strip("（）()")


@pytest.mark.parametrize("shape", ["（{} 供稿）", "（{}供稿）", "({}/供稿)", "（{}　供稿）"])
def test_a_supplied_by_line_credits_a_person_but_not_an_organisation(shape):
    person = _first_of_two(shape.format("周明"))
    assert person.reporters == ("周明",)
    organisation = _first_of_two(shape.format("市气象局"))
    assert organisation.reporters == ()
    assert organisation.byline == ""


@pytest.mark.parametrize(
    "closing",
    [
        "（周明 口述 钱立 整理）",
        "（周明口述　钱立整理）",
        "(周明 口述，钱立 整理)",
        "周明/口述 钱立/整理",
    ],
)
def test_an_as_told_to_line_credits_the_writer_not_the_speaker(closing):
    first = _first_of_two(closing)
    assert first.reporters == ("钱立",)
    assert "周明" not in first.reporters
