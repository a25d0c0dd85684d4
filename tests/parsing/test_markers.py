"""Continuation markers (jumps): 下转/上接 in every printed form, cut out of the text and kept."""

import pytest

from articles.parsing import find_markers

from .helpers import only_article, parse

LEAD = "本报讯（记者金帅）6日，全市考核督查动员培训会召开。"


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("（下转A2版）", "A2"),
        ("（下转第二版）", "2"),
        ("（下轉第四版）", "4"),
        ("（下转6版）", "6"),
        ("(转第3版)", "3"),
        ("(下转A2版)", "A2"),
        ("（下转B3版）", "B3"),
        ("（下转第12版）", "12"),
        ("（下转第十二版）", "12"),
        ("（下转Ａ２版）", "A2"),
        ("（ 下转 第 4 版 ）", "4"),
        ("【下转2版】", "2"),
    ],
)
def test_forward_marker_forms_are_removed_and_kept_with_normalised_label(printed, label):
    article = only_article("标题", "", LEAD + "一季度没有组织现场考评，" + printed)
    assert article.paragraphs == (LEAD + "一季度没有组织现场考评，",)
    assert article.continued_on == label
    assert [m.text for m in article.markers] == [printed]


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("（上接A1版）", "A1"),
        ("（上接第一版）", "1"),
        ("（上接4版）", "4"),
        ("(接第1版)", "1"),
        ("（上接第十版）", "10"),
        ("（紧接第一版）", "1"),
        ("（緊接A1版）", "A1"),
        ("（续第二版）", "2"),
        ("（續第3版）", "3"),
    ],
)
def test_backward_marker_forms_are_removed_and_kept(printed, label):
    article = only_article("标题", "", printed + "他指出，要坚持稳中求进。")
    assert article.paragraphs == ("他指出，要坚持稳中求进。",)
    assert article.continued_from == label
    assert article.continued_on is None


def test_target_labels_are_normalised_chinese_numbers_to_digits_letters_kept():
    labels = [m.label for _, _, m in find_markers("（下转第二版）（下转A2版）（上接第一版）")]
    assert labels == ["2", "A2", "1"]


def test_forward_marker_mid_sentence_is_removed_and_kept():
    article = only_article("标题", "", LEAD + "受疫情影响，一季度没有组织现场考评，（下转A2版）")
    assert article.paragraphs[-1].endswith("一季度没有组织现场考评，")
    assert article.continued_on == "A2"


def test_forward_marker_on_its_own_line_closes_the_paragraph_before():
    article = only_article("标题", "", LEAD + "一季度没有组织现场考评，", "", "（下转A2版）")
    assert article.paragraphs == (LEAD + "一季度没有组织现场考评，",)
    assert article.continued_on == "A2"


def test_forward_marker_glued_to_the_next_story_ends_only_the_first():
    parsed = parse(
        "第一篇标题",
        "",
        LEAD + "会议要求抓好落实，（下转A2版）本报讯（记者彭波）另一个会议今天召开。会议很成功。",
    )
    first, second = parsed.articles
    assert first.paragraphs == (LEAD + "会议要求抓好落实，",)
    assert first.continued_on == "A2"
    assert second.paragraphs == ("本报讯（记者彭波）另一个会议今天召开。会议很成功。",)
    assert second.continued_on is None
    assert second.reporters == ("彭波",)


def test_forward_marker_mid_page_with_another_article_after_it():
    parsed = parse(
        "全市打好污染防治攻坚战",
        "",
        LEAD,
        "",
        "黄巍东指出，今年是最为关键的一年，（下转A2版）",
        "",
        "千企联千村",
        "",
        "企村对接会召开，首批签约的企业和村居很多。",
    )
    first, second = parsed.articles
    assert first.continued_on == "A2"
    assert second.title_lines == ("千企联千村",)
    assert second.paragraphs == ("企村对接会召开，首批签约的企业和村居很多。",)
    assert second.markers == ()


def test_text_after_a_forward_marker_without_a_dateline_is_not_joined_to_the_jumped_story():
    parsed = parse("标题", "", LEAD + "会议要求，（下转A2版）", "接下来的文字属于另一篇。")
    assert len(parsed.articles) == 2
    assert parsed.articles[0].paragraphs == (LEAD + "会议要求，",)


def test_backward_marker_on_its_own_line_heads_the_next_text():
    article = only_article("标题", "", "（上接第一版）", "", "他指出，要坚持稳中求进。")
    assert article.paragraphs == ("他指出，要坚持稳中求进。",)
    assert article.continued_from == "1"


def test_backward_marker_glued_to_the_first_words_of_the_continued_text():
    article = only_article("（上接A1版）务实重干。各地要抓好落实。")
    assert article.paragraphs == ("务实重干。各地要抓好落实。",)
    assert article.continued_from == "A1"


