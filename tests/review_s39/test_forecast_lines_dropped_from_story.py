"""A weather story's forecast lines are cut out of it as page furniture, silently.

A local paper's weather story prints its forecast inside the story, between two of its
paragraphs (``今天白天 晴 最高气温36℃`` …). The parser sets such lines aside as a weather box
(``reason='weather'``, right for the masthead's weather box, INPUT.md: "weather boxes … page
metadata or noise"): the story goes on from ``…发布高温黄色预警。`` straight to ``气象专家提醒…``
and readers never see the forecast the story is about. Nothing tells the editor: no 请先核对
line on the page, no warning in the report — README (The editors' desk) promises the page's
请先核对 lists "the parse's own flags and set-aside lines that look like text", and README
(Importing) "Everything it does not place is kept as a set-aside line" (kept, but out of sight).

Steps: import the page below; look at the story's text and the page's 请先核对 lines.
"""

import pytest

from articles.models import Article, Page
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = """高温天气持续

本报讯（记者 钱立）记者从市气象台获悉，未来三天我市将持续高温天气，市气象台昨天发布高温黄色预警。

今天白天 晴 最高气温36℃
明天白天 多云 最高气温35℃
后天白天 晴 最高气温37℃

气象专家提醒市民注意防暑降温，尽量避免在午后高温时段外出。
"""


def test_forecast_lines_inside_a_story_stay_in_it_or_are_flagged():
    import_text(PAGE, "A3")
    story_text = " ".join(b["text"] for b in Article.objects.get().parts.get().blocks)
    flagged = str(Page.objects.get().parser_flags)
    assert "最高气温36℃" in story_text or "最高气温36℃" in flagged
