"""An editor's credit in brackets glued to the end of a story's last paragraph
(``…。（责编：王芳）``) is a staff line set aside, not story text; a bracket of other words after
a sentence stays in the text (INPUT.md, "Page furniture that is not a story": staff lines)."""

from tests.parsing.helpers import parse, reasons

HEAD = ("秋粮收购开秤", "", "本报讯（记者 苏禾）全市秋粮收购昨日开秤，首日收购稻谷两千余吨。", "")
LAST = "粮食部门提醒农户错峰售粮。"


def test_credit_with_an_editor_and_a_proofreader_is_cut_off():
    parsed = parse(*HEAD, LAST + "（本版编辑：王芳 丁一）")
    assert parsed.articles[0].paragraphs[-1] == LAST
    assert reasons(parsed)["（本版编辑：王芳 丁一）"] == "staff"


def test_credit_after_a_closing_quote_is_cut_off():
    last = "他说：“今年的稻谷品质很好。”"
    parsed = parse(*HEAD, last + "(责编：郑  可)")
    assert parsed.articles[0].paragraphs[-1] == last


def test_a_bracket_of_words_after_a_sentence_stays_in_the_text():
    line = LAST + "（编辑：这是本报的一贯做法）"
    parsed = parse(*HEAD, line)
    assert parsed.articles[0].paragraphs[-1] == line


def test_a_credit_not_at_the_end_of_the_line_stays_in_the_text():
    line = LAST + "（责编：王芳）各收购点将延长收购时间，方便农户就近售粮。"
    parsed = parse(*HEAD, line)
    assert "王芳" in parsed.articles[0].text


def test_credit_after_an_end_dateline_is_cut_and_the_dateline_kept():
    """Wire copy prints the credit after the story's end dateline (…。（新华社南京3月2日电）
    （责编：陶然）); alone on its line too, the dateline stays the story's."""
    for lines in (
        ("春耕开始", "各地农民抢抓农时，田间一片繁忙。（新华社南京3月2日电）（责编：陶然）"),
        ("春耕开始", "各地农民抢抓农时，田间一片繁忙。", "（新华社南京3月2日电）（责编：陶然）"),
    ):
        parsed = parse(*lines)
        [article] = parsed.articles
        assert article.dateline == "新华社南京3月2日电"
        assert "责编" not in "".join(block.text for block in article.blocks)
        assert reasons(parsed).get("（责编：陶然）") == "staff"
