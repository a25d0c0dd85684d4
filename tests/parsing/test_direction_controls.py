"""Unicode's direction controls (embeddings and overrides U+202A–202E, isolates U+2066–2069)
print nothing; left in, an unpaired one shows a headline reversed wherever it is shown
(``\\u202e城东新建三座公园``). The parser reads without them and flags the page naming the line
and the character; the raw text keeps them. The marks U+200E/U+200F (``&lrm;``) stay, read as a
space (README, "Importing a page")."""

from __future__ import annotations

import pytest

from articles.parsing import parse_page

PAGE = "{0}城东新建三座公园\n\n本报讯（记者 周立群）城东三座口袋公园{1}日前建成开放。\n"


@pytest.mark.parametrize("control", ["\u202e", "\u202a", "\u2066", "\u2069"])
def test_a_direction_control_is_left_out_of_the_headline_and_the_text(control):
    (story,) = parse_page(PAGE.format(control, control)).articles
    assert story.headline == "城东新建三座公园"
    assert story.paragraphs == ("本报讯（记者 周立群）城东三座口袋公园日前建成开放。",)


def test_the_page_is_flagged_naming_the_line_and_the_character():
    (flag,) = [
        f for f in parse_page(PAGE.format("", "\u202e")).flags if f.kind == "control-characters"
    ]
    assert flag.line == 3
    assert "第3行有 U+202E" in flag.message and "文字显示方向" in flag.message
    assert "原文照存" in flag.message


def test_a_left_to_right_mark_is_kept_as_printed():
    (story,) = parse_page(PAGE.format("", "\u200e")).articles
    assert "\u200e" in story.paragraphs[0]
