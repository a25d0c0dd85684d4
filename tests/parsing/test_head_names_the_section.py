"""A continuation page whose running head names its section (``A2　要闻``) and then prints the
continued story's short headline alone on a line (``寒潮来袭``) keeps 要闻 as its section; the
line is the story's repeated headline, over its ``（上接A1版）``. It named the page's section
(the tab ``A2寒潮来袭``, ``寒潮来袭 1个版面`` in the 栏目 list) and the preview said
``页首单独一行的"寒潮来袭"按本版的栏目名处理``. The head's own section printed again under it
(letter-spaced), or a usual page name there, is still the page's section."""

from __future__ import annotations

from articles.parsing import parse_page

CONTINUATION = """A2　要闻

寒潮来袭

（上接A1版）气象专家介绍，此次寒潮过程将持续三天，周末气温开始回升。市交通部门已组织除冰设备在主要桥梁待命。

本版编辑：何平
"""


def test_a_lone_line_under_a_head_naming_the_section_is_the_continued_storys_headline():
    page = parse_page(CONTINUATION)
    assert (page.metadata.label, page.metadata.section) == ("A2", "要闻")
    (story,) = page.articles
    assert story.headline == "寒潮来袭"
    assert [m.direction for m in story.markers] == ["backward"]
    assert story.blocks[0].text.startswith("气象专家介绍")
    assert not [flag for flag in page.flags if flag.kind == "page-section"]
    assert "page-section" not in {item.reason for item in page.set_aside}


def test_the_heads_own_section_printed_again_letter_spaced_stays_the_section():
    text = "A8 僑鄉  澜灣時報  2012年5月21日 星期一\n\n僑  鄉\n\n南洋鄉親回鄉尋根\n\n本報訊 海外鄉親昨日回到祖籍地，參加祠堂重修落成儀式。\n"
    page = parse_page(text)
    assert page.metadata.section == "僑鄉"
    assert page.articles[0].headline.startswith("南洋鄉親回鄉尋根")
    assert "page-section" in {item.reason for item in page.set_aside}


def test_a_lone_line_under_a_head_without_a_section_is_still_the_pages_section():
    text = "A2\n\n寒潮来袭\n\n（上接A1版）气象专家介绍，此次寒潮过程将持续三天。\n"
    assert parse_page(text).metadata.section == "寒潮来袭"
