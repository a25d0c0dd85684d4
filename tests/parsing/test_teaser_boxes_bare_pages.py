"""Teaser boxes that name their pages sparely: a county weekly's ``本期导读`` rows ending in the page
as a bare number in brackets (``☆标题（3）``, no 版), and a 1950s paper's ``本期还有：`` over
indented rows ``标题（第N版）`` that look like paragraphs. Near misses: a contents box whose rows
only some end in a number (a serial's part), a bare number in brackets outside a box. Invented
papers and titles."""

from tests.parsing.helpers import parse, reasons

STORY = ("河口新建冷库投用", "", "本报讯　河口渔港新建的千吨冷库昨天投入使用，可存放鲜鱼一千吨。")


def test_rows_ending_in_a_bare_bracketed_number_under_the_label_are_teasers():
    parsed = parse(
        "本期导读",
        "☆今年禁渔期提前十天（2）",
        "☆七月上半月潮汐表（4）",
        "",
        *STORY,
    )
    assert [(t.title_lines, t.target_label) for t in parsed.teasers] == [
        (("今年禁渔期提前十天",), "2"),
        (("七月上半月潮汐表",), "4"),
    ]
    assert [a.headline for a in parsed.articles] == ["河口新建冷库投用"]


def test_indented_rows_under_benqi_haiyou_are_teasers():
    parsed = parse(
        "本期还有：",
        "　　东湾社的冬学经验（第二版）",
        "　　识字课：秋收秋种（第四版）",
        "南坪公社办起民校",
        "　　本报讯　南坪公社的民校已经开学，到校学员八百多人。",
    )
    assert [(t.title_lines, t.target_label) for t in parsed.teasers] == [
        (("东湾社的冬学经验",), "2"),
        (("秋收秋种",), "4"),
    ]
    assert reasons(parsed)["本期还有："] == "box-label"
    assert [a.headline for a in parsed.articles] == ["南坪公社办起民校"]


def test_near_miss_a_contents_box_with_one_serial_part_stays_contents():
    parsed = parse(
        "本期导读",
        "☆老船长的故事（3）",
        "☆渔村新貌",
        "",
        *STORY,
    )
    assert parsed.teasers == ()
    assert reasons(parsed)["☆老船长的故事（3）"] == "contents"


def test_near_miss_a_bare_number_in_brackets_outside_a_box_is_no_teaser():
    parsed = parse(*STORY, "", "老船长的故事（3）", "", "　　那年冬天，老船长第一次出远海。")
    assert parsed.teasers == ()
