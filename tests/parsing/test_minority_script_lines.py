"""Lines in a minority script on a Chinese page (INPUT.md, "Page furniture"): the paper's name in
Mongolian, Tibetan or Uyghur script at the top of the page is the masthead, never a headless story;
a small box below the stories teaching a phrase (its label, the phrase in that script, its
reading) is set aside as a language box. Near miss: a block with the script line and a
sentence is no such box. Invented paper and text."""

import pytest

from tests.parsing.helpers import decks, parse, reasons

LEAD = (
    "乌兰陶勒盖新建十座牧区书屋",
    "",
    "本报讯（记者　其木格）今年以来，全旗新建牧区书屋十座，藏书两万余册。",
    "",
)


@pytest.mark.parametrize("name", ["ᠤᠯᠠᠭᠠᠨ ᠲᠣᠯᠣᠭᠠᠢ", "བོད་ལྗོངས་ཉིན་རེའི་ཚགས་པར།", "شىنجاڭ گېزىتى"])
def test_the_name_in_a_minority_script_at_the_top_is_the_masthead(name):
    parsed = parse(name, "乌兰陶勒盖日报", "2023年5月4日　星期四", "", *LEAD)
    assert reasons(parsed)[name] == "masthead"
    assert decks(parsed) == [("", "乌兰陶勒盖新建十座牧区书屋", "")]


def test_a_phrase_box_below_the_stories_is_set_aside():
    parsed = parse(*LEAD, "学说蒙古语", "ᠪᠠᠶᠠᠷᠯᠠᠯᠠ", "巴雅尔拉（谢谢）", "", "责任编辑：其木格")
    assert reasons(parsed)["学说蒙古语"] == "language-box"
    assert reasons(parsed)["巴雅尔拉（谢谢）"] == "language-box"
    assert [a.headline for a in parsed.articles] == ["乌兰陶勒盖新建十座牧区书屋"]


def test_near_miss_a_block_with_a_sentence_is_no_box():
    parsed = parse(*LEAD, "牧民学唱长调", "ᠤᠷᠲᠤ ᠳᠠᠭᠤ", "本报讯　全旗举办长调培训班，学员八十人。")
    assert "language-box" not in reasons(parsed).values()
