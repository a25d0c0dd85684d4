"""A terminal's colour codes pasted into a page (ANSI CSI sequences, ``ESC [ 31 m``) print
nothing: the parser reads without the whole sequence, not only its ESC, so ``[31m`` is not left
in the text and the dateline keeps its reporter; the page is flagged as for other control
characters and its raw text is kept as it came."""

from __future__ import annotations

from articles.parsing import parse_page

PAGE = (
    "岚川县新建口袋公园\n\n"
    "本报讯\x1b[31m（记者 李明）\x1b[0m岚川县城区两座口袋公园日前建成开放，"
    "市民多了休闲\x1b[1;32m去处。\n"
)


def test_colour_codes_are_left_out_whole_and_the_reporter_is_read():
    (story,) = parse_page(PAGE).articles
    assert story.dateline == "本报讯" and story.reporters == ("李明",)
    text = "".join(story.paragraphs)
    assert "[31m" not in text and "[0m" not in text and "[1;32m" not in text
    assert text.endswith("市民多了休闲去处。")


def test_the_page_is_flagged_counting_each_code_once():
    (flag,) = [f for f in parse_page(PAGE).flags if f.kind == "control-characters"]
    assert "3 个不可见的控制字符" in flag.message


def test_a_bracket_without_an_escape_is_text():
    (story,) = parse_page(PAGE.replace("\x1b", "")).articles
    assert "[31m" in "".join(story.paragraphs) or "[31m" in story.dateline + story.byline
