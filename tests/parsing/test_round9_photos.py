"""Photo credits glued to the caption (issue 14, ninth round): ``…。图/某某`` with no gap."""

from tests.parsing.helpers import parse

DATED = "本报讯（记者 童可欣）昨天，城南菜市场完成改造，重新对市民开放。摊位统一换上了新招牌。"


def test_a_picture_credit_glued_to_the_caption_without_a_gap():
    parsed = parse(DATED, "", "　　摊主在整理新到的青菜。图/钟一禾", "", "市场还增设了便民服务点。")
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [
        ("摊主在整理新到的青菜。", "图/钟一禾")
    ]


def test_a_slash_inside_a_sentence_is_no_credit():
    parsed = parse(DATED, "", "　　摊位费下调了三成，菜价每斤/每份都标得清清楚楚。")
    assert parsed.photos == ()


def test_a_picture_source_in_brackets_before_its_caption():
    parsed = parse(DATED, "（网上图片）新建的菜市场外景。", "", "市场还增设了便民服务点。")
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [
        ("新建的菜市场外景。", "（网上图片）")
    ]


def test_a_bracketed_source_before_a_long_paragraph_is_no_caption():
    long_text = "（资料图片）" + "菜市场改造后，" * 12 + "市民买菜更方便了。"
    assert parse(DATED, long_text).photos == ()
