"""Teaser rows a front page's 要目 box prints in forms no rule read (found on holdout37):

* the page as a Chinese numeral and 版 after a wide gap, the row opened by a bullet and a
  column's label with a colon (``▲连载小说：山城旧事（十二）　五版``): the title is what follows
  the label, the page 5;
* the page pointed at the row's end (``◆408次列车…（见四版）``): the page is the one pointed at,
  never the train's number after the bullet;
* a table of contents, each row a title, dot leaders and the page as a bare number
  (``全省校友联谊会在北屿举行…………3``).

INPUT.md ("Teasers (导读)"): front-page pointers to inner pages are not articles; ("Page
furniture"): the teaser box is never part of a story.
"""

from tests.parsing.helpers import decks, parse


def _teasers(parsed):
    return [("".join(t.title_lines), t.target_label) for t in parsed.teasers]


def test_a_row_with_its_page_as_a_chinese_numeral_after_a_gap_is_a_teaser():
    parsed = parse(
        "鹭　川　晚　报",
        "一九五八年九月三日　星期三",
        "",
        "今日要目",
        "▲连载小说：山城旧事（十二）　五版",
        "▲市民信箱：菜场几时开早市？　六版",
        "",
        "鹭川大桥今日通车",
        "",
        "本报讯　鹭川大桥今天上午正式通车，全长八百四十米，两岸群众三千多人参加了通车典礼。",
    )
    assert _teasers(parsed) == [("山城旧事（十二）", "5"), ("菜场几时开早市？", "6")]
    assert [t.target_section for t in parsed.teasers] == ["连载小说", "市民信箱"]
    assert decks(parsed) == [("", "鹭川大桥今日通车", "")]


def test_a_row_pointing_at_its_page_at_the_end_is_not_read_by_the_number_after_its_bullet():
    parsed = parse(
        "北　岭　铁　道",
        "第204期　　1985年3月6日　星期三",
        "",
        "本期要目",
        "◆车站开展“文明窗口”竞赛活动（见二版）",
        "◆408次列车长陆小兰热心助人（见四版）",
        "",
        "春运工作全面展开",
        "　　本报讯　春运开始以来，全分局日均发送旅客四万二千人，比去年同期增加一成。",
    )
    assert _teasers(parsed) == [
        ("车站开展“文明窗口”竞赛活动", "2"),
        ("408次列车长陆小兰热心助人", "4"),
    ]
    assert decks(parsed) == [("", "春运工作全面展开", "")]


def test_contents_rows_with_dot_leaders_and_a_bare_page_are_teasers():
    parsed = parse(
        "本期要目",
        "全省校友联谊会在北屿举行…………………………3",
        "“老教授”的新课堂……………………………………4",
        "",
        "千名校友共话母校发展",
        "",
        "本报讯（记者团　林小舟）9月10日，千余名校友回到母校，参加第三届校友发展论坛。",
    )
    assert _teasers(parsed) == [("全省校友联谊会在北屿举行", "3"), ("“老教授”的新课堂", "4")]
    assert decks(parsed) == [("", "千名校友共话母校发展", "")]


def test_a_speaker_s_name_before_the_colon_stays_in_the_teaser_s_title():
    parsed = parse(
        "今日要目",
        "▲王建国：把实事办到群众心坎上　二版",
        "▲副刊：秋天的河　四版",
        "",
        "鹭川大桥今日通车",
        "",
        "本报讯　鹭川大桥今天上午正式通车，全长八百四十米，两岸群众三千多人参加了通车典礼。",
    )
    assert _teasers(parsed) == [("王建国：把实事办到群众心坎上", "2"), ("秋天的河", "4")]
