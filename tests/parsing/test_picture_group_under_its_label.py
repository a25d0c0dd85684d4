"""A group of pictures printed under a label of its own (``艺术节精彩瞬间``), each picture a
caption line with its credit on it (after a gap, ``摄影：高二（3）班　李一凡``, or in brackets,
``（摄影：学生会宣传部）``): the label is the group's, set aside as a picture label, and its
pictures stand alone, linked to no story. A headline over a story's text stays a headline.
Invented text.

INPUT.md ("Bylines, datelines, credits": a caption with its credit; the forms are a minimum).
"""

from tests.parsing.helpers import parse, reasons

BEFORE = [
    "图书馆新书上架",
    "本报讯（学生记者　王小明）本周图书馆新上架图书三百余册，涵盖文学、科普、历史等类别。",
    "",
    "借阅时间为每天中午和下午放学后。",
    "",
]
GROUP = [
    "艺术节精彩瞬间",
    "",
    "高一合唱团在开幕式上演唱。　　摄影：高二（3）班　李一凡",
    "",
    "初二同学表演舞蹈。　　摄影：初三（2）班　周雨",
    "",
    "老师们为获奖同学颁奖。（摄影：学生会宣传部）",
    "",
]
AFTER = [
    "食堂新增午餐窗口",
    "本报讯　学生记者　赵小雨　学校食堂自本周起新增两个午餐窗口，排队时间缩短一半。",
]


def test_the_groups_label_is_set_aside_and_its_pictures_stand_alone():
    parsed = parse(*BEFORE, *GROUP, *AFTER)
    assert [a.headline for a in parsed.articles] == ["图书馆新书上架", "食堂新增午餐窗口"]
    assert reasons(parsed)["艺术节精彩瞬间"] == "photo-label"
    assert [p.article_position for p in parsed.photos] == [None, None, None]


def test_a_bracketed_organisations_credit_closes_a_caption_in_the_group():
    parsed = parse(*BEFORE, *GROUP, *AFTER)
    last = parsed.photos[-1]
    assert (last.caption, last.credit_line) == ("老师们为获奖同学颁奖。", "（摄影：学生会宣传部）")
    assert parsed.articles[0].paragraphs[-1] == "借阅时间为每天中午和下午放学后。"


def test_a_label_worded_so_over_a_storys_text_stays_its_headline():
    parsed = parse(
        *BEFORE,
        "校园掠影",
        "本报讯　学生记者　赵小雨　本周校园里的银杏叶黄了，不少同学在树下拍照留念。",
    )
    assert [a.headline for a in parsed.articles] == ["图书馆新书上架", "校园掠影"]
