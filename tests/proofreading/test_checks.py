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
    assert [(f.kind, f.text, f.suggestion) for f in found] == [
        ("mixed_digits", "7９", "79"),
        ("mixed_digits", "１２０", "120"),  # one number of each width: full-width is the odd one
    ]


def test_a_full_width_number_in_a_story_of_half_width_numbers_is_flagged_to_half_width():
    found = check_paragraphs(["今年1至10月，全市新增就业2.3万人。", "其中１０月新增3200人。"])
    assert found[0] == []
    assert [(f.kind, f.text, f.suggestion) for f in found[1]] == [("mixed_digits", "１０", "10")]
    assert "多用半角" in found[1][0].message


def test_a_story_set_wholly_in_full_width_digits_is_left_alone_and_a_stray_half_width_one_flagged():
    assert check_paragraphs(["今年１至１０月，新增２．３万人。", "其中１０月新增３２００人。"]) == [
        [],
        [],
    ]
    found = check_paragraphs(["今年１至１０月，新增２．３万人。", "其中10月新增３２００人。"])
    assert [(f.text, f.suggestion) for f in found[1]] == [("10", "１０")]


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


def test_a_doubled_character_read_as_a_pair_word_is_flagged_when_a_likelier_word_takes_one():
    # jieba reads 小/区区, but 小区 is the likelier word; 端端 is no word (glued by the HMM),
    # 端出 is one; 进 + 进行 is a verb, but 进行 is not 进 + a noun
    assert kinds("社区书记说，小区区改造完成后") == [("doubled", "区区")]
    assert kinds("家家户户端端出拿手菜") == [("doubled", "端端")]
    assert kinds("进进行了改造") == [("doubled", "进进")]


def test_verbs_said_twice_and_a_preposition_after_its_own_character_are_not_flagged():
    assert kinds("回家去看看它们，浇浇水，松松土，吃吃饭") == []  # a verb twice, then its object
    assert kinds("现在在家里就能看") == []  # a preposition after a word that ends in it
    assert kinds("他刚刚才到，常常来，人人参与，年年都要办，出门走走，坐坐吧") == []


def test_half_width_marks_ending_chinese_text_or_before_a_chinese_quotation_are_flagged():
    assert kinds("问：自驾游出行有哪些建议?") == [("half_width", "?")]
    assert kinds("他说:“好。”") == [("half_width", ":")]
    assert kinds("开会时间10:30。Hello, world!") == []


def test_a_paragraph_cut_in_two_by_the_layout_keeps_its_paired_marks():
    # a line break after 。 just before ” (or inside a credit's brackets) made two paragraphs
    assert check_paragraphs(["他说：“省了不少人工。", "”在青山镇，他说。"]) == [[], []]
    assert check_paragraphs(["本报讯（记者 何", "芳）6月7日，全市"]) == [[], []]
    # the next paragraph opens another mark first: the first is still unclosed
    broken = check_paragraphs(["他说：“好。", "村里“引号”"])
    assert [(f.kind, f.text) for f in broken[0]] == [("pairs", "“")] and broken[1] == []


def test_a_two_character_name_spaced_out_is_the_print_convention_anywhere():
    assert kinds("本报讯（记者 邵  林）记者昨天获悉", names={"邵林"}) == []
    assert check_byline_text("何　平", names={"何平"}) == []
    assert kinds("本报讯（记者 孙 海涛）昨天", names={"孙海涛"}) == [("name_space", "孙 海涛")]


def test_a_text_without_a_doubled_character_or_a_listed_word_is_not_segmented(monkeypatch):
    import jieba

    from articles.text import get_jieba

    get_jieba()
    words = WordList([WordEntry("preferred", "截止目前", "截至目前")])
    calls = []
    real = jieba.tokenize
    monkeypatch.setattr(
        jieba, "tokenize", lambda text, **kw: calls.append(text) or real(text, **kw)
    )
    assert check_text("今年以来，全市上下扎实开展活动，取得实效。", words=words) == []
    assert calls == []
    found = check_text("今年以来，截止目前，摸清清楚。", words=words)
    assert [f.kind for f in found] == ["preferred", "doubled"]
    assert "摸清清楚" in calls  # the doubled pair: only its run of characters


def test_the_words_around_a_doubled_character_are_those_of_the_whole_text():
    from articles.proofreading.segmenting import segment

    text = "市委书记徐惠民强调，要把企业尽快摸清清楚、排出来，灵活运用小组组招商。"
    seg = segment(text)
    whole = seg.tokens
    for at in range(len(text)):
        near = seg.tokens_near(at)
        assert all(t in whole for t in near)
        assert (not near) == (not text[at].isalnum())


def test_the_checks_never_load_jiebas_part_of_speech_table():
    # jieba.posseg's table takes seconds and tens of megabytes to load: an import would pay it
    # for one story with a doubled character. The checks read tags from the dictionary file.
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from articles.proofreading import check_text\n"
        "found = check_text('小组组招商，摸清清楚，文化化建设，朱茗茗，义工社社长，浇浇水')\n"
        "assert [f.text for f in found] == ['组组', '清清', '化化'], found\n"
        "assert 'jieba.posseg' not in sys.modules\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
