"""A continuation's repeated title printed in traditional characters is taken off as the same
page in simplified characters has it (INPUT.md, "Continuations (jumps)";
articles/parsing/layout.py ``cut_across``): the words across the break are looked up folded, the lines kept as printed. Read
unfolded, jieba cut a false word across the break (``…動工興建`` / ``有市民表示``: 建有) and the
title was glued into the text. Pages written for these tests."""

import pytest

from articles.parsing.jumptitles import title_under_marker
from articles.parsing.layout import cut_across
from tests.parsing.helpers import parse

TRADITIONAL = ("新跨海大橋動工興建", "有市民表示，新橋建成後來往兩岸只需十分鐘，交通將大為方便。")
SIMPLIFIED = ("新跨海大桥动工兴建", "有市民表示，新桥建成后来往两岸只需十分钟，交通将大为方便。")
MORE = {TRADITIONAL: "工程預計三年內完成。", SIMPLIFIED: "工程预计三年内完成。"}


@pytest.mark.parametrize("script", [TRADITIONAL, SIMPLIFIED], ids=["traditional", "simplified"])
@pytest.mark.parametrize("glued", [True, False], ids=["glued-to-the-marker", "own-line"])
def test_a_repeated_title_set_apart_is_the_parts_title_in_either_script(script, glued):
    title, text = script
    head = ["（上接第一版）" + title] if glued else ["（上接第一版）", title]
    (part,) = parse(*head, "", text, "", MORE[script]).articles
    assert part.headline == title  # as printed, not folded
    assert part.paragraphs == (text, MORE[script])


def test_a_traditional_title_and_the_text_under_it_cut_no_word_across_the_break():
    assert not cut_across(*TRADITIONAL)
    assert title_under_marker(TRADITIONAL[0], TRADITIONAL[1], apart=True)
    # (a word the break does cut is still found in either script)
    assert cut_across("今年全縣夏糧收購工作進展順", "利，各站價格每斤比去年高出三分錢。")
