"""Taiwan's and Hong Kong's papers cut a story off with （續第四版） and go on under （接第一版）:
the two parts are one story, whichever page is imported first."""

import pytest

from articles.models import Article
from tests.factories import import_text

pytestmark = pytest.mark.django_db

P1 = (
    "防颱演習順利完成\n\n"
    "【本報訊】海軍某基地昨日舉行防颱演習，全體官兵依計畫完成各項準備。演習器材已分發各班，"
    "（續第四版）\n"
)
P4 = "防颱演習順利完成\n\n（接第一版）各班並檢查了排水設施，確保營區安全。\n"


@pytest.mark.parametrize("order", ["in-print", "reversed"])
def test_a_story_cut_off_by_xu_joins_its_continuation(order):
    pages = [(P1, "1"), (P4, "4")]
    for text, label in pages if order == "in-print" else reversed(pages):
        import_text(text, label)
    story = Article.objects.get()
    assert [part.page.label for part in story.parts.order_by("sequence")] == ["1", "4"]
