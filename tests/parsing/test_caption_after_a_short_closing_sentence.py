"""A photo story's uncredited caption (its byline says 文/图) after a short closing sentence of
the story's text (``记者了解到，…。``: a comma, so no caption) is its photo, as after a long
paragraph; a story whose last paragraphs are all short commaless sentences keeps them as text
past the captions' limit, and a story without a pictures byline keeps its last sentence."""

from tests.parsing.helpers import parse

HEAD = (
    "旧船厂里的修船人",
    "",
    "文/图 记者 乔 木",
    "",
    "江边旧船厂里，六十岁的修船师傅老郑每天清早就开工，补船板、刷桐油，一干就是一整天。",
    "",
    "记者了解到，船厂明年将迁到新址。",
    "",
)
NEXT = ("", "江滩步道周末封闭施工", "", "本报讯（记者 田恬）江滩步道本周末封闭施工，请市民绕行。")


def test_caption_after_a_short_closing_sentence_is_a_photo():
    parsed = parse(*HEAD, "老郑在船坞里刷桐油。", *NEXT)
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [("老郑在船坞里刷桐油。", "")]
    assert parsed.photos[0].article_position == parsed.articles[0].position
    assert parsed.articles[0].paragraphs[-1] == "记者了解到，船厂明年将迁到新址。"


def test_without_a_pictures_byline_the_last_sentence_stays_text():
    lines = list(HEAD)
    lines[2] = "记者 乔 木"
    parsed = parse(*lines, "老郑在船坞里刷桐油。", *NEXT)
    assert parsed.photos == ()
    assert parsed.articles[0].paragraphs[-1] == "老郑在船坞里刷桐油。"


def test_a_closing_line_about_the_future_stays_text():
    parsed = parse(*HEAD, "船厂将改建成博物馆。", *NEXT)
    assert parsed.photos == ()
