"""An indented paragraph whose last word or two wrap to the next line (``…就能见到`` / ``绿地。``)
is cut in two: its first half becomes a crosshead (小标题) and the tail a paragraph of its own.

INPUT.md: paragraphs may come one a line, indented with full-width spaces; a paragraph cut in two
by a line break ends without closing punctuation and the halves must be joined. When the wrapped
tail is long the halves are joined today; when it is a short ``绿地。`` the first half, commas and
all, is printed as a bold 小标题 and readers see the sentence broken over a heading.
"""

from tests.parsing.helpers import only_article


def test_a_paragraph_with_a_short_wrapped_tail_is_one_paragraph():
    story = only_article(
        "城东新建三座口袋公园",
        "　　本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，周边居民纷纷前来锻炼。",
        "　　据了解，明年城东区还将新建五座口袋公园，让市民出门五百米就能见到",
        "绿地。",
        "　　“以前锻炼要走很远，现在下楼就到了。”居民张大爷说。",
    )
    assert [(b.kind, b.text) for b in story.blocks] == [
        (
            "paragraph",
            "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，周边居民纷纷前来锻炼。",
        ),
        ("paragraph", "据了解，明年城东区还将新建五座口袋公园，让市民出门五百米就能见到绿地。"),
        ("paragraph", "“以前锻炼要走很远，现在下楼就到了。”居民张大爷说。"),
    ]
