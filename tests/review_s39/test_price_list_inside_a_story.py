"""A list of prices inside a story is read as a headline deck: the story is cut, its lead lost.

A market story prints the day's prices as short lines between its paragraphs (``青菜 2.5元/斤`` /
``番茄 4元/斤`` / ``黄瓜 3元/斤``), a data box INPUT.md and README (tables and statistics boxes
"inside their story") keep inside the story. The parser reads the rows as a 引题/主题/副题 deck
instead:

* after a plain lead paragraph, the story is cut in two: the rest (``摊主表示…``) is a new story
  headlined ``番茄 4元/斤`` under the kicker ``青菜 2.5元/斤``;
* after a lead paragraph that announces the list (``…以下是昨日主要蔬菜零售价：``), the lead —
  with its ``本报讯（记者 赵敏）`` — is set aside as *masthead* furniture and vanishes, and the
  story's headline becomes ``青菜 2.5元/斤 番茄 4元/斤 黄瓜 3元/斤`` with its real headline
  pushed up to a kicker; the reporter is credited nowhere.

A schedule after ``具体安排如下：`` (``7月10日 城东片区`` …) is split off the same way, though INPUT.md
lists "lead-in lines ending in `——` or `如下：`" among what is NOT a new article. "Over-splitting
a page is as wrong as missing a story" (INPUT.md).

Steps: import either page below; look at the stories.
"""

import pytest

from articles.models import Article
from tests.factories import import_text

pytestmark = pytest.mark.django_db

BEFORE = "湖畔小学迎来新校舍\n\n本报讯（记者 钱立）湖畔小学新校舍昨天投入使用，可容纳学生一千二百名。\n\n"
STORY = """城西菜价稳中有降

本报讯（记者 赵敏）记者昨天走访城西农贸市场了解到，近期蔬菜价格稳中有降。{lead_in}

青菜 2.5元/斤
番茄 4元/斤
黄瓜 3元/斤

摊主表示，随着本地蔬菜大量上市，价格还有下降空间。
"""


def stories():
    return {a.headline: a for a in Article.objects.all()}


def test_price_rows_stay_inside_their_story():
    import_text(BEFORE + STORY.format(lead_in=""), "A3")
    assert set(stories()) == {"湖畔小学迎来新校舍", "城西菜价稳中有降"}


def test_a_lead_in_before_price_rows_keeps_the_lead_and_the_headline():
    import_text(BEFORE + STORY.format(lead_in="以下是昨日主要蔬菜零售价："), "A3")
    [story] = [a for a in Article.objects.all() if "城西菜价" in a.kicker + a.headline]
    assert story.headline == "城西菜价稳中有降"
    text = " ".join(b["text"] for b in story.parts.get().blocks)
    assert "记者昨天走访城西农贸市场" in text
    assert [p.name for p in story.reporters.all()] == ["赵敏"]


SCHEDULE = """城区分片停水检修

本报讯（记者 赵敏）市自来水公司将于下周对城区供水管网进行分片检修，具体安排如下：

7月10日 城东片区
7月11日 城西片区
7月12日 城南片区

请相关片区市民提前做好储水准备。
"""


def test_rows_after_a_lead_in_ending_in_ru_xia_stay_in_the_story():
    # INPUT.md: "lead-in lines ending in `——` or `如下：`" are no new articles.
    import_text(BEFORE + SCHEDULE, "A3")
    assert set(stories()) == {"湖畔小学迎来新校舍", "城区分片停水检修"}
