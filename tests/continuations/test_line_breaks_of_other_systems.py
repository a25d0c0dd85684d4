"""A page whose lines end in an old Mac's CR, or in U+2028/U+2029 (a word processor's or a web
page's line and paragraph separators), reads as the same page with LF: the parser splits at
every such break, and so does what reads the stored raw text again (a continuation's repeated
headline, a flag's line). Pages written for these tests (a county paper's pages 1 and 2)."""

from __future__ import annotations

import pytest

from articles.models import Article, Page
from tests.factories import import_text

pytestmark = pytest.mark.django_db

HEAD = "石湾镇老街改造完工"
FRONT = (
    f"{HEAD}\n\n本报讯　石湾镇老街改造工程昨日完工，沿街三十二栋老屋修缮一新，"
    "青石板路重新铺就，（下转第二版）\n"
)
BACK = (
    "（上接第一版）\n"
    f"{HEAD}\n"
    "镇里还在老街两端新设了两处停车场，方便游客前来。\n"
    "\n"
    "据了解，老街将于下月起举办周末夜市。\n"
)
BREAKS = ["\r", "\u2028", "\u2029"]


@pytest.mark.parametrize("br", BREAKS, ids=["cr", "u2028", "u2029"])
def test_a_continuations_repeated_headline_is_its_title_line_whatever_its_line_breaks(br):
    import_text(FRONT.replace("\n", br), "1")
    import_text(BACK.replace("\n", br), "2")
    parts = Article.objects.with_parts().get().ordered_parts()
    assert [part.page.label for part in parts] == ["1", "2"]
    assert parts[1].title_lines == [HEAD]
    assert parts[1].blocks[0]["text"].startswith("镇里还在老街两端")  # the headline not glued on


SECTION_PAGE = (
    "江湾日报\n第3版\n要闻\n\n青石镇新建文化广场\n\n"
    "本报讯（记者程远）青石镇文化广场昨日建成开放，广场占地一万二千平方米，设有露天舞台。\n"
)


@pytest.mark.parametrize("br", ["\u2028", "\u2029", "\x0c"], ids=["u2028", "u2029", "ff"])
def test_a_flag_shows_its_own_line_on_a_page_of_separators(br):
    import_text(SECTION_PAGE.replace("\n", br), "3")
    (flag,) = Page.objects.get().parser_flags
    assert (flag["line"], flag["text"]) == (3, "要闻")
