"""The furniture tests that refuse a line holding a comma (a sentence is no header, no masthead
notice) look at the folded line, where a printed ， has become ",": each test below is about
what the printed comma must do, in either width."""

import pytest

from articles.parsing import parse_page
from articles.parsing.header_lines import header_line_reason
from articles.parsing.header_patterns import internal_issue_line
from articles.text import fold

PAGE = """青岚县报
2020年7月9日 星期四
农家书屋添新书
本报讯（记者 林晓）今年以来，全县农家书屋陆续添置新书，一批图书送到了村里。
书屋里摆着县里编印的小报  内部资料  免费交流，村民随取随读
县里还将继续加大投入，让群众在家门口读上好书。
"""


def test_a_story_line_naming_the_internal_notice_before_a_comma_stays_in_the_story():
    parsed = parse_page(PAGE)

    (story,) = parsed.articles
    assert "书屋里摆着县里编印的小报  内部资料  免费交流，村民随取随读" in [
        block.text for block in story.blocks
    ]
    assert all("内部资料" not in line.text for line in parsed.set_aside)


@pytest.mark.parametrize("comma", ["，", ","])
def test_the_internal_notice_with_a_comma_is_no_masthead_line(comma):
    assert not internal_issue_line(fold(f"内部资料  免费交流{comma}欢迎投稿"))


def test_the_internal_notice_alone_is_a_masthead_line():
    assert internal_issue_line(fold("县委宣传部主办  内部资料  免费交流"))


@pytest.mark.parametrize(
    "line",
    [
        "Tuesday, June 18, 2019　　　　CHINESE COMMUNITY",
        # (an export that prints every Latin letter full-width: the commas too)
        "Ｔｕｅｓｄａｙ，　Ｊｕｎｅ　１８，　２０１９　　　　ＣＨＩＮＥＳＥ　ＣＯＭＭＵＮＩＴＹ",
    ],
)
def test_the_commas_of_an_english_date_leave_a_header_line_a_header(line):
    assert header_line_reason(line, fold(line), {}, top=True) == "page-header"


@pytest.mark.parametrize(
    "line", ["2020年7月9日，星期四  A3版", "2020年7月9日  星期四  要闻,编辑 王芳"]
)
def test_a_comma_outside_an_english_date_makes_a_line_no_header(line):
    assert header_line_reason(line, fold(line), {}, top=True) is None
