"""A reader's piece signed at its end with a place, 读者 and the name, in brackets on a line of
its own (``（溪口镇　读者　柯美华）``), names its writer, also when the page's call for
contributions (``来稿请寄：…``) stands under it: that line is the page's furniture, not more of
the piece.

INPUT.md ("Bylines, datelines, credits"): a byline sometimes stands at the END; ("Page
furniture"): lines that belong to the page are set aside.
"""

from tests.parsing.helpers import only_article, parse, reasons

_PIECE = (
    "邻里之间多走动",
    "　　我住的楼里，老邻居们常常互相串门，谁家有事都搭把手。",
    "　　（溪口镇　读者　柯美华）",
    "",
)


def test_a_reader_signed_with_place_and_role_is_the_writer():
    story = only_article(*_PIECE)
    assert story.reporters == ("柯美华",)


def test_the_contributions_line_under_the_sign_off_is_furniture():
    line = "来稿请寄：青川市文化路12号晚报副刊部收，邮编300020。"
    story = only_article(*_PIECE, line)
    assert story.reporters == ("柯美华",)
    assert reasons(parse(*_PIECE, line))[line] == "contributions-call"
