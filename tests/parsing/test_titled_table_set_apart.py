"""A table's title set apart from its rows by a blank line (``岚城各区供水量表`` / blank /
``区名  供水（吨）  用户（户）`` / rows) is the table's, kept with the story above it as its
paragraphs, never the next story's kicker (INPUT.md, "Headlines": table rows are no headline).
A headline over a blank line and a story's gapped byline line is still a headline. Invented
figures."""

import pytest

from tests.parsing.helpers import decks, parse

STORY = ("岚城供水稳定", "", "本报讯（记者 赵敏）入冬以来，岚城供水总体稳定。", "")
ROWS = ("区名  供水（吨）  用户（户）", "城东区  3000  1200", "城西区  2500  900")
NEXT = ("", "城东新开一条公交线", "", "本报讯（记者 周涛）城东公交二十八路昨日开通。")


@pytest.mark.parametrize("title", ["岚城各区供水量表", "■数据链接"])
def test_title_over_a_blank_line_stays_with_its_table(title):
    lines = [title, ""] if title.startswith("岚") else [title, "岚城各区供水量表", ""]
    parsed = parse(*STORY, *lines, *ROWS, *NEXT)
    assert decks(parsed) == [("", "岚城供水稳定", ""), ("", "城东新开一条公交线", "")]
    assert parsed.articles[0].paragraphs[-len(ROWS) :] == ROWS


def test_headline_over_a_gapped_byline_is_still_a_headline():
    parsed = parse(
        *STORY,
        "各区供水调度",
        "",
        "本报记者  周涛  钱立",
        "",
        "岚城各区供水调度有序，城东区用水量增长一成。",
    )
    assert [a.headline for a in parsed.articles] == ["岚城供水稳定", "各区供水调度"]
