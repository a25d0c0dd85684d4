"""A reporter's post (驻<place>记者) is a role and the place a story was filed from (X报道,
发自X) is no name (INPUT.md: ``本报记者  彭  波`` on its own line is a byline; a two-character name
is spaced out to fill the width)."""

import pytest

from tests.parsing.helpers import parse

TEXT = "市民广场的音乐喷泉昨晚恢复开放，吸引了不少市民驻足观看，广场周边商户生意也红火起来。"


@pytest.mark.parametrize(
    "line, reporters",
    [
        ("人民日报驻联合国特派记者 李明", ("李明",)),
        ("本报驻东京记者 李明 赵敏", ("李明", "赵敏")),
    ],
)
def test_a_correspondents_post_is_a_role(line, reporters):
    [story] = parse("音乐喷泉恢复开放", line, "", TEXT).articles
    assert (story.headline, story.subheadline) == ("音乐喷泉恢复开放", "")
    assert story.byline == line
    assert story.reporters == reporters


@pytest.mark.parametrize("line", ["新华社记者 李明 上海报道", "记者 李明 发自南京"])
def test_the_place_filed_from_is_no_reporter(line):
    # (南京 over 市区…: the place's name never runs on into the text below as 南京市)
    parsed = parse("音乐喷泉恢复开放", line, "", "市区的" + TEXT)
    first = parsed.articles[0]
    assert first.headline == "音乐喷泉恢复开放"
    assert first.reporters == ("李明",)


def test_a_spaced_name_in_a_reporters_opening_dateline_is_credited():
    [story] = parse("音乐喷泉恢复开放", "", "本报特约记者 赵 敏 报道　" + TEXT).articles
    assert story.reporters == ("赵敏",)
