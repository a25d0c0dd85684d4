"""A blank line holding only an invisible character glues the next story onto the one before.

Web pages and e-paper hosts leave zero-width spaces, joiners and BOMs in the text they give
(INPUT.md: web-archive and e-paper dumps, "HTML remnants"); an empty paragraph of a web page is
often exactly one ``&#8203;``. README (Importing): "invisible characters (zero-width space,
joiners, a BOM mid-text) count as a space". A line of spaces is a blank line; a line holding
only U+200B (or U+FEFF, U+200D, U+2060) is not: the reader does not strip it
(``str.strip`` leaves them), so the headline under it is read as the last words of the
paragraph above (``…康复等科室。老年大学秋季班开始报名`` in the first story's text, where readers
see it) and the next story is published without its headline. Round 39 made these characters
fold to a space for markers, bylines and datelines; the blank-line rule still reads the raw text.

Steps: import a page whose two stories are separated by a line holding only U+200B (the same
page with an empty line instead gives two headlined stories).
"""

import pytest

from articles.models import Article
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = (
    "城西新建社区卫生服务中心\n\n"
    "本报讯（记者 赵敏）城西社区卫生服务中心昨天投入使用，居民看病更方便了。"
    "中心设有全科、中医和康复等科室。\n"
    "{blank}\n"
    "老年大学秋季班开始报名\n\n"
    "本报讯（记者 钱立）市老年大学秋季班今天开始报名，开设书法、绘画、声乐等三十多个专业。\n"
)


def stories():
    return [
        (story.headline, story.parts.get().text()) for story in Article.objects.order_by("position")
    ]


@pytest.mark.parametrize("invisible", ["\u200b", "\ufeff", "\u200d"], ids=["zwsp", "bom", "zwj"])
def test_a_line_of_invisible_characters_separates_stories_like_an_empty_line(invisible):
    import_text(PAGE.format(blank=invisible), "A1")
    made = stories()
    assert [headline for headline, _ in made] == [
        "城西新建社区卫生服务中心",
        "老年大学秋季班开始报名",
    ]
    assert "老年大学" not in made[0][1]
