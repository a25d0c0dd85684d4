"""Jump markers worded otherwise (``（续见第二版）`` / ``（承第一版）``, ``（接下版）`` / ``（承上版）``)
or naming a place on the page (``（下转第二版中栏）`` / ``（上接第一版·要闻）``) carry the page the
parser read to the resolver: the two parts are one story, in either import order (INPUT.md
"Continuations")."""

import pytest

from articles.models import Article
from tests.factories import import_text

pytestmark = pytest.mark.django_db

FRONT = (
    "湖畔小学迎来新校舍\n\n"
    "本报讯（记者 钱立）湖畔小学新校舍昨天投入使用，可容纳学生一千二百名。新校舍共有教室"
    "四十八间，{forward}\n\n"
    "北关小学新操场启用\n\n"
    "本报讯（记者 向晴）北关小学的塑胶操场昨天启用，全校师生在新跑道上晨跑。\n"
)
INSIDE = "{backward}并配有图书馆和室内体育馆，校长表示将大大改善办学条件。\n"


@pytest.mark.parametrize(
    ("forward", "backward"),
    [
        ("（续见第二版）", "（承第一版）"),
        ("（下转第二版中栏）", "（上接第一版·要闻）"),
        ("（接下版）", "（承上版）"),
        ("（見第二版）", "（上接第1版左上）"),
    ],
)
@pytest.mark.parametrize("order", ["in-print", "reversed"])
def test_the_two_parts_are_one_story(forward, backward, order):
    pages = [(FRONT.format(forward=forward), "1"), (INSIDE.format(backward=backward), "2")]
    for text, label in pages if order == "in-print" else reversed(pages):
        import_text(text, label)
    story = Article.objects.get(headline="湖畔小学迎来新校舍")
    parts = list(story.parts.order_by("sequence"))
    assert [part.page.label for part in parts] == ["1", "2"]
    assert forward not in parts[0].text()
    assert backward not in parts[1].text()
    assert Article.objects.count() == 2
