"""Weather lines set aside between two paragraphs of a story reach the page's 请先核对 lines.

README (The editors' desk): the page's 请先核对 lists the parse's own flags. A forecast printed
inside a weather story in lines that are no table (``今天 晴转多云 28℃`` / ``明天 小雨
22℃~26℃``) is still set aside as a weather box; the editor is told where (a page of my own).
"""

import pytest

from articles.models import Article, Page
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = """高温天气持续

本报讯（记者 钱立）记者从市气象台获悉，未来三天我市将持续高温天气。

今天 晴转多云 28℃
明天 小雨 22℃~26℃

气象专家提醒市民注意防暑降温，尽量避免在午后高温时段外出。
"""


def test_weather_lines_between_a_storys_paragraphs_are_named_in_the_pages_flags():
    import_text(PAGE, "A3")
    assert Article.objects.get().headline == "高温天气持续"
    [flag] = [f for f in Page.objects.get().parser_flags if f["kind"] == "weather-in-text"]
    assert "今天 晴转多云 28℃" in flag["message"]
