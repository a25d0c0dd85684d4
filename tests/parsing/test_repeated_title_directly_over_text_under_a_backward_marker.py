"""A continued text's repeated title right after its backward marker with NO blank line under it,
read on the continuation's page alone when the page's layout says a paragraph opens under it
(INPUT.md, "Encoding and layout" and "Continuations (jumps)"; articles/parsing/jumptitles.py):
the text under it indented as a paragraph's first line while the title line is not, or, on a
page whose blank lines part its paragraphs, the text under it a whole paragraph between blank
lines. Before, such a title was glued into the first paragraph until the front page arrived.
A first line that the column cut stays text. Pages written for these tests."""

import pytest

from tests.parsing.helpers import parse

TITLE = "北坡村修通进山公路"
FIRST = "公路通车以后，村里的板栗和香菇可以直接装车运出山外，收购价每斤高出两角。"
SECOND = "村党支部书记说，下一步要把公路两旁的荒坡种上果树，让山路变成致富路。"
IND = "\u3000\u3000"
# A story above the continuation, its paragraphs parted by blank lines (the seed's layout).
ABOVE = (
    "南湾乡建成第一座农家书屋",
    "",
    "本报讯　南湾乡第一座农家书屋日前在乡文化站建成开放，首批藏书三千册。",
    "",
    "书屋每天下午和晚上开放，乡里还请了两名退休教师当管理员，为村民推荐图书。",
    "",
)


@pytest.mark.parametrize(
    "lines",
    [
        ("（上接第一版）", TITLE, IND + FIRST, IND + SECOND),
        ("（上接第一版）" + TITLE, IND + FIRST, IND + SECOND),
        (IND + "（上接第一版）", TITLE, IND + FIRST, IND + SECOND),
        (*ABOVE, "（上接第一版）", TITLE, FIRST, "", SECOND),
        (*ABOVE, "（上接第一版）" + TITLE, FIRST, "", SECOND),
    ],
    ids=["indented-text", "glued-indented-text", "indented-marker", "parted-page", "parted-glued"],
)
def test_a_title_directly_over_a_paragraph_the_layout_opens_is_the_parts_title(lines):
    part = parse(*lines).articles[-1]
    assert part.continued_from == "1"
    assert part.headline == TITLE
    assert part.paragraphs == (FIRST, SECOND)  # the text opens after it, nothing glued


@pytest.mark.parametrize(
    "lines",
    [
        # indented page: the line under it is not indented, the column cut the sentence
        (
            IND + "（上接第一版）村里组织劳力修通",
            "了进山公路，板栗和香菇可以直接运出山外。",
            IND + SECOND,
        ),
        # indented page: the line itself is indented, a paragraph's first line
        ("（上接第一版）", IND + TITLE, IND + FIRST, IND + SECOND),
        # parted page: the text under it is no whole paragraph (it goes on to the next line)
        (
            *ABOVE,
            "（上接第一版）",
            TITLE,
            "公路通车以后，村里的板栗和香菇可以直接装车运出",
            "山外。",
            "",
            SECOND,
        ),
        # parted page: it runs on into the text under it
        (
            *ABOVE,
            "（上接第一版）",
            "村里组织劳力修通",
            "了进山公路，板栗和香菇可以直接运出山外。",
            "",
            SECOND,
        ),
        # a page of one paragraph a line, no blank lines, no indents: nothing says so
        ("（上接第一版）", TITLE, FIRST, SECOND),
    ],
    ids=["cut-unindented", "indented-title", "parted-no-whole", "parted-runs-on", "no-layout"],
)
def test_a_line_the_layout_does_not_set_over_a_paragraph_stays_text(lines):
    part = parse(*lines).articles[-1]
    assert part.continued_from == "1"
    assert part.headline == ""
