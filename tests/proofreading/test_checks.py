"""Each check of the proofreading aid on its own (pure: no database): what it flags, with
offsets into the printed text, and what it leaves alone."""

import pytest

from articles.proofreading import (
    WordEntry,
    WordList,
    check_byline_text,
    check_paragraphs,
    check_text,
    name_variants,
)


def kinds(text, **kwargs):
    return [(f.kind, f.text) for f in check_text(text, **kwargs)]


@pytest.mark.parametrize(
    ("text", "doubled"),
    [
        ("把企业尽快摸清清楚、排出来", "清清"),
        ("灵活运用专题招商、小组组招商", "组组"),
        ("我们们一起努力", "们们"),
        ("这是我的的书", "的的"),
        ("重大项目目建设", "目目"),
    ],
)
def test_a_character_doubled_by_a_join_is_flagged_at_the_pair(text, doubled):
    found = check_text(text)
    assert [(f.kind, f.text) for f in found] == [("doubled", doubled)]
    f = found[0]
    assert text[f.start : f.end] == doubled and f.suggestion == doubled[0]
    assert "连写了两次" in f.message


@pytest.mark.parametrize(
    "text",
    [
        "他常常来看看",
        "说得明明白白",
        "天天向上，人人有责，谢谢大家",
        "天气渐渐热了，收拾得干干净净",
        "绿油油的稻田，一步步走来，一个个企业",
        "为了了解情况，中国国家主席",
        "生命科学学院、中国共产党党员",
        "朱茗茗被表彰为优秀党员",
        "义工社社长、管护站站长、信息化厅厅长",
        "住宅楼楼道里，形成聚合合力",
        "来来往往、高高兴兴、说说笑笑",
    ],
)
def test_reduplication_and_words_that_share_a_character_are_not_flagged(text):
    assert kinds(text) == []


def test_unbalanced_and_mismatched_pairs_are_flagged():
    assert kinds("树牢“项目为王理念") == [("pairs", "“")]
    assert kinds("树牢项目为王”理念") == [("pairs", "”")]
    found = check_text("各县（市、区】负责人")
    assert [(f.kind, f.text, f.suggestion) for f in found] == [("pairs", "】", "）")]
    assert kinds("本报讯（记者朱文君)昨日") == [("pairs", ")")]
    assert kinds("《人民日报》〈评论〉【要闻】「引语」（下转A2版）") == []


def test_a_quotation_over_several_paragraphs_opens_each_and_closes_the_last():
    paragraphs = ["他说：“第一段没有结束。", "“第二段接着说。", "“第三段说完了。”"]
    assert check_paragraphs(paragraphs) == [[], [], []]
    broken = check_paragraphs(["他说：“没有结束。", "下一段不是引语。"])
    assert [(f.kind, f.text) for f in broken[0]] == [("pairs", "“")] and broken[1] == []


def test_a_paragraph_broken_by_a_jump_carries_its_open_marks():
    assert check_paragraphs(["要求（一", "是二）"], continued={1}) == [[], []]


def test_half_width_marks_between_chinese_characters_are_flagged():
    found = check_text("今年以来,全市上下:扎实开展;能否完成?时间10:30，英文a,b")
    assert [(f.text, f.suggestion) for f in found] == [
        (",", "，"),
        (":", "："),
        (";", "；"),
        ("?", "？"),
    ]


def test_a_number_in_full_width_and_half_width_digits_is_flagged():
    found = check_text("列入考核的7９个节点，完成率超过90%，共１２０多人")
    assert [(f.kind, f.text, f.suggestion) for f in found] == [("mixed_digits", "7９", "79")]


def test_a_space_inside_a_known_name_is_flagged_in_text_and_uneven_in_a_byline():
    found = check_text("市委书记徐 惠民强调", names={"徐惠民"})
    assert [(f.kind, f.text, f.suggestion) for f in found] == [("name_space", "徐 惠民", "徐惠民")]
    assert kinds("“万企联万村 共走振兴路”", names={"徐惠民"}) == []
    spaced = check_byline_text("本报记者 朱文 君")
    assert [(f.kind, f.text) for f in spaced] == [("name_space", "朱文 君")]
    assert check_byline_text("本报记者  彭  波") == []  # the print convention for two characters


def test_the_same_reporter_spelt_two_ways_is_found():
    variants = name_variants(["卢兆欣", "卢兆新", "朱文君", "金帅", "陳文君", "陈文君"])
    assert variants["卢兆欣"] == {"卢兆新"} and variants["陈文君"] == {"陳文君"}
    assert "朱文君" not in variants and "金帅" not in variants


def test_the_word_list_matches_whole_words_unless_told_otherwise():
    words = WordList(
        [
            WordEntry("preferred", "做为", "作为"),
            WordEntry("banned", "城管", note="用全称"),
            WordEntry("sensitive", "党", inside_words=True),
        ]
    )
    found = check_text("做为城管人员，城管理念、党员", words=words)
    assert [(f.kind, f.text, f.suggestion) for f in found] == [
        ("preferred", "做为", "作为"),
        ("banned", "城管", ""),
        ("sensitive", "党", ""),
    ]
    assert "应写作「作为」" in found[0].message and "用全称" in found[1].message
    assert check_text("城管理念", words=WordList([WordEntry("banned", "城管")])) == []


def test_offsets_are_into_the_printed_text_with_full_width_letters():
    text = "ＡＢＣ公司,做为"
    found = check_text(text, words=WordList([WordEntry("preferred", "做为", "作为")]))
    assert [text[f.start : f.end] for f in found] == [",", "做为"]
