"""Some papers open a continued text with 紧接 or 续 instead of 上接 (（紧接第一版）, （续第一版））:
the two parts are one story, whichever page comes first."""

import pytest

from articles.models import Article
from tests.factories import import_text

pytestmark = pytest.mark.django_db

A1 = (
    "湖畔小学迎来新校舍\n\n"
    "本报讯（记者 钱立）湖畔小学新校舍昨天投入使用，可容纳学生一千二百名。新校舍共有教室"
    "四十八间，（下转第二版）\n"
)
A2 = "{marker}并配有图书馆和室内体育馆，校长表示将大大改善办学条件。\n"


@pytest.mark.parametrize("marker", ["（紧接第一版）", "（续第一版）", "（續第1版）"])
@pytest.mark.parametrize("order", ["in-print", "reversed"])
def test_a_continuation_opened_by_jin_jie_or_xu_joins_its_story(marker, order):
    pages = [(A1, "1"), (A2.format(marker=marker), "2")]
    for text, label in pages if order == "in-print" else reversed(pages):
        import_text(text, label)
    story = Article.objects.get()
    assert story.headline == "湖畔小学迎来新校舍"
    assert [part.page.label for part in story.parts.order_by("sequence")] == ["1", "2"]
    assert marker not in story.parts.order_by("sequence").last().text()
