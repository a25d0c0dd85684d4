"""Pinyin printed under Chinese (a literacy paper, a children's page): the Latin transcription
with tone marks on a line of its own under a masthead or a headline is a reading aid, set aside
as ``pinyin``; never a deck line, a story or its text. Near misses: a line of English or French
under a headline, pinyin without tone marks, pinyin inside a sentence. Invented papers and text."""

from articles.importing.storedflags import SET_ASIDE_REASONS
from articles.parsing.pinyinlines import pinyin_line
from tests.parsing.helpers import decks, parse, reasons


def test_a_toned_pinyin_line_under_a_headline_is_no_subheadline():
    parsed = parse(
        "东坪大队办起夜校",
        "Dōngpíng Dàduì bànqǐ yèxiào",
        "　　本报讯　东坪大队的夜校开学了，全队四十多个青年天天晚上来学文化。",
    )
    assert decks(parsed) == [("", "东坪大队办起夜校", "")]
    assert reasons(parsed)["Dōngpíng Dàduì bànqǐ yèxiào"] == "pinyin"
    assert "Dōng" not in parsed.articles[0].blocks[0].text


def test_the_mastheads_pinyin_line_keeps_the_paper_name_in_the_masthead():
    parsed = parse(
        "柳岸识字小报",
        "Liǔ'àn Shízì Xiǎobào",
        "柳岸县文教科编印",
        "1959年3月2日　星期一　第4期",
        "南村妇女识字班结业",
        "　　本报讯　南村妇女识字班昨天结业，三十二名学员都能读报写信。",
    )
    assert decks(parsed) == [("", "南村妇女识字班结业", "")]
    assert reasons(parsed)["柳岸识字小报"] == "masthead"
    assert reasons(parsed)["Liǔ'àn Shízì Xiǎobào"] == "pinyin"


def test_a_lessons_pinyin_with_a_hyphened_numeral_is_pinyin():
    assert pinyin_line("Dì-shíwǔ kè　Chūntiān lái le")
    assert pinyin_line("yìdiǎnr")  # (erhua)
    assert pinyin_line("Lǚ Xùn")


def test_near_miss_other_latin_lines_are_no_pinyin():
    assert not pinyin_line("Beijing Review")  # no tone mark
    assert not pinyin_line("Café Müller")  # no syllables of Mandarin
    assert not pinyin_line("José Martí")
    assert not pinyin_line("Hà Nội")  # Vietnamese marks
    assert not pinyin_line("Dōngpíng 大队")  # a Han character


def test_near_miss_pinyin_in_brackets_inside_a_sentence_stays_text():
    parsed = parse(
        "认字的好办法",
        "　　每天记三个字，比如“夜”（yè）、“校”（xiào）。",
    )
    assert "（yè）" in parsed.articles[0].blocks[0].text
    assert not any(item.reason == "pinyin" for item in parsed.set_aside)


def test_the_reason_is_named_for_editors():
    assert "拼音" in SET_ASIDE_REASONS["pinyin"]