def test_backward_marker_starts_a_new_story_even_without_a_headline():
    parsed = parse(
        "标题",
        "",
        LEAD + "全文完。",
        "",
        "（上接第一版）务实重干。各地要抓好落实。",
    )
    assert len(parsed.articles) == 2
    assert parsed.articles[1].continued_from == "1"
    assert parsed.articles[1].paragraphs == ("务实重干。各地要抓好落实。",)


def test_several_continuations_on_one_page_each_get_their_own_story():
    parsed = parse(
        "以重大项目支撑",
        "（上接A1版）重大项目推进顺利。",
        "",
        "发挥指挥部体制机制优势",
        "（上接A1版）指挥部工作扎实。",
        "",
        "考核督查启动",
        "（上接A1版）考核为期4天。",
    )
    assert [a.continued_from for a in parsed.articles] == ["A1", "A1", "A1"]
    assert [a.title_lines for a in parsed.articles] == [
        ("以重大项目支撑",),
        ("发挥指挥部体制机制优势",),
        ("考核督查启动",),
    ]


def test_merged_story_holding_both_markers_is_one_article_with_two_merged_markers():
    article = only_article(
        "标题",
        "",
        "本报讯（记者金帅）会议总结了典型案例。（下转6版）",
        "（上接4版）",
        "会议要求，各地要学习这些案例。",
    )
    assert article.paragraphs == (
        "本报讯（记者金帅）会议总结了典型案例。",
        "会议要求，各地要学习这些案例。",
    )
    assert [(m.direction, m.label, m.merged) for m in article.markers] == [
        ("forward", "6", True),
        ("backward", "4", True),
    ]
    assert article.continued_on is None
    assert article.continued_from is None


def test_merged_markers_on_one_line_mid_sentence_join_the_halves():
    article = only_article(
        "标题", "", "本报讯（记者金帅）会议要求，（下转6版）（上接4版）各地要学习。"
    )
    assert article.paragraphs == ("本报讯（记者金帅）会议要求，各地要学习。",)
    assert all(m.merged for m in article.markers)


def test_forward_then_backward_marker_to_the_same_page_are_two_stories_not_a_merge():
    parsed = parse(LEAD + "会议要求，（下转A2版）", "（上接A2版）他们还表示要努力。")
    assert [(a.continued_on, a.continued_from) for a in parsed.articles] == [
        ("A2", None),
        (None, "A2"),
    ]


def test_traditional_characters_in_ocr_text_still_give_markers():
    parsed = parse(
        "本報訊（記者金帥）昨日，市委召開全會。他們認為要堅持穩中求進，（下轉第四版）",
        "",
        "市委全會",
        "（上接第一版）他們還表示要努力。",
    )
    first, second = parsed.articles
    assert first.continued_on == "4"
    assert first.dateline == "本報訊"
    assert first.reporters == ("金帥",)
    assert second.continued_from == "1"


def test_zhuan_without_page_word_or_direction_is_not_a_marker():
    article = only_article("标题", "", LEAD + "资金（转3）已到位。")
    assert article.markers == ()
    assert "（转3）" in article.paragraphs[0]


def test_forward_marker_with_no_text_before_it_is_set_aside_with_a_warning():
    parsed = parse("（下转A2版）")
    assert parsed.articles == ()
    assert parsed.unplaced_lines == ("（下转A2版）",)
    assert parsed.warnings


def test_marker_cut_by_an_ocr_line_break_is_still_found():
    parsed = parse(
        "本報訊（記者金帥）昨日，市委召開全會。他們認為要堅持穩中求進，（下轉第",
        "四版）",
        "",
        "市委全會",
        "（上接",
        "第一版）他們還表示要努力。",
    )
    first, second = parsed.articles
    assert first.continued_on == "4"
    assert first.paragraphs == ("本報訊（記者金帥）昨日，市委召開全會。他們認為要堅持穩中求進，",)
    assert second.continued_from == "1"
    assert second.paragraphs == ("他們還表示要努力。",)


def test_ocr_page_with_traditional_characters_and_interleaved_lines_does_not_crash():
    parsed = parse(
        "新華社北京七日電　我們的",
        "工人階級正在奮鬥",
        "他們說，要把這項",
        "（下轉第二版）",
        "工作做好，",
        "記者 張華攝",
        "1968年9月21日星期六第2版",
    )
    assert [a.continued_on for a in parsed.articles][:1] == ["2"]
    assert parsed.metadata.date == "1968-09-21"


@pytest.mark.parametrize("text", ["（紧接着第二天）", "（续）", "(续3)", "（继续第一版）"])
def test_words_like_a_backward_marker_without_a_page_are_no_marker(text):
    assert find_markers(text) == []
