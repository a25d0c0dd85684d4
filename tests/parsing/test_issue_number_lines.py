"""A masthead's issue-number line (第 386 期  今日四版) is the issue's number, never the page's
label: read as a label it made the importer refuse the page (版面上印的版次是 386…)."""

import pytest

from tests.parsing.helpers import parse

STORY = ("", "全县夏收夏种全面展开", "", "本报讯 全县二十三个公社的社员冒着高温，抢收抢种。")


@pytest.mark.parametrize(
    "line",
    [
        "第 386 期  今日四版",
        "第386期  今日四版",
        "第386期 今日4版",
        "第 386 期  共四版",
        "第386期 今日四张",
    ],
)
def test_an_issue_number_with_the_days_page_count_is_the_mastheads_line(line):
    page = parse("芦塘县报", line, *STORY)
    assert page.metadata.label == ""
    assert page.metadata.issue_number == 386
    assert [(s.text, s.reason) for s in page.set_aside] == [
        ("芦塘县报", "masthead"),
        (line, "masthead"),
    ]
    assert [a.headline for a in page.articles] == ["全县夏收夏种全面展开"]


def test_a_page_label_and_its_section_are_still_read_from_a_running_head():
    page = parse("第 3 版  要闻", *STORY)
    assert (page.metadata.label, page.metadata.section) == ("3", "要闻")
