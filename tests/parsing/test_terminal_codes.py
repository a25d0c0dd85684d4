"""A terminal's colour codes pasted into a page (ANSI CSI sequences, ``ESC [ 31 m``) print
nothing: the parser reads without the whole sequence, not only its ESC, so ``[31m`` is not left
in the text and the dateline keeps its reporter; the page is flagged as for other control
characters, naming them as a terminal's codes, and its raw text is kept as it came. So are the
codes ``tput sgr0`` writes (``ESC ( B``) and a window's title (``ESC ] 0 ; … BEL``); a page of
them on every line (a log pasted) is no binary file."""

from __future__ import annotations

import pytest

from articles.parsing import decode_page, parse_page

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


def test_the_page_is_flagged_counting_each_code_once_and_naming_them():
    (flag,) = [f for f in parse_page(PAGE).flags if f.kind == "control-characters"]
    assert "版面文本里有 3 个终端颜色代码（如 ESC[31m" in flag.message
    assert "第3行起" in flag.message and "原文照存" in flag.message


def test_codes_among_other_controls_are_counted_apart():
    (flag,) = [
        f
        for f in parse_page(PAGE.replace("去处", "去\x07处")).flags
        if f.kind == "control-characters"
    ]
    assert "4 个不可见的控制字符（第3行起；其中 3 个是终端颜色代码" in flag.message


@pytest.mark.parametrize(
    "code",
    ["\x1b(B\x1b[m", "\x1b]0;tail -f wire.log\x07", "\x1b]8;;https://example.org\x1b\\", "\x1b[2K"],
    ids=["tput-sgr0", "window-title", "link", "erase-line"],
)
def test_other_terminal_codes_go_whole(code):
    (story,) = parse_page(PAGE.replace("\x1b[0m", code)).articles
    assert story.reporters == ("李明",)
    assert "".join(story.paragraphs) == (
        "本报讯（记者 李明）岚川县城区两座口袋公园日前建成开放，市民多了休闲去处。"
    )


def test_a_page_coloured_on_every_line_is_no_binary_file():
    lines = [
        f"\x1b]0;wire {n}\x07\x1b[1;3{n % 8}m第{n}条：岚川县城区口袋公园开放。\x1b(B\x1b[m"
        for n in range(60)
    ]
    text = "岚川县新建口袋公园\n\n" + "\n".join(lines) + "\n"
    assert decode_page(text.encode("utf-8"))[0] == text  # kept as it came
    assert not any(
        "\x1b" in p or "[0m" in p for a in parse_page(text).articles for p in a.paragraphs
    )


def test_a_bracket_without_an_escape_is_text():
    (story,) = parse_page(PAGE.replace("\x1b", "")).articles
    assert "[31m" in "".join(story.paragraphs) or "[31m" in story.dateline + story.byline
