"""A continuation repeats its headline under the backward marker: a title line, not text.

INPUT.md, "Continuations (jumps)": the part on the other page often repeats the headline (or a
shortened one); the backward marker stands on its own line or is glued to the first words.
Pages written for these tests (a county paper's page 2).
"""

from .helpers import only_article, parse

HEAD = "柳溪镇建成两座垃圾分拣站"
BODY = "镇环卫所介绍，两座分拣站投用后，全镇生活垃圾回收利用率将提高到百分之四十以上。"
MORE = "据了解，分拣站配有压缩设备，可日处理垃圾三十吨。"


def _assert_titled(article, head=(HEAD,)):
    assert article.title_lines == head
    assert article.continued_from == "1"
    assert article.paragraphs[0] == BODY


def test_marker_glued_to_the_headline_then_a_blank_line_gives_a_title_line():
    article = only_article("（上接第一版）" + HEAD, "", BODY, "", MORE)
    _assert_titled(article)
    assert article.paragraphs == (BODY, MORE)


def test_marker_on_its_own_line_then_the_headline_then_the_text():
    _assert_titled(only_article("（上接第一版）", HEAD, BODY, "", MORE))


def test_marker_then_a_blank_line_then_the_headline_then_the_text():
    _assert_titled(only_article("（上接第一版）", "", HEAD, BODY))


def test_marker_on_its_own_line_then_the_headline_then_a_blank_line():
    _assert_titled(only_article("（上接第一版）", HEAD, "", BODY))


def test_headline_and_subheadline_repeated_under_the_marker():
    article = only_article("（上接第一版）", HEAD, "日处理能力三十吨", BODY)
    _assert_titled(article, (HEAD, "日处理能力三十吨"))


def test_repeated_headline_under_the_marker_after_another_story_on_the_page():
    parsed = parse(
        "本报讯　镇文化站新建的阅览室昨日开放，首批开放座位八十个。",
        "",
        "（上接第一版）" + HEAD,
        "",
        BODY,
    )
    assert [a.title_lines for a in parsed.articles] == [(), (HEAD,)]
    _assert_titled(parsed.articles[1])


def test_marker_glued_to_a_continued_sentence_stays_text():
    article = only_article("（上接第一版）的建设，离不开全镇群众的支持。" + BODY, "", MORE)
    assert article.title_lines == ()
    assert article.paragraphs[0].startswith("的建设，离不开")


def test_short_first_words_opening_with_a_particle_stay_text():
    article = only_article("（上接第一版）的建设成果", "", BODY)
    assert article.title_lines == ()
    assert article.paragraphs[0].startswith("的建设成果")


def test_short_lines_of_one_cut_paragraph_under_the_marker_stay_text():
    article = only_article(
        "（上接第一版）两座分拣站投用后",
        "全镇生活垃圾回收利用率将提",
        "高到百分之四十以上。",
    )
    assert article.title_lines == ()
    assert article.paragraphs == ("两座分拣站投用后全镇生活垃圾回收利用率将提高到百分之四十以上。",)


def test_a_paragraph_of_two_short_lines_under_the_marker_stays_text():
    article = only_article("（上接第一版）两座分拣站投用后", "全镇垃圾回收率将达四成。")
    assert article.title_lines == ()
    assert article.paragraphs == ("两座分拣站投用后全镇垃圾回收率将达四成。",)


def test_first_words_cut_mid_word_before_a_long_line_stay_text():
    article = only_article(
        "（上接第一版）在全镇群众的共同",
        "努力下，全镇生活垃圾回收利用率将提高到百分之四十以上，分拣站可日处理垃圾三十吨。",
    )
    assert article.title_lines == ()
    assert article.paragraphs[0].startswith("在全镇群众的共同努力下")


def test_continuation_without_a_repeated_headline_is_unchanged():
    article = only_article("（上接第一版）" + BODY, "", MORE)
    assert article.title_lines == ()
    assert article.paragraphs == (BODY, MORE)
